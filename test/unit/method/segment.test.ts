import {
  CUSTOMER_SEGMENTS,
  MODEL_IDS,
  PREFERENCING,
  ProfileError,
  SEGMENT_THRESHOLDS,
  SUPPLIER_SEGMENTS,
  USUAL_MODEL,
  effectiveScores,
  mismatchOf,
  modelLevel,
  preferencingOf,
  recommend,
  segmentOf,
  segmentation,
  supplyRisk,
  validateProfile,
  type ModelId,
  type Segment,
} from "../../../src/core/method";
import { profileProblemText } from "../../../src/core/texts/profile-problem";
import { BASE, profile } from "./helpers";
import { mismatchText } from "../../../src/core/texts/method-words";

const SPLIT = SEGMENT_THRESHOLDS.axisSplit;
const JUST_BELOW = SPLIT - 0.01;

describe("customer segment (Kraljic): supply risk = mean(ourDependence, stakes), split at 3", () => {
  const eff = (ourDependence: number, stakes: number) =>
    effectiveScores(profile({ ourDependence, stakes }));

  test.each([
    // [ourDependence, stakes, impact, segment]
    [SPLIT, SPLIT, SPLIT, "strategic"],
    [SPLIT, SPLIT, JUST_BELOW, "bottleneck"],
    [JUST_BELOW, SPLIT, SPLIT, "leverage"], // risk just under the split
    [JUST_BELOW, SPLIT, JUST_BELOW, "non-critical"],
    [5, 1, 5, "strategic"], // mean exactly 3
    [5, 1, 1, "bottleneck"],
    [1, 1, 5, "leverage"],
    [1, 1, 1, "non-critical"],
  ] as const)("ourDep %s, stakes %s, impact %s -> %s", (dep, stakes, impact, expected) => {
    expect(segmentOf(eff(dep, stakes), "customer", impact)).toBe(expected);
  });

  test("supply risk is the mean of the two effective scores", () => {
    expect(supplyRisk(eff(4, 2.5))).toBe(3.25);
  });

  test("two sides: the axes use the effective (swapped, averaged) scores", () => {
    // Their own ourDependence is our theirDependence; their theirDependence (1) is our ourDependence.
    const p = {
      perspective: "customer" as const,
      us: { ...BASE, ourDependence: 4, stakes: 2 },
      them: { ...BASE, theirDependence: 1, stakes: 2 },
    };
    const e = effectiveScores(p);
    expect(e.ourDependence).toBe(2.5);
    expect(segmentOf(e, "customer", 4)).toBe("leverage");
    expect(segmentOf(effectiveScores({ ...p, them: undefined }), "customer", 4)).toBe("strategic");
  });

  test("no profit impact, no segment (null, not a guess)", () => {
    expect(segmentOf(eff(5, 5), "customer", null)).toBeNull();
    expect(segmentOf(eff(5, 5), "customer", undefined)).toBeNull();
  });
});

describe("supplier segment (key accounts): attractiveness = profit impact, position = theirDependence", () => {
  const eff = (theirDependence: number) => effectiveScores(profile({ theirDependence }));
  test.each([
    [SPLIT, SPLIT, "key"],
    [SPLIT, JUST_BELOW, "develop"],
    [JUST_BELOW, SPLIT, "maintain"],
    [JUST_BELOW, JUST_BELOW, "efficiency"],
  ] as const)("impact %s, position %s -> %s", (impact, position, expected) => {
    expect(segmentOf(eff(position), "supplier", impact)).toBe(expected);
  });
  test("supplier segments are never customer segments", () => {
    for (const impact of [1, 3, 5])
      for (const dep of [1, 3, 5]) {
        const s = segmentOf(eff(dep), "supplier", impact);
        expect(SUPPLIER_SEGMENTS).toContain(s);
        expect(CUSTOMER_SEGMENTS).not.toContain(s);
      }
  });
});

