/**
 * Respondents imported and removed inside Excel (issue 13): two syncs whatever the number of files,
 * the same respondents and formulas as the .xlsx adapter, nothing written on a refusal, and imported
 * text never written as a formula.
 */
import { ITEMS } from "../../../src/core/method";
import { sideRespondents } from "../../../src/core/rounds";
import { buildAssessmentPlan } from "../../../src/core/workbook/layout";
import { DEMO_META } from "../../../src/core/workbook/demo";
import { cellAddress, parseCell } from "../../../src/core/workbook/a1";
import { ITEM_HEADERS, TABLE_NAMES } from "../../../src/core/workbook/names";
import { ROUND_SHEETS, ROUND_TABLES } from "../../../src/core/workbook/round-names";
import { importRespondentsInExcel, removeRespondentInExcel } from "../../../src/excel/respondents";
import { loadWorkbook, planToBuffer, readItemTables } from "../../../src/xlsx";
import { readWorkbookAssessment } from "../../../src/xlsx/assessment";
import { readAssessmentFromWorkbook } from "../../../src/excel/read";
import { buildQuestionnaireBuffer, readReturnedQuestionnaire } from "../../../src/xlsx/exchange";
import { importRespondentsBuffer, readReturnedFiles } from "../../../src/xlsx/respondents-import";
import { fillQuestionnaire } from "../exchange/helpers";
import { fakeOfPlan } from "./plans";

const typedUs = Object.fromEntries(ITEMS.map((it, i) => [it.id, (i % 5) + 1]));
const PLAN = buildAssessmentPlan(DEMO_META, { answers: { us: typedUs } });
const scores = (f: (i: number) => number | "N/A") =>
  Object.fromEntries(ITEMS.map((it, i) => [it.id, f(i)]));
const FILLS = {
  Ana: scores((i) => (i === 0 ? 1 : (i % 5) + 1)),
  Ben: scores((i) => (i === 0 ? 5 : i % 3 === 0 ? "N/A" : ((i + 1) % 5) + 1)),
  Cy: scores((i) => (i % 7 === 0 ? "N/A" : ((i + 3) % 5) + 1)),
};
const FORMULA_NAME = "=SUM(A1:A9)+1";

let ours: Buffer;
let files: Record<string, Buffer>;
let otherAssessment: Buffer;

beforeAll(async () => {
  ours = Buffer.from(await planToBuffer(PLAN));
  const q = (await buildQuestionnaireBuffer(ours)).buffer;
  files = {};
  for (const [name, s] of Object.entries(FILLS))
    files[`${name}.xlsx`] = await fillQuestionnaire(q, { scores: s });
  files[`${FORMULA_NAME}.xlsx`] = await fillQuestionnaire(q, { scores: FILLS.Ana });
  const other = Buffer.from(
    await planToBuffer(buildAssessmentPlan({ ...DEMO_META, them: "Someone else" }))
  );
  otherAssessment = await fillQuestionnaire((await buildQuestionnaireBuffer(other)).buffer, {
    scores: FILLS.Ana,
  });
}, 60_000);

const picked = (...names: string[]) => names.map((n) => ({ data: files[n], fileName: n }));

/** Sheet cells a write touched, as "sheet!A1". */
function written(f: ReturnType<typeof fakeOfPlan>): string[] {
  return f.state.applied
    .filter((op) => op.kind === "set" && /^Range\.(values|formulas)$/.test(op.location))
    .map((op) => `${op.sheet}!${op.address}`);
}

