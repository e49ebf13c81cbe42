/** The cover's optional profit impact (CF_ProfitImpact): written, validated, read back. */
import { offsetCell } from "../../../src/core/workbook/a1";
import { DEMO_META, demoAssessment } from "../../../src/core/workbook/demo";
import { LAYOUT, buildAssessmentPlan, validateMeta } from "../../../src/core/workbook/layout";
import { DEFINED_NAMES, SHEET_NAMES } from "../../../src/core/workbook/names";
import {
  loadWorkbook,
  planToBuffer,
  readMeta,
  workbookProfile,
  workbookToBuffer,
} from "../../../src/xlsx";

async function written(profitImpact: number | null) {
  const { answers } = demoAssessment();
  const plan = buildAssessmentPlan({ ...DEMO_META, profitImpact }, { answers });
  return loadWorkbook(await planToBuffer(plan));
}

describe("CF_ProfitImpact on the cover", () => {
  test("is a named, validated input cell; its value reaches the profile", async () => {
    const wb = await written(4);
    expect(wb.definedNames.getRanges(DEFINED_NAMES.profitImpact).ranges).toEqual([
      `'${SHEET_NAMES.cover}'!$${LAYOUT.cover.profitImpact.replace(/(\d+)/, "$$$1")}`,
    ]);
    const cover = wb.getWorksheet(SHEET_NAMES.cover)!;
    expect(cover.getCell(LAYOUT.cover.profitImpact).value).toBe(4);
    // Its label sits left of it, like every cover field's.
    expect(cover.getCell(offsetCell(LAYOUT.cover.profitImpact, -1, 0)).value).toMatch(
      /Profit impact/
    );
    const dv = (
      cover as unknown as { dataValidations: { find(a: string): { formulae: string[] } } }
    ).dataValidations.find(LAYOUT.cover.profitImpact);
    expect(dv.formulae).toEqual(['"1,2,3,4,5"']);
    expect(readMeta(wb).meta.profitImpact).toBe(4);
    expect(workbookProfile(wb).profile?.profitImpact).toBe(4);
  });

  test("blank means not given: no profit impact, no problem", async () => {
    const wb = await written(null);
    expect(readMeta(wb)).toMatchObject({ problems: [] });
    expect(readMeta(wb).meta).not.toHaveProperty("profitImpact");
    expect(workbookProfile(wb).profile).not.toHaveProperty("profitImpact");
  });

  test('"3" typed as text is 3; 7, 0 and "high" are problems naming the cell', async () => {
    const wb = await written(null);
    const cell = wb.getWorksheet(SHEET_NAMES.cover)!.getCell(LAYOUT.cover.profitImpact);
    cell.value = " 3 ";
    expect(readMeta(wb).meta.profitImpact).toBe(3);
    for (const bad of [7, 0, "high"]) {
      cell.value = bad;
      const { problems } = readMeta(wb);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({
        sheet: SHEET_NAMES.cover,
        cell: LAYOUT.cover.profitImpact,
        value: bad,
      });
      expect(problems[0].message).toMatch(/allowed: a number from 1 to 5, or blank/);
    }
  });

  test("a workbook from before the input (no name, empty cell) reads without it", async () => {
    const wb = await written(5);
    wb.definedNames.remove(`'${SHEET_NAMES.cover}'!$D$6`, DEFINED_NAMES.profitImpact);
    wb.getWorksheet(SHEET_NAMES.cover)!.getCell(LAYOUT.cover.profitImpact).value = null;
    const again = await loadWorkbook(await workbookToBuffer(wb));
    expect(again.definedNames.getRanges(DEFINED_NAMES.profitImpact).ranges).toEqual([]);
    expect(readMeta(again).problems).toEqual([]);
    expect(workbookProfile(again).profile).not.toHaveProperty("profitImpact");
  });

  test("a bad value is refused before anything is written", () => {
    expect(() => validateMeta({ ...DEMO_META, profitImpact: 6 })).toThrow(
      /profit impact 6 is not allowed; allowed: a number from 1 to 5/
    );
  });
});
