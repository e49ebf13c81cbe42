/* Method engine throughput: the rules alone (what COLLAB.MODEL runs) and full recommendations (with
 * reasons, confidence and margins) per second, and 1,000 relationships with roadmaps. */
const path = require("path");

function engine() {
  try {
    // The roadmap in words (what every surface shows): the engine plans it, core/texts words it.
    const { buildRoadmap } = require(path.join(__dirname, "../../lib/core/texts/roadmap-words"));
    return { ...require(path.join(__dirname, "../../lib/core/method")), buildRoadmap };
  } catch (err) {
    if (err && err.code === "MODULE_NOT_FOUND")
      throw new Error("lib/ missing: run `npm run build:cli` first");
    throw err;
  }
}

/** Deterministic pseudo-random profiles (a tiny LCG) so runs are comparable. */
function profiles(n, { DIMENSION_KEYS }) {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 1 + Math.round((seed / 2147483648) * 8) / 2; // 1, 1.5, ... 5
  };
  const side = () => Object.fromEntries(DIMENSION_KEYS.map((k) => [k, next()]));
  return Array.from({ length: n }, (_, i) => ({
    perspective: i % 2 ? "supplier" : "customer",
    us: side(),
    ...(i % 3 === 0 ? { them: side() } : {}),
  }));
}

module.exports = async function run() {
  const m = engine();
  const pool = profiles(10_000, m);
  let sink = 0;
  // warm-up so the JIT has settled before timing
  for (let i = 0; i < 20_000; i++) sink += m.recommend(pool[i % pool.length]).trustGap;

  const n = 200_000;
  let t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) sink += m.recommendModels(pool[i % pool.length]).trustGap;
  const rulesSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  // The full result re-runs the rules for its margins: time as many as fit in about two seconds.
  let full = 0;
  t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 2e9) {
    for (let i = 0; i < 1000; i++, full++) sink += m.recommend(pool[full % pool.length]).trustGap;
    elapsed = Number(process.hrtime.bigint() - t0);
  }
  const recSeconds = elapsed / 1e9;

  const thousand = pool.slice(0, 1000);
  t0 = process.hrtime.bigint();
  for (const p of thousand) {
    const r = m.recommend(p);
    sink += m.buildRoadmap(p, r, { startDate: "2026-01-01" }).length;
  }
  const roadmapMs = Number(process.hrtime.bigint() - t0) / 1e6;

  t0 = process.hrtime.bigint();
  for (const p of thousand) sink += m.whatIf(p).length;
  const whatIfMs = Number(process.hrtime.bigint() - t0) / 1e6;

  if (!Number.isFinite(sink)) throw new Error("unexpected result");
  return [
    [
      "the rules alone per second (recommendModels, what COLLAB.MODEL runs; target > 100,000/s)",
      `${Math.round(n / rulesSeconds).toLocaleString("en-US")}/s`,
    ],
    [
      "full recommendations per second (reasons, confidence, margins)",
      `${Math.round(full / recSeconds).toLocaleString("en-US")}/s`,
    ],
    ["1,000 relationships: recommendation + roadmap", `${roadmapMs.toFixed(1)} ms`],
    ["1,000 relationships: what-if hints", `${whatIfMs.toFixed(1)} ms`],
  ];
};
