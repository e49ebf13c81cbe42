/// <reference types="custom-functions-runtime" />
/**
 * What the COLLAB.* worksheet functions compute. Each one reads its ranges (ranges.ts), calls the
 * method engine and shapes the answer for a cell; none holds method logic of its own. Loaded with
 * import() (load.ts): functions.ts, the script the page runs at start, holds only the
 * registrations and the help text, so the pane's first view does not wait for this code.
 * The CustomFunctions global exists only in the Excel runtime, so it is touched only when an error
 * is thrown, never at module load (the bench and the tests run this file in Node with a stub).
 */
import {
  DIMENSION_KEYS,
  THRESHOLDS,
  ProfileError,
  isGapThreshold,
  modelById,
  perceptionGaps,
  powerRegime,
  round6,
  scoreItems,
  swapPerspective,
  itemPerceptionGaps,
  weightedMean,
  type DimensionScores,
  type ItemAnswers,
  type Profile,
} from "../core/method";
import { recommendModelsFromVectors, segmentOf } from "../core/method";
import {
  dimensionLabel,
  modelName,
  principleWords,
  segmentLabel,
  stepTitle,
} from "../core/texts/method-words";
import { FunctionInputError, gridPlace, inputError } from "./errors";
import { functionsTexts } from "../core/texts/parts/functions";
import { profileProblemText } from "../core/texts/profile-problem";
import {
  checkGrid,
  isOmitted,
  parseModel,
  parsePerspective,
  parsePrinciple,
  parseGridScore,
  parseScores,
  requireScore,
  type SideScores,
} from "./ranges";
import { explainLines, modelsFromRanges, recommendFromRanges, vectorsFromRanges } from "./profile";

/** Turns our input errors and the engine's profile errors into Excel errors (#VALUE!, #N/A). */
function guard<T>(compute: () => T): T {
  try {
    return compute();
  } catch (err) {
    if (err instanceof FunctionInputError) {
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode[err.code], err.message);
    }
    if (err instanceof ProfileError) {
      throw new CustomFunctions.Error(
        CustomFunctions.ErrorCode.invalidValue,
        profileProblemText(err)
      );
    }
    throw err;
  }
}

/** COLLAB.MODEL */
export function model(
  scores: unknown[][],
  their_scores?: unknown[][],
  perspective?: unknown
): string {
  return guard(() => modelName(modelsFromRanges(scores, their_scores, perspective).targetModel));
}

/** COLLAB.START */
export function start(
  scores: unknown[][],
  their_scores?: unknown[][],
  perspective?: unknown
): string {
  return guard(() => modelName(modelsFromRanges(scores, their_scores, perspective).startModel));
}

/** COLLAB.EXPLAIN */
export function explain(
  scores: unknown[][],
  their_scores?: unknown[][],
  perspective?: unknown
): string[][] {
  return guard(() =>
    explainLines(recommendFromRanges(scores, their_scores, perspective)).map((line) => [line])
  );
}

/** COLLAB.TRUSTGAP */
export function trustGap(model_or_required: unknown, actual_trust: unknown): number {
  return guard(() => {
    const asNumber =
      typeof model_or_required === "number" ||
      (typeof model_or_required === "string" && /^\s*[+-]?[\d.]+\s*$/.test(model_or_required));
    const required = asNumber
      ? requireScore(model_or_required, "model_or_required")
      : modelById(parseModel(model_or_required, "model_or_required")).requiredTrust;
    return round6(required - requireScore(actual_trust, "actual_trust"));
  });
}

/** COLLAB.POWER */
export function power(
  our_dependence: unknown,
  their_dependence: unknown,
  perspective?: unknown
): string {
  return guard(() =>
    powerRegime(
      requireScore(our_dependence, "our_dependence"),
      requireScore(their_dependence, "their_dependence"),
      parsePerspective(perspective)
    )
  );
}

/** Both sides' dimension scores as each side gave them; item answers are scored by the engine first. */
function bothSides(
  ours: unknown,
  theirs: unknown,
  names: { us: string; them: string }
): { us: DimensionScores; them: DimensionScores } {
  if (isOmitted(theirs)) throw inputError({ code: "otherSideBlank", arg: names.them });
  const parsed = parseScores(ours, theirs, names);
  const side = (s: SideScores): DimensionScores =>
    s.kind === "item" ? scoreItems(s.answers).scores : s.scores;
  return { us: side(parsed.us), them: side(parsed.them!) };
}

/** COLLAB.ALIGNMENT */
export function alignment(our_scores: unknown[][], their_scores: unknown[][]): number {
  return guard(() => {
    const names = { us: "our_scores", them: "their_scores" };
    const sides = bothSides(our_scores, their_scores, names);
    const us = sides.us;
    // Their view read from our side, so each dimension compares the same fact.
    const them = swapPerspective(sides.them);
    const diffs = DIMENSION_KEYS.flatMap((k) =>
      us[k] !== undefined && them[k] !== undefined ? [Math.abs(us[k]! - them[k]!)] : []
    );
    if (diffs.length === 0) {
      throw inputError({ code: "nothingInCommon", ...names });
    }
    const span = THRESHOLDS.scaleMax - THRESHOLDS.scaleMin;
    return 1 - weightedMean(diffs)! / span;
  });
}

