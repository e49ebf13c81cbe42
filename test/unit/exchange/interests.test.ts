/**
 * Step 1 in the exchange: their interests and objectives are asked in the questionnaire and land,
 * as text, in our "Their interests and objectives" table; our own table is never touched.
 */
import {
  MAX_INTEREST_ROWS,
  MAX_INTEREST_TEXT,
  QUESTIONNAIRE_INTEREST_ROWS,
  QUESTIONNAIRE_SHEETS,
  THEIR_INTERESTS_TABLE,
  buildQuestionnairePlan,
} from "../../../src/core/exchange";
import { ITEMS } from "../../../src/core/method";
import { INTEREST_HEADERS, TABLE_NAMES } from "../../../src/core/workbook/names";
import { loadWorkbook, readItemTables } from "../../../src/xlsx";
import {
  ExchangeError,
  buildQuestionnaireBuffer,
  importAnswersBuffer,
} from "../../../src/xlsx/exchange";
import { META, PRIVATE, fillQuestionnaire, ourWorkbook, theirAnswerCells } from "./helpers";

let ours: Buffer;
let questionnaire: Buffer;

beforeAll(async () => {
  ours = await ourWorkbook();
  questionnaire = (await buildQuestionnaireBuffer(ours)).buffer;
});

async function interestTables(buf: Buffer) {
  const wb = await loadWorkbook(buf);
  const pick = (name: string) => readItemTables(wb, (n) => n === name)[0];
  return { us: pick(TABLE_NAMES.interestsUs), them: pick(TABLE_NAMES.interestsThem), wb };
}

const scores = () => ({ [ITEMS[0].id]: 3 });

describe("the questionnaire asks for their interests and objectives", () => {
  it("has an empty, unlocked table in our S1 shape on the answers sheet (not in a colleague's file)", async () => {
    const wb = await loadWorkbook(questionnaire);
    const t = readItemTables(wb, (n) => n === THEIR_INTERESTS_TABLE)[0];
    expect(t.sheet).toBe(QUESTIONNAIRE_SHEETS.answers);
    expect(t.headers).toEqual([...INTEREST_HEADERS]);
    expect(t.rows).toHaveLength(QUESTIONNAIRE_INTEREST_ROWS);
    expect(t.rows.flat().every((v) => v === null || v === undefined)).toBe(true);
    const ws = wb.getWorksheet(QUESTIONNAIRE_SHEETS.answers)!;
    const [col, row] = [t.topLeft.replace(/\d+/, ""), Number(t.topLeft.replace(/\D+/, ""))];
    expect(ws.getCell(`${col}${row + 1}`).protection?.locked).toBe(false);
    const colleague = buildQuestionnairePlan({
      assessmentId: META.assessmentId!,
      meta: META,
      side: "us",
      sideCheck: "US-0123456789ABCDEF",
    });
    expect(JSON.stringify(colleague)).not.toContain(THEIR_INTERESTS_TABLE);
  });
});

