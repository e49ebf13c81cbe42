/**
 * Comparing items across the table (METHOD.md): each item declares `same`, `mirror` or `own`, and a
 * consistent story told by both sides in their own words shows no perception gap.
 */
import fc from "fast-check";
import { perceptionSummary } from "../../../src/core/exchange/gaps";
import {
  DIMENSION_KEYS,
  ITEMS,
  counterpartDimension,
  itemPerceptionGaps,
  perceptionGaps,
  theirAnswersInOurFrame,
  type AssessmentItem,
  type ItemAnswers,
} from "../../../src/core/method";
import { assessmentToProfile } from "../../../src/core/workbook/readback";

const byId = new Map(ITEMS.map((i) => [i.id, i]));
const mirrored = ITEMS.filter(
  (i): i is AssessmentItem & { compare: { kind: "mirror"; partner: string } } =>
    i.compare.kind === "mirror"
);
/** Each mirrored pair once, first item first. */
const pairs = mirrored
  .filter((i) => ITEMS.indexOf(i) < ITEMS.indexOf(byId.get(i.compare.partner)!))
  .map((i) => [i, byId.get(i.compare.partner)!] as const);

/**
 * What the other side answers when it tells our story from its own side: a shared fact the same,
 * a mirrored item as we answered its partner, an item bound to its side as we answered ours.
 */
function consistentAnswers(us: ItemAnswers): ItemAnswers {
  const them: ItemAnswers = {};
  for (const it of ITEMS) {
    them[it.id] = it.compare.kind === "mirror" ? us[it.compare.partner] : us[it.id];
  }
  return them;
}

describe("item declarations", () => {
  it("every mirrored item names an existing partner that mirrors it back, scored the same way", () => {
    expect(mirrored.length).toBeGreaterThan(0);
    for (const it of mirrored) {
      const partner = byId.get(it.compare.partner);
      expect(partner).toBeDefined();
      expect(partner!.id).not.toBe(it.id);
      expect(partner!.compare).toEqual({ kind: "mirror", partner: it.id });
      expect(partner!.reverse).toBe(it.reverse);
      // A pair across dimensions is exactly the dimension swap the engine applies to their scores.
      expect(partner!.dimension).toBe(counterpartDimension(it.dimension));
    }
  });

  it("the dependency dimensions are mirrored item for item, and no other dimension is swapped", () => {
    for (const key of DIMENSION_KEYS) {
      const items = ITEMS.filter((i) => i.dimension === key);
      if (counterpartDimension(key) === key) continue;
      for (const it of items) expect(it.compare.kind).toBe("mirror");
    }
    expect(DIMENSION_KEYS.filter((k) => counterpartDimension(k) !== k)).toEqual([
      "ourDependence",
      "theirDependence",
    ]);
  });

  it("the questions the issue names are mirrored: what each side gains and brings", () => {
    const partnerOf = (id: string) => {
      const c = byId.get(id)!.compare;
      return c.kind === "mirror" ? c.partner : c.kind;
    };
    expect(partnerOf("MUT-1")).toBe("MUT-2");
    expect(partnerOf("CMP-1")).toBe("CMP-2");
  });
});

describe("a consistent story shows no perception gap", () => {
  // The sole-source case from the issue: the customer gains a lot, the supplier little.
  describe.each(pairs.map(([a, b]) => [`${a.id} ↔ ${b.id}`, a, b] as const))(
    "mirrored pair %s",
    (_name, a, b) => {
      it("is read crosswise: agreeing answers are no gap, a real disagreement is", () => {
        const us: ItemAnswers = { [a.id]: 1, [b.id]: 5 };
        const them: ItemAnswers = { [a.id]: 5, [b.id]: 1 };
        expect(itemPerceptionGaps(us, them)).toEqual([]);
        // Read item by item, the same answers would have looked like the biggest gaps.
        expect(Math.abs(us[a.id]! - them[a.id]!)).toBeGreaterThanOrEqual(2);
        // They say the first item is as high for us as we say it is low: that is a gap, in our frame.
        const disagree = itemPerceptionGaps(us, { [a.id]: 5, [b.id]: 5 });
        expect(disagree).toEqual([{ itemId: a.id, dimension: a.dimension, us: 1, them: 5 }]);
      });

      it("leaves the dimensions without a gap", () => {
        const us: ItemAnswers = {};
        for (const it of ITEMS) us[it.id] = 3;
        us[a.id] = 1;
        us[b.id] = 5;
        const them = consistentAnswers(us);
        const { profile } = assessmentToProfile(
          { us, them, weights: {} },
          { perspective: "customer" }
        );
        expect(perceptionGaps(profile, 0.01)).toEqual([]);
      });
    }
  );

  it("whole questionnaire: whatever we answer, their consistent answers give no item or dimension gap", () => {
    const answer = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(answer, { minLength: ITEMS.length, maxLength: ITEMS.length }),
        fc.constantFrom("customer" as const, "supplier" as const),
        (cells, perspective) => {
          const us: ItemAnswers = Object.fromEntries(ITEMS.map((it, i) => [it.id, cells[i]]));
          const them = consistentAnswers(us);
          const summary = perceptionSummary({ us, them }, perspective);
          expect(summary.items).toEqual([]);
          expect(summary.dimensions).toEqual([]);
          // In our frame, their answers are ours, item for item.
          const framed = theirAnswersInOurFrame(them);
          for (const it of ITEMS) expect(framed[it.id] ?? null).toBe(us[it.id] ?? null);
        }
      ),
      { numRuns: 100 }
    );
  });

  it("the same answers compared item by item (no mirroring) would show gaps", () => {
    const us: ItemAnswers = {};
    for (const it of ITEMS) us[it.id] = 3;
    for (const [a, b] of pairs) {
      us[a.id] = 5;
      us[b.id] = 1;
    }
    const them = consistentAnswers(us);
    const naive = ITEMS.filter((it) => Math.abs(us[it.id]! - them[it.id]!) >= 2);
    expect(naive.length).toBe(mirrored.length);
    expect(perceptionSummary({ us, them }, "customer").items).toEqual([]);
  });

  it("items bound to one side count in their dimension but are never compared one by one", () => {
    const own = ITEMS.filter((i) => i.compare.kind === "own");
    expect(own.length).toBeGreaterThan(0);
    const us: ItemAnswers = Object.fromEntries(own.map((i) => [i.id, 1]));
    const them: ItemAnswers = Object.fromEntries(own.map((i) => [i.id, 5]));
    expect(itemPerceptionGaps(us, them)).toEqual([]);
  });
});
