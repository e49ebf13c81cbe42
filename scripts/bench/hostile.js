#!/usr/bin/env node
/*
 * The hostile corpus (test/fixtures/hostile/corpus.js) against the budgets a reader may spend on one
 * file: 5 s and 500 MB. Each file runs in its own Node process, doing what the CLI does with it (an
 * answers file: the whole import; a workbook of ours: the check, read-back and a written copy), so
 * the peak memory printed is that file's alone. Needs lib/ (`npm run build:cli`).
 *
 *   node scripts/bench/hostile.js            all files, one line each; exit 1 when over budget
 *   npm run bench                            the same files, summed up in the bench's table
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const { lib, msSince } = require("./support/lib");

const BUDGET = { ms: 5000, mb: 500 };

/** One file, in this process: prints { ms, mb, outcome }. */
async function one(target, file, ours, answers) {
  const ex = lib("xlsx/exchange");
  const { readItemTables, workbookToBuffer } = lib("xlsx");
  const { normaliseForWrite } = lib("xlsx/normalise");
  const bytes = fs.readFileSync(file);
  const t = process.hrtime.bigint();
  let outcome;
  try {
    if (target === "answers") {
      const r = await ex.importAnswersBuffer(fs.readFileSync(ours), bytes, "x.xlsx");
      outcome = `imported ${r.report.imported.length}`;
    } else {
      const wb = await ex.openWorkbook(bytes, "the workbook");
      readItemTables(wb);
      normaliseForWrite(wb);
      await workbookToBuffer(wb);
      const r = await ex.importAnswersBuffer(bytes, fs.readFileSync(answers), "x.xlsx");
      outcome = `read, copied, imported ${r.report.imported.length}`;
    }
  } catch (e) {
    outcome = `refused: ${String(e.message).slice(0, 70)}`;
  }
  const ms = msSince(t);
  const mb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, mb, outcome }) + "\n");
}

/** Runs every corpus file in its own process; calls `report` with each result. */
async function measureCorpus(report) {
  const { ITEMS } = lib("core/method");
  const { itemWording } = lib("core/texts/question-words");
  const { buildDemoPlan } = lib("core/workbook/demo");
  const xlsx = lib("xlsx");
  const ex = lib("xlsx/exchange");
  const ExcelJS = require("exceljs");
  const { hostileCorpus } = require("../../test/fixtures/hostile/corpus.js");

  const workbook = await xlsx.planToBuffer(buildDemoPlan("2026-03-02T00:00:00Z"));
  const q = await new ExcelJS.Workbook().xlsx.load(
    (await ex.buildQuestionnaireBuffer(workbook)).buffer
  );
  const ws = q.getWorksheet("Your answers");
  for (let r = 5; r < 5 + ITEMS.length; r++) ws.getCell(r, 7).value = (r % 5) + 1;
  const answers = Buffer.from(await q.xlsx.writeBuffer());

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-hostile-bench-"));
  const ours = path.join(dir, "ours.xlsx");
  const good = path.join(dir, "answers.xlsx");
  fs.writeFileSync(ours, workbook);
  fs.writeFileSync(good, answers);
  // The corpus edits the questions and anchors as written: the items with their words.
  const items = ITEMS.map((i) => ({ ...i, ...itemWording(i) }));
  const corpus = await hostileCorpus({ answers, workbook, items });
  corpus.push({ name: "baseline-answers", target: "answers", bytes: answers, refused: null });
  corpus.push({ name: "baseline-workbook", target: "workbook", bytes: workbook, refused: null });

  const results = [];
  for (const c of corpus) {
    const file = path.join(dir, `${c.name}.xlsx`);
    fs.writeFileSync(file, c.bytes);
    const out = execFileSync(process.execPath, [__filename, "--one", c.target, file, ours, good], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    const r = JSON.parse(out.trim().split("\n").pop());
    const result = { ...r, name: c.name, target: c.target, bytes: c.bytes.length };
    result.over = r.ms > BUDGET.ms || r.mb > BUDGET.mb;
    results.push(result);
    report?.(result, corpus.length);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return results;
}

async function main() {
  const [, , mode, ...rest] = process.argv;
  if (mode === "--one") return one(...rest);
  let first = true;
  const results = await measureCorpus((r, count) => {
    if (first) {
      first = false;
      console.log(
        `hostile corpus: ${count} files; budget ${BUDGET.ms / 1000} s and ${BUDGET.mb} MB each (peak RSS of a fresh Node process)`
      );
      console.log(
        `${"file".padEnd(28)} ${"target".padEnd(8)} ${"size".padStart(9)} ${"time".padStart(8)} ${"peak".padStart(7)}  outcome`
      );
    }
    console.log(
      `${r.name.padEnd(28)} ${r.target.padEnd(8)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KB ${(r.ms / 1000).toFixed(2).padStart(6)} s ${r.mb.toFixed(0).padStart(4)} MB  ${r.over ? "OVER BUDGET " : ""}${r.outcome}`
    );
  });
  const over = results.filter((r) => r.over).length;
  console.log(over ? `${over} file(s) over budget` : "every file within budget");
  process.exitCode = over ? 1 : 0;
}

/** For `npm run bench` (scripts/bench.js): the slowest and largest file against the budgets. */
module.exports = async function run() {
  const results = await measureCorpus();
  const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a));
  const largest = results.reduce((a, b) => (b.mb > a.mb ? b : a));
  const over = results.filter((r) => r.over);
  return [
    [
      `hostile corpus, ${results.length} files, each in its own process`,
      over.length
        ? `${over.length} OVER BUDGET: ${over.map((r) => r.name).join(", ")}`
        : "every file within budget",
    ],
    [
      "slowest file",
      `${(slowest.ms / 1000).toFixed(2)} s (${slowest.name}) — budget ${BUDGET.ms / 1000} s`,
    ],
    [
      "largest peak memory",
      `${largest.mb.toFixed(0)} MB (${largest.name}) — budget ${BUDGET.mb} MB`,
    ],
  ];
};

if (require.main === module) {
  main().catch((e) => {
    console.error(e.message);
    process.exitCode = 2;
  });
}
