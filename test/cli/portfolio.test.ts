/**
 * `collabfit portfolio` as a real process over real files: twenty assessments across every segment
 * (both perspectives), plus junk, a questionnaire and an assessment on another question set.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  CUSTOMER_SEGMENTS,
  SUPPLIER_SEGMENTS,
  recommend,
  segmentation,
} from "../../src/core/method";
import { DEFINED_NAMES, SHEET_NAMES } from "../../src/core/workbook/names";
import { mismatchText } from "../../src/core/texts/method-words";
import {
  PORTFOLIO_HEADERS,
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLE,
  PORTFOLIO_TOP_ROW,
} from "../../src/core/workbook/portfolio";
import { buildCliIfMissing, expectRefused, runCli, sha256 } from "../support/cli";
import { PORTFOLIO_CASES, caseProfile, writePortfolioCases } from "../support/portfolio";

jest.setTimeout(180_000);

let tmp: string;
let dir: string;
let files: string[];

beforeAll(async () => {
  buildCliIfMissing("lib/cli/commands/portfolio.js");
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-portfolio-"));
  dir = path.join(tmp, "assessments");
  fs.mkdirSync(path.join(dir, "nested"), { recursive: true });
  files = await writePortfolioCases(dir);
  // One in a sub-folder: folders are searched recursively.
  const moved = path.join(dir, "nested", path.basename(files[0]));
  fs.renameSync(files[0], moved);
  files[0] = moved;
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface JsonRow {
  file: string;
  assessmentId: string;
  targetModel: string;
  startModel: string;
  segment: string | null;
  preferencing: string | null;
  mismatch: { usual: string; reason: string } | null;
  perspective: string;
  profitImpact: number | null;
  scores: Record<string, number>;
}

describe("collabfit portfolio over twenty assessments", () => {
  let rows: JsonRow[];
  let out: string;
  let before: string[];

  beforeAll(() => {
    before = files.map(sha256);
    out = path.join(tmp, "PORTFOLIO.xlsx");
    const r = runCli("portfolio", dir, "--out", out, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout);
    expect(parsed.skipped).toEqual([]);
    rows = parsed.relationships;
  });

  test("one row per file; every row's model, segment, preferencing and mismatch equal the engine's", () => {
    expect(rows).toHaveLength(PORTFOLIO_CASES.length);
    for (const [i, c] of PORTFOLIO_CASES.entries()) {
      const row = rows.find((r) => path.resolve(r.file) === path.resolve(files[i]));
      expect(row).toBeDefined();
      const profile = caseProfile(c);
      const rec = recommend(profile);
      const seg = segmentation(profile, rec);
      expect({ name: c.name, ...row! }).toMatchObject({
        name: c.name,
        perspective: c.perspective,
        profitImpact: c.profitImpact,
        targetModel: rec.targetModel,
        startModel: rec.startModel,
        segment: seg.segment,
        preferencing: seg.preferencing,
        // The engine keeps the mismatch as keys; the JSON shows it in words.
        mismatch: seg.mismatch && { usual: seg.mismatch.usual, reason: mismatchText(seg.mismatch) },
        scores: rec.effective,
      });
      expect(row!.assessmentId).toMatch(/^CF-[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    }
  });

  test("the cases span every segment of both perspectives, no segment, and mismatches both ways", () => {
    const segments = new Set(rows.map((r) => r.segment));
    for (const s of [...CUSTOMER_SEGMENTS, ...SUPPLIER_SEGMENTS, null])
      expect(segments).toContain(s);
    const reasons = rows.flatMap((r) => (r.mismatch ? [r.mismatch.reason] : []));
    expect(reasons.some((t) => /above/.test(t))).toBe(true);
    expect(reasons.some((t) => /below/.test(t))).toBe(true);
    expect(new Set(rows.map((r) => r.preferencing))).toEqual(
      new Set(["core", "development", "exploitable", "nuisance", null])
    );
  });

  test("input files are unchanged; the workbook holds the table with every header, and the segments sheet", async () => {
    expect(files.map(sha256)).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(PORTFOLIO_SHEETS.portfolio)!;
    const t = ws.getTable(PORTFOLIO_TABLE) as unknown as { table: { tableRef: string } };
    expect(t.table.tableRef).toBe(
      `A${PORTFOLIO_TOP_ROW}:${ws.getCell(PORTFOLIO_TOP_ROW, PORTFOLIO_HEADERS.length).address.replace(/\d+$/, "")}${PORTFOLIO_TOP_ROW + rows.length}`
    );
    const headers = (ws.getRow(PORTFOLIO_TOP_ROW).values as unknown[]).slice(1);
    expect(headers).toEqual([...PORTFOLIO_HEADERS]);
    expect(wb.getWorksheet(PORTFOLIO_SHEETS.segments)).toBeDefined();
    expect(wb.getWorksheet(PORTFOLIO_SHEETS.skipped)).toBeUndefined();
  });

  test("an existing --out is refused before any work", () => {
    expectRefused(runCli("portfolio", dir, "--out", out), /already exists/);
  });
});

describe("files that are not assessments", () => {
  let mixed: string;
  beforeAll(async () => {
    mixed = path.join(tmp, "mixed");
    fs.mkdirSync(mixed);
    fs.copyFileSync(files[1], path.join(mixed, "good.xlsx"));
    fs.writeFileSync(path.join(mixed, "junk.xlsx"), "this is not a workbook");
    fs.writeFileSync(path.join(mixed, "notes.txt"), "ignored: not .xlsx");
    const q = runCli(
      "questionnaire",
      files[1],
      "--out",
      path.join(mixed, "their-questionnaire.xlsx")
    );
    expect(q.code).toBe(0);
    // An assessment on another question set: its version says so and an item id is unknown.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files[2]);
    const cover = wb.getWorksheet(SHEET_NAMES.cover)!;
    cover.getCell("B9").value = "2024.3";
    expect(wb.definedNames.getRanges(DEFINED_NAMES.itemSetVersion).ranges[0]).toMatch(/\$B\$9$/);
    const s1 = wb.getWorksheet(SHEET_NAMES.S1)!;
    s1.getCell("A6").value = "OLD-1";
    await wb.xlsx.writeFile(path.join(mixed, "older.xlsx"));
  });

  test("each is skipped with its reason on stderr; the good one is read; exit 0", () => {
    const out = path.join(tmp, "MIXED.xlsx");
    const r = runCli("portfolio", mixed, path.join(tmp, "missing.xlsx"), "--out", out, "--json");
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout);
    expect(parsed.relationships.map((x: JsonRow) => path.basename(x.file))).toEqual(["good.xlsx"]);
    const reasons = Object.fromEntries(
      parsed.skipped.map((s: { file: string; reason: string }) => [path.basename(s.file), s.reason])
    );
    expect(Object.keys(reasons).sort()).toEqual(
      ["junk.xlsx", "missing.xlsx", "older.xlsx", "their-questionnaire.xlsx"].sort()
    );
    expect(reasons["junk.xlsx"]).toMatch(/not an \.xlsx workbook/);
    expect(reasons["missing.xlsx"]).toBe("not found");
    expect(reasons["their-questionnaire.xlsx"]).toMatch(/questionnaire.*not an assessment/);
    expect(reasons["older.xlsx"]).toMatch(
      /^'CF Cover'!B9: question set "2024\.3" is not known to this version of CollabFit; allowed: .*2026\.1/
    );
    for (const name of Object.keys(reasons))
      expect(r.stderr).toContain(
        `skipped ${name === "missing.xlsx" ? path.join(tmp, name) : path.join(mixed, name)}: ${reasons[name]}`
      );
    // No progress bar when stderr is not a terminal.
    expect(r.stderr).not.toMatch(/\r|\[#/);
    expect(fs.existsSync(out)).toBe(true);
  });

  test("nothing readable: exit 2, one line, nothing written", () => {
    const only = path.join(tmp, "only-junk");
    fs.mkdirSync(only);
    fs.writeFileSync(path.join(only, "junk.xlsx"), "nope");
    const out = path.join(tmp, "NONE.xlsx");
    const r = runCli("portfolio", only, "--out", out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /skipped .*junk\.xlsx: .*\ncollabfit portfolio: no assessment could be read; nothing written\n$/
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  test("usage errors name what is allowed", () => {
    expectRefused(runCli("portfolio", "--out", path.join(tmp, "X.xlsx")), /at least one/);
    expectRefused(runCli("portfolio", dir, "--out", path.join(tmp, "X.csv")), /must end in \.xlsx/);
    expectRefused(runCli("portfolio", dir, "--bogus"), /allowed: FILE_OR_DIR/);
    expectRefused(
      runCli("portfolio", dir, "--out", path.join(tmp, "no-such-folder", "X.xlsx")),
      /folder does not exist/
    );
  });
});
