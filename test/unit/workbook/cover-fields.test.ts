/**
 * The cover's fields are one table: the cover is written from it, and both adapters (and the
 * exchange inside Excel) read it back into one record, with one answer to a bad value.
 */
import { PERSPECTIVES } from "../../../src/core/method/types";
import { absolute, offsetCell } from "../../../src/core/workbook/a1";
import { COVER_FIELDS, coverRecord } from "../../../src/core/workbook/cover-fields";
import { DEMO_META } from "../../../src/core/workbook/demo";
import { buildAssessmentPlan } from "../../../src/core/workbook/layout";
import { SHEET_NAMES } from "../../../src/core/workbook/names";
import { ExchangeError } from "../../../src/core/exchange/errors";
import { questionnairePlanFromExcel } from "../../../src/excel/exchange";
import { loadWorkbook, planToBuffer, readMeta, workbookProfile } from "../../../src/xlsx";
import { createStrictExcel } from "../../fixtures/excel/strict-excel";

const META = { ...DEMO_META, profitImpact: 4, contacts: "Kim", confidentiality: "Restricted" };
const plan = buildAssessmentPlan(META);
const cover = plan.sheets.find((s) => s.name === SHEET_NAMES.cover)!;
const at = (a: string) => cover.cells.find((c) => c.address === a);
const field = (key: string) => COVER_FIELDS.find((f) => f.key === key)!;

const badPerspective = (cell: string) => ({
  sheet: SHEET_NAMES.cover,
  cell,
  value: "partner",
  message: `perspective "partner" is not allowed; allowed: ${PERSPECTIVES.join(", ")}`,
});

test("the cover writes each field's label left of its value, and names the value's cell", () => {
  for (const f of COVER_FIELDS) {
    expect(at(offsetCell(f.cell, -1, 0))?.value).toBe(f.label);
    expect(at(f.cell)).toBeDefined();
    expect(plan.names.find((n) => n.name === f.name)?.refersTo).toBe(
      `'${SHEET_NAMES.cover}'!${absolute(f.cell)}`
    );
  }
});

test("what the cover holds reads back as the meta it was written from (.xlsx adapter)", async () => {
  const wb = await loadWorkbook(await planToBuffer(plan));
  expect(readMeta(wb)).toEqual({ meta: META, problems: [] });
});

describe("a perspective that is neither customer nor supplier", () => {
  test("the .xlsx adapter names the cell, the value and what is allowed, and no profile is made", async () => {
    const wb = await loadWorkbook(await planToBuffer(plan));
    const where = field("perspective").cell;
    wb.getWorksheet(SHEET_NAMES.cover)!.getCell(where).value = "partner";
    expect(readMeta(wb).problems).toEqual([badPerspective(where)]);
    const read = workbookProfile(wb);
    expect(read.profile).toBeNull();
    expect(read.problems[0]).toEqual(badPerspective(where));
  });

  test("the Office.js adapter gives the same problem, and the exchange refuses to make a questionnaire", async () => {
    const f = createStrictExcel({
      sheets: plan.sheets.map((s) => s.name),
      namedRanges: { [field("perspective").name]: [["partner"]] },
    });
    const refused = questionnairePlanFromExcel(f.context as unknown as Excel.RequestContext);
    await expect(refused).rejects.toBeInstanceOf(ExchangeError);
    await expect(refused).rejects.toMatchObject({
      problems: [badPerspective(field("perspective").cell)],
    });
  });

  test("a field the workbook lacks reads blank, not as a problem (a workbook made before it)", () => {
    const { meta, problems } = coverRecord({ title: { value: " T " } });
    expect(problems).toEqual([]);
    expect(meta).toMatchObject({ title: "T", us: "", perspective: "customer", date: "" });
    expect(meta).not.toHaveProperty("profitImpact");
  });
});
