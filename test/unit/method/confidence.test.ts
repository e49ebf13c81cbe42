import fc from "fast-check";
import {
  DIMENSION_KEYS,
  MARGIN_STEP,
  THRESHOLDS,
  confidenceOf,
  modelLevel,
  recommend,
  recommendModels,
  recommendModelsFromVectors,
  validateProfile,
  type DimensionKey,
  type Profile,
} from "../../../src/core/method";
import { reasonTexts } from "../../../src/core/texts/render";
import { profileErrorText } from "../../support/profile-error";

const all = (v: number) =>
  Object.fromEntries(DIMENSION_KEYS.map((k) => [k, v])) as Record<DimensionKey, number>;
const { confidenceHighCoverage: HIGH, confidenceMediumCoverage: MEDIUM } = THRESHOLDS;

describe("confidence", () => {
  const base: Profile = { perspective: "customer", us: all(3), them: all(3) };
  it("is high only when both sides answered enough", () => {
    expect(confidenceOf({ ...base, coverage: { us: HIGH, them: HIGH } })).toBe("high");
    expect(confidenceOf({ ...base, coverage: { us: HIGH, them: HIGH - 0.01 } })).toBe("medium");
  });
  it("is medium with one side alone, or both sides at the medium mark", () => {
    expect(confidenceOf({ perspective: "customer", us: all(3) })).toBe("medium");
    expect(confidenceOf({ ...base, coverage: { us: MEDIUM, them: MEDIUM } })).toBe("medium");
  });
  it("is low below those marks", () => {
    expect(confidenceOf({ ...base, coverage: { us: MEDIUM - 0.01, them: HIGH - 0.01 } })).toBe(
      "low"
    );
    expect(
      confidenceOf({ perspective: "customer", us: all(3), coverage: { us: HIGH - 0.01 } })
    ).toBe("low");
  });
  it("reads coverage from a profile file and refuses a share outside 0-1", () => {
    const p = validateProfile({ perspective: "customer", us: all(3), coverage: { us: 0.5 } });
    expect(recommend(p).confidence).toBe("low");
    expect(
      profileErrorText(() =>
        validateProfile({ perspective: "customer", us: all(3), coverage: { us: 1.5 } })
      )
    ).toMatch(/coverage.us is 1.5; allowed: the share of items answered, from 0 to 1/);
  });
});

describe("margins", () => {
  it("names the exact alignment change that moves a cooperative target (the issue's cliff edge)", () => {
    // Alignment 2.25 gives Cooperative (R4 caps); at 2.0 it becomes "work together as adversaries".
    const us = { ...all(3), alignment: 2.25, ourDependence: 4, stakes: 4 };
    const r = recommend({ perspective: "customer", us });
    expect(r.targetModel).toBe("cooperative");
    const m = r.margins.find((x) => x.of === "target")!;
    expect(m).toEqual({
      of: "target",
      dimension: "alignment",
      change: -0.25,
      value: 2,
      to: "adversarial",
    });
    expect(r.sensitive).toBe(true);
  });

  it("each margin really changes its model, and no smaller change on that dimension does", () => {
    const score = fc.integer({ min: 4, max: 20 }).map((n) => n / 4);
    const scores = fc.record(
      Object.fromEntries(DIMENSION_KEYS.map((k) => [k, score])) as Record<
        DimensionKey,
        fc.Arbitrary<number>
      >
    );
    fc.assert(
      fc.property(scores, (us) => {
        const p: Profile = { perspective: "customer", us };
        const r = recommend(p);
        for (const m of r.margins) {
          const moved = recommend({
            perspective: "customer",
            us: { ...us, [m.dimension]: m.value },
          });
          const level = m.of === "target" ? moved.targetModel : moved.startModel;
          expect(level).toBe(m.to);
          expect(modelLevel(level)).not.toBe(
            modelLevel(m.of === "target" ? r.targetModel : r.startModel)
          );
          // No value closer on that dimension (to 0.01, the precision of a margin) changes it.
          const steps = Math.round(Math.abs(m.change) / MARGIN_STEP);
          for (let i = 1; i < steps; i++) {
            const v = us[m.dimension] + Math.sign(m.change) * i * MARGIN_STEP;
            const near = recommend({ perspective: "customer", us: { ...us, [m.dimension]: v } });
            expect(m.of === "target" ? near.targetModel : near.startModel).toBe(
              m.of === "target" ? r.targetModel : r.startModel
            );
          }
        }
        expect(r.sensitive).toBe(
          r.margins.some((m) => Math.abs(m.change) < THRESHOLDS.sensitiveMarginBelow)
        );
      }),
      { numRuns: 60 }
    );
  });
});

