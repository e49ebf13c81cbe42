/**
 * The roadmap's phases against the rounds on the Roadmap sheet (issue 13): the same status as
 * `recommend --json`'s roadmapStatus (phaseStatus), beside each phase, in words.
 */
import { roundRecord } from "../../../src/core/rounds";
import { phaseStatus } from "../../../src/core/rounds/history";
import { columnLetter, parseCell } from "../../../src/core/workbook/a1";
import {
  buildAssessmentPlan,
  buildRoadmapPlan,
  LAYOUT,
  ROADMAP_SHEET_COLUMNS,
} from "../../../src/core/workbook/layout";
import { demoAssessment } from "../../../src/core/workbook/demo";
import { SHEET_NAMES } from "../../../src/core/workbook/names";
import { phaseStatusText, withRoundStatus } from "../../../src/core/workbook/roadmap-rounds";
import { loadWorkbook, planToBuffer } from "../../../src/xlsx";
import { replaceResults } from "../../../src/xlsx/assessment";
import { workbookTexts } from "../../../src/core/texts/parts/workbook";

const ROUND_STATUS_HEADER = workbookTexts().roundStatus.header;

const d = demoAssessment();
// A closed round whose trust already supported the roadmap's last model, then one that supported less.
const top = d.roadmap[d.roadmap.length - 1].toModel;
const closed = [
  roundRecord({
    date: "2025-06-01",
    itemSetVersion: "",
    us: d.assessed.profile.us,
    respondents: { us: 1, them: 0 },
    recommendation: { ...d.recommendation, startModel: top },
  }),
];
const topCell = parseCell(LAYOUT.roadmapTopLeft);
const col = columnLetter(topCell.col + ROADMAP_SHEET_COLUMNS.length + 1);

test("one line per phase, in words, from phaseStatus; the table keeps its shape", () => {
  expect(d.roadmap.length).toBeGreaterThan(1);
  const base = buildRoadmapPlan(d.roadmap);
  const sheet = withRoundStatus(base, d.roadmap, closed, d.recommendation.startModel);
  expect(sheet.tables).toEqual(base.tables);
  const status = phaseStatus(d.roadmap, [...closed, { startModel: d.recommendation.startModel }]);
  const at = (r: number) => sheet.cells.find((c) => c.address === `${col}${r}`)?.value;
  expect(at(topCell.row)).toBe(ROUND_STATUS_HEADER);
  status.forEach((s, i) => expect(at(topCell.row + 1 + i)).toBe(phaseStatusText(s, 2)));
  // Every phase's entry was met in round 1, whose trust reached the last model.
  expect(status.every((s) => s.entryMetAtRound === 1)).toBe(true);
  expect(at(topCell.row + 1)).toBe("Entry criteria met at round 1");
  // Rows below the phases are cleared (a shorter roadmap leaves nothing behind).
  expect(at(topCell.row + 1 + status.length)).toBeNull();
  expect(phaseStatusText({ ...status[0], entryMetAtRound: null }, 2)).toBe(
    "Entry criteria not met yet"
  );
});

test("the .xlsx results refresh writes it against the workbook's CF_History", async () => {
  const plan = buildAssessmentPlan(d.meta, { answers: d.answers, history: closed });
  const wb = await loadWorkbook(await planToBuffer(plan));
  replaceResults(wb, d.recommendation, d.roadmap, "2026-03-01T10:00:00Z");
  const ws = wb.getWorksheet(SHEET_NAMES.roadmap)!;
  const status = phaseStatus(d.roadmap, [...closed, { startModel: d.recommendation.startModel }]);
  expect(ws.getCell(`${col}${topCell.row}`).value).toBe(ROUND_STATUS_HEADER);
  status.forEach((s, i) =>
    expect(ws.getCell(`${col}${topCell.row + 1 + i}`).value).toBe(phaseStatusText(s, 2))
  );
});
