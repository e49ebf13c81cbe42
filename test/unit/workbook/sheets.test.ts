/** The list of sheets is what the plan and the refresh follow: order, names, roles and builders. */
import { demoRounds } from "../../support/demo-rounds";
import { buildAssessmentPlan, sheetNamesOfEveryWorkbook } from "../../../src/core/workbook/layout";
import { SHEET_NAMES } from "../../../src/core/workbook/names";
import { REFRESHED_SHEETS, SHEETS, refreshPlans } from "../../../src/core/workbook/sheets";
import { summaryScores } from "../../../src/core/workbook/summary";

const { demo, respondents, history } = demoRounds();
const TAKEN = "2026-03-05T10:00:00Z";
const full = buildAssessmentPlan(demo.meta, {
  answers: demo.answers,
  recommendation: demo.recommendation,
  roadmap: demo.roadmap,
  takenAt: TAKEN,
  respondents,
  history,
});

test("a workbook with every optional sheet holds the list's sheets, in its order, with its roles", () => {
  expect(full.sheets.map((s) => [s.name, s.role])).toEqual(
    SHEETS.map((s) => [SHEET_NAMES[s.key], s.role])
  );
});

test("a workbook without respondents or rounds leaves out only the sheets that hold them", () => {
  const bare = buildAssessmentPlan(demo.meta).sheets.map((s) => s.name);
  const left = SHEETS.filter((s) => !bare.includes(SHEET_NAMES[s.key])).map((s) => s.role);
  expect(left.length).toBeGreaterThan(0);
  expect(new Set(left)).toEqual(new Set(["responses", "history"]));
  // Those are the sheets the list marks optional; the others are every workbook's.
  expect(SHEETS.filter((s) => s.optional).map((s) => SHEET_NAMES[s.key])).toEqual(
    SHEETS.map((s) => SHEET_NAMES[s.key]).filter((n) => !bare.includes(n))
  );
  expect(bare).toEqual(sheetNamesOfEveryWorkbook());
});

test("the defined names come from the sheets they point into", () => {
  for (const n of full.names) {
    const owner = SHEETS.find((s) => s.names?.().some((x) => x.name === n.name));
    expect(n.refersTo.startsWith(`'${owner && SHEET_NAMES[owner.key]}'!`)).toBe(true);
  }
});

test("the refresh builds each refreshed sheet exactly as the new workbook has it", () => {
  const plans = refreshPlans({
    meta: demo.meta,
    recommendation: demo.recommendation,
    roadmap: demo.roadmap,
    takenAt: TAKEN,
    scores: summaryScores(demo.assessed.profile),
  });
  expect(plans.map((s) => s.name)).toEqual(REFRESHED_SHEETS.map((s) => SHEET_NAMES[s.key]));
  const json = (x: unknown) => JSON.parse(JSON.stringify(x));
  for (const p of plans) expect(json(p)).toEqual(json(full.sheets.find((s) => s.name === p.name)));
});
