/** `collabfit questionnaire` and `collabfit import`, run as a process on real files. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { QUESTIONNAIRE_SHEETS, THEIR_NOTE_MARK } from "../../src/core/exchange";
import { sheetRef } from "../../src/core/workbook/names";
import { ITEMS } from "../../src/core/method";
import { readAssessment } from "../../src/core/workbook/readback";
import { loadWorkbook, readItemTables } from "../../src/xlsx";
import {
  fillQuestionnaire,
  theirAnswerCells,
  withNotesFormula,
  type Fill,
} from "../unit/exchange/helpers";
import { buildCliIfMissing, expectRefused, runCli as run, sha256 as sha } from "../support/cli";
import { withUserExtras } from "../support/user-extras";

let tmp: string;
let ours: string;
let blank: string;

const at = (name: string) => path.join(tmp, name);

async function filled(name: string, fill: Fill, from = blank): Promise<string> {
  const file = at(name);
  fs.writeFileSync(file, await fillQuestionnaire(fs.readFileSync(from), fill));
  return file;
}

async function tables(file: string) {
  return readItemTables(await loadWorkbook(fs.readFileSync(file)));
}

beforeAll(() => {
  buildCliIfMissing("lib/cli/commands/import.js");
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-exchange-"));
  ours = at("ours.xlsx");
  expect(
    run("new", "--out", ours, "--us", "Northwind", "--them", "Contoso", "--date", "2026-02-01").code
  ).toBe(0);
  blank = at("questionnaire.xlsx");
  const r = run("questionnaire", ours, "--out", blank);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("collabfit questionnaire", () => {
  test("writes the questionnaire, reads FILE.xlsx only, and never overwrites --out", () => {
    const before = sha(ours);
    const out = at("q2.xlsx");
    const r = run("questionnaire", ours, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/questionnaire for assessment CF-[0-9A-F-]+/);
    expect(fs.existsSync(out)).toBe(true);
    const again = sha(out);
    expectRefused(run("questionnaire", ours, "--out", out), /already exists/);
    expect(sha(out)).toBe(again);
    expect(sha(ours)).toBe(before);
  });

  test("bad input: missing file, missing --out, not a workbook", () => {
    expectRefused(run("questionnaire", at("nope.xlsx"), "--out", at("x.xlsx")), /file not found/);
    expectRefused(run("questionnaire", ours), /--out FILE\.xlsx is required/);
    const junk = at("junk.xlsx");
    fs.writeFileSync(junk, "not a workbook");
    expectRefused(run("questionnaire", junk, "--out", at("y.xlsx")), /not an \.xlsx workbook/);
    expect(fs.existsSync(at("y.xlsx"))).toBe(false);
  });
});

describe("collabfit import", () => {
  test("round trip: their answers land in Their score; FILE.xlsx unchanged; twice = once", async () => {
    const { cells, expected } = theirAnswerCells(5);
    const theirs = await filled("theirs.xlsx", {
      scores: cells,
      notes: { "STK-1": "Bespoke for us" },
    });
    const before = sha(ours);
    const merged = at("merged.xlsx");
    const r = run("import", ours, "--answers", theirs, "--out", merged);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Imported \d+ answer\(s\)/);
    expect(sha(ours)).toBe(before);
    const read = readAssessment(await tables(merged));
    for (const it of ITEMS) expect(read.them[it.id] ?? null).toBe(expected[it.id] ?? null);
    expect(readAssessment(await tables(ours)).us).toEqual(read.us);

    const twice = at("merged-twice.xlsx");
    expect(run("import", merged, "--answers", theirs, "--out", twice).code).toBe(0);
    expect(await tables(twice)).toEqual(await tables(merged));

    expectRefused(run("import", ours, "--answers", theirs, "--out", merged), /already exists/);
  });

  test("the merged copy says which of our charts, pivot tables or formula names it cannot carry over", async () => {
    const rich = at("ours-rich.xlsx");
    fs.writeFileSync(rich, await withUserExtras(fs.readFileSync(ours)));
    const before = sha(rich);
    const { cells } = theirAnswerCells(5);
    const theirs = await filled("theirs-rich.xlsx", { scores: cells });
    const merged = at("merged-rich.xlsx");
    const r = run("import", rich, "--answers", theirs, "--out", merged);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `note: ${merged} does not carry over 2 charts, 1 pivot table, 1 picture, defined names MyRate, Growth from ${rich}; ${rich} itself is unchanged\n`
    );
    expect(sha(rich)).toBe(before);
  });

  test("a Notes cell of ours holding a formula keeps it; their note is printed with why, keyed in --json", async () => {
    const { buffer, id, sheet, cell } = await withNotesFormula(fs.readFileSync(ours));
    const withFormula = at("ours-formula.xlsx");
    fs.writeFileSync(withFormula, buffer);
    const theirs = await filled("theirs-formula.xlsx", {
      scores: { [id]: 4 },
      notes: { [id]: "Theirs here" },
    });
    const r = run("import", withFormula, "--answers", theirs, "--out", at("merged-formula.xlsx"));
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toContain(
      `  note not written at ${sheetRef(sheet)}!${cell} (our Notes cell holds a formula, left as it is); their note: "${THEIR_NOTE_MARK}Theirs here"`
    );
    const j = run(
      "import",
      withFormula,
      "--answers",
      theirs,
      "--out",
      at("merged-formula.json.xlsx"),
      "--json"
    );
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout).notesNotWritten).toEqual([
      { sheet, cell, note: `${THEIR_NOTE_MARK}Theirs here`, why: "formula" },
    ]);
  });

  test("--json reports imported, skipped (with cells) and the perception gaps", async () => {
    const scores: Record<string, number | string> = Object.fromEntries(
      ITEMS.map((it) => [it.id, 5])
    );
    scores["MUT-2"] = '=HYPERLINK("http://evil")';
    const theirs = await filled("json.xlsx", { scores });
    const r = run("import", ours, "--answers", theirs, "--out", at("json-out.xlsx"), "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.report.imported).toHaveLength(ITEMS.length - 1);
    expect(out.report.skipped).toEqual([
      expect.objectContaining({
        itemId: "MUT-2",
        sheet: QUESTIONNAIRE_SHEETS.answers,
        cell: "G6",
        column: "score",
      }),
    ]);
    expect(out.perceptionGaps).toHaveProperty("dimensions");
    expect(out.perceptionGaps).toHaveProperty("items");
  });

  describe("hostile files: exit 2, one line, FILE.xlsx byte-for-byte unchanged, nothing written", () => {
    const cases: Array<[string, () => Promise<string>, RegExp]> = [
      [
        "formulas in every answer cell",
        () =>
          filled("formulas.xlsx", {
            scores: Object.fromEntries(ITEMS.map((it) => [it.id, { formula: "1+2" }])),
          }),
        /no answer in this questionnaire can be imported/,
      ],
      [
        "an extra sheet",
        () =>
          filled("extra.xlsx", {
            scores: { "MUT-1": 2 },
            mutate: (wb) => wb.addWorksheet("Pivot"),
          }),
        /extra sheet "Pivot"/,
      ],
      [
        "a renamed sheet",
        () =>
          filled("renamed.xlsx", {
            scores: { "MUT-1": 2 },
            mutate: (wb) => (wb.getWorksheet(QUESTIONNAIRE_SHEETS.answers)!.name = "Answers"),
          }),
        /sheet "Your answers" is missing \(renamed\?/,
      ],
      [
        "a missing table",
        () =>
          filled("notable.xlsx", {
            scores: { "MUT-1": 2 },
            mutate: (wb) =>
              wb.getWorksheet(QUESTIONNAIRE_SHEETS.answers)!.removeTable("CF_Answers"),
          }),
        /CF_Answers is missing/,
      ],
      [
        "the wrong assessment id",
        async () => {
          const other = at("other.xlsx");
          expect(
            run("new", "--out", other, "--us", "Someone", "--them", "Else", "--date", "2026-01-01")
              .code
          ).toBe(0);
          const q = at("other-q.xlsx");
          expect(run("questionnaire", other, "--out", q).code).toBe(0);
          return filled("wrongid.xlsx", { scores: { "MUT-1": 2 } }, q);
        },
        /'How to answer'!B16: this questionnaire belongs to assessment/,
      ],
      [
        "a zip that is not a workbook",
        async () => {
          const z = new JSZip();
          z.file("hello.txt", "hi");
          const f = at("zip.xlsx");
          fs.writeFileSync(f, await z.generateAsync({ type: "nodebuffer" }));
          return f;
        },
        /not an Excel workbook/,
      ],
      [
        "a very large file",
        async () => {
          const f = at("large.xlsx");
          const b = Buffer.alloc(6 * 1024 * 1024, 65);
          b.write("PK\u0003\u0004", 0, "latin1");
          fs.writeFileSync(f, b);
          return f;
        },
        /is 6\.0 MB; allowed: at most 5\.0 MB/,
      ],
    ];
    test.each(cases)("%s", async (_label, make, pattern) => {
      const theirs = await make();
      const before = sha(ours);
      const out = at(`out-${path.basename(theirs)}`);
      expectRefused(run("import", ours, "--answers", theirs, "--out", out), pattern);
      expect(sha(ours)).toBe(before);
      expect(fs.existsSync(out)).toBe(false);
    });
  });

  test("usage errors", () => {
    expectRefused(run("import", ours, "--out", at("u.xlsx")), /--answers THEIRS\.xlsx is required/);
    expectRefused(run("import", ours, "--answers", blank), /--out FILE\.xlsx is required/);
    expectRefused(
      run("import", ours, "--answers", at("a.csv"), "--out", at("u.xlsx")),
      /must be an \.xlsx file/
    );
  });
});
