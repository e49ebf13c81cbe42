import {
  effectiveScores,
  perceptionGaps,
  powerRegime,
  recommend,
  whatIf,
  THRESHOLDS,
  type DimensionKey,
  type Profile,
} from "../../../src/core/method";
import { actionTexts } from "../../../src/core/texts/render";
import { BASE, PARTNER, profile } from "./helpers";
import { profileErrorText } from "../../support/profile-error";

const rec = (us: Partial<Record<DimensionKey, number>>, base = BASE) =>
  recommend(profile(us, base));
const target = (us: Partial<Record<DimensionKey, number>>, base = BASE) =>
  rec(us, base).targetModel;
const start = (us: Partial<Record<DimensionKey, number>>, base = BASE) => rec(us, base).startModel;

test("the base profile fires only R3 and R8", () => {
  const r = rec({});
  expect(r.rulesFired).toEqual(["R3", "R8"]);
  expect([r.targetModel, r.startModel, r.trustGap, r.powerRegime]).toEqual([
    "cooperative",
    "cooperative",
    0,
    "balanced",
  ]);
  expect(r.reasons).toHaveLength(2);
  expect(r.drivers).toHaveLength(3);
});

describe("R1 adversarial / R2 replaceable conflict", () => {
  test("alignment 2 and our dependence 3.5: adversarial, and evaluation stops", () => {
    const r = rec({ alignment: 2, ourDependence: 3.5, stakes: 5 });
    expect(r.targetModel).toBe("adversarial");
    expect(r.startModel).toBe("adversarial");
    expect(r.rulesFired).toEqual(["R1"]);
    expect(actionTexts(r)).toEqual(
      expect.arrayContaining(["Strong legal support", "An exit or dual-sourcing plan"])
    );
    expect(r.drivers.slice(0, 2)).toEqual(["alignment", "ourDependence"]);
  });
  test("alignment just above 2 is no conflict", () => {
    expect(rec({ alignment: 2.01, ourDependence: 3.5 }).rulesFired).not.toContain("R1");
    expect(rec({ alignment: 2.01, ourDependence: 3.5 }).rulesFired).not.toContain("R2");
  });
  test("our dependence just below 3.5: R2, transactional at most, even with high stakes", () => {
    const r = rec({ alignment: 2, ourDependence: 3.49, stakes: 5, complementarity: 5 });
    expect(r.rulesFired[0]).toBe("R2");
    expect(r.targetModel).toBe("transactional");
    expect(actionTexts(r).join(" ")).toMatch(/another party/);
  });
});

describe("R3 need", () => {
  test.each([
    [1, "transactional"],
    [2.49, "transactional"],
    [2.5, "cooperative"],
    [3.49, "cooperative"],
    [3.5, "collaborative"],
    [5, "collaborative"],
  ])("stakes %p -> %p", (stakes, model) => {
    expect(target({ stakes, alignment: 3, mutuality: 2.5 })).toBe(model);
  });
  test("complementarity 4 raises the need one level; 3.99 does not; never past collaborative", () => {
    expect(target({ stakes: 2, complementarity: 4 })).toBe("cooperative");
    expect(target({ stakes: 2, complementarity: 3.99 })).toBe("transactional");
    expect(target({ stakes: 3, complementarity: 4 })).toBe("collaborative");
    expect(target({ stakes: 4, complementarity: 5 })).toBe("collaborative");
  });
});

describe("R4 caps", () => {
  test("alignment 2.99 caps at cooperative; 3 does not", () => {
    expect(target({ stakes: 4, alignment: 2.99 })).toBe("cooperative");
    expect(rec({ stakes: 4, alignment: 2.99 }).rulesFired).toContain("R4");
    expect(target({ stakes: 4, alignment: 3 })).toBe("collaborative");
    expect(rec({ stakes: 4, alignment: 3 }).rulesFired).not.toContain("R4");
  });
  test("mutuality 2.49 caps at cooperative; 2.5 does not", () => {
    expect(target({ stakes: 4, mutuality: 2.49 })).toBe("cooperative");
    expect(target({ stakes: 4, mutuality: 2.5 })).toBe("collaborative");
  });
  test("a binding cap names its dimension as a driver", () => {
    expect(rec({ stakes: 4, mutuality: 2 }).drivers[0]).toBe("mutuality");
  });
});

