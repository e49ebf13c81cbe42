/* Bench: the portfolio (issue 15). 1,000 assessment workbooks read into one portfolio, streaming:
 * time per workbook, and peak memory after 100 files against after 1,000 (it must not grow with the
 * number of files); the whole `collabfit portfolio` run as a process with its peak RSS; and
 * COLLAB.MODEL over 10,000 one-row ranges of ten scores (a live model column in CF_Portfolio).
 * Uses the compiled lib/ (`npm run bench` builds first). */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..", "..");
const FILES = 1000;
const DISTINCT = 100; // distinct assessments; each file is a copy under its own name
const BUDGET = {
  msPerWorkbook: 100,
  /** Heap kept per further file, 100 -> 1,000 files (garbage collected first): a row's size, not a workbook's. */
  keptKbPerFile: 8,
  /** Peak RSS of the command over 1,000 files / over 100 files. */
  rssGrowth: 1.5,
  cliPeakRssMb: 400,
  modelRowsPerSecond: 20000,
};

// A forced collection measures what is kept, not garbage not yet collected.
require("v8").setFlagsFromString("--expose-gc");
const gc = require("vm").runInNewContext("gc");

function cliRun(dir, out) {
  const t = Date.now();
  const r = spawnSync(
    "/usr/bin/time",
    [
      "-f",
      "%M",
      process.execPath,
      path.join(ROOT, "bin/collabfit.js"),
      "portfolio",
      dir,
      "--out",
      out,
    ],
    { encoding: "utf8" }
  );
  if (r.status !== 0) throw new Error(`collabfit portfolio failed: ${r.stderr}`);
  return { ms: Date.now() - t, rssMb: Number(r.stderr.trim().split("\n").pop()) / 1024 };
}

function lib(rel) {
  try {
    return require(path.join(ROOT, "lib", rel));
  } catch (err) {
    if (err && err.code === "MODULE_NOT_FOUND")
      throw new Error("lib/ missing: run `npm run build:cli` first");
    throw err;
  }
}

function rng(seed) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const verdict = (ok) => (ok ? "within budget" : "OVER BUDGET");

async function makeFiles(dir) {
  const method = lib("core/method");
  const { buildAssessmentPlan } = lib("core/workbook/layout");
  const xlsx = lib("xlsx");
  const next = rng(1515);
  const score = () => 1 + Math.floor(next() * 5);
  const answers = () => Object.fromEntries(method.ITEMS.map((i) => [i.id, score()]));
  const distinct = [];
  for (let n = 0; n < DISTINCT; n++) {
    const plan = buildAssessmentPlan(
      {
        title: `Relationship ${n + 1}`,
        us: "Northwind",
        them: `Party ${n + 1}`,
        perspective: n % 2 ? "supplier" : "customer",
        date: "2026-03-02",
        assessors: "Bench",
        profitImpact: n % 10 === 9 ? null : score(),
      },
      { answers: { us: answers(), ...(n % 3 ? { them: answers() } : {}) } }
    );
    distinct.push(await xlsx.planToBuffer(plan));
  }
  const files = [];
  fs.mkdirSync(path.join(dir, "all"));
  fs.mkdirSync(path.join(dir, "first100"));
  for (let i = 0; i < FILES; i++) {
    const f = path.join(dir, "all", `a${String(i).padStart(4, "0")}.xlsx`);
    fs.writeFileSync(f, distinct[i % DISTINCT]);
    if (i < 100)
      fs.writeFileSync(path.join(dir, "first100", path.basename(f)), distinct[i % DISTINCT]);
    files.push(f);
  }
  return files;
}

