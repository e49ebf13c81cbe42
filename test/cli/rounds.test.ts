/** `collabfit round` and the rounds/respondents part of `recommend --json`, run as a process. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type ExcelJS from "exceljs";
import { phaseStatus } from "../../src/core/rounds/history";
import { DIMENSION_KEYS, swapPerspective } from "../../src/core/method";
import { scoresRow } from "../../src/core/workbook/layout";
import { ITEM_HEADERS, SHEET_NAMES } from "../../src/core/workbook/names";
import { ROUND_SHEETS, ROUND_TABLES } from "../../src/core/workbook/round-names";
import { loadWorkbook, readItemTables, workbookProfile } from "../../src/xlsx";
import { readHistory } from "../../src/xlsx/rounds";
import { parseCell } from "../../src/core/workbook/a1";
import { buildCliIfMissing, expectRefused, runCli as run, sha256 as sha } from "../support/cli";

let tmp: string;
const at = (name: string) => path.join(tmp, name);
const open = async (file: string) => loadWorkbook(fs.readFileSync(file));

/** Every cell of a sheet as "address=value" (formulas by their text), for before/after comparisons. */
function sheetText(wb: ExcelJS.Workbook, sheet: string, skipCols: number[] = []): string[] {
  const out: string[] = [];
  wb.getWorksheet(sheet)!.eachRow((row) =>
    row.eachCell((cell) => {
      if (skipCols.includes(Number(cell.col))) return;
      out.push(`${cell.address}=${JSON.stringify(cell.value)}`);
    })
  );
  return out;
}

/** Copies the demo's scores into `file` with `shift` added to every trust item (capped 1-5). */
async function scoreLike(
  demo: string,
  file: string,
  outName: string,
  shift: number
): Promise<string> {
  const src = readItemTables(await open(demo));
  const wb = await open(file);
  for (const t of src) {
    const ws = wb.getWorksheet(t.sheet)!;
    const { row, col } = parseCell(t.topLeft);
    for (const h of [ITEM_HEADERS.our, ITEM_HEADERS.their]) {
      const c = t.headers.indexOf(h);
      const dim = t.headers.indexOf(ITEM_HEADERS.dimension);
      t.rows.forEach((r, i) => {
        const v = r[c];
        const n =
          typeof v === "number" && r[dim] === "trust" ? Math.min(5, Math.max(1, v + shift)) : v;
        ws.getCell(row + 1 + i, col + c).value = n as ExcelJS.CellValue;
      });
    }
  }
  const out = at(outName);
  await wb.xlsx.writeFile(out);
  return out;
}

let demo: string;
let r2: string;