describe("reasons", () => {
  it("carry no rule codes in their words; the rule behind each is kept beside it", () => {
    const r = recommend({ perspective: "customer", us: all(3), them: all(2) });
    expect(reasonTexts(r)).toHaveLength(r.reasons.length);
    for (const reason of reasonTexts(r)) expect(reason).not.toMatch(/\bR\d\b/);
    for (const { rule } of r.reasons) expect(r.rulesFired).toContain(rule);
  });
});

describe("recommendModels (the worksheet functions' path)", () => {
  it("gives recommend()'s target, start, trust gap, power regime and effective scores", () => {
    const score = fc.integer({ min: 4, max: 20 }).map((n) => n / 4);
    const side = fc.record(
      Object.fromEntries(DIMENSION_KEYS.map((k) => [k, score])) as Record<
        DimensionKey,
        fc.Arbitrary<number>
      >
    );
    const perspective = fc.constantFrom("customer" as const, "supplier" as const);
    fc.assert(
      fc.property(side, fc.option(side, { nil: undefined }), perspective, (us, them, p) => {
        const profile: Profile = them ? { perspective: p, us, them } : { perspective: p, us };
        const full = recommend(profile);
        expect(recommendModels(profile)).toEqual({
          targetModel: full.targetModel,
          startModel: full.startModel,
          trustGap: full.trustGap,
          powerRegime: full.powerRegime,
          effective: full.effective,
        });
      }),
      { numRuns: 500 }
    );
  });

  it("on vectors gives what it gives on the same profile, also with a partial other side", () => {
    // Scores off the 0.25 grid too, so a mean or a gap lands beside a threshold as often as on it.
    const score = fc.oneof(
      fc.integer({ min: 4, max: 20 }).map((n) => n / 4),
      fc.double({ min: THRESHOLDS.scaleMin, max: THRESHOLDS.scaleMax, noNaN: true })
    );
    const side = fc.record(
      Object.fromEntries(DIMENSION_KEYS.map((k) => [k, score])) as Record<
        DimensionKey,
        fc.Arbitrary<number>
      >
    );
    const partial = fc.record(
      Object.fromEntries(DIMENSION_KEYS.map((k) => [k, score])) as Record<
        DimensionKey,
        fc.Arbitrary<number>
      >,
      { requiredKeys: [] }
    );
    const perspective = fc.constantFrom("customer" as const, "supplier" as const);
    const vector = (s: Partial<Record<DimensionKey, number>>) =>
      Float64Array.from(DIMENSION_KEYS, (k) => s[k] ?? NaN);
    fc.assert(
      fc.property(side, fc.option(partial, { nil: undefined }), perspective, (us, them, p) => {
        const profile: Profile = them ? { perspective: p, us, them } : { perspective: p, us };
        const usV = vector(us);
        const themV = them ? vector(them) : null;
        expect(recommendModelsFromVectors(usV, themV, p)).toEqual(recommendModels(profile));
        // The vectors are read, never written.
        expect(usV).toEqual(vector(us));
      }),
      { numRuns: 1000 }
    );
  });

  it("on vectors refuses a side without every dimension, as recommendModels does", () => {
    const us = Float64Array.from(DIMENSION_KEYS, () => 3);
    us[DIMENSION_KEYS.indexOf("trust")] = NaN;
    const partialUs = Object.fromEntries(
      DIMENSION_KEYS.filter((k) => k !== "trust").map((k) => [k, 3])
    );
    const expected = (() => {
      try {
        recommendModels({ perspective: "customer", us: partialUs });
      } catch (err) {
        return (err as Error).message;
      }
      return "no error";
    })();
    expect(expected).toMatch(/trust/);
    expect(() => recommendModelsFromVectors(us, null, "customer")).toThrow(expected);
  });
});
