/**
 * From ranges to the engine's Profile and back to explanation lines: shared by the COLLAB.*
 * functions (functions.ts, which must export only the worksheet functions) and their tests.
 */
import {
  DIMENSION_KEYS,
  THRESHOLDS,
  modelById,
  recommend,
  recommendModels,
  scoreItems,
  type DimensionKey,
  type DimensionScores,
  type ModelDecision,
  type Profile,
  type Recommendation,
} from "../core/method";
import { actionTexts, reasonTexts } from "../core/texts/render";
import { notAvailable } from "./errors";
import { parsePerspective, parseScores, type SideScores } from "./ranges";

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * One side's ten dimension scores; item answers are scored by the engine first. Each value was
 * checked against the scale as its cell was read (parseScore), and a side holds only dimension keys,
 * so a complete side is already what validateProfile would return.
 */
function dimensionScores(side: SideScores, argName: string): Record<DimensionKey, number> {
  const scores: DimensionScores =
    side.kind === "item" ? scoreItems(side.answers).scores : side.scores;
  let missing: DimensionKey[] | null = null;
  for (const key of DIMENSION_KEYS) if (scores[key] === undefined) (missing ??= []).push(key);
  if (missing) {
    throw notAvailable(
      `${argName} has no score for ${missing.join(", ")}; every dimension needs a score from ` +
        `${THRESHOLDS.scaleMin} to ${THRESHOLDS.scaleMax} (N/A and blank cells do not count)`
    );
  }
  return scores as Record<DimensionKey, number>;
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
  const parsed = parseScores(scores, theirScores);
  const profile: Profile = {
    perspective: parsePerspective(perspective),
    us: dimensionScores(parsed.us, "scores"),
  };
  if (parsed.them) profile.them = dimensionScores(parsed.them, "their_scores");
  return profile;
}

/** Target and start only (COLLAB.MODEL, START, SEGMENT): the engine's rules without margins. */
export function modelsFromRanges(
  scores: unknown,
  theirScores: unknown,
  perspective: unknown
): ModelDecision {
  return recommendModels(profileFromRanges(scores, theirScores, perspective));
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

/** The lines of EXPLAIN, from a recommendation (exported for the task pane and tests). */
export function explainLines(rec: Recommendation): string[] {
  const lines = [
    `Target model: ${modelById(rec.targetModel).name}`,
    `Start model: ${modelById(rec.startModel).name}`,
    `Trust gap: ${fmt(rec.trustGap)}${rec.trustGap > 0 ? " (shortfall)" : ""}`,
    `Power regime: ${rec.powerRegime}`,
    `Rules fired: ${rec.rulesFired.join(", ")}`,
    ...reasonTexts(rec).map((r) => `Reason: ${r}`),
    ...rec.partnershipBlockers.map((b) => `Partnership blocker: ${b}`),
    ...rec.perceptionGaps.map(
      (g) => `Perception gap: ${g.dimension} (us ${fmt(g.us)}, them ${fmt(g.them)})`
    ),
    `Drivers: ${rec.drivers.join(", ")}`,
    ...actionTexts(rec).map((a) => `Action: ${a}`),
  ];
  return lines;
}
