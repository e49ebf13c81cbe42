/* Bench: COLLAB.MODEL over a 10,000-row range of profiles (one call per row, as Excel recalculates a
 * column of =COLLAB.MODEL(...) formulas; two-column ranges, then one row of ten scores as the
 * portfolio's live column passes) against the engine's recommendModels() alone on the same
 * profiles (the rules COLLAB.MODEL runs: no reasons, no margins): the difference is what reading the
 * ranges costs. COLLAB.MODEL reads the ranges into score vectors and runs the same rules on them
 * (recommendModelsFromVectors, tied to recommendModels by a property test), skipping the profile
 * object and its swapped copies that recommendModels works through; "reading the ranges alone" shows
 * the parsing apart so that saving cannot hide it. The full recommend() is timed beside it for the
 * record. COLLAB.MODEL is called through functions.js's registered wrapper once the engine is
 * loaded, as Excel calls it. Uses the compiled lib/functions
 * and lib/core (tsconfig.cli.json compiles src/functions; `npm run bench` builds first). */
const os = require("os");
const path = require("path");

const LIB = path.join(__dirname, "..", "..", "lib");
const ROWS = 10000;
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 7;
/** COLLAB.MODEL may cost at most this many times the engine's own rules on the same profiles. */
const BUDGET_RATIO = 1.5;

function loadFunctions() {
  try {
    return {
      mod: require(path.join(LIB, "functions", "functions.js")),
      load: require(path.join(LIB, "functions", "load.js")),
      ranges: require(path.join(LIB, "functions", "profile.js")),
      core: require(path.join(LIB, "core", "method")),
    };
  } catch (err) {
    if (err && err.code === "MODULE_NOT_FOUND")
      throw new Error("lib/functions missing: run `npm run build:cli` first");
    throw err;
  }
}

/**
 * Runs `fn`, adding its wall-clock time to `wall` and the CPU time this process spent meanwhile to
 * `cpu` (ms). On a machine shared with other jobs the wall clock also counts the time the scheduler
 * gave to them; CPU time does not, so the ratios are printed both ways.
 */
function timed(fn, wall, cpu) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  fn();
  wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
  const used = process.cpuUsage(c0);
  cpu.push((used.user + used.system) / 1000);
}

/** Deterministic pseudo-random scores (no Math.random: figures stay comparable between runs). */
function* scores(seed) {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield 1 + (x % 9) / 2; // 1, 1.5, ... 5
  }
}