test("three questionnaires: two syncs, the respondents, typed column and value formulas as the .xlsx import writes them", async () => {
  const f = fakeOfPlan(PLAN);
  const spy = jest.spyOn(f.context, "sync");
  const returned = await readReturnedFiles(picked("Cy.xlsx", "Ana.xlsx", "Ben.xlsx"));
  const out = await importRespondentsInExcel(f.ctx, returned);
  expect(spy).toHaveBeenCalledTimes(2);
  expect(out.added).toEqual(["Cy", "Ana", "Ben"]);

  const fromFile = await importRespondentsBuffer(ours, picked("Ana.xlsx", "Ben.xlsx", "Cy.xlsx"));
  const order = (l: typeof out.respondents) =>
    (["us", "them"] as const).flatMap((s) => sideRespondents(l, s));
  expect(order(out.respondents)).toEqual(order(fromFile.respondents));
  // Their typed column was empty: only the three. Ours untouched (no colleague imported).
  expect(out.respondents.map((r) => r.name).sort()).toEqual(["Ana", "Ben", "Cy"]);

  // The step sheets' value formulas and typed columns: cell for cell what the .xlsx import wrote.
  const wb = await loadWorkbook(fromFile.buffer);
  const tables = readItemTables(wb);
  expect(tables.length).toBeGreaterThan(0);
  for (const t of tables) {
    const { row, col } = parseCell(t.topLeft);
    const ws = wb.getWorksheet(t.sheet)!;
    for (const h of [ITEM_HEADERS.ourValue, ITEM_HEADERS.theirValue, ITEM_HEADERS.their]) {
      const c = col + t.headers.indexOf(h);
      t.rows.forEach((_, i) => {
        const a = cellAddress(c, row + 1 + i);
        const x = ws.getCell(a).value as { formula?: string } | null;
        const inExcel = f.cell(t.sheet, a);
        if (h === ITEM_HEADERS.their) expect([a, inExcel?.value]).toEqual([a, ""]);
        else expect([a, inExcel?.formula]).toEqual([a, `=${x!.formula}`]);
      });
    }
  }
  // The respondents table is written (one row per respondent × item) on a sheet added in the batch.
  expect(f.state.sheets.map((s) => s.name)).toEqual(
    expect.arrayContaining([ROUND_SHEETS.responses, ROUND_SHEETS.summary])
  );
  expect(f.state.tables.map((t) => t.name)).toEqual(
    expect.arrayContaining([ROUND_TABLES.responses, ROUND_TABLES.summary])
  );
  const responsesAdd = f.ops({ location: "TableCollection.add", sheet: ROUND_SHEETS.responses });
  expect(responsesAdd.length).toBeGreaterThan(0);
  expect(String(responsesAdd[0].args![0])).toMatch(new RegExp(`:\\w+${5 + 3 * ITEMS.length}$`));
});

