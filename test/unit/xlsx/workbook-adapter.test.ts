import { regimeText } from "../../../src/core/texts/render";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { DIMENSION_KEYS, ITEMS } from "../../../src/core/method";
import type { ItemAnswers } from "../../../src/core/method/types";
import { DEMO_META, buildDemoPlan, demoAssessment } from "../../../src/core/workbook/demo";
import {
  LAYOUT,
  RESULT_ROWS,
  buildAssessmentPlan,
  itemColumn,
  sheetNamesOfEveryWorkbook,
} from "../../../src/core/workbook/layout";
import { ITEM_HEADERS, SHEET_NAMES } from "../../../src/core/workbook/names";
import { readAssessment } from "../../../src/core/workbook/readback";
import {
  WorkbookClashError,
  loadWorkbook,
  planToBuffer,
  readItemTables,
  readMeta,
  readWorkbookAssessment,
  replaceResults,
  workbookProfile,
  workbookToBuffer,
  writePlan,
} from "../../../src/xlsx";
import { dimensionLabel } from "../../../src/core/texts/method-words";
import { workbookTexts } from "../../../src/core/texts/parts/workbook";

const LIVE_FORMULAS_OFF = workbookTexts().results.liveOff;
const DEFAULT_CONFIDENTIALITY = workbookTexts().cover.defaultConfidentiality;

const META = {
  title: "=SUM(1,2)",
  us: "@us",
  them: "+them",
  perspective: "supplier" as const,
  date: "2026-04-30",
  assessors: "-A, B",
};

async function roundTrip(answers: { us: ItemAnswers; them: ItemAnswers }) {
  const wb = await loadWorkbook(await planToBuffer(buildAssessmentPlan(META, { answers })));
  return { wb, read: readAssessment(readItemTables(wb)) };
}