module.exports = async function run() {
  // Excel's runtime provides CustomFunctions; only error paths touch it, but keep the shape real.
  globalThis.CustomFunctions = globalThis.CustomFunctions || {
    Error: class {
      constructor(code, message) {
        this.code = code;
        this.message = message;
      }
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  const { mod, load, ranges, core } = loadFunctions();
  // As in Excel once the engine chunk is there (the pane prefetches it): each call answers at once,
  // through the registered wrapper, so the wrapper's cost is in the figures.
  await load.loadFunctionsEngine();
  const keys = core.DIMENSION_KEYS;
  const gen = scores(42);
  const rows = [];
  for (let i = 0; i < ROWS; i++) {
    const ours = keys.map((k) => [k, gen.next().value]);
    const theirs = i % 2 === 0 ? keys.map(() => [String(gen.next().value)]) : undefined;
    rows.push([ours, theirs, i % 3 === 0 ? "supplier" : "customer"]);
  }
  if (typeof mod.model(...rows[0]) !== "string") {
    throw new Error("COLLAB.MODEL did not answer at once after the engine was loaded");
  }
  const profiles = rows.map((r) => ranges.profileFromRanges(...r));
  // Warm both paths up, then alternate them ROUNDS times and keep each one's median: on a shared
  // machine a burst of load then hits both sides instead of one.
  for (let i = 0; i < 2000; i++) {
    mod.model(...rows[i]);
    core.recommendModels(profiles[i]);
    core.recommend(profiles[i]);
  }
  const counts = new Map();
  const modelTimes = [];
  const engineTimes = [];
  const modelCpu = [];
  const engineCpu = [];
  // Reading the ranges alone into the vectors COLLAB.MODEL decides on (no recommendation): what the
  // functions add to the engine, shown apart
  // so a slower engine cannot hide a slower parser in the ratio.
  const parseTimes = [];
  const fullTimes = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t2 = process.hrtime.bigint();
    for (const r of rows) ranges.vectorsFromRanges(...r);
    parseTimes.push(Number(process.hrtime.bigint() - t2) / 1e6);
    timed(
      () => {
        for (const r of rows) {
          const name = mod.model(...r);
          if (round === 0) counts.set(name, (counts.get(name) || 0) + 1);
        }
      },
      modelTimes,
      modelCpu
    );
    timed(
      () => {
        for (const p of profiles) core.recommendModels(p);
      },
      engineTimes,
      engineCpu
    );
    const t3 = process.hrtime.bigint();
    for (const p of profiles) core.recommend(p);
    fullTimes.push(Number(process.hrtime.bigint() - t3) / 1e6);
  }
  // COLLAB.SEGMENT on the same rows (profit impact 4) against recommendModels() + segmentation() alone.
  const IMPACT = 4;
  const segmentTimes = [];
  const segmentEngineTimes = [];
  const segmentCpu = [];
  const segmentEngineCpu = [];
  for (let round = 0; round < ROUNDS; round++) {
    timed(
      () => {
        for (const r of rows) mod.segment(...r, IMPACT);
      },
      segmentTimes,
      segmentCpu
    );
    timed(
      () => {
        for (const p of profiles) core.segmentation(p, core.recommendModels(p), IMPACT);
      },
      segmentEngineTimes,
      segmentEngineCpu
    );
  }
  // One row of ten scores per call (the Excel portfolio's Model (live) column), one-sided, against
  // recommendModels() on the same profiles.
  const oneRow = [];
  for (let i = 0; i < ROWS; i++)
    oneRow.push([[keys.map(() => gen.next().value)], null, i % 3 === 0 ? "supplier" : "customer"]);
  const oneRowProfiles = oneRow.map((r) => ranges.profileFromRanges(...r));
  for (let i = 0; i < 2000; i++) {
    mod.model(...oneRow[i]);
    core.recommendModels(oneRowProfiles[i]);
  }
  const oneRowTimes = [];
  const oneRowEngineTimes = [];
  const oneRowCpu = [];
  const oneRowEngineCpu = [];
  for (let round = 0; round < ROUNDS; round++) {
    timed(
      () => {
        for (const r of oneRow) mod.model(...r);
      },
      oneRowTimes,
      oneRowCpu
    );
    timed(
      () => {
        for (const p of oneRowProfiles) core.recommendModels(p);
      },
      oneRowEngineTimes,
      oneRowEngineCpu
    );
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ms = median(modelTimes);
  const engineMs = median(engineTimes);
  const ratio = ms / engineMs;
  const parseMs = median(parseTimes);
  const perSecond = (t) => `${Math.round((ROWS / t) * 1000).toLocaleString("en")} /s`;
  return [
    [
      `COLLAB.MODEL over ${ROWS.toLocaleString("en")} rows (half one-sided), median of ${ROUNDS}`,
      `${ms.toFixed(1)} ms (${perSecond(ms)})`,
    ],
    [
      "engine alone on the same profiles (recommendModels: the rules)",
      `${engineMs.toFixed(1)} ms (${perSecond(engineMs)})`,
    ],
    [
      "full recommend() on the same profiles (reasons, confidence, margins)",
      `${median(fullTimes).toFixed(1)} ms (${perSecond(median(fullTimes))})`,
    ],
    [
      "reading the ranges alone (no recommendation)",
      `${parseMs.toFixed(1)} ms (${perSecond(parseMs)}), ${((parseMs / engineMs) * 100).toFixed(1)}% of the engine's time`,
    ],
    [
      "COLLAB.MODEL / engine",
      `${ratio.toFixed(2)}× — budget ≤ ${BUDGET_RATIO}×, ${ratio <= BUDGET_RATIO ? "within budget" : "OVER BUDGET"}`,
    ],
    [
      `COLLAB.SEGMENT over the same rows / engine (recommendModels + segmentation)`,
      (() => {
        const seg = median(segmentTimes);
        const eng = median(segmentEngineTimes);
        const r = seg / eng;
        return `${r.toFixed(2)}× (${seg.toFixed(1)} ms vs ${eng.toFixed(1)} ms) — budget ≤ ${BUDGET_RATIO}×, ${r <= BUDGET_RATIO ? "within budget" : "OVER BUDGET"}`;
      })(),
    ],
    [
      `COLLAB.MODEL over ${ROWS.toLocaleString("en")} one-row ranges of ten scores (a portfolio's live column) / engine`,
      (() => {
        const one = median(oneRowTimes);
        const eng = median(oneRowEngineTimes);
        const r = one / eng;
        return `${r.toFixed(2)}× (${one.toFixed(1)} ms, ${perSecond(one)}, vs ${eng.toFixed(1)} ms) — budget ≤ ${BUDGET_RATIO}×, ${r <= BUDGET_RATIO ? "within budget" : "OVER BUDGET"}`;
      })(),
    ],
    [
      "the same three ratios in CPU time (medians; not counting time given to other jobs)",
      [
        ["MODEL", modelCpu, engineCpu],
        ["SEGMENT", segmentCpu, segmentEngineCpu],
        ["one-row MODEL", oneRowCpu, oneRowEngineCpu],
      ]
        .map(([name, ours, engine]) => {
          const r = median(ours) / median(engine);
          return `${name} ${r.toFixed(2)}×${r <= BUDGET_RATIO ? "" : " (OVER BUDGET)"}`;
        })
        .join(", "),
    ],
    ["distinct target models seen", `${counts.size} of ${core.MODELS.length}`],
    ["load average while measuring", os.loadavg()[0].toFixed(1)],
  ];
};
