/**
 * `collabfit import`, `recommend` and `questionnaire` run as real processes on every file of the
 * hostile corpus: each refusal is exit 2 with one line on stderr, no stack trace, no control
 * character from the file, nothing on stdout and no output file.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ITEMS } from "../../src/core/method";
import { buildQuestionnaireBuffer } from "../../src/xlsx/exchange";
import { fillQuestionnaire, ourWorkbook } from "../unit/exchange/helpers";
import { buildCliIfMissing, runCli as run, type CliRun } from "../support/cli";

import { itemWording, type ItemWording } from "../../src/core/texts/question-words";

// The corpus is plain JS, shared with the unit test and scripts/bench/hostile.js.
const { hostileCorpus } = require("../fixtures/hostile/corpus.js") as {
  hostileCorpus: (base: {
    answers: Buffer;
    workbook: Buffer;
    items: Array<(typeof ITEMS)[number] & ItemWording>;
  }) => Promise<
    Array<{ name: string; target: "answers" | "workbook"; bytes: Buffer; refused: RegExp | null }>
  >;
};
type Case = Awaited<ReturnType<typeof hostileCorpus>>[number];

// eslint-disable-next-line no-control-regex -- no control character may reach the terminal
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let tmp: string;
let ours: string;
let good: string;
let corpus: Array<Case & { file: string }>;
const at = (name: string) => path.join(tmp, name);
let n = 0;
const outFile = () => at(`out-${++n}.xlsx`);

/** A refusal as the README promises it: exit 2, one safe line, no stack, nothing written. */
function expectOneLine(r: CliRun, out: string, pattern?: RegExp | null): void {
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
  expect(r.stderr.endsWith("\n")).toBe(true);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|TypeError|RangeError/);
  expect(r.stderr.trimEnd()).not.toMatch(UNSAFE);
  if (pattern) expect(r.stderr).toMatch(pattern);
  expect(fs.existsSync(out)).toBe(false);
}

beforeAll(async () => {
  buildCliIfMissing("lib/xlsx/package.js");
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-hostile-"));
  const workbook = await ourWorkbook();
  ours = at("ours.xlsx");
  fs.writeFileSync(ours, workbook);
  const q = (await buildQuestionnaireBuffer(workbook)).buffer;
  const answers = await fillQuestionnaire(q, {
    scores: Object.fromEntries(ITEMS.map((it, i) => [it.id, (i % 5) + 1])),
  });
  good = at("good-answers.xlsx");
  fs.writeFileSync(good, answers);
  // The corpus edits the questions and anchors as written: the items with their words.
  const items = ITEMS.map((i) => ({ ...i, ...itemWording(i) }));
  corpus = (await hostileCorpus({ answers, workbook, items })).map((c) => {
    const file = at(`${c.name}.xlsx`);
    fs.writeFileSync(file, c.bytes);
    return { ...c, file };
  });
}, 120000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

it("import refuses every crafted answers file with exit 2 and one safe line", () => {
  for (const c of corpus.filter((x) => x.target === "answers" && x.refused)) {
    const out = outFile();
    const r = run("import", ours, "--answers", c.file, "--out", out);
    expect([c.name, r.code]).toEqual([c.name, 2]);
    expectOneLine(r, out, c.refused);
  }
}, 300000);

it("recommend, questionnaire and import refuse every broken workbook of ours the same way", () => {
  for (const c of corpus.filter((x) => x.target === "workbook" && x.refused)) {
    for (const args of [
      ["recommend", c.file, "--out", outFile()],
      // The questionnaire reads only the cover of our workbook, not its item tables.
      ...(c.name === "broken-table-ref" ? [] : [["questionnaire", c.file, "--out", outFile()]]),
      ["import", c.file, "--answers", good, "--out", outFile()],
    ]) {
      const r = run(...args);
      expect([c.name, args[0], r.code]).toEqual([c.name, args[0], 2]);
      expectOneLine(r, args[args.length - 1], c.refused);
    }
  }
}, 300000);

it("accepted hostile files: terminal controls are escaped on stdout, LibreOffice workbooks get copies", () => {
  const out = outFile();
  const score = corpus.find((c) => c.name === "terminal-escape-score")!;
  const r = run("import", ours, "--answers", score.file, "--out", out);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("\\u{001B}");
  expect(r.stdout).not.toMatch(UNSAFE);
  const json = run("import", ours, "--answers", score.file, "--out", outFile(), "--json");
  expect(json.code).toBe(0);
  expect(json.stdout).not.toMatch(UNSAFE);
  expect(JSON.parse(json.stdout).report.skipped[0].value).toContain("\u001b]0;pwned");

  const lo = corpus.find((c) => c.name === "libreoffice-tables")!;
  for (const args of [
    ["recommend", lo.file, "--out", outFile()],
    ["import", lo.file, "--answers", good, "--out", outFile()],
  ]) {
    const w = run(...args);
    expect([args[0], w.code]).toEqual([args[0], 0]);
    expect(w.stderr).toMatch(/note: .*had no table style \(as LibreOffice saves tables\)/);
    expect(fs.existsSync(args[args.length - 1])).toBe(true);
  }
}, 120000);

it("sizes a file before reading it: huge, sparse and special files are refused at once", () => {
  const huge = at("huge.xlsx");
  fs.writeFileSync(huge, "");
  fs.truncateSync(huge, 1.5 * 1024 ** 3); // sparse: no disk used, 1.5 GB to a reader
  const start = Date.now();
  let out = outFile();
  expectOneLine(
    run("import", ours, "--answers", huge, "--out", out),
    out,
    /huge\.xlsx is 1536\.0 MB; allowed: at most 5\.0 MB/
  );
  const giant = at("giant.xlsx");
  fs.writeFileSync(giant, "");
  fs.truncateSync(giant, 3 * 1024 ** 3); // beyond what Node can read into one buffer
  out = outFile();
  expectOneLine(run("recommend", giant, "--out", out), out, /giant\.xlsx is 3072\.0 MB; allowed/);
  out = outFile();
  expectOneLine(run("questionnaire", giant, "--out", out), out, /allowed: at most 20\.0 MB/);
  // Three processes on a loaded machine; reading 4.5 GB would take minutes, or fail.
  expect(Date.now() - start).toBeLessThan(45000);
  const device = at("device.xlsx");
  fs.symlinkSync("/dev/zero", device);
  out = outFile();
  expectOneLine(run("import", ours, "--answers", device, "--out", out), out, /not a regular file/);
}, 60000);
