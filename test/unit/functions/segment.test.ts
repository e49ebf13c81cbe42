/** COLLAB.SEGMENT, and COLLAB.MODEL over one row of ten scores (a portfolio row). */
import { DIMENSION_KEYS, recommend, segmentation, type Profile } from "../../../src/core/method";
import { model, segment } from "../../../src/functions/functions";
import { loadFunctionsEngine } from "../../../src/functions/load";
import { PORTFOLIO_CASES, caseProfile } from "../../support/portfolio";
import { args, thrown } from "./helpers";
import { modelName, segmentLabel } from "../../../src/core/texts/method-words";

/** The ten scores across one row, in DIMENSION_KEYS order (as a CF_Portfolio row holds them). */
const row = (scores: Profile["us"]): unknown[][] => [DIMENSION_KEYS.map((k) => scores[k])];

// The calls below run as in Excel once the engine is loaded: at once, no Promise.
beforeAll(() => loadFunctionsEngine());
describe("COLLAB.SEGMENT", () => {
  test.each(PORTFOLIO_CASES.filter((c) => c.profitImpact !== null).map((c) => [c.name, c]))(
    "%s: the engine's segment, as its label",
    (_name, c) => {
      const p = caseProfile(c);
      const expected = segmentation(p, recommend(p)).segment!;
      expect(segment(...args(p), p.profitImpact)).toBe(segmentLabel(expected));
      // Profit impact typed as text is the same number.
      expect(segment(...args(p), String(p.profitImpact))).toBe(segmentLabel(expected));
    }
  );

  test("without a profit impact: #N/A naming the argument", () => {
    const p = caseProfile(PORTFOLIO_CASES[0]);
    // 0 is how Excel passes an empty cell referenced through a formula: blank, as for every score.
    for (const blank of [undefined, null, "", 0, [[""]]]) {
      const err = thrown(() => segment(...args(p), blank));
      expect(err.code).toBe("#N/A");
      expect(err.message).toMatch(/^profit_impact is blank; .*1 to 5.*CF_ProfitImpact/);
    }
  });

  test("a profit impact outside 1-5: #VALUE! naming the argument and what is allowed", () => {
    const p = caseProfile(PORTFOLIO_CASES[0]);
    for (const bad of [0.5, 6, "high"]) {
      const err = thrown(() => segment(...args(p), bad));
      expect(err.code).toBe("#VALUE!");
      expect(err.message).toMatch(
        /^profit_impact: .* is not a score; allowed: a number from 1 to 5/
      );
    }
  });
});

describe("COLLAB.MODEL over one row of ten scores", () => {
  test.each(PORTFOLIO_CASES.filter((c) => !c.them).map((c) => [c.name, c]))(
    "%s: same model as the engine",
    (_name, c) => {
      const p = caseProfile(c);
      expect(model(row(p.us), undefined, p.perspective)).toBe(modelName(recommend(p).targetModel));
    }
  );

  test("with the other party's row beside it", () => {
    const c = PORTFOLIO_CASES.find((x) => x.them)!;
    const p = caseProfile(c);
    expect(model(row(p.us), row(p.them!), p.perspective)).toBe(modelName(recommend(p).targetModel));
  });

  test("a row of nine is refused with the shapes that can be read", () => {
    const p = caseProfile(PORTFOLIO_CASES[0]);
    const err = thrown(() => model([row(p.us)[0].slice(0, 9)], undefined, p.perspective));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toMatch(/^scores is 1x9 cells; give 2 columns .*one column of 10 scores/);
  });
});
