/* Bench: evaluations per second of COLLAB.MODEL over a 10,000-row range of profiles (one call per
 * row, as Excel recalculates a column of =COLLAB.MODEL(...) formulas). Uses the compiled lib/functions
 * and lib/core (tsconfig.cli.json compiles src/functions; `npm run bench` builds first). */
const path = require("path");

const LIB = path.join(__dirname, "..", "..", "lib");
const ROWS = 10000;

function loadFunctions() {
  try {
    return {
      mod: require(path.join(LIB, "functions", "functions.js")),
      ranges: require(path.join(LIB, "functions", "profile.js")),
      core: require(path.join(LIB, "core", "method")),
    };
  } catch (err) {
    if (err && err.code === "MODULE_NOT_FOUND")
      throw new Error("lib/functions missing: run `npm run build:cli` first");
    throw err;
  }
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
  const { mod, ranges, core } = loadFunctions();
  const keys = core.DIMENSION_KEYS;
  const gen = scores(42);
  const rows = [];
  for (let i = 0; i < ROWS; i++) {
    const ours = keys.map((k) => [k, gen.next().value]);
    const theirs = i % 2 === 0 ? keys.map(() => [String(gen.next().value)]) : undefined;
    rows.push([ours, theirs, i % 3 === 0 ? "supplier" : "customer"]);
  }
  for (let i = 0; i < 500; i++) mod.model(...rows[i]); // warm-up
  const counts = new Map();
  const t0 = process.hrtime.bigint();
  for (const r of rows) {
    const name = mod.model(...r);
    counts.set(name, (counts.get(name) || 0) + 1);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const profiles = rows.map((r) => ranges.profileFromRanges(...r));
  const t1 = process.hrtime.bigint();
  for (const p of profiles) core.recommend(p);
  const engineMs = Number(process.hrtime.bigint() - t1) / 1e6;
  return [
    [`COLLAB.MODEL over ${ROWS.toLocaleString("en")} rows (half one-sided)`, `${ms.toFixed(0)} ms`],
    [
      "COLLAB.MODEL evaluations per second",
      `${Math.round((ROWS / ms) * 1000).toLocaleString("en")} /s`,
    ],
    [
      "engine alone on the same profiles, per second",
      `${Math.round((ROWS / engineMs) * 1000).toLocaleString("en")} /s`,
    ],
    ["distinct target models seen", `${counts.size} of ${core.MODELS.length}`],
  ];
};
