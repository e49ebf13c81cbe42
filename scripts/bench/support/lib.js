/* Helpers shared by the bench scripts (a folder of its own: scripts/bench.js runs every
 * scripts/bench/*.js file as a bench, not the files in here). */
const path = require("path");

/** A module of the compiled lib/ (tsconfig.cli.json), with a plain message when it is not built. */
function lib(rel) {
  try {
    return require(path.join(__dirname, "..", "..", "..", "lib", rel));
  } catch (err) {
    if (err && err.code === "MODULE_NOT_FOUND")
      throw new Error("lib/ missing: run `npm run build:cli` first");
    throw err;
  }
}

/** Milliseconds since `start` (a process.hrtime.bigint() reading). */
function msSince(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs `fn` `times` times; the median time in ms and the last result. */
async function median(times, fn) {
  const ms = [];
  let last;
  for (let i = 0; i < times; i++) {
    const t = process.hrtime.bigint();
    last = await fn();
    ms.push(msSince(t));
  }
  ms.sort((a, b) => a - b);
  return { ms: ms[Math.floor(ms.length / 2)], last };
}

module.exports = { lib, median, msSince };
