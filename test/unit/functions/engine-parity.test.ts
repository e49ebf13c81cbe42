/**
 * The functions must answer exactly what the engine answers for the same scores, whatever way the
 * scores are laid out in the sheet (keys or labels, numbers or text, any row order, a header row).
 */
import fc from "fast-check";
import {
  DIMENSION_KEYS,
  PERSPECTIVES,
  THRESHOLDS,
  recommend,
  type DimensionKey,
  type DimensionScores,
  type Profile,
} from "../../../src/core/method";
import { explain, model, start, trustGap } from "../../../src/functions/functions";
import { loadFunctionsEngine } from "../../../src/functions/load";
import { explainLines } from "../../../src/functions/profile";
import { args } from "./helpers";
import { dimensionLabel, modelName } from "../../../src/core/texts/method-words";

const scoreArb = fc.oneof(
  fc.integer({ min: 2 * THRESHOLDS.scaleMin, max: 2 * THRESHOLDS.scaleMax }).map((n) => n / 2),
  fc.double({ min: THRESHOLDS.scaleMin, max: THRESHOLDS.scaleMax, noNaN: true })
);
const sideArb: fc.Arbitrary<DimensionScores> = fc.record(
  Object.fromEntries(DIMENSION_KEYS.map((k) => [k, scoreArb])) as Record<
    string,
    fc.Arbitrary<number>
  >
);
const profileArb: fc.Arbitrary<Profile> = fc
  .record({
    perspective: fc.constantFrom(...PERSPECTIVES),
    us: sideArb,
    them: fc.option(sideArb, { nil: undefined }),
  })
  .map((p) => (p.them ? p : { perspective: p.perspective, us: p.us }));

/** How a user might lay the same scores out: labels or keys, text or numbers, shuffled, with a header. */
interface Layout {
  labels: boolean;
  asText: boolean;
  header: boolean;
  order: DimensionKey[];
}
const layoutArb: fc.Arbitrary<Layout> = fc.record({
  labels: fc.boolean(),
  asText: fc.boolean(),
  header: fc.boolean(),
  order: fc.shuffledSubarray([...DIMENSION_KEYS], {
    minLength: DIMENSION_KEYS.length,
    maxLength: DIMENSION_KEYS.length,
  }),
});

function laidOut(scores: DimensionScores, layout: Layout): unknown[][] {
  const rows = layout.order.map((k) => [
    layout.labels ? dimensionLabel(k) : k,
    layout.asText ? String(scores[k]) : scores[k],
  ]);
  return layout.header ? [["Dimension", "Score"], ...rows] : rows;
}

// The calls below run as in Excel once the engine is loaded: at once, no Promise.
beforeAll(() => loadFunctionsEngine());
describe("COLLAB functions = engine", () => {
  it("MODEL, START, EXPLAIN and TRUSTGAP equal recommend() on the Results-sheet ranges", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const rec = recommend(profile);
        const a = args(profile);
        expect(model(...a)).toBe(modelName(rec.targetModel));
        expect(start(...a)).toBe(modelName(rec.startModel));
        expect(explain(...a)).toEqual(explainLines(rec).map((l) => [l]));
        expect(trustGap(rec.targetModel, rec.effective.trust)).toBe(rec.trustGap);
      }),
      { numRuns: 300 }
    );
  });

  it("gives the same answer for any layout of the same scores", () => {
    fc.assert(
      fc.property(profileArb, layoutArb, layoutArb, (profile, ours, theirs) => {
        const rec = recommend(profile);
        const us = laidOut(profile.us, ours);
        const them = profile.them ? laidOut(profile.them, theirs) : undefined;
        expect(model(us, them, profile.perspective)).toBe(modelName(rec.targetModel));
        expect(start(us, them, profile.perspective)).toBe(modelName(rec.startModel));
      }),
      { numRuns: 300 }
    );
  });
});