describe("exceljs adapter", () => {
  test("property: plan -> .xlsx -> load -> read-back gives the answers written", async () => {
    const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
    const side = fc.record(
      Object.fromEntries(ITEMS.map((i) => [i.id, score])) as Record<
        string,
        fc.Arbitrary<number | null>
      >
    );
    await fc.assert(
      fc.asyncProperty(side, side, async (us, them) => {
        const { read } = await roundTrip({ us, them });
        expect(read.problems).toEqual([]);
        expect(read.us).toEqual(us);
        expect(read.them).toEqual(them);
      }),
      { numRuns: 8 }
    );
  });

  test("cover fields round-trip; text that looks like a formula stays text", async () => {
    const { wb } = await roundTrip({ us: {}, them: {} });
    // The cover stores the default confidentiality label when none is given.
    expect(readMeta(wb)).toEqual({
      meta: { ...META, confidentiality: DEFAULT_CONFIDENTIALITY },
      problems: [],
    });
    const cover = wb.getWorksheet(SHEET_NAMES.cover)!;
    const { type, value } = cover.getCell(LAYOUT.cover.title);
    expect(type).toBe(ExcelJS.ValueType.String);
    expect(value).toBe("=SUM(1,2)");
  });

  test("tables, validation, frozen header, names and formulas are in the file", async () => {
    const { wb } = await roundTrip({ us: {}, them: {} });
    const s2 = wb.getWorksheet(SHEET_NAMES.S2)!;
    const dv = (s2 as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation } })
      .dataValidations;
    const v = dv.find(`${itemColumn(ITEM_HEADERS.their)}6`);
    expect(v).toMatchObject({
      type: "list",
      formulae: ['"1,2,3,4,5,N/A"'],
      showErrorMessage: true,
    });
    expect(s2.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(wb.definedNames.getRanges("CF_OurScores").ranges).toEqual([
      `'CF Scores'!$A$2:$B$${1 + DIMENSION_KEYS.length}`,
    ]);
    const results = wb.getWorksheet(SHEET_NAMES.results)!;
    // No COLLAB.* formula outside Excel (Excel would not bind it): a plain sentence instead.
    const liveText = results.getCell(
      `${LAYOUT.results.liveColumn}${LAYOUT.results.firstRow}`
    ).value;
    expect(liveText).toBe(LIVE_FORMULAS_OFF);
    results.eachRow((row) =>
      row.eachCell((cell) => expect(JSON.stringify(cell.value ?? "")).not.toMatch(/COLLAB\./))
    );
  });

  test("a sheet-name clash with a user's sheet is refused and nothing is renamed or added", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("CF Scores").getCell("A1").value = "my own data";
    wb.addWorksheet("Budget");
    expect(() => writePlan(buildAssessmentPlan(DEMO_META), wb)).toThrow(WorkbookClashError);
    expect(() => writePlan(buildAssessmentPlan(DEMO_META), wb)).toThrow(
      /nothing was written: sheet "CF Scores"/
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(["CF Scores", "Budget"]);
    expect(wb.getWorksheet("CF Scores")!.getCell("A1").value).toBe("my own data");
  });

  test("writing into a workbook with other user sheets keeps them", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Budget").getCell("B2").value = 42;
    writePlan(buildAssessmentPlan(DEMO_META), wb);
    const back = await loadWorkbook(await workbookToBuffer(wb));
    expect(back.getWorksheet("Budget")!.getCell("B2").value).toBe(42);
    expect(back.worksheets).toHaveLength(1 + sheetNamesOfEveryWorkbook().length);
  });

  test("text scores, 7 and a renamed header in the file are problems naming sheet and cell", async () => {
    const wb = await loadWorkbook(await planToBuffer(buildAssessmentPlan(DEMO_META)));
    const s1 = wb.getWorksheet(SHEET_NAMES.S1)!;
    s1.getCell(`${itemColumn(ITEM_HEADERS.our)}6`).value = "3";
    s1.getCell(`${itemColumn(ITEM_HEADERS.our)}7`).value = 7;
    const s4 = wb.getWorksheet(SHEET_NAMES.S4)!;
    s4.getCell(`${itemColumn(ITEM_HEADERS.their)}5`).value = "Theirs";
    const { read, problems } = readWorkbookAssessment(
      await loadWorkbook(await workbookToBuffer(wb))
    );
    expect(read.us[String(s1.getCell("A6").value)]).toBe(3);
    expect(problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual([
      `${SHEET_NAMES.S1}!${itemColumn(ITEM_HEADERS.our)}7`,
      `${SHEET_NAMES.S4}!${itemColumn(ITEM_HEADERS.their)}5`,
    ]);
  });

  test("a score cell formatted as a date reads as its number, as Excel itself returns it", async () => {
    const wb = await loadWorkbook(await planToBuffer(buildAssessmentPlan(DEMO_META)));
    const s2 = wb.getWorksheet(SHEET_NAMES.S2)!;
    const address = `${itemColumn(ITEM_HEADERS.our)}7`;
    s2.getCell(address).value = 3;
    // A fresh style object: loaded cells share theirs, and only this cell is pasted over.
    s2.getCell(address).style = { ...s2.getCell(address).style, numFmt: "dd/mm/yyyy" };
    const back = await loadWorkbook(await workbookToBuffer(wb));
    expect(back.getWorksheet(SHEET_NAMES.S2)!.getCell(address).value).toBeInstanceOf(Date);
    const { read, problems } = readWorkbookAssessment(back);
    expect(problems).toEqual([]);
    expect(read.us[String(s2.getCell("A7").value)]).toBe(3);
  });

  test("an item table with Excel's total row switched on reads back without a problem", async () => {
    const plan = buildAssessmentPlan(DEMO_META, { answers: demoAssessment().answers });
    for (const s of plan.sheets)
      for (const t of s.tables ?? []) if (t.name.startsWith("CF_Items")) t.showTotals = true;
    const { read, problems } = readWorkbookAssessment(await loadWorkbook(await planToBuffer(plan)));
    expect(problems).toEqual([]);
    expect(read.us).toEqual(demoAssessment().answers.us);
  });

  test("every weight of a dimension set to 0: the problem says so instead of 'no answered item'", async () => {
    const demo = demoAssessment();
    const wb = await loadWorkbook(
      await planToBuffer(buildAssessmentPlan(DEMO_META, { answers: demo.answers }))
    );
    const ws = wb.getWorksheet(SHEET_NAMES.S3)!;
    const w = itemColumn(ITEM_HEADERS.weight);
    ws.eachRow((row, n) => {
      if (row.getCell(2).value === "trust") ws.getCell(`${w}${n}`).value = 0;
    });
    const { profile, problems } = workbookProfile(wb);
    expect(profile).toBeNull();
    expect(problems).toHaveLength(2);
    for (const p of problems) {
      expect(p.sheet).toBe(SHEET_NAMES.S3);
      expect(p.cell).toMatch(new RegExp(`^${w}\\d+:${w}\\d+$`));
      expect(p.message).toContain(`"${dimensionLabel("trust")}" answered`);
      expect(p.message).toMatch(/weight 0/);
      expect(p.message).not.toMatch(/no answered item/);
    }
  });

  test("replaceResults rewrites Results and Roadmap only, keeping tab order and names", async () => {
    const demo = demoAssessment();
    const wb = await loadWorkbook(
      await planToBuffer(buildAssessmentPlan(DEMO_META, { answers: demo.answers }))
    );
    const order = wb.worksheets.map((w) => w.name);
    replaceResults(wb, demo.recommendation, demo.roadmap, "2026-03-02T12:00:00Z");
    const back = await loadWorkbook(await workbookToBuffer(wb));
    expect(back.worksheets.map((w) => w.name)).toEqual(order);
    const results = back.getWorksheet(SHEET_NAMES.results)!;
    const row = LAYOUT.results.firstRow + RESULT_ROWS.findIndex((r) => r.label === "Power regime");
    expect(results.getCell(`${LAYOUT.results.snapshotColumn}${row}`).value).toBe(
      regimeText(demo.recommendation.powerRegime)
    );
    expect(back.definedNames.getRanges("CF_SnapshotTime").ranges).toHaveLength(1);
    const roadmap = back.getWorksheet(SHEET_NAMES.roadmap)!;
    const table = (
      roadmap.getTables()[0] as unknown as { table: { name: string; tableRef: string } }
    ).table;
    expect(table.name).toBe("CF_Roadmap");
    expect(table.tableRef).toBe(`A4:L${4 + demo.roadmap.length}`);
    // Answers are untouched.
    expect(readWorkbookAssessment(back).read.us).toEqual(demo.answers.us);
  });

  test("workbookProfile: the demo gives the engine's profile; an empty workbook names each missing dimension", async () => {
    const demo = demoAssessment();
    const full = workbookProfile(
      await loadWorkbook(await planToBuffer(buildDemoPlan("2026-03-02T00:00:00Z")))
    );
    expect(full.problems).toEqual([]);
    expect(full.profile).toEqual({ ...demo.assessed.profile, name: DEMO_META.title });
    const empty = workbookProfile(
      await loadWorkbook(await planToBuffer(buildAssessmentPlan(DEMO_META)))
    );
    expect(empty.profile).toBeNull();
    expect(empty.problems).toHaveLength(DIMENSION_KEYS.length);
    expect(empty.problems[0]).toMatchObject({ sheet: SHEET_NAMES.S1, cell: "J6:J13" });
  });
});