describe("import of their interests (.xlsx path)", () => {
  it("writes what they typed into Their interests, as text, and leaves our table alone", async () => {
    const before = await interestTables(ours);
    const filled = await fillQuestionnaire(questionnaire, {
      scores: scores(),
      interests: [
        ["Secure volume for our new fab", "objective", "High", "  keep it \u202Equiet\u202C "],
        ['=HYPERLINK("http://x","click")', "Interest", 2, null],
        [{ formula: "1+1" }, "Bogus kind", null, "@SUM(A1)"],
      ],
    });
    const out = await importAnswersBuffer(ours, filled);
    const after = await interestTables(out.buffer);
    // Our side's table is exactly as it was.
    expect(after.us.rows).toEqual(before.us.rows);
    expect(after.us.rows[0][0]).toBe(PRIVATE.interest);
    const rows = after.them.rows.slice(0, 3);
    expect(rows[0]).toEqual([
      "Secure volume for our new fab",
      "Objective",
      "High",
      "keep it quiet",
    ]);
    expect(rows[1]).toEqual(['=HYPERLINK("http://x","click")', "Interest", 2, null]);
    // A formula of theirs arrives as its text; an unknown kind is left blank and reported.
    expect(rows[2]).toEqual(["=1+1", null, null, "@SUM(A1)"]);
    expect(out.report.interests?.rows).toBe(3);
    expect(out.report.interests?.skipped.map((s) => s.reason).join()).toMatch(/Bogus kind/);
    // Stored as text values in the file, never as formulas.
    const ws = after.wb.getWorksheet(after.them.sheet)!;
    const top = Number(after.them.topLeft.replace(/\D+/, ""));
    for (let r = top + 1; r <= top + 3; r++)
      for (const c of ["D", "E", "F", "G"]) {
        const v = ws.getCell(`${c}${r}`).value;
        expect(typeof v === "object" && v !== null && "formula" in v).toBe(false);
      }
    // Importing the result again with the same file adds nothing.
    const again = await importAnswersBuffer(out.buffer, filled);
    expect(again.interests.writes).toEqual([]);
    expect(again.interests.alreadyThere).toBe(3);
    expect((await interestTables(again.buffer)).them.rows).toEqual(after.them.rows);
  });

  it("never overwrites what the analyst typed: their rows fill blank rows, the rest are listed", async () => {
    const n = QUESTIONNAIRE_INTEREST_ROWS;
    const mine = await ourWorkbook();
    // Analyst's guess in the first row of Their interests, made through a first import.
    const first = await importAnswersBuffer(
      mine,
      await fillQuestionnaire(questionnaire, {
        scores: scores(),
        interests: [["Analyst's guess", null, null, null]],
      })
    );
    const theirs = Array.from({ length: n }, (_x, i) => [`Their item ${i + 1}`, null, null, null]);
    const out = await importAnswersBuffer(
      first.buffer,
      await fillQuestionnaire(questionnaire, { scores: scores(), interests: theirs })
    );
    const t = (await interestTables(out.buffer)).them;
    expect(t.rows[0][0]).toBe("Analyst's guess");
    expect(t.rows.slice(1).map((r) => r[0])).toEqual(
      theirs.slice(0, t.rows.length - 1).map((r) => r[0])
    );
    expect(out.interests.notPlaced.map((r) => r[0])).toEqual(
      theirs.slice(t.rows.length - 1).map((r) => r[0])
    );
  });

  it("cuts a long text and refuses a table that grew past its bound", async () => {
    const long = "x".repeat(MAX_INTEREST_TEXT + 50);
    const out = await importAnswersBuffer(
      ours,
      await fillQuestionnaire(questionnaire, {
        scores: scores(),
        interests: [[long, null, null, null]],
      })
    );
    const t = (await interestTables(out.buffer)).them;
    expect(String(t.rows[0][0]).length).toBeLessThanOrEqual(MAX_INTEREST_TEXT);
    expect(out.report.interests?.skipped[0].reason).toMatch(/cut/);

    const grown = await fillQuestionnaire(questionnaire, {
      scores: scores(),
      mutate: (wb) => {
        wb.eachSheet((ws) => {
          for (const tb of ws.getTables()) {
            const model = (tb as unknown as { table: { name: string; tableRef: string } }).table;
            if (model.name !== THEIR_INTERESTS_TABLE) continue;
            const [a] = model.tableRef.split(":");
            const top = Number(a.replace(/\D+/, ""));
            model.tableRef = `${a}:F${top + MAX_INTEREST_ROWS + 1}`;
          }
        });
      },
    });
    await expect(importAnswersBuffer(ours, grown)).rejects.toThrow(ExchangeError);
    await expect(importAnswersBuffer(ours, grown)).rejects.toThrow(`at most ${MAX_INTEREST_ROWS}`);
  });

  it("imports a questionnaire sent before the interests table existed", async () => {
    const { cells } = theirAnswerCells(5);
    const old = await fillQuestionnaire(questionnaire, {
      scores: cells,
      mutate: (wb) => {
        const ws = wb.getWorksheet(QUESTIONNAIRE_SHEETS.answers)!;
        ws.removeTable(THEIR_INTERESTS_TABLE);
      },
    });
    const out = await importAnswersBuffer(ours, old);
    expect(out.report.interests).toBeUndefined();
    expect(out.interests.writes).toEqual([]);
  });
});
