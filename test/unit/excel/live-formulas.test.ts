/** Turning on the Results sheet's live formulas in a workbook written outside Excel. */
import { excelHost } from "../taskpane/excel-global";
import { DEMO_META } from "../../../src/core/workbook/demo";
import {
  LAYOUT,
  RESULT_ROWS,
  buildAssessmentPlan,
  buildResultsPlan,
} from "../../../src/core/workbook/layout";
import { SHEET_NAMES } from "../../../src/core/workbook/names";
import { applyPlan, liveFormulasMissing, writeLiveFormulas } from "../../../src/excel";
import { ExcelPort } from "../../../src/taskpane/excel-port";
import { createStrictExcel } from "../../fixtures/excel/strict-excel";
import { workbookTexts } from "../../../src/core/texts/parts/workbook";

const LIVE_FORMULAS_OFF = workbookTexts().results.liveOff;

const ctx = (f: { context: unknown }) => f.context as unknown as Excel.RequestContext;
const results = buildResultsPlan(null);
const liveRows = RESULT_ROWS.map((r, i) => ({ r, row: LAYOUT.results.firstRow + i })).filter(
  ({ r }) => r.live?.addin
);
const spill = (formula: string) =>
  RESULT_ROWS.find((r) => r.spill && `=${r.live?.formula}` === formula)?.spill ?? null;

/** Results as the .xlsx adapter writes it: the sentence in the first live cell, no formula. */
function writtenOutsideExcel() {
  const first = `${LAYOUT.results.liveColumn}${liveRows[0].row}`;
  return createStrictExcel({
    sheets: [SHEET_NAMES.results],
    cells: { [SHEET_NAMES.results]: { [first]: LIVE_FORMULAS_OFF } },
    spill,
  });
}

describe("live formulas", () => {
  it("are found present in a workbook the add-in generated", async () => {
    const f = createStrictExcel();
    await applyPlan(ctx(f), buildAssessmentPlan(DEMO_META));
    expect(await liveFormulasMissing(ctx(f), results)).toBe(false);
  });

  it("are found missing in a file written outside Excel, and written in one batch", async () => {
    const f = writtenOutsideExcel();
    expect(await liveFormulasMissing(ctx(f), results)).toBe(true);
    const sync = jest.spyOn(f.context, "sync");
    const report = await writeLiveFormulas(ctx(f), results);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(report.formulas).toBe(liveRows.length);
    for (const { r, row } of liveRows)
      expect(f.cell(SHEET_NAMES.results, `${LAYOUT.results.liveColumn}${row}`)?.formula).toBe(
        `=${r.live!.formula}`
      );
    // Only the live cells are touched: no value write elsewhere, and EXPLAIN has its room.
    expect(f.ops({ location: "Range.values" })).toEqual([]);
    expect(f.state.spillErrors).toEqual([]);
    expect(await liveFormulasMissing(ctx(f), results)).toBe(false);
  });

  it("without a Results sheet: nothing to turn on, and a clear refusal that writes nothing", async () => {
    const f = createStrictExcel({ sheets: ["Budget"] });
    expect(await liveFormulasMissing(ctx(f), results)).toBe(false);
    await expect(writeLiveFormulas(ctx(f), results)).rejects.toThrow(
      `sheet "${SHEET_NAMES.results}" not found`
    );
    expect(f.state.applied.filter((o) => o.kind === "set")).toEqual([]);
  });

  it("are checked and turned on through the pane's Excel port", async () => {
    const f = writtenOutsideExcel();
    excelHost.fake = f;
    const port = new ExcelPort();
    expect(await port.liveFormulasOff()).toBe(true);
    await port.turnOnLiveFormulas();
    expect(await port.liveFormulasOff()).toBe(false);
  });
});
