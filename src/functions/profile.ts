/**
 * From ranges to the engine's Profile and back to explanation lines: shared by the COLLAB.*
 * functions (compute.ts; functions.ts must export only the worksheet functions) and their tests.
 */
import {
  DIMENSION_KEYS,
  recommend,
  recommendModelsFromVectors,
  scoreItems,
  type DimensionKey,
  type ModelDecision,
  type Perspective,
  type Profile,
  type Recommendation,
} from "../core/method";
import { dimensionLabel, modelName } from "../core/texts/method-words";
import { actionTexts, labelList, reasonTexts, regimeText } from "../core/texts/render";
import { engineTexts } from "../core/texts/parts/engine";
import { inputError } from "./errors";
import { parsePerspective, parseScoreVectors, type SideVector } from "./ranges";

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * One side's dimension scores as a complete vector; item answers are scored by the engine first (into
 * the side's own vector). Each value was checked against the scale as its cell was read (parseScore),
 * so a complete side is already what validateProfile would return.
 */
function dimensionVector(side: SideVector, argName: string, itemsInto: Float64Array): Float64Array {
  let values: Float64Array;
  if (side.kind === "item") {
    const { scores } = scoreItems(side.answers);
    values = itemsInto;
    DIMENSION_KEYS.forEach((key, i) => (values[i] = scores[key] ?? NaN));
  } else values = side.values;
  let missing: DimensionKey[] | null = null;
  for (let i = 0; i < values.length; i++)
    if (Number.isNaN(values[i])) (missing ??= []).push(DIMENSION_KEYS[i]);
  if (missing) {
    throw inputError({ code: "scoresMissing", arg: argName, missing });
  }
  return values;
}

/** Both sides' complete dimension vectors (shared, see parseScoreVectors) and the perspective. */
export interface ProfileVectors {
  perspective: Perspective;
  us: Float64Array;
  them: Float64Array | null;
}

const ITEM_US = new Float64Array(DIMENSION_KEYS.length);
const ITEM_THEM = new Float64Array(DIMENSION_KEYS.length);

/** The checked inputs of a profile, read straight into vectors (valid until the next call). */
export function vectorsFromRanges(
  scores: unknown,
  theirScores: unknown,
  perspective: unknown
): ProfileVectors {
  const parsed = parseScoreVectors(scores, theirScores);
  const p = parsePerspective(perspective);
  const us = dimensionVector(parsed.us, "scores", ITEM_US);
  const them = parsed.them ? dimensionVector(parsed.them, "their_scores", ITEM_THEM) : null;
  return { perspective: p, us, them };
}

function record(values: Float64Array): Record<DimensionKey, number> {
  return Object.fromEntries(DIMENSION_KEYS.map((k, i) => [k, values[i]])) as Record<
    DimensionKey,
    number
  >;
}

/**
 * The profile the engine recommends from, as `collabfit recommend --profile` would read it. Built
 * from checked cells, it skips validateProfile (the check for profiles from files): on a column of
 * 10,000 formulas that check cost as much as reading the ranges.
 */
export function profileFromRanges(
  scores: unknown,
  theirScores: unknown,
  perspective: unknown
): Profile {
  const v = vectorsFromRanges(scores, theirScores, perspective);
  const profile: Profile = { perspective: v.perspective, us: record(v.us) };
  if (v.them) profile.them = record(v.them);
  return profile;
}

/**
 * Target and start only (COLLAB.MODEL, START, SEGMENT): the engine's rules without margins, on the
 * vectors as read (no profile object per call).
 */
export function modelsFromRanges(
  scores: unknown,
  theirScores: unknown,
  perspective: unknown
): ModelDecision {
  const v = vectorsFromRanges(scores, theirScores, perspective);
  return recommendModelsFromVectors(v.us, v.them, v.perspective);
}

export function recommendFromRanges(
  scores: unknown,
  theirScores: unknown,
  perspective: unknown
): Recommendation {
  return recommend(profileFromRanges(scores, theirScores, perspective));
}

function fmt(value: number): string {
  return String(round(value));
}

/**
 * The lines of EXPLAIN, from a recommendation (exported for the task pane and tests): labels from
 * the catalogue, dimensions and the power regime in words; the rule codes stay codes.
 */
export function explainLines(rec: Recommendation): string[] {
  const words = engineTexts();
  const t = words.explain;
  const list = (items: readonly string[]) =>
    items.length ? items.reduce((all, item) => words.listMore(all, item)) : "";
  return [
    t.target(modelName(rec.targetModel)),
    t.start(modelName(rec.startModel)),
    rec.trustGap > 0 ? t.trustShortfall(fmt(rec.trustGap)) : t.trustGap(fmt(rec.trustGap)),
    t.power(regimeText(rec.powerRegime)),
    t.rules(list(rec.rulesFired)),
    ...reasonTexts(rec).map(t.reason),
    ...rec.partnershipBlockers.map((b) => t.blocker(labelList([b]))),
    ...rec.perceptionGaps.map((g) => t.gap(dimensionLabel(g.dimension), fmt(g.us), fmt(g.them))),
    t.drivers(list(rec.drivers.map(dimensionLabel))),
    ...actionTexts(rec).map(t.action),
  ];
}