beforeAll(() => {
  buildCliIfMissing("lib/cli/commands/round.js");
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-rounds-"));
  demo = at("demo.xlsx");
  expect(run("demo", "--out", demo).code).toBe(0);
  r2 = at("round2.xlsx");
  const r = run("round", demo, "--out", r2, "--date", "2030-01-15");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  // Dates in words, as the workbook shows them: no ISO date in what the analyst reads.
  expect(r.stdout).toMatch(/Closed round 1 \(\d{1,2} [A-Z][a-z]+ \d{4}\)/);
  expect(r.stdout).toMatch(/Opened round 2 dated 15 January 2030 with empty scores/);
  expect(r.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("collabfit round", () => {
  test("closes the round into CF_History with the round's facts, and empties the scores", async () => {
    const before = await open(demo);
    const after = await open(r2);
    const { history, problems } = readHistory(after);
    expect(problems).toEqual([]);
    expect(history).toHaveLength(1);
    const { meta, profile } = workbookProfile(before);
    expect(history[0].date).toBe(meta.date);
    expect(history[0].itemSetVersion).toMatch(/^\d{4}\.\d+$/);
    expect(history[0].respondents).toEqual({ us: 1, them: 1 });
    // The history keeps their side in our frame, as the Scores sheet shows it.
    const theirs = swapPerspective(profile!.them!);
    for (const k of DIMENSION_KEYS) {
      expect(history[0].us[k]).toBeCloseTo(profile!.us[k]!, 6);
      expect(history[0].them[k]).toBeCloseTo(theirs[k]!, 6);
    }
    // Every score cell of the new round is empty; the cover carries the new round's date.
    for (const t of readItemTables(after))
      for (const h of [ITEM_HEADERS.our, ITEM_HEADERS.their])
        expect(t.rows.map((r) => r[t.headers.indexOf(h)]).filter((v) => v !== null)).toEqual([]);
    expect(after.getWorksheet(SHEET_NAMES.cover)!.getCell("B7").value).toEqual(
      new Date("2030-01-15T00:00:00Z")
    );
  });

  test("keeps notes, weights, interests and the roadmap exactly", async () => {
    const before = await open(demo);
    const after = await open(r2);
    const tb = readItemTables(before);
    const ta = readItemTables(after);
    for (const h of [ITEM_HEADERS.notes, ITEM_HEADERS.weight, ITEM_HEADERS.id]) {
      const col = (ts: typeof tb) => ts.flatMap((t) => t.rows.map((r) => r[t.headers.indexOf(h)]));
      expect(col(ta)).toEqual(col(tb));
    }
    expect(col(tb, ITEM_HEADERS.notes).some((n) => typeof n === "string" && n.length > 0)).toBe(
      true
    );
    expect(sheetText(after, SHEET_NAMES.roadmap)).toEqual(sheetText(before, SHEET_NAMES.roadmap));
    // Interests sit in S1 below the items (columns D:G): everything but the score columns is the same.
    const s1 = tb.find((t) => t.sheet === SHEET_NAMES.S1)!;
    const ourCol = parseCell(s1.topLeft).col + s1.headers.indexOf(ITEM_HEADERS.our);
    expect(sheetText(after, SHEET_NAMES.S1, [ourCol, ourCol + 1])).toEqual(
      sheetText(before, SHEET_NAMES.S1, [ourCol, ourCol + 1])
    );
  });

  test("two closed rounds give a two-row history; the third round shows the changes", async () => {
    const scored2 = await scoreLike(demo, r2, "round2-scored.xlsx", 1);
    const r3 = at("round3.xlsx");
    const r = run("round", scored2, "--out", r3, "--date", "2031-01-15");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Closed round 2 \(15 January 2030\).*trust gap/);
    // The trust gap's trend in words (core/rounds keeps it as a key): higher trust, a closing gap.
    expect(r.stdout).toMatch(/trust gap -?[\d.]+ \((closing|closed); was -?[\d.]+\)/);
    const wb = await open(r3);
    const { history } = readHistory(wb);
    expect(history.map((h) => h.date)).toEqual([expect.any(String), "2030-01-15"]);
    // Round 2's trust is higher than round 1's (every trust item one point up, capped at 5).
    expect(history[1].us.trust!).toBeGreaterThan(history[0].us.trust!);
    // The trend table compares the live score of round 3 with both rounds.
    const trend = wb.getWorksheet(ROUND_SHEETS.history)!;
    const formulas: string[] = [];
    trend.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value as { formula?: string } | null;
        if (v && typeof v === "object" && v.formula) formulas.push(v.formula);
      })
    );
    expect(formulas.some((f) => f.includes(`'${SHEET_NAMES.scores}'!B${scoresRow("trust")}`))).toBe(
      true
    );
    // "Since previous round" reads the history's last row (header on row 5, rounds on rows 6 and 7).
    expect(formulas.filter((f) => /-\$[A-Z]+\$7,6\)/.test(f))).toHaveLength(
      2 * DIMENSION_KEYS.length
    );
    expect(formulas.filter((f) => /-\$[A-Z]+\$6,6\)/.test(f))).toHaveLength(
      2 * DIMENSION_KEYS.length
    );

    // recommend --json on the scored third round: the history, oldest first.
    const scored3 = await scoreLike(demo, r3, "round3-scored.xlsx", 2);
    const j = run("recommend", scored3, "--json");
    expect(j.stderr).toBe("");
    const out = JSON.parse(j.stdout);
    expect(out.history).toHaveLength(2);
    expect(out.history[1]).toMatchObject({
      date: "2030-01-15",
      targetModel: history[1].targetModel,
      startModel: history[1].startModel,
      trustGap: history[1].trustGap,
    });
    expect(Object.keys(out.history[0].us)).toEqual([...DIMENSION_KEYS]);
    expect(out.respondents).toEqual({ us: [], them: [] });
    // Each roadmap phase against the three rounds (two closed, the open one third).
    expect(out.roadmapStatus.map((p: { code: string }) => p.code)).toEqual(
      out.roadmap.map((p: { code: string }) => p.code)
    );
    expect(out.roadmapStatus).toEqual(
      phaseStatus(out.roadmap, [...history, { startModel: out.startModel }])
    );
    expect(wb.getWorksheet(ROUND_SHEETS.history)).toBeDefined();
    expect(ROUND_TABLES.history).toBe("CF_History");
  });

  test("a date before the last round exits 2 with one line, and nothing is written", async () => {
    const scored2 = at("round2-scored.xlsx");
    const out = at("early.xlsx");
    const before = sha(scored2);
    expectRefused(
      run("round", scored2, "--out", out, "--date", "2030-01-14"),
      /--date: round date 2030-01-14 is before the last round \(2030-01-15\); allowed: 2030-01-15 or later/
    );
    expect(fs.existsSync(out)).toBe(false);
    expect(sha(scored2)).toBe(before);
  });

  test("other bad input: a bad date, no scores, an existing --out, not a workbook", () => {
    const out = at("bad.xlsx");
    expectRefused(
      run("round", demo, "--out", out, "--date", "2030-02-30"),
      /--date 2030-02-30 is not a date; allowed: YYYY-MM-DD/
    );
    expectRefused(run("round", r2, "--out", out), /no answered item for dimension/);
    expectRefused(run("round", demo, "--out", r2), /already exists/);
    fs.writeFileSync(at("junk.xlsx"), "not a zip");
    expectRefused(run("round", at("junk.xlsx"), "--out", out), /not an \.xlsx workbook/);
    expectRefused(run("round", demo, "--out", out, "--dates", "x"), /unknown option --dates/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

function col(ts: ReturnType<typeof readItemTables>, h: string): unknown[] {
  return ts.flatMap((t) => t.rows.map((r) => r[t.headers.indexOf(h)]));
}