test("a second import replaces the respondent sheets and writes the formulas that read them again (no #REF!)", async () => {
  const plan = buildAssessmentPlan(DEMO_META, {
    answers: { us: typedUs },
    respondents: [{ name: "Ana", side: "them", answers: { [ITEMS[0].id]: 2 } }],
  });
  const f = fakeOfPlan(plan);
  const spy = jest.spyOn(f.context, "sync");
  const out = await importRespondentsInExcel(
    f.ctx,
    await readReturnedFiles(picked("Ana.xlsx", "Ben.xlsx"))
  );
  expect(spy).toHaveBeenCalledTimes(2);
  expect(out).toMatchObject({ added: ["Ben"], replaced: ["Ana"] });
  expect(f.ops({ location: "Worksheet.delete" }).map((o) => o.sheet)).toEqual([
    ROUND_SHEETS.responses,
    ROUND_SHEETS.summary,
  ]);
  const formulas = f.state.applied.filter(
    (op) => op.location === "Range.formulas" && op.sheet !== ROUND_SHEETS.responses
  );
  expect(formulas.length).toBeGreaterThan(0);
  for (const op of formulas)
    for (const [v] of op.value as string[][]) expect(v).not.toMatch(/#REF!/);
  // Each value column reads the summary sheet (re-added in the same batch).
  const t = plan.sheets
    .flatMap((s) => s.tables ?? [])
    .find((x) => x.name === TABLE_NAMES.items("S3"))!;
  const { row, col } = parseCell(t.topLeft);
  const c = col + t.headers.indexOf(ITEM_HEADERS.theirValue);
  const sheet = plan.sheets.find((s) => s.tables?.includes(t))!.name;
  expect(f.cell(sheet, cellAddress(c, row + 1))?.formula).toContain(ROUND_SHEETS.summary);
});

test("refused: another assessment's questionnaire, a name twice in one import — one sync, nothing written", async () => {
  for (const [list, why] of [
    [
      [
        ...(await readReturnedFiles(picked("Ana.xlsx"))),
        {
          returned: await readReturnedQuestionnaire(otherAssessment, "Other.xlsx"),
          fileName: "Other.xlsx",
        },
      ],
      /^Other\.xlsx: .*assessment/i,
    ],
    [
      [
        ...(await readReturnedFiles(picked("Ana.xlsx"))),
        ...(await readReturnedFiles(picked("Ana.xlsx"))).map((r) => ({
          ...r,
          fileName: "copy/Ana.xlsx",
        })),
      ],
      /respondent "Ana" comes from both Ana\.xlsx and copy\/Ana\.xlsx/,
    ],
  ] as const) {
    const f = fakeOfPlan(PLAN);
    const spy = jest.spyOn(f.context, "sync");
    await expect(importRespondentsInExcel(f.ctx, list)).rejects.toThrow(why);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(f.state.applied.filter((op) => op.kind === "set" || op.prop === "delete")).toEqual([]);
  }
});

test("a respondent name that reads like a formula is written as text", async () => {
  const f = fakeOfPlan(PLAN);
  await importRespondentsInExcel(f.ctx, await readReturnedFiles(picked(`${FORMULA_NAME}.xlsx`)));
  const cells = written(f).filter((a) => a.startsWith(`${ROUND_SHEETS.responses}!`));
  expect(cells.length).toBeGreaterThan(0);
  const nameCells = f.state.applied.filter(
    (op) =>
      op.sheet === ROUND_SHEETS.responses &&
      op.location === "Range.values" &&
      JSON.stringify(op.value).includes("SUM(A1:A9)")
  );
  expect(nameCells.length).toBeGreaterThan(0);
  // Every cell holding it got the Text format in the same batch, before its value.
  const text = f.state.applied.filter(
    (op) => op.sheet === ROUND_SHEETS.responses && op.location === "Range.numberFormat"
  );
  expect(text.map((op) => JSON.stringify(op.value))).toEqual(
    expect.arrayContaining([JSON.stringify([["@"]])])
  );
  expect(
    f.state.applied.some(
      (op) => op.location === "Range.formulas" && JSON.stringify(op.value).includes("SUM(A1:A9)")
    )
  ).toBe(false);
});

test("remove: two syncs, the list without the person; an unknown name is refused with nothing written", async () => {
  const plan = buildAssessmentPlan(DEMO_META, {
    respondents: [
      { name: "Ana", side: "them", answers: { [ITEMS[0].id]: 2 } },
      { name: "Ben", side: "them", answers: { [ITEMS[0].id]: 4 } },
    ],
  });
  const f = fakeOfPlan(plan);
  const spy = jest.spyOn(f.context, "sync");
  const out = await removeRespondentInExcel(f.ctx, "ben", "them");
  expect(spy).toHaveBeenCalledTimes(2);
  expect(out.respondents.map((r) => r.name)).toEqual(["Ana"]);

  const g = fakeOfPlan(plan);
  const gs = jest.spyOn(g.context, "sync");
  await expect(removeRespondentInExcel(g.ctx, "Zed", "them")).rejects.toThrow(
    /no respondent named "Zed" on their side; allowed: Ana, Ben/
  );
  expect(gs).toHaveBeenCalledTimes(1);
  expect(g.state.applied.filter((op) => op.kind === "set" || op.prop === "delete")).toEqual([]);

  const h = fakeOfPlan(PLAN);
  await expect(removeRespondentInExcel(h.ctx, "Ana")).rejects.toThrow(
    /no respondents are recorded/
  );
});

test("the scores read with several respondents per side equal the .xlsx adapter's for the same workbook", async () => {
  const all = (f: (i: number) => number | null) =>
    Object.fromEntries(ITEMS.map((it, i) => [it.id, f(i)]));
  const plan = buildAssessmentPlan(DEMO_META, {
    respondents: [
      { name: "Ana", side: "them", answers: all((i) => (i % 5) + 1) },
      { name: "Ben", side: "them", answers: all((i) => (i % 4 === 0 ? null : 5 - (i % 3))) },
      { name: "Dana", side: "us", answers: all((i) => (i % 2) + 2) },
      { name: "Eli", side: "us", answers: all((i) => (i % 3) + 3) },
    ],
  });
  const inExcel = await readAssessmentFromWorkbook(fakeOfPlan(plan).ctx);
  const fromFile = readWorkbookAssessment(await loadWorkbook(await planToBuffer(plan)));
  expect(inExcel.problems).toEqual([]);
  expect(fromFile.problems).toEqual([]);
  expect({ us: inExcel.us, them: inExcel.them }).toEqual({
    us: fromFile.read.us,
    them: fromFile.read.them,
  });
  // A score typed beside respondents is reported by both, at the same cell.
  const typed = buildAssessmentPlan(DEMO_META, {
    answers: { us: typedUs },
    respondents: [{ name: "Dana", side: "us", answers: all(() => 2) }],
  });
  const a = await readAssessmentFromWorkbook(fakeOfPlan(typed).ctx);
  const b = readWorkbookAssessment(await loadWorkbook(await planToBuffer(typed)));
  expect(a.problems.length).toBe(ITEMS.length);
  expect(a.problems).toEqual(b.problems);
  // The respondents' means: item 0 of ours is (2 + 3) / 2.
  expect(inExcel.us[ITEMS[0].id]).toBe(2.5);
  // Theirs, item 1: Ana 2, Ben 5 − 1 = 4.
  expect(inExcel.them[ITEMS[1].id]).toBe((2 + 4) / 2);
});
