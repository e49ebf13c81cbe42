/** The pane's reader of picked files: one row per assessment, every other file skipped with its reason. */
import { recommend } from "../../../src/core/method";
import { buildAssessmentPlan } from "../../../src/core/workbook/layout";
import { planToBuffer } from "../../../src/xlsx";
import { readPortfolioFiles } from "../../../src/xlsx/portfolio";
import { PORTFOLIO_CASES, answersAt, caseProfile } from "../../support/portfolio";

jest.setTimeout(60_000);

test("reads each assessment once; a second copy, a non-.xlsx name and junk are skipped with reasons", async () => {
  const c = PORTFOLIO_CASES[0];
  const plan = buildAssessmentPlan(
    {
      title: "Warehouse",
      us: "Northwind",
      them: "Contoso",
      perspective: c.perspective,
      date: "2026-03-15",
      assessors: "",
      profitImpact: c.profitImpact,
    },
    { answers: { us: answersAt(c.us) } }
  );
  const data = new Uint8Array(await planToBuffer(plan));
  const seen: number[] = [];
  const { rows, skipped } = await readPortfolioFiles(
    [
      { name: "a.xlsx", data },
      { name: "copy of a.xlsx", data },
      { name: "a.xlsx.txt", data },
      { name: "junk.xlsx", data: new TextEncoder().encode("not a zip") },
    ],
    (i) => seen.push(i)
  );
  expect(seen).toEqual([0, 1, 2, 3]);
  expect(rows.map((r) => r.file)).toEqual(["a.xlsx"]);
  expect(rows[0].targetModel).toBe(recommend(caseProfile(c)).targetModel);
  expect(skipped.map((s) => s.file)).toEqual(["copy of a.xlsx", "a.xlsx.txt", "junk.xlsx"]);
  expect(skipped[0].reason).toBe(
    `the same assessment (reference ${rows[0].assessmentId}) as a.xlsx, which is used`
  );
  expect(skipped[1].reason).toMatch(/^not an \.xlsx file/);
  expect(skipped[2].reason).toMatch(/not a zip file/);
});
