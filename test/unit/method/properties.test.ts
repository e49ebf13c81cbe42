import fc from "fast-check";
import {
  DIMENSION_KEYS,
  MODEL_IDS,
  RULE_ORDER,
  THRESHOLDS,
  effectiveScores,
  modelLevel,
  recommend,
  type DimensionKey,
  type Profile,
} from "../../../src/core/method";

const score = fc.double({ min: 1, max: 5, noNaN: true });
const halfStep = fc.integer({ min: 2, max: 10 }).map((n) => n / 2);
const scores = (s: fc.Arbitrary<number>) =>
  fc.record(
    Object.fromEntries(DIMENSION_KEYS.map((k) => [k, s])) as Record<
      DimensionKey,
      fc.Arbitrary<number>
    >
  );
const perspective = fc.constantFrom("customer" as const, "supplier" as const);
const oneSide = fc.record({ perspective, us: scores(score) });
const twoSides = fc.record({ perspective, us: scores(score), them: scores(score) });
const anyProfile: fc.Arbitrary<Profile> = fc.oneof(
  oneSide,
  twoSides,
  fc.record({ perspective, us: scores(halfStep) })
);

describe("properties", () => {
  test("any in-range profile yields a complete, valid recommendation", () => {
    fc.assert(
      fc.property(anyProfile, (p) => {
        const r = recommend(p);
        expect(MODEL_IDS).toContain(r.targetModel);
        expect(MODEL_IDS).toContain(r.startModel);
        expect(Number.isFinite(r.trustGap)).toBe(true);
        expect(r.drivers).toHaveLength(3);
        expect(new Set(r.drivers).size).toBe(3);
        expect(r.reasons.length).toBeGreaterThan(0);
        // rules come out in METHOD.md's order, each once
        const idx = r.rulesFired.map((id) => RULE_ORDER.indexOf(id));
        expect([...idx].sort((a, b) => a - b)).toEqual(idx);
        expect(new Set(idx).size).toBe(idx.length);
        for (const k of DIMENSION_KEYS) expect(r.effective[k]).toBeGreaterThanOrEqual(1);
        if (r.targetModel !== "adversarial")
          expect(modelLevel(r.startModel)).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 }
    );
  });

  test("the start model is never above the target", () => {
    fc.assert(
      fc.property(anyProfile, (p) => {
        const r = recommend(p);
        expect(modelLevel(r.startModel)).toBeLessThanOrEqual(modelLevel(r.targetModel));
      }),
      { numRuns: 1000 }
    );
  });

  test("raising trust never lowers the start model", () => {
    fc.assert(
      fc.property(oneSide, score, (p, higher) => {
        fc.pre(higher >= p.us.trust);
        const before = recommend(p);
        const after = recommend({ ...p, us: { ...p.us, trust: higher } });
        expect(modelLevel(after.startModel)).toBeGreaterThanOrEqual(modelLevel(before.startModel));
      }),
      { numRuns: 1000 }
    );
  });

  test("partnership comes out only when every R6 criterion holds", () => {
    // boundary values, biased towards the high end so the gate is often passed, not just failed
    const near = fc.oneof(
      { arbitrary: fc.constantFrom(2.99, 3, 3.49, 3.5, 3.99, 4, 4.49), weight: 1 },
      { arbitrary: fc.constantFrom(4.5, 5), weight: 3 }
    );
    let partnerships = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ perspective, us: scores(near) }),
          fc.record({ perspective, us: scores(near), them: scores(near) })
        ),
        (p) => {
          const r = recommend(p);
          const e = effectiveScores(p);
          const t = THRESHOLDS.partnership;
          const gap = r.perceptionGaps.some(
            (g) => g.dimension === "alignment" || g.dimension === "trust"
          );
          const all =
            e.stakes >= t.stakes &&
            e.alignment >= t.alignment &&
            e.mutuality >= t.mutuality &&
            e.trust >= t.trust &&
            e.partnershipFit >= t.partnershipFit &&
            e.ourDependence >= THRESHOLDS.interdependenceMin &&
            e.theirDependence >= THRESHOLDS.interdependenceMin &&
            e.maturity >= t.maturity &&
            !gap;
          expect(r.targetModel === "partnership").toBe(all);
          expect(r.partnershipBlockers.length === 0).toBe(all);
          if (all) partnerships++;
        }
      ),
      { numRuns: 3000 }
    );
    expect(partnerships).toBeGreaterThan(10);
  });

  test("swapping us and them swaps the dependencies and keeps the gating values", () => {
    fc.assert(
      fc.property(twoSides, (p) => {
        const flipped: Profile = {
          perspective: p.perspective === "customer" ? "supplier" : "customer",
          us: p.them,
          them: p.us,
        };
        const a = effectiveScores(p);
        const b = effectiveScores(flipped);
        // the same power balance, seen from the other side, names the same dominant role
        expect(recommend(flipped).powerRegime).toBe(recommend(p).powerRegime);
        expect(b.ourDependence).toBeCloseTo(a.theirDependence, 6);
        expect(b.theirDependence).toBeCloseTo(a.ourDependence, 6);
        for (const k of [
          "mutuality",
          "alignment",
          "trust",
          "partnershipFit",
          "stakes",
          "maturity",
        ] as const) {
          expect(b[k]).toBeCloseTo(a[k], 6);
        }
      }),
      { numRuns: 500 }
    );
  });
});
