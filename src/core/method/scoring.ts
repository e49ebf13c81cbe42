/** Item answers -> dimension scores, item-level perception gaps, and the perspective swap. */
import { ITEMS } from "./items";
import { THRESHOLDS } from "./method";
import {
  DIMENSION_KEYS,
  type AssessmentItem,
  type DimensionKey,
  type DimensionScores,
  type ItemAnswers,
  type ItemPerceptionGap,
} from "./types";

/**
 * The engine's rounding of computed values (means, differences, gaps) to 6 decimals, so that
 * e.g. (3.4 + 3.6) / 2 or 4.5 - 3 lands exactly on a threshold instead of a hair beside it.
 */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Whether `threshold` can serve as a perception-gap threshold: above 0, at most the scale's span. */
export function isGapThreshold(threshold: number): boolean {
  return (
    typeof threshold === "number" &&
    Number.isFinite(threshold) &&
    threshold > 0 &&
    threshold <= THRESHOLDS.scaleMax - THRESHOLDS.scaleMin
  );
}

/** Throws an Error naming the value and the allowed range unless isGapThreshold(threshold). */
export function checkGapThreshold(threshold: number): number {
  if (!isGapThreshold(threshold)) {
    throw new Error(
      `Perception gap threshold ${String(threshold)} is not allowed; allowed: a number above 0 and at most ${THRESHOLDS.scaleMax - THRESHOLDS.scaleMin}`
    );
  }
  return threshold;
}

/** Weighted mean of the answered values (null = N/A, left out). Null when nothing counts. */
export function weightedMean(
  values: readonly (number | null)[],
  weights?: readonly number[]
): number | null {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    const w = weights ? weights[i] : 1;
    if (w === undefined || !Number.isFinite(w) || w < 0) {
      throw new Error(`Weight ${i + 1} is ${String(w)}; a weight must be a number of 0 or more`);
    }
    sum += v * w;
    total += w;
  }
  return total > 0 ? sum / total : null;
}

function checkScore(itemId: string, score: number): void {
  if (typeof score !== "number" || !Number.isFinite(score)) {
    throw new Error(
      `Item ${itemId}: answer ${String(score)} is not a number; allowed: 1 to 5 or N/A`
    );
  }
  if (score < THRESHOLDS.scaleMin || score > THRESHOLDS.scaleMax) {
    throw new Error(`Item ${itemId}: answer ${score} is outside 1 to 5; allowed: 1 to 5 or N/A`);
  }
}

/** The item's contribution to its dimension: reverse items count as 6 - score. */
export function itemValue(item: AssessmentItem, score: number): number {
  return item.reverse ? THRESHOLDS.reverseBase - score : score;
}

/**
 * Dimension scores of one side. Answers for ids not in `items` are ignored (an older or newer
 * sheet may carry them); a dimension with no answered item is listed in `missing`.
 */
export function scoreItems(
  answers: ItemAnswers,
  items: readonly AssessmentItem[] = ITEMS
): { scores: DimensionScores; missing: DimensionKey[] } {
  const sums = new Map<DimensionKey, { sum: number; weight: number }>();
  for (const it of items) {
    const score = answers[it.id];
    if (score === null || score === undefined) continue;
    checkScore(it.id, score);
    const acc = sums.get(it.dimension) ?? { sum: 0, weight: 0 };
    acc.sum += itemValue(it, score) * it.weight;
    acc.weight += it.weight;
    sums.set(it.dimension, acc);
  }
  const scores: DimensionScores = {};
  const missing: DimensionKey[] = [];
  for (const key of DIMENSION_KEYS) {
    const acc = sums.get(key);
    if (acc && acc.weight > 0) scores[key] = acc.sum / acc.weight;
    else missing.push(key);
  }
  return { scores, missing };
}

const SWAPPED: Partial<Record<DimensionKey, DimensionKey>> = {
  ourDependence: "theirDependence",
  theirDependence: "ourDependence",
};

/**
 * The dimension of the other side's view that answers the same question as ours: their "our
 * dependence" is our "their dependence" and the other way round; every other dimension is itself.
 * The item sets agree (a data test checks every mirrored pair across dimensions against this).
 */
export function counterpartDimension(key: DimensionKey): DimensionKey {
  return SWAPPED[key] ?? key;
}

/**
 * The id of the other side's item to read against ours, from the item's declaration: itself for a
 * shared fact, its partner for a mirrored item, null for an item bound to the answering side.
 */
export function counterpartItemId(it: AssessmentItem): string | null {
  switch (it.compare.kind) {
    case "same":
      return it.id;
    case "mirror":
      return it.compare.partner;
    case "own":
      return null;
  }
}

/**
 * The other side's answers in our frame, keyed by our item ids: for a mirrored item, their answer to
 * its partner; for the rest, their answer to the item itself. `own` items are kept (they still count
 * in their dimension); isComparable says which items are compared one by one.
 */
export function theirAnswersInOurFrame(
  them: ItemAnswers,
  items: readonly AssessmentItem[] = ITEMS
): ItemAnswers {
  const out: ItemAnswers = {};
  for (const it of items) {
    const source = it.compare.kind === "mirror" ? it.compare.partner : it.id;
    if (them[source] !== undefined) out[it.id] = them[source];
  }
  return out;
}

/** Whether an item's answers are compared across the table one by one (every item but `own`). */
export function isComparable(it: AssessmentItem): boolean {
  return counterpartItemId(it) !== null;
}

/**
 * Items where both sides answered and the answers, theirs read in our frame, differ by at least
 * `threshold` (default: the item gap, 2). A mirrored item is read against their answer to its partner;
 * an item bound to one side is never compared. `them` is that answer, in our frame.
 */
export function itemPerceptionGaps(
  us: ItemAnswers,
  them: ItemAnswers,
  items: readonly AssessmentItem[] = ITEMS,
  threshold: number = THRESHOLDS.perceptionGapItem
): ItemPerceptionGap[] {
  checkGapThreshold(threshold);
  const framed = theirAnswersInOurFrame(them, items);
  const gaps: ItemPerceptionGap[] = [];
  for (const it of items) {
    if (!isComparable(it)) continue;
    const a = us[it.id];
    const b = framed[it.id];
    if (a === null || a === undefined || b === null || b === undefined) continue;
    if (Math.abs(a - b) >= threshold) {
      gaps.push({ itemId: it.id, dimension: it.dimension, us: a, them: b });
    }
  }
  return gaps;
}

/** The other side's scores as we read them: their "our dependence" is our `theirDependence`. */
export function swapPerspective(scores: DimensionScores): DimensionScores {
  const out: DimensionScores = {};
  for (const key of DIMENSION_KEYS) {
    const v = scores[counterpartDimension(key)];
    if (v !== undefined) out[key] = v;
  }
  return out;
}
