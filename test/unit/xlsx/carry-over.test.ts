import JSZip from "jszip";
import { buildAssessmentPlan } from "../../../src/core/workbook/layout";
import { DEMO_META } from "../../../src/core/workbook/demo";
import { planToBuffer } from "../../../src/xlsx";
import { contentLostInCopy } from "../../../src/xlsx/carry-over";
import { withUserExtras } from "../../support/user-extras";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { untranslated } from "../../support/untranslated";

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

test("names chart, dialog and Excel 4.0 macro sheets by content type, whatever their part names", async () => {
  const zip = await JSZip.loadAsync(await planToBuffer(buildAssessmentPlan(DEMO_META)));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  const override = (part: string, type: string) =>
    `<Override PartName="/${part}" ContentType="application/${type}"/>`;
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      override("xl/a/x1.xml", "vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml") +
        override("xl/b/y2.xml", "vnd.ms-excel.macrosheet+xml") +
        override("xl/c/z3.xml", "vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml") +
        // Inside a comment: no part at all.
        `<!-- ${override("xl/d/w.xml", "vnd.ms-excel.macrosheet+xml")} --></Types>`
    )
  );
  const bytes = await zip.generateAsync({ type: "uint8array" });
  expect(await contentLostInCopy(bytes)).toEqual([
    "1 chart sheet",
    "1 Excel 4.0 macro sheet",
    "1 dialog sheet",
  ]);
});

test("says what the copy lacks in catalogue words (pseudo-locale); the user's names are data", async () => {
  const bytes = await withUserExtras(await planToBuffer(buildAssessmentPlan(DEMO_META)));
  setLanguage(PSEUDO_LOCALE);
  let lost: string[];
  try {
    lost = await contentLostInCopy(bytes);
  } finally {
    setLanguage("en");
  }
  expect(lost).toHaveLength(4);
  expect(lost.flatMap((l) => untranslated(l, ["MyRate", "Growth"]))).toEqual([]);
});
