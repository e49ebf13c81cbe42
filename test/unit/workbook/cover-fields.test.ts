/**
 * The cover's fields are one table: the cover is written from it, and both adapters (and the
 * exchange inside Excel) read it back into one record, with one answer to a bad value.
 */
import { PERSPECTIVES } from "../../../src/core/method/types";
import { absolute, offsetCell } from "../../../src/core/workbook/a1";
import { COVER_FIELDS, coverRecord, type CoverKey } from "../../../src/core/workbook/cover-fields";
import { DEMO_META } from "../../../src/core/workbook/demo";
import { buildAssessmentPlan, metaProblem, validateMeta } from "../../../src/core/workbook/layout";
import type { AssessmentMeta } from "../../../src/core/workbook/plan";
import { PSEUDO_LOCALE, pseudoText, setLanguage } from "../../../src/core/texts";
import { untranslated } from "../../support/untranslated";
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

describe("the cover's refusals are catalogue texts naming the value (pseudo-locale)", () => {
  /** One value per checked field that it cannot have. */
  const BAD: Partial<Record<CoverKey, unknown>> = {
    perspective: "partner",
    date: "soon",
    profitImpact: 9,
  };
  /** A value as the pseudo-locale shows it inside a message: its letters accented. */
  const accented = (value: unknown) => pseudoText(String(value)).slice(1).replace(/·+⟧$/, "");
  beforeEach(() => setLanguage(PSEUDO_LOCALE));
  afterEach(() => setLanguage("en"));

  test("read back: one problem per field, at its cell, with its value, in catalogue words", () => {
    const read = Object.fromEntries(Object.entries(BAD).map(([k, value]) => [k, { value }]));
    const { problems } = coverRecord(read);
    expect(problems.map((p) => [p.cell, p.value])).toEqual(
      Object.entries(BAD).map(([k, value]) => [field(k).cell, value])
    );
    for (const p of problems) {
      expect(untranslated(p.message)).toEqual([]);
      expect(p.message).toContain(accented(p.value));
    }
    // In English the same messages are outside the catalogue's brackets: the check can tell.
    setLanguage("en");
    for (const p of coverRecord(read).problems) expect(untranslated(p.message)).not.toEqual([]);
  });

  test("before writing (validateMeta): the field and the message in catalogue words", () => {
    const good = { ...DEMO_META, profitImpact: 4 };
    expect(metaProblem(good)).toBeNull();
    for (const [key, value] of Object.entries(BAD)) {
      const meta = { ...good, [key]: value } as AssessmentMeta;
      const problem = metaProblem(meta)!;
      expect(problem.field).toBe(key);
      expect(untranslated(problem.message)).toEqual([]);
      expect(problem.message).toContain(accented(value));
      expect(() => validateMeta(meta)).toThrow(problem.message);
    }
  });
});