describe("R5 power", () => {
  test("both dependencies below 2.5 cap at cooperative; 2.5 does not", () => {
    const r = rec({ stakes: 4, ourDependence: 2.49, theirDependence: 2.49 });
    expect([r.targetModel, r.powerRegime]).toEqual(["cooperative", "independence"]);
    expect(r.rulesFired).toContain("R5");
    expect(r.drivers.slice(0, 2)).toEqual(["ourDependence", "theirDependence"]);
    expect(target({ stakes: 4, ourDependence: 2.5, theirDependence: 2.49 })).toBe("collaborative");
  });
  test("regimes at their boundaries", () => {
    expect(powerRegime(3.5, 3.5, "customer")).toBe("interdependence");
    expect(powerRegime(3.49, 3.5, "customer")).toBe("balanced");
    expect(powerRegime(2.49, 2.49, "customer")).toBe("independence");
    expect(powerRegime(2.5, 2.49, "customer")).toBe("balanced");
    expect(powerRegime(4, 2, "customer")).toBe("supplier-dominance");
    expect(powerRegime(4, 2, "supplier")).toBe("buyer-dominance");
    expect(powerRegime(2, 4, "customer")).toBe("buyer-dominance");
    expect(powerRegime(2, 4, "supplier")).toBe("supplier-dominance");
    expect(powerRegime(3.99, 2, "customer")).toBe("balanced");
    expect(powerRegime(5, 3.5, "customer")).toBe("interdependence");
  });
  test("a dominance fires R5 without a cap", () => {
    const r = rec({ stakes: 4, ourDependence: 5, theirDependence: 3 });
    expect(r.rulesFired).toContain("R5");
    expect(r.targetModel).toBe("collaborative");
  });
});

describe("R6 partnership gate", () => {
  test("every criterion exactly at its threshold: partnership, no blockers", () => {
    const r = rec({}, PARTNER);
    expect(r.targetModel).toBe("partnership");
    expect(r.rulesFired).toContain("R6");
    expect(r.partnershipBlockers).toEqual([]);
    expect(r.startModel).toBe("partnership");
  });
  test.each([
    ["stakes", 3.49, ["stakes"]],
    ["alignment", 4.49, ["alignment"]],
    ["mutuality", 3.99, ["mutuality"]],
    ["trust", 4.49, ["trust"]],
    ["partnershipFit", 3.99, ["partnershipFit"]],
    ["ourDependence", 3.49, ["ourDependence"]],
    ["theirDependence", 3.49, ["theirDependence"]],
    ["maturity", 2.99, ["maturity"]],
  ] as [DimensionKey, number, string[]][])(
    "%p at %p blocks partnership",
    (key, value, blockers) => {
      const r = rec({ [key]: value }, PARTNER);
      expect(r.targetModel).not.toBe("partnership");
      expect(r.rulesFired).not.toContain("R6");
      expect(r.partnershipBlockers).toEqual(blockers);
    }
  );
  test("a perception gap on alignment blocks, and the gap is reported", () => {
    const p: Profile = {
      perspective: "customer",
      us: { ...PARTNER, alignment: 5 },
      them: { ...PARTNER, alignment: 3.5 },
    };
    const r = recommend(p);
    expect(r.targetModel).toBe("collaborative");
    expect(r.partnershipBlockers).toContain("alignment");
    expect(r.perceptionGaps).toEqual([{ dimension: "alignment", us: 5, them: 3.5 }]);
  });
  test("blockers list every failed criterion in METHOD.md's order", () => {
    const r = rec({});
    expect(r.partnershipBlockers).toEqual([
      "stakes",
      "alignment",
      "mutuality",
      "trust",
      "partnershipFit",
      "ourDependence",
      "theirDependence",
    ]);
  });
});

describe("R7 trust gap", () => {
  test("trust equal to the requirement: no gap, R7 silent", () => {
    const r = rec({ stakes: 4, trust: 4 });
    expect([r.targetModel, r.trustGap]).toEqual(["collaborative", 0]);
    expect(r.rulesFired).not.toContain("R7");
  });
  test("trust just below: R7 fires with boosting actions, no re-scoping", () => {
    const r = rec({ stakes: 4, trust: 3.99 });
    expect(r.trustGap).toBeCloseTo(0.01, 6);
    expect(r.rulesFired).toContain("R7");
    expect(actionTexts(r).join(" ")).toMatch(/sponsorship/);
    expect(actionTexts(r).join(" ")).not.toMatch(/Re-scope/);
  });
  test("gap of exactly 1.5 adds re-scoping; 1.49 does not", () => {
    expect(actionTexts(rec({ stakes: 4, trust: 2.5 })).join(" ")).toMatch(/Re-scope/);
    expect(rec({ stakes: 4, trust: 2.5 }).trustGap).toBe(1.5);
    expect(actionTexts(rec({ stakes: 4, trust: 2.51 })).join(" ")).not.toMatch(/Re-scope/);
  });
});