describe("supplier preferencing (customer perspective only)", () => {
  test.each([
    [SPLIT, SPLIT, "core"],
    [JUST_BELOW, SPLIT, "development"],
    [SPLIT, JUST_BELOW, "exploitable"],
    [JUST_BELOW, JUST_BELOW, "nuisance"],
  ] as const)("value %s, attractiveness %s -> %s", (theirDependence, mutuality, expected) => {
    const p = profile({ theirDependence, mutuality });
    expect(preferencingOf(p, effectiveScores(p))).toBe(expected);
  });

  test("their own mutuality answer decides attractiveness when they answered", () => {
    // Ours says attractive; theirs (lower, and also the gated effective value) says not.
    const p = {
      perspective: "customer" as const,
      us: { ...BASE, mutuality: 4, theirDependence: 4 },
      them: { ...BASE, mutuality: 2, ourDependence: 4 },
    };
    expect(preferencingOf(p, effectiveScores(p))).toBe("exploitable");
    // Their answer high, ours low: the effective (lower) value would say unattractive; theirs wins.
    const q = {
      ...p,
      us: { ...p.us, mutuality: 2 },
      them: { ...p.them, mutuality: 4 },
    };
    expect(effectiveScores(q).mutuality).toBe(2);
    expect(preferencingOf(q, effectiveScores(q))).toBe("core");
  });

  test("null for the supplier perspective", () => {
    const p = profile({}, BASE, "supplier");
    expect(preferencingOf(p, effectiveScores(p))).toBeNull();
  });
});

describe("mismatch: target two or more levels from the segment's usual model", () => {
  const segments = Object.keys(USUAL_MODEL) as Segment[];
  test("every segment against every model follows the level distance", () => {
    for (const s of segments)
      for (const m of MODEL_IDS) {
        const distance = Math.abs(modelLevel(m) - modelLevel(USUAL_MODEL[s]));
        const got = mismatchOf(s, m);
        if (distance >= SEGMENT_THRESHOLDS.mismatchLevels) {
          expect(got).not.toBeNull();
          expect(got!.usual).toBe(USUAL_MODEL[s]);
        } else expect(got).toBeNull();
      }
  });
  test("the reason says which way and what to check", () => {
    const over = mismatchOf("non-critical", "collaborative")!;
    expect(over).toEqual({
      usual: "transactional",
      target: "collaborative",
      segment: "non-critical",
      levels: 2,
    });
    expect(mismatchText(over)).toMatch(
      /^Collaborative.*non-critical purchase.*2 levels above.*Transactional/
    );
    expect(mismatchText(over)).toMatch(/over-investing/);
    const under = mismatchOf("strategic", "adversarial" as ModelId)!;
    expect(under.levels).toBe(-3);
    expect(mismatchText(under)).toMatch(/3 levels below.*Collaborative/);
    expect(mismatchText(under)).toMatch(/under-managed/);
    expect(mismatchOf(null, "partnership")).toBeNull();
  });
});

describe("segmentation of a whole result", () => {
  test("a commodity bought as collaborative is flagged; the rules are not changed", () => {
    const p = {
      ...profile({
        stakes: 4,
        complementarity: 4,
        ourDependence: 1,
        theirDependence: 3,
        alignment: 4,
        mutuality: 3,
      }),
      profitImpact: 1,
    };
    const rec = recommend(p);
    expect(rec).toEqual(recommend({ ...p, profitImpact: 5 }));
    const s = segmentation(p, rec);
    expect(s.segment).toBe(supplyRisk(rec.effective) >= SPLIT ? "bottleneck" : "non-critical");
    const expectMismatch =
      Math.abs(modelLevel(rec.targetModel) - modelLevel(USUAL_MODEL[s.segment!])) >= 2;
    expect(s.mismatch !== null).toBe(expectMismatch);
    expect(PREFERENCING).toContain(s.preferencing);
    expect(s.axes).toEqual({ x: 1, y: supplyRisk(rec.effective) });
  });
  test("the profile's profitImpact is the default; an explicit one overrides it", () => {
    const p = { ...profile({ stakes: 5, ourDependence: 5 }), profitImpact: 5 };
    const rec = recommend(p);
    expect(segmentation(p, rec).segment).toBe("strategic");
    expect(segmentation(p, rec, 1).segment).toBe("bottleneck");
    expect(segmentation(p, rec, null).segment).toBeNull();
  });
});

describe("profitImpact in a profile", () => {
  test("optional, 1-5, named on error", () => {
    expect(
      validateProfile({ perspective: "customer", us: BASE, profitImpact: 4 }).profitImpact
    ).toBe(4);
    expect(validateProfile({ perspective: "customer", us: BASE }).profitImpact).toBeUndefined();
    for (const bad of [0, 6, "3", [], Number.NaN]) {
      try {
        validateProfile({ perspective: "customer", us: BASE, profitImpact: bad });
        throw new Error("accepted " + String(bad));
      } catch (err) {
        expect(err).toBeInstanceOf(ProfileError);
        expect((err as ProfileError).field).toBe("profitImpact");
        expect(profileProblemText(err as ProfileError)).toMatch(/allowed: a number from 1 to 5/);
      }
    }
  });
});