module.exports = async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cf-bench-portfolio-"));
  try {
    const files = await makeFiles(dir);
    const { readPortfolioRow } = lib("xlsx/portfolio");
    const { buildPortfolioPlan } = lib("core/workbook/portfolio");

    // In-process, as the CLI does it: read, reduce to a row, drop.
    gc();
    const base = process.memoryUsage().heapUsed;
    const rows = [];
    let keptAt100 = 0;
    const t0 = process.hrtime.bigint();
    for (const [i, f] of files.entries()) {
      rows.push(await readPortfolioRow(fs.readFileSync(f), f));
      if (i === 99) {
        gc();
        keptAt100 = process.memoryUsage().heapUsed - base;
      }
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    gc();
    const kept = process.memoryUsage().heapUsed - base;
    const plan = buildPortfolioPlan(rows, [], "2026-03-02");
    const perWorkbook = ms / files.length;
    // The rows themselves are kept (a few KB each); everything else must be dropped.
    const perFileKb = (kept - keptAt100) / (files.length - 100) / 1024;

    // The same 100 files read the way it was done before (whole workbook parsed), interleaved with
    // the current reader so both see the same machine load.
    const { checkXlsxFile } = lib("xlsx/exchange");
    const { loadWorkbook, workbookProfile } = lib("xlsx");
    let fullMs = 0;
    let rowMs = 0;
    for (const f of files.slice(0, 100)) {
      const data = fs.readFileSync(f);
      const a = process.hrtime.bigint();
      await checkXlsxFile(data, "the file");
      workbookProfile(await loadWorkbook(data));
      const b = process.hrtime.bigint();
      await readPortfolioRow(data, f);
      const c = process.hrtime.bigint();
      fullMs += Number(b - a) / 1e6;
      rowMs += Number(c - b) / 1e6;
    }

    // The command itself, as a separate process: wall time and peak RSS (GNU time), 100 vs 1,000 files.
    const hasTime = fs.existsSync("/usr/bin/time");
    const cli100 = hasTime ? cliRun(path.join(dir, "first100"), path.join(dir, "P100.xlsx")) : null;
    const cli = hasTime ? cliRun(path.join(dir, "all"), path.join(dir, "P1000.xlsx")) : null;

    // COLLAB.MODEL over 10,000 one-row ranges (the ten scores of a CF_Portfolio row).
    // Excel's runtime provides CustomFunctions; only error paths touch it.
    globalThis.CustomFunctions = globalThis.CustomFunctions || {
      Error: class extends Error {
        constructor(code, message) {
          super(message);
          this.code = code;
        }
      },
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    };
    const fns = require(path.join(ROOT, "lib", "functions", "functions.js"));
    // As in Excel once the functions' engine is loaded (before that a call answers with a Promise).
    await require(path.join(ROOT, "lib", "functions", "load.js")).loadFunctionsEngine();
    const method = lib("core/method");
    const modelRows = [];
    for (let i = 0; i < 10000; i++) {
      const r = rows[i % rows.length];
      modelRows.push([[method.DIMENSION_KEYS.map((k) => r.scores[k])], r.perspective]);
    }
    for (let i = 0; i < 500; i++) fns.model(modelRows[i][0], undefined, modelRows[i][1]); // warm-up
    const tm = process.hrtime.bigint();
    for (const [range, perspective] of modelRows) {
      const name = fns.model(range, undefined, perspective);
      if (typeof name !== "string") throw new Error("COLLAB.MODEL returned no model name");
    }
    const modelMs = Number(process.hrtime.bigint() - tm) / 1e6;
    const perSecond = 10000 / (modelMs / 1000);

    const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
    return [
      [
        `${FILES} workbooks read into rows (in-process)`,
        `${(ms / 1000).toFixed(1)} s, ${perWorkbook.toFixed(1)} ms per workbook, ${(perWorkbook / BUDGET.msPerWorkbook).toFixed(2)}x the budget of ${BUDGET.msPerWorkbook} ms (${verdict(perWorkbook <= BUDGET.msPerWorkbook)}); load average ${os.loadavg()[0].toFixed(1)}`,
      ],
      [
        "same 100 files, whole workbook parsed / as read now",
        `${(fullMs / 100).toFixed(1)} ms / ${(rowMs / 100).toFixed(1)} ms per workbook (${(rowMs / fullMs).toFixed(2)}x)`,
      ],
      [
        "heap kept after 100 / after 1,000 files",
        `${kb(keptAt100)} / ${kb(kept)}: ${perFileKb.toFixed(1)} KB per further file, the row itself (budget ${BUDGET.keptKbPerFile} KB: ${verdict(perFileKb <= BUDGET.keptKbPerFile)})`,
      ],
      [
        "portfolio plan",
        `${plan.plan.sheets.length} sheets, ${rows.length} rows, ${rows.filter((r) => r.mismatch).length} mismatches`,
      ],
      [
        "collabfit portfolio, 100 / 1,000 files (process)",
        cli
          ? `${(cli100.ms / 1000).toFixed(1)} s / ${(cli.ms / 1000).toFixed(1)} s; peak RSS ${cli100.rssMb.toFixed(0)} MB / ${cli.rssMb.toFixed(0)} MB, ratio ${(cli.rssMb / cli100.rssMb).toFixed(2)} (budgets ${BUDGET.rssGrowth} and ${BUDGET.cliPeakRssMb} MB: ${verdict(cli.rssMb / cli100.rssMb <= BUDGET.rssGrowth && cli.rssMb <= BUDGET.cliPeakRssMb)})`
          : "skipped (no /usr/bin/time)",
      ],
      [
        "COLLAB.MODEL over 10,000 one-row ranges",
        `${modelMs.toFixed(0)} ms, ${Math.round(perSecond).toLocaleString("en")} rows/s (budget ${BUDGET.modelRowsPerSecond.toLocaleString("en")}/s: ${verdict(perSecond >= BUDGET.modelRowsPerSecond)})`,
      ],
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
