import { DIMENSION_KEYS, ITEMS, scoreItems } from "../../../src/core/method";
import { DEMO_META, demoAssessment } from "../../../src/core/workbook/demo";
import {
  buildAssessmentPlan,
  itemColumn,
  itemRows,
  itemsOfStep,
  stepOfDimension,
} from "../../../src/core/workbook/layout";
import { ITEM_HEADERS, SHEET_NAMES } from "../../../src/core/workbook/names";
import { SUMMARY_DECISION_CELL } from "../../../src/core/workbook/summary";
import { loadWorkbook, planToBuffer, replaceResults, workbookToBuffer } from "../../../src/xlsx";
import { dimensionLabel } from "../../../src/core/texts/method-words";

const demo = demoAssessment();
const plan = () =>
  buildAssessmentPlan(DEMO_META, {
    answers: demo.answers,
    recommendation: demo.recommendation,
    roadmap: demo.roadmap,
  });

/** The Summary's score row for a dimension: its label in D, ours in E, theirs in F. */
function scoreRow(ws: import("exceljs").Worksheet, key: (typeof DIMENSION_KEYS)[number]) {
  const i = DIMENSION_KEYS.indexOf(key);
  expect(ws.getCell(`D${6 + i}`).value).toBe(dimensionLabel(key));
  return { us: ws.getCell(`E${6 + i}`).value, them: ws.getCell(`F${6 + i}`).value };
}

describe("CF Summary refresh (exceljs)", () => {
  test("recommend on re-scored answers shows the new scores and keeps the typed decision", async () => {
    const wb = await loadWorkbook(await planToBuffer(plan()));
    const key = DIMENSION_KEYS[0];
    const step = stepOfDimension(key);
    const sheet = wb.getWorksheet(SHEET_NAMES[step])!;
    const before = scoreRow(wb.getWorksheet(SHEET_NAMES.summary)!, key);
    // The analyst re-scores every item of the step at 1 and types the decision asked for.
    const col = itemColumn(ITEM_HEADERS.our);
    const { first, last } = itemRows(step);
    for (let r = first; r <= last; r++) sheet.getCell(`${col}${r}`).value = 1;
    const typed = "Approve a pilot with the plant in Lyon only; review in March.";
    wb.getWorksheet(SHEET_NAMES.summary)!.getCell(SUMMARY_DECISION_CELL).value = typed;
    const saved = await loadWorkbook(await workbookToBuffer(wb));

    replaceResults(saved, demo.recommendation, demo.roadmap, "2027-01-01T09:00:00Z");
    const back = await loadWorkbook(await workbookToBuffer(saved));
    const ws = back.getWorksheet(SHEET_NAMES.summary)!;
    const after = scoreRow(ws, key);
    // What the engine makes of our answers with that step at 1 (reverse-worded items count inverted).
    const rescored = { ...demo.answers.us };
    for (const i of itemsOfStep(step)) rescored[i.id] = 1;
    const expected = Math.round(scoreItems(rescored, ITEMS).scores[key]! * 100) / 100;
    expect(expected).not.toBe(before.us);
    expect(after.us).toBe(expected);
    // Their side is unchanged and still shown (in our frame).
    expect(after.them).toBe(before.them);
    expect(typeof after.them).toBe("number");
    expect(ws.getCell(SUMMARY_DECISION_CELL).value).toBe(typed);
  });

  test("the generated decision wording follows a new recommendation", async () => {
    const wb = await loadWorkbook(await planToBuffer(plan()));
    const start = demo.recommendation.startModel;
    // Another recommendation: the same one aimed at its start model.
    const other = { ...demo.recommendation, targetModel: start };
    replaceResults(wb, other, demo.roadmap, "2027-01-01T09:00:00Z");
    const text = String(wb.getWorksheet(SHEET_NAMES.summary)!.getCell(SUMMARY_DECISION_CELL).value);
    const before = String(
      (await loadWorkbook(await planToBuffer(plan())))
        .getWorksheet(SHEET_NAMES.summary)!
        .getCell(SUMMARY_DECISION_CELL).value
    );
    expect(text).toMatch(/^Approve starting as /);
    if (demo.recommendation.targetModel !== start) expect(text).not.toBe(before);
  });

  test("a workbook made before the Summary existed gets it", async () => {
    const wb = await loadWorkbook(await planToBuffer(plan()));
    wb.removeWorksheet(wb.getWorksheet(SHEET_NAMES.summary)!.id);
    const saved = await loadWorkbook(await workbookToBuffer(wb));
    expect(saved.getWorksheet(SHEET_NAMES.summary)).toBeUndefined();
    replaceResults(saved, demo.recommendation, demo.roadmap, "2027-01-01T09:00:00Z");
    const back = await loadWorkbook(await workbookToBuffer(saved));
    const ws = back.getWorksheet(SHEET_NAMES.summary)!;
    expect(ws).toBeDefined();
    for (const k of DIMENSION_KEYS) expect(typeof scoreRow(ws, k).us).toBe("number");
    expect(String(ws.getCell(SUMMARY_DECISION_CELL).value)).toMatch(/^Approve starting as /);
  });
});