/** COLLAB.GAPS */
export function gaps(our: unknown[][], their: unknown[][], threshold?: unknown): unknown[][] {
  return guard(() => {
    const names = { us: "our", them: "their" };
    if (isOmitted(their)) throw inputError({ code: "otherSideBlank", arg: names.them });
    const parsed = parseScores(our, their, names);
    if (parsed.us.kind === "item" && parsed.them?.kind === "item") {
      return itemGaps(parsed.us.answers, parsed.them.answers, threshold);
    }
    const sides = bothSides(our, their, names);
    const profile: Profile = { perspective: "customer", us: sides.us, them: sides.them };
    const found = perceptionGaps(profile, parseThreshold(threshold));
    const rows = found.map((g) => [
      dimensionLabel(g.dimension),
      g.us,
      g.them,
      round6(g.us - g.them),
    ]);
    const h = functionsTexts().gaps;
    return [[h.dimension, h.us, h.them, h.difference], ...rows];
  });
}

function itemGaps(us: ItemAnswers, them: ItemAnswers, threshold: unknown): unknown[][] {
  const rows = itemPerceptionGaps(us, them, undefined, parseThreshold(threshold)).map((g) => [
    g.itemId,
    dimensionLabel(g.dimension),
    g.us,
    g.them,
    round6(g.us - g.them),
  ]);
  const h = functionsTexts().gaps;
  return [[h.item, h.dimension, h.us, h.them, h.difference], ...rows];
}

/** The threshold argument; undefined (the engine's default) when it is blank. */
function parseThreshold(value: unknown): number | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  const n =
    typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : NaN;
  if (!isGapThreshold(n)) {
    throw inputError({ code: "badThreshold", arg: "threshold", value });
  }
  return n;
}

/** COLLAB.SCORE */
export function score(scores: unknown[][], weights?: unknown[][]): number {
  return guard(() => {
    const grid = checkGrid(scores, "scores");
    const width = grid[0].length;
    const values = grid.flat().map((cell, i) => parseGridScore(cell, "scores", i, width));
    let w: number[] | undefined;
    if (weights !== undefined && weights !== null) {
      const wgrid = checkGrid(weights, "weights");
      if (wgrid.length !== grid.length || wgrid[0].length !== width) {
        throw inputError({
          code: "weightsShape",
          weights: "weights",
          scores: "scores",
          weightsSize: [wgrid.length, wgrid[0].length],
          scoresSize: [grid.length, width],
        });
      }
      w = wgrid.flat().map((cell, i) => {
        if (cell === "" || cell === null || cell === undefined) return 1;
        const n =
          typeof cell === "number" ? cell : typeof cell === "string" ? Number(cell.trim()) : NaN;
        if (!Number.isFinite(n) || n < 0) {
          throw inputError({
            code: "notAWeight",
            where: gridPlace("weights", i, width),
            value: cell,
          });
        }
        return n;
      });
    }
    const mean = weightedMean(values, w);
    if (mean === null) throw inputError({ code: "noWeightedAnswer", arg: "scores" });
    return mean;
  });
}

/** COLLAB.ROADMAP */
export async function roadmap(
  model_from: unknown,
  model_to: unknown,
  start_date: unknown,
  months_per_step?: unknown,
  perspective?: unknown
): Promise<string[][]> {
  // The roadmap's phases and texts load on the first call: the pane's page does not wait for them.
  const { parseMonths, parseStartDate, roadmapTable } = await import(
    /* webpackChunkName: "roadmap-table" */ "./roadmap-table"
  );
  return guard(() =>
    roadmapTable(
      parseModel(model_from, "model_from"),
      parseModel(model_to, "model_to"),
      parseStartDate(start_date, "start_date"),
      parseMonths(months_per_step, "months_per_step"),
      parsePerspective(perspective)
    )
  );
}

const PRINCIPLE_FIELDS = ["theme", "observation", "guidance", "step", "id"] as const;

/** COLLAB.PRINCIPLE */
export function principle(id_or_number: unknown, field?: unknown): string {
  return guard(() => {
    const p = parsePrinciple(id_or_number, "id_or_number");
    const name =
      field === null || field === undefined || field === ""
        ? "theme"
        : String(field).trim().toLowerCase();
    switch (name) {
      case "theme":
        return principleWords(p.id).theme;
      case "observation":
        return principleWords(p.id).observation;
      case "guidance":
        return principleWords(p.id).guidance;
      case "id":
        return p.id;
      case "step": {
        return `${p.step} ${stepTitle(p.step)}`;
      }
      default:
        throw inputError({
          code: "notPrincipleField",
          arg: "field",
          value: field,
          allowed: PRINCIPLE_FIELDS,
        });
    }
  });
}

/** COLLAB.SEGMENT */
export function segment(
  scores: unknown[][],
  their_scores?: unknown[][],
  perspective?: unknown,
  profit_impact?: unknown
): string {
  return guard(() => {
    const v = vectorsFromRanges(scores, their_scores, perspective);
    if (isOmitted(profit_impact))
      throw inputError({ code: "profitImpactBlank", arg: "profit_impact" });
    const impact = requireScore(profit_impact, "profit_impact");
    // The segment of segmentation(), on the effective values of the rules COLLAB.MODEL runs.
    const effective = recommendModelsFromVectors(v.us, v.them, v.perspective).effective;
    return segmentLabel(segmentOf(effective, v.perspective, impact)!);
  });
}