describe("R8 start (Minimal Viable Relationship)", () => {
  test.each([
    [4, "collaborative"],
    [3.99, "cooperative"],
    [3, "cooperative"],
    [2.99, "transactional"],
    [1, "transactional"],
  ])("collaborative target, trust %p -> start %p", (trust, model) => {
    expect(start({ stakes: 4, trust })).toBe(model);
  });
  test("maturity 1.99 caps the start at cooperative; 2 does not", () => {
    expect(start({ stakes: 4, trust: 4, maturity: 1.99 })).toBe("cooperative");
    expect(start({ stakes: 4, trust: 4, maturity: 2 })).toBe("collaborative");
  });
  test("difference risk 4 caps the start and adds mitigation; 3.99 does not", () => {
    const r = rec({ stakes: 4, trust: 4, differenceRisk: 4 });
    expect(r.startModel).toBe("cooperative");
    expect(actionTexts(r).join(" ")).toMatch(/difference scan/);
    expect(r.drivers).toContain("differenceRisk");
    const ok = rec({ stakes: 4, trust: 4, differenceRisk: 3.99 });
    expect(ok.startModel).toBe("collaborative");
    expect(actionTexts(ok).join(" ")).not.toMatch(/difference scan/);
  });
  test("difference risk adds mitigation even when the start is already low", () => {
    expect(actionTexts(rec({ stakes: 1, differenceRisk: 5 })).join(" ")).toMatch(/culture/);
  });
});

describe("two parties", () => {
  test("gated dimensions take the lower view, dependencies swap, others average", () => {
    const p: Profile = {
      perspective: "customer",
      us: { ...BASE, trust: 4, alignment: 3, stakes: 4, ourDependence: 5, theirDependence: 1 },
      them: { ...BASE, trust: 3, alignment: 4, stakes: 2, ourDependence: 2, theirDependence: 4 },
    };
    const e = effectiveScores(p);
    expect([e.trust, e.alignment, e.stakes]).toEqual([3, 3, 3]);
    expect(e.ourDependence).toBe(4.5); // ours 5, theirs-for-us 4
    expect(e.theirDependence).toBe(1.5); // ours 1, their own 2
  });
  test("perception gaps at 1.5 on a dimension, not at 1.49", () => {
    const p = (them: number): Profile => ({
      perspective: "customer",
      us: BASE,
      them: { ...BASE, stakes: them },
    });
    expect(perceptionGaps(p(4.5))).toEqual([{ dimension: "stakes", us: 3, them: 4.5 }]);
    expect(perceptionGaps(p(4.49))).toEqual([]);
  });
  test("perception gaps at a given threshold, with the same rounding", () => {
    const p: Profile = {
      perspective: "customer",
      us: { ...BASE, stakes: 4.5, trust: 4.1 },
      them: { ...BASE, stakes: 3, trust: 3.1 }, // 4.1 - 3.1 is 0.9999999999999996 unrounded
    };
    expect(perceptionGaps(p, 1).map((g) => g.dimension)).toEqual(["stakes", "trust"]);
    expect(perceptionGaps(p, 1.01).map((g) => g.dimension)).toEqual(["stakes"]);
    expect(perceptionGaps(p)).toEqual(perceptionGaps(p, THRESHOLDS.perceptionGapDimension));
  });
  test.each([0, -1, 4.01, Number.NaN])("perception gap threshold %p is refused", (t) => {
    expect(() => perceptionGaps({ perspective: "customer", us: BASE }, t)).toThrow(
      /Perception gap threshold .* is not allowed; allowed: a number above 0 and at most 4/
    );
  });
  test("dependency perception gap compares crosswise", () => {
    const p: Profile = {
      perspective: "customer",
      us: { ...BASE, ourDependence: 5 },
      them: { ...BASE, theirDependence: 5 },
    };
    expect(perceptionGaps(p)).toEqual([]);
  });
  test("a partial us side is refused with the missing dimension", () => {
    expect(
      profileErrorText(() => effectiveScores({ perspective: "customer", us: { trust: 3 } }))
    ).toMatch(/us\.mutuality is missing/);
  });
});

describe("whatIf", () => {
  test("finds the nearest grid value on each side of a threshold", () => {
    const hints = whatIf(profile({ stakes: 3 }));
    expect(hints).toContainEqual({
      dimension: "stakes",
      direction: "up",
      from: 3,
      to: 3.5,
      newTarget: "collaborative",
    });
    expect(hints).toContainEqual({
      dimension: "stakes",
      direction: "down",
      from: 3,
      to: 2,
      newTarget: "transactional",
    });
    expect(hints).toContainEqual({
      dimension: "alignment",
      direction: "down",
      from: 3.5,
      to: 2,
      newTarget: "transactional",
    });
  });
  test("every hint really moves the target in its direction, sorted by size", () => {
    const p = profile({ stakes: 4, trust: 3.2 });
    const hints = whatIf(p);
    expect(hints.length).toBeGreaterThan(0);
    const level = ["adversarial", "transactional", "cooperative", "collaborative", "partnership"];
    const now = level.indexOf(recommend(p).targetModel);
    for (const h of hints) {
      const moved = level.indexOf(
        recommend(profile({ stakes: 4, trust: 3.2, [h.dimension]: h.to })).targetModel
      );
      expect(moved).toBe(level.indexOf(h.newTarget));
      expect(h.direction === "up" ? moved > now : moved < now).toBe(true);
    }
    const sizes = hints.map((h) => Math.abs(h.to - h.from));
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
  });
});
