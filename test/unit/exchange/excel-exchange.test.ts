/** The Office.js side, on the recording Excel stand-in built on office-addin-mock. */
import {
  QUESTIONNAIRE_SHEETS,
  buildQuestionnairePlan,
  derivedAssessmentId,
  type ReturnedWorkbook,
} from "../../../src/core/exchange";
import { ITEMS } from "../../../src/core/method";
import { ITEM_HEADERS } from "../../../src/core/workbook/names";
import {
  importAnswersInExcel,
  questionnairePlanFromExcel,
  toBase64,
} from "../../../src/excel/exchange";
import { loadWorkbook, planToBuffer, readItemTables } from "../../../src/xlsx";
import { readReturnedQuestionnaire } from "../../../src/xlsx/exchange";
import { createFakeExcel } from "../../fixtures/excel/fake-excel";
import { fillQuestionnaire, ourWorkbook, type Fill } from "./helpers";

// The stand-in does not evaluate defined names, so the cover reads as empty and the id is the one
// derived from an empty cover: the same rule a workbook without a stored id follows.
const ID_OF_EMPTY_COVER = derivedAssessmentId({
  title: "",
  us: "",
  them: "",
  perspective: "customer",
  date: "",
});

async function fakeWithOurTables() {
  const tables = readItemTables(await loadWorkbook(await ourWorkbook()));
  const f = createFakeExcel({
    sheets: [...new Set(tables.map((t) => t.sheet))],
    tables: tables.map((t) => ({
      name: t.tableName,
      sheet: t.sheet,
      topLeft: t.topLeft,
      headers: t.headers,
      rows: t.rows,
    })),
  });
  return { f, tables };
}

async function returned(fill: Fill, assessmentId = ID_OF_EMPTY_COVER): Promise<ReturnedWorkbook> {
  const plan = buildQuestionnairePlan({
    assessmentId,
    meta: { us: "Us Ltd", them: "Them plc", perspective: "customer" },
  });
  return readReturnedQuestionnaire(await fillQuestionnaire(await planToBuffer(plan), fill));
}

const writes = (f: ReturnType<typeof createFakeExcel>) =>
  f.state.applied.filter((op) => op.kind === "set");

describe("importAnswersInExcel", () => {
  it("validates first, then writes their scores as values in one batch (2 syncs in all)", async () => {
    const { f, tables } = await fakeWithOurTables();
    const spy = jest.spyOn(f.context, "sync");
    const scores = Object.fromEntries(
      ITEMS.map((it, i) => [it.id, i % 6 === 5 ? "N/A" : String((i % 5) + 1)])
    );
    const file = await returned({ scores, notes: { "MUT-2": "=cmd|' /C calc'!A0" } });
    const out = await importAnswersInExcel(f.context as unknown as Excel.RequestContext, file);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(out.report.imported).toHaveLength(ITEMS.length);

    // One values write per item table for the whole "Their score" column.
    const valueWrites = f.ops({ prop: "values" });
    for (const t of tables) {
      const col = t.headers.indexOf(ITEM_HEADERS.their);
      const w = valueWrites.find(
        (op) =>
          op.sheet === t.sheet && op.value && (op.value as unknown[][]).length === t.rows.length
      );
      expect(w).toBeDefined();
      const expected = t.rows.map((r) => [
        scores[String(r[0])] === "N/A" ? "N/A" : Number(scores[String(r[0])]),
      ]);
      expect(w!.value).toEqual(expected);
      expect(w!.address?.startsWith(String.fromCharCode(65 + col))).toBe(true);
    }
    // Their formula-looking note is written after the marker, as a value, never via formulas.
    expect(f.ops({ prop: "formulas" })).toEqual([]);
    const note = valueWrites.find((op) => JSON.stringify(op.value).includes("calc"));
    expect(String((note!.value as unknown[][])[0][0])).toMatch(/^Their note: =cmd/);
  });

  it.each([
    [
      "wrong assessment id",
      () => returned({ scores: { "MUT-1": 3 } }, "CF-9999-9999-9999-9999"),
      /belongs to assessment/,
    ],
    [
      "an extra sheet",
      () => returned({ scores: { "MUT-1": 3 }, mutate: (wb) => wb.addWorksheet("Extra") }),
      /extra sheet "Extra"/,
    ],
    [
      "a renamed sheet",
      () =>
        returned({
          scores: { "MUT-1": 3 },
          mutate: (wb) => (wb.getWorksheet(QUESTIONNAIRE_SHEETS.instructions)!.name = "Read me"),
        }),
      /renamed\?/,
    ],
    ["no answer at all", () => returned({}), /no answer in this questionnaire/],
  ])(
    "refuses %s with nothing written (one read sync, no write queued)",
    async (_label, make, pattern) => {
      const { f } = await fakeWithOurTables();
      const file = await make();
      const spy = jest.spyOn(f.context, "sync");
      await expect(
        importAnswersInExcel(f.context as unknown as Excel.RequestContext, file)
      ).rejects.toThrow(pattern);
      expect(spy).toHaveBeenCalledTimes(1);
      // Flush whatever might have been queued: still no write reaches the workbook.
      await f.context.sync();
      expect(writes(f)).toEqual([]);
    }
  );
});

describe("questionnaire from the open workbook", () => {
  it("reads the cover in one sync and refuses a cover without organisation names", async () => {
    const { f } = await fakeWithOurTables();
    const spy = jest.spyOn(f.context, "sync");
    await expect(
      questionnairePlanFromExcel(f.context as unknown as Excel.RequestContext)
    ).rejects.toThrow(/our organisation is empty/);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("encodes bytes as base64 for Excel.createWorkbook", () => {
    const bytes = new Uint8Array(70000).map((_, i) => (i * 31) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
