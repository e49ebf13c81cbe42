import {
  DIMENSION_KEYS,
  ITEMS,
  itemPerceptionGaps,
  round6,
  scoreItems,
  swapPerspective,
  weightedMean,
  type AssessmentItem,
  type ItemAnswers,
} from "../../../src/core/method";

const item = (id: string, reverse = false, weight = 1): AssessmentItem => ({
  id,
  dimension: "trust",
  wording: "2026.1",
  reverse,
  weight,
  compare: { kind: "same" },
});

describe("weightedMean", () => {
  test("plain and weighted means, N/A left out", () => {
    expect(weightedMean([1, 2, 3])).toBe(2);
    expect(weightedMean([1, null, 5])).toBe(3);
    expect(weightedMean([1, 5], [3, 1])).toBe(2);
    expect(weightedMean([2, null, 4], [1, 100, 1])).toBe(3);
  });
  test("nothing answered or zero total weight gives null", () => {
    expect(weightedMean([])).toBeNull();
    expect(weightedMean([null, null])).toBeNull();
    expect(weightedMean([3], [0])).toBeNull();
  });
  test("a negative weight is refused", () => {
    expect(() => weightedMean([3], [-1])).toThrow(/Weight 1 is -1/);
  });
});

describe("scoreItems", () => {
  test("reverse items count as 6 - score; weights apply", () => {
    const items = [item("T-1"), item("T-2", true), item("T-3", false, 2)];
    const { scores } = scoreItems({ "T-1": 4, "T-2": 5, "T-3": 2 }, items);
    // (4*1 + 1*1 + 2*2) / 4
    expect(scores.trust).toBeCloseTo(9 / 4, 10);
  });
  test("a dimension with only N/A answers is missing; answered ones are scored", () => {
    const answers: ItemAnswers = {};
    for (const it of ITEMS) if (it.dimension !== "maturity") answers[it.id] = 3;
    for (const it of ITEMS) if (it.dimension === "maturity") answers[it.id] = null;
    const { scores, missing } = scoreItems(answers);
    expect(missing).toEqual(["maturity"]);
    expect(scores.trust).toBe(3);
    expect(scores.maturity).toBeUndefined();
  });
  test("empty answers: every dimension missing", () => {
    expect(scoreItems({}).missing).toEqual([...DIMENSION_KEYS]);
  });
  test("out-of-range or non-numeric answers name the item", () => {
    expect(() => scoreItems({ "TRU-2": 6 })).toThrow(/TRU-2.*6.*1 to 5/);
    expect(() => scoreItems({ "TRU-2": 0.5 })).toThrow(/TRU-2/);
    expect(() => scoreItems({ "TRU-2": Number.NaN })).toThrow(/TRU-2.*not a number/);
  });
  test("unknown item ids are ignored", () => {
    expect(scoreItems({ "XXX-9": 5, "TRU-2": 4 }).scores.trust).toBe(4);
  });
});

describe("itemPerceptionGaps", () => {
  test("flags a difference of 2 or more, not 1.99", () => {
    const gaps = itemPerceptionGaps(
      { "ALI-1": 5, "ALI-2": 4, "STK-1": 3 },
      { "ALI-1": 3, "ALI-2": 2.01, "STK-1": 3 }
    );
    expect(gaps).toEqual([{ itemId: "ALI-1", dimension: "alignment", us: 5, them: 3 }]);
  });
  test("dependency items are read crosswise: our ODP-n against their TDP-n", () => {
    const gaps = itemPerceptionGaps({ "ODP-1": 5, "TDP-1": 1 }, { "ODP-1": 1, "TDP-1": 5 });
    expect(gaps).toEqual([]);
    const crossed = itemPerceptionGaps({ "ODP-1": 5 }, { "TDP-1": 2 });
    expect(crossed).toEqual([{ itemId: "ODP-1", dimension: "ourDependence", us: 5, them: 2 }]);
  });
  test("unanswered on either side is not a gap", () => {
    expect(itemPerceptionGaps({ "ALI-1": 5 }, { "ALI-1": null })).toEqual([]);
  });
  test("a given threshold replaces the item gap, below it too", () => {
    const us = { "ALI-1": 5, "ALI-2": 4, "STK-1": 3 };
    const them = { "ALI-1": 3, "ALI-2": 3, "STK-1": 3 };
    expect(itemPerceptionGaps(us, them, ITEMS, 1).map((g) => g.itemId)).toEqual(["ALI-1", "ALI-2"]);
    expect(itemPerceptionGaps(us, them, ITEMS, 2.5)).toEqual([]);
    expect(() => itemPerceptionGaps(us, them, ITEMS, 0)).toThrow(
      /Perception gap threshold 0 is not allowed/
    );
    expect(() => itemPerceptionGaps(us, them, ITEMS, 5)).toThrow(/at most 4/);
  });
});

test("round6 rounds to 6 decimals, so sums land on thresholds", () => {
  expect(round6(4.5 - 3)).toBe(1.5);
  expect(round6((3.4 + 3.6) / 2)).toBe(3.5);
  expect(round6(0.1 + 0.2)).toBe(0.3);
  expect(round6(1.2345674)).toBe(1.234567);
  expect(round6(-2.0000004)).toBe(-2);
});

test("swapPerspective swaps only the dependencies", () => {
  expect(swapPerspective({ trust: 2, ourDependence: 4, theirDependence: 1 })).toEqual({
    trust: 2,
    ourDependence: 1,
    theirDependence: 4,
  });
  expect(swapPerspective({ ourDependence: 4 })).toEqual({ theirDependence: 4 });
});
