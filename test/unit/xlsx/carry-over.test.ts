import { buildAssessmentPlan } from "../../../src/core/workbook/layout";
import { DEMO_META } from "../../../src/core/workbook/demo";
import { planToBuffer } from "../../../src/xlsx";
import { contentLostInCopy } from "../../../src/xlsx/carry-over";
import { withUserExtras } from "../../support/user-extras";

describe("contentLostInCopy", () => {
  test("a workbook of our own loses nothing", async () => {
    const bytes = await planToBuffer(buildAssessmentPlan(DEMO_META));
    expect(await contentLostInCopy(bytes)).toEqual([]);
  });

  test("names charts, pivot tables, pictures and non-range names; keeps quiet about range names", async () => {
    const bytes = await withUserExtras(await planToBuffer(buildAssessmentPlan(DEMO_META)));
    expect(await contentLostInCopy(bytes)).toEqual([
      "2 charts",
      "1 pivot table",
      "1 picture",
      "defined names MyRate, Growth",
    ]);
  });
});
