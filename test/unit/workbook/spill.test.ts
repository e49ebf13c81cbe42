/**
 * Spill room on Results: every spilled live formula has empty cells for its longest possible result
 * (Excel shows #SPILL! otherwise). The bound comes from the engine's data; the engine is held to it.
 */
import fc from "fast-check";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import {
  DIMENSION_KEYS,
  recommend,
  validateProfile,
  type DimensionKey,
  type Profile,
} from "../../../src/core/method";
import { cellAddress, parseCell } from "../../../src/core/workbook/a1";
import { DEMO_META, demoAssessment } from "../../../src/core/workbook/demo";
import {
  CHART_TABLE_TOP,
  EXPLAIN_MAX_LINES,
  LAYOUT,
  RESULT_ROWS,
  buildAssessmentPlan,
  buildResultsPlan,
} from "../../../src/core/workbook/layout";
import type { SheetPlan } from "../../../src/core/workbook/plan";
import { applyPlan } from "../../../src/excel";
import { explainLines } from "../../../src/functions/profile";
import { createStrictExcel } from "../../fixtures/excel/strict-excel";

const score = fc.double({ min: 1, max: 5, noNaN: true });
const halfStep = fc.integer({ min: 2, max: 10 }).map((n) => n / 2);
const extreme = fc.constantFrom(1, 1.5, 2, 4, 4.5, 5);
const scores = (s: fc.Arbitrary<number>) =>
  fc.record(
    Object.fromEntries(DIMENSION_KEYS.map((k) => [k, s])) as Record<
      DimensionKey,
      fc.Arbitrary<number>
    >
  );
const perspective = fc.constantFrom("customer" as const, "supplier" as const);
const profiles: fc.Arbitrary<Profile> = fc.oneof(
  fc.record({ perspective, us: scores(score), them: scores(score) }),
  fc.record({ perspective, us: scores(halfStep), them: scores(halfStep) }),
  // Far-apart views on every dimension: the most perception gaps and blockers.
  fc.record({ perspective, us: scores(extreme), them: scores(extreme) }),
  fc.record({ perspective, us: scores(halfStep) })
);

const fixtureProfiles = (): Profile[] => {
  const dir = join(__dirname, "../../fixtures/profiles");
  return readdirSync(dir).map((f) =>
    validateProfile(JSON.parse(readFileSync(join(dir, f), "utf8")))
  );
};

describe("the longest spilled results", () => {
  it("COLLAB.EXPLAIN never returns more lines than the bound, over many profiles", () => {
    let longest = 0;
    fc.assert(
      fc.property(profiles, (p) => {
        const n = explainLines(recommend(p)).length;
        longest = Math.max(longest, n);
        expect(n).toBeLessThanOrEqual(EXPLAIN_MAX_LINES);
      }),
      { numRuns: 3000 }
    );
    for (const p of fixtureProfiles())
      expect(explainLines(recommend(p)).length).toBeLessThanOrEqual(EXPLAIN_MAX_LINES);
    // The demo alone already needs more than the 13 cells the old layout left.
    expect(explainLines(demoAssessment().recommendation).length).toBeGreaterThan(13);
    expect(longest).toBeGreaterThan(13);
  });

  it("every spilled row of Results has its bound in empty cells below and to the right", () => {
    const spilled = RESULT_ROWS.filter((r) => r.spill);
    expect(spilled.map((r) => r.live?.formula)).toEqual([
      expect.stringMatching(/^COLLAB\.EXPLAIN\(/),
    ]);
    const plan = buildResultsPlan(demoAssessment().recommendation, { takenAt: "2026-03-01" });
    const written = new Set(plan.cells.map((c) => c.address));
    RESULT_ROWS.forEach((r, i) => {
      if (!r.spill) return;
      const anchor = parseCell(`${LAYOUT.results.liveColumn}${LAYOUT.results.firstRow + i}`);
      const blocked: string[] = [];
      for (let dr = 0; dr < r.spill.rows; dr++)
        for (let dc = 0; dc < r.spill.cols; dc++) {
          if (dr === 0 && dc === 0) continue;
          const a = cellAddress(anchor.col + dc, anchor.row + dr);
          if (written.has(a)) blocked.push(a);
        }
      expect(blocked).toEqual([]);
    });
    // The chart's source table sits below the room.
    expect(CHART_TABLE_TOP).toBeGreaterThan(
      LAYOUT.results.firstRow + RESULT_ROWS.findIndex((r) => r.spill) + EXPLAIN_MAX_LINES - 1
    );
  });
});

/** Spill sizes as the stand-in should assume them: the bound of each spilled live formula. */
const RESULTS = buildResultsPlan(null).name;

const spillOf = (formula: string) => {
  const row = RESULT_ROWS.find((r) => r.spill && `=${r.live?.formula}` === formula);
  return row?.spill ?? null;
};

describe("inside Excel (the stand-in refuses a blocked spill)", () => {
  it("the generated workbook shows no #SPILL!", async () => {
    const f = createStrictExcel({ spill: spillOf });
    await applyPlan(f.context as unknown as Excel.RequestContext, buildAssessmentPlan(DEMO_META));
    const why = RESULT_ROWS.findIndex((r) => r.spill);
    const anchor = `${LAYOUT.results.liveColumn}${LAYOUT.results.firstRow + why}`;
    expect(f.cell(RESULTS, anchor)?.formula).toMatch(/^=COLLAB\.EXPLAIN\(/);
    expect(f.state.spillErrors).toEqual([]);
  });

  it("flags a layout that leaves too little room (the old one: 13 cells)", async () => {
    const results = buildResultsPlan(null);
    const why = RESULT_ROWS.findIndex((r) => r.spill);
    const anchorRow = LAYOUT.results.firstRow + why;
    const cramped: SheetPlan = {
      ...results,
      cells: [
        ...results.cells,
        { address: `${LAYOUT.results.liveColumn}${anchorRow + 13}`, value: "Our score" },
      ],
      charts: [],
    };
    const f = createStrictExcel({ spill: spillOf });
    await applyPlan(f.context as unknown as Excel.RequestContext, { sheets: [cramped], names: [] });
    expect(f.state.spillErrors).toHaveLength(1);
    expect(f.state.spillErrors[0].blockedBy).toEqual([
      `${LAYOUT.results.liveColumn}${anchorRow + 13}`,
    ]);
  });
});
