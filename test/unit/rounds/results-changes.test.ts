/**
 * The Results sheet against the closed rounds (issue 13): per dimension and side, the change since
 * the last round and since the first, and the trust gap's change, equal to compareRounds; written by
 * the .xlsx refresh from the workbook's CF_History. (Inside Excel: test/unit/taskpane/excel-port.)
 */
import { DIMENSION_KEYS, swapPerspective } from "../../../src/core/method";
import { roundRecord } from "../../../src/core/rounds";
import { compareRounds, sideRecord } from "../../../src/core/rounds/history";
import { buildAssessmentPlan, buildResultsPlan } from "../../../src/core/workbook/layout";
import { demoAssessment } from "../../../src/core/workbook/demo";
import { SHEET_NAMES } from "../../../src/core/workbook/names";
import { ROUND_CHANGES_TOP, withRoundChanges } from "../../../src/core/workbook/results-rounds";
import { summaryScores } from "../../../src/core/workbook/summary";
import { loadWorkbook, planToBuffer } from "../../../src/xlsx";
import { replaceResults } from "../../../src/xlsx/assessment";
import { dimensionLabel } from "../../../src/core/texts/method-words";

const d = demoAssessment();
const scores = summaryScores(d.assessed.profile);
// Two closed rounds: the first a step lower on every dimension of ours, the second half a step.
const shifted = (by: number) =>
  Object.fromEntries(DIMENSION_KEYS.map((k) => [k, Math.max(1, scores.us[k]! - by)]));
const closed = [1, 0.5].map((by, i) =>
  roundRecord({
    date: `2025-0${3 + i * 3}-01`,
    itemSetVersion: "",
    us: shifted(by),
    them: d.assessed.profile.them ? swapPerspective(d.assessed.profile.them) : undefined,
    respondents: { us: 1, them: 1 },
    recommendation: { ...d.recommendation, trustGap: d.recommendation.trustGap + 0.25 * (2 - i) },
  })
);

function block(cell: (address: string) => unknown) {
  const rows = DIMENSION_KEYS.map((_, i) => ROUND_CHANGES_TOP + 1 + i);
  return {
    header: ["A", "B", "C", "D", "E"].map((c) => cell(`${c}${ROUND_CHANGES_TOP}`)),
    labels: rows.map((r) => cell(`A${r}`)),
    values: rows.map((r) => ["B", "C", "D", "E"].map((c) => cell(`${c}${r}`))),
    gap: cell(`B${ROUND_CHANGES_TOP + DIMENSION_KEYS.length + 1}`),
  };
}

function expected() {
  const cmp = compareRounds(closed, {
    us: sideRecord(scores.us),
    them: sideRecord(scores.them),
    trustGap: d.recommendation.trustGap,
  });
  const at = (side: string, k: string) =>
    cmp.changes.find((c) => c.side === side && c.dimension === k)!;
  return {
    labels: DIMENSION_KEYS.map((k) => dimensionLabel(k)),
    values: DIMENSION_KEYS.map((k) => [
      at("us", k).sincePrevious,
      at("us", k).sinceBaseline,
      at("them", k).sincePrevious,
      at("them", k).sinceBaseline,
    ]),
    gap: cmp.trustGap.now - cmp.trustGap.previous!,
  };
}

test("per dimension and side, the changes compareRounds gives; the trust gap closing", () => {
  const sheet = withRoundChanges(
    buildResultsPlan(d.recommendation),
    closed,
    scores,
    d.recommendation.trustGap
  );
  const b = block((a) => sheet.cells.find((c) => c.address === a)?.value);
  const e = expected();
  expect(b.labels).toEqual(e.labels);
  expect(b.values).toEqual(e.values);
  // Our scores rose by half a step since the last round (where not capped at 1) and by one since the first.
  expect(b.values.some((v) => v[0] === 0.5 && v[1] === 1)).toBe(true);
  expect(b.gap).toBeCloseTo(e.gap, 6);
  expect(b.gap as number).toBeLessThan(0);
  expect(String(b.header[1])).toMatch(/^Ours since round 2 \(1 June 2025\)$/);
  expect(String(b.header[2])).toMatch(/^Ours since round 1 \(1 March 2025\)$/);
  // Without a closed round the sheet is unchanged.
  const plain = buildResultsPlan(d.recommendation);
  expect(withRoundChanges(plain, [], scores, 0)).toBe(plain);
});

test("the .xlsx results refresh writes it from the workbook's CF_History", async () => {
  const plan = buildAssessmentPlan(d.meta, { answers: d.answers, history: closed });
  const wb = await loadWorkbook(await planToBuffer(plan));
  replaceResults(wb, d.recommendation, d.roadmap, "2026-03-01T10:00:00Z");
  const ws = wb.getWorksheet(SHEET_NAMES.results)!;
  const b = block((a) => ws.getCell(a).value);
  const e = expected();
  expect(b.labels).toEqual(e.labels);
  expect(b.values).toEqual(e.values);
  expect(b.gap).toBeCloseTo(e.gap, 6);
});
