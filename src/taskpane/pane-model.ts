/**
 * What the pane computes from the scores it read: progress per step and side, what is missing,
 * the next item to answer, and the profile the engine recommends from. No React, no Office here.
 */
import {
  DIMENSIONS,
  ITEMS,
  STEPS,
  isItemSetVersion,
  itemSet,
  dimensionByKey,
  principleById,
  round6,
  scoreItems,
  swapPerspective,
} from "../core/method";
import { paneTexts } from "../core/texts/parts/pane";
import { dimensionLabel as labelOf, stepTitle } from "../core/texts/method-words";
import type {
  AssessmentItem,
  DimensionKey,
  ItemAnswers,
  Principle,
  Profile,
  Side,
  StepId,
} from "../core/method/types";
import { assessmentToProfile } from "../core/workbook/readback";
import { PaneError } from "./errors";
import type { PaneMeta, ScoreRead } from "./workbook-port";

export const SIDES: readonly Side[] = ["us", "them"];

export interface StepProgress {
  step: StepId;
  number: number;
  title: string;
  total: number;
  answered: Record<Side, number>;
}

/** The items of the question set the workbook was read with (the current set when not known). */
export function readItems(read: Pick<ScoreRead, "itemSetVersion">): readonly AssessmentItem[] {
  const v = read.itemSetVersion;
  return v && isItemSetVersion(v) ? itemSet(v) : ITEMS;
}

export function isAnswered(answers: ItemAnswers, itemId: string): boolean {
  const value = answers[itemId];
  return typeof value === "number";
}

export function itemStep(item: AssessmentItem): StepId {
  return dimensionByKey(item.dimension).step;
}

export function itemsOfStep(
  step: StepId,
  items: readonly AssessmentItem[] = ITEMS
): AssessmentItem[] {
  return items.filter((item) => itemStep(item) === step);
}

export function stepProgress(
  read: ScoreRead,
  items: readonly AssessmentItem[] = readItems(read)
): StepProgress[] {
  return STEPS.map((step) => {
    const ofStep = itemsOfStep(step.id, items);
    return {
      step: step.id,
      number: step.number,
      title: stepTitle(step.id),
      total: ofStep.length,
      answered: {
        us: ofStep.filter((item) => isAnswered(read.us, item.id)).length,
        them: ofStep.filter((item) => isAnswered(read.them, item.id)).length,
      },
    };
  });
}

/** Dimensions with no scored item, in DIMENSIONS order. */
export function missingDimensions(
  answers: ItemAnswers,
  items: readonly AssessmentItem[] = ITEMS
): DimensionKey[] {
  return scoreItems(answers, items).missing;
}

/** The first unanswered item after `afterId` (wrapping round), or null when all are answered. */
export function nextUnanswered(
  answers: ItemAnswers,
  afterId?: string,
  items: readonly AssessmentItem[] = ITEMS
): AssessmentItem | null {
  const start = afterId ? items.findIndex((item) => item.id === afterId) + 1 : 0;
  for (let offset = 0; offset < items.length; offset++) {
    const item = items[(start + offset) % items.length];
    if (!isAnswered(answers, item.id)) return item;
  }
  return null;
}

export function principleOfItem(item: AssessmentItem): Principle {
  return principleById(dimensionByKey(item.dimension).principle);
}

export function dimensionLabel(key: DimensionKey | string): string {
  const found = DIMENSIONS.find((dimension) => dimension.key === key);
  return found ? labelOf(found.key) : key;
}

export { PaneError };

export interface ProfileBuild {
  profile: Profile;
  /** Things the analyst should know but that do not stop the recommendation. */
  notes: string[];
}

/**
 * Our side must cover every dimension; the other side counts only when complete, since the engine
 * gates on both views and half a view would distort the result.
 */
export function buildProfile(meta: Pick<PaneMeta, "perspective">, read: ScoreRead): ProfileBuild {
  const { profile, missing } = assessmentToProfile(
    { ...read, weights: read.weights ?? {} },
    meta,
    readItems(read)
  );
  if (missing.us.length > 0) {
    const t = paneTexts().model;
    throw new PaneError(t.usMissing(missing.us.map(dimensionLabel).join(", ")), t.usMissingAction);
  }
  const notes: string[] = [];
  if (profile.them && missing.them.length > 0) {
    delete profile.them;
    notes.push(paneTexts().model.themMissing(missing.them.map(dimensionLabel).join(", ")));
  }
  return { profile, notes };
}

/** One dimension as the Scores sheet shows it: ours, theirs in our frame, and their difference. */
export interface DimensionComparison {
  key: DimensionKey;
  label: string;
  us: number | null;
  /** Their score read from our side (their dependence on us is our "their dependence"). */
  them: number | null;
  /** |us − them|, from the two numbers shown; null unless both are there. */
  gap: number | null;
}

/** The pane's copy of the Scores sheet's B, C and D columns, computed by the engine. */
export function dimensionComparison(
  read: ScoreRead,
  items: readonly AssessmentItem[] = readItems(read)
): DimensionComparison[] {
  const { profile } = assessmentToProfile(
    { ...read, weights: read.weights ?? {} },
    { perspective: "customer" }, // the frame does not depend on the side we are on
    items
  );
  const them = profile.them ? swapPerspective(profile.them) : {};
  return DIMENSIONS.map((d) => {
    const us = profile.us[d.key] ?? null;
    const theirs = them[d.key] ?? null;
    return {
      key: d.key,
      label: labelOf(d.key),
      us,
      them: theirs,
      gap: us !== null && theirs !== null ? round6(Math.abs(us - theirs)) : null,
    };
  });
}

/** Two decimals, as the Scores sheet shows them; a dash where there is no number. */
export function formatDimensionScore(value: number | null): string {
  return value === null ? "–" : value.toFixed(2);
}
