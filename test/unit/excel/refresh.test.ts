/** Refreshing Results and Roadmap inside Excel, on the stricter stand-in that keeps formats per cell. */
import { columnLetter, parseCell } from "../../../src/core/workbook/a1";
import { DEMO_META, demoAssessment } from "../../../src/core/workbook/demo";
import {
  LAYOUT,
  ROADMAP_SHEET_COLUMNS,
  buildAssessmentPlan,
  buildResultsPlan,
  buildRoadmapPlan,
} from "../../../src/core/workbook/layout";
import { ROADMAP_STATUSES, SHEET_NAMES } from "../../../src/core/workbook/names";
import { ExcelApplyError, applyPlan, replaceResults } from "../../../src/excel";
import { fake } from "./plans";

/** A workbook as the pane creates it: no roadmap yet (one blank body row). */
async function createdWorkbook() {
  const f = fake();
  await applyPlan(f.ctx, buildAssessmentPlan(DEMO_META));
  return f;
}

const roadmapFirstRow = parseCell(LAYOUT.roadmapTopLeft).row + 1;
const col = (key: (typeof ROADMAP_SHEET_COLUMNS)[number]) =>
  columnLetter(ROADMAP_SHEET_COLUMNS.indexOf(key) + 1);

describe("refreshing the roadmap table after it grows", () => {
  const d = demoAssessment();

  it("formats, validates and highlights every body row, not only the first", async () => {
    const f = await createdWorkbook();
    expect(d.roadmap.length).toBeGreaterThan(1);
    await replaceResults(f.ctx, { sheets: [buildRoadmapPlan(d.roadmap)] });
    const last = roadmapFirstRow + d.roadmap.length - 1;
    const status = col("status");
    for (let row = roadmapFirstRow; row <= last; row++) {
      for (const date of [col("start"), col("end")])
        expect(f.cell(SHEET_NAMES.roadmap, `${date}${row}`)?.numberFormat).toBe("yyyy-mm-dd");
      const rule = f.cell(SHEET_NAMES.roadmap, `${status}${row}`)?.validation?.rule as {
        list?: { source: string };
      };
      expect(rule?.list?.source).toBe(ROADMAP_STATUSES.join(","));
      expect(f.cell(SHEET_NAMES.roadmap, `A${row}`)?.conditionalFormats).toEqual([
        "Custom",
        "Custom",
      ]);
    }
  });

  it("does not stack rules when it refreshes again", async () => {
    const f = await createdWorkbook();
    for (let i = 0; i < 3; i++)
      await replaceResults(f.ctx, { sheets: [buildRoadmapPlan(d.roadmap)] });
    expect(f.cell(SHEET_NAMES.roadmap, `A${roadmapFirstRow}`)?.conditionalFormats).toHaveLength(2);
  });
});

describe("refreshing Results", () => {
  it("clears the old cells first and points the existing chart at the plan's source", async () => {
    const f = await createdWorkbook();
    // A value left over in the live column (e.g. from an older layout) is cleared.
    const results = buildResultsPlan(demoAssessment().recommendation);
    const spy = jest.spyOn(f.context, "sync");
    await replaceResults(f.ctx, { sheets: [results] });
    expect(spy).toHaveBeenCalledTimes(2);
    const cleared = f.ops({ location: "Range.clear", sheet: SHEET_NAMES.results });
    expect(cleared).toHaveLength(1);
    const setData = f.ops({ location: "Chart.setData" });
    expect(setData).toHaveLength(1);
    const source = setData[0].args?.[0] as { __info: { address: string } };
    expect(source.__info.address).toBe(results.charts![0].sourceRange.split("!").pop());
  });
});

describe("a failing clean-up", () => {
  it("reports Excel's first error and the failed clean-up, never one instead of the other", async () => {
    const f = fake({
      failWhen: (op) => op.location === "DataValidation.rule",
      failNextSyncToo: true,
    });
    const err = await applyPlan(f.ctx, buildAssessmentPlan(DEMO_META)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelApplyError);
    const e = err as ExcelApplyError;
    expect(e.code).toBe("InvalidArgument");
    expect(e.message).toMatch(/Excel refused to add list validation/);
    expect(e.message).toMatch(/Removing the sheets and names this run had created then failed/);
    expect(e.rollbackError).toMatch(/GeneralException/);
    expect(e.removed).toEqual({ sheets: [], names: [] });
  });
});
