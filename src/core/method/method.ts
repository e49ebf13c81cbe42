/**
 * The method as typed data: steps, principles, dimensions, models and every threshold of the rules.
 * Method by Joost van Boeschoten (NextSales, 2020). Its words are in core/texts/en/method.ts.
 * METHOD.md is the specification of record; every number below comes from it.
 */
import {
  DIMENSION_KEYS,
  MODEL_IDS,
  type CollaborationModel,
  type Dimension,
  type DimensionKey,
  type ModelId,
  type Principle,
  type PrincipleId,
  type PutInPlace,
  type Step,
} from "./types";

/** Every number the rules use, in one place (METHOD.md "Decision rules" and "Two parties"). */
export const THRESHOLDS = {
  /** Lowest and highest score on the 1-5 scale. */
  scaleMin: 1,
  scaleMax: 5,
  /** Score of a reverse item is turned into (reverseBase - score). */
  reverseBase: 6,
  /** R1/R2: alignment at or below this is a conflict of interests. */
  conflictAlignmentMax: 2,
  /** R1: our dependence at or above this means we cannot walk away. */
  lockInDependenceMin: 3.5,
  /** R3: stakes below this need only a transactional relationship. */
  stakesTransactionalBelow: 2.5,
  /** R3: stakes below this (and not below the previous) need a cooperative one; else collaborative. */
  stakesCooperativeBelow: 3.5,
  /** R3: complementarity at or above this raises the need one level (to collaborative at most). */
  complementarityRaiseMin: 4,
  /** R4: alignment below this caps the target at cooperative. */
  capAlignmentBelow: 3,
  /** R4: mutuality below this caps the target at cooperative. */
  capMutualityBelow: 2.5,
  /** R5: both dependencies below this = independence (cap at cooperative). */
  independenceBelow: 2.5,
  /** R5: both dependencies at or above this = interdependence. */
  interdependenceMin: 3.5,
  /** R5: a dependency difference at least this large = dominance. */
  dominanceDifferenceMin: 2,
  /** R6: every partnership criterion (value must be >= the number). */
  partnership: {
    stakes: 3.5,
    alignment: 4.5,
    mutuality: 4,
    trust: 4.5,
    partnershipFit: 4,
    maturity: 3,
  },
  /** R7: a trust gap at or above this also calls for re-scoping or another party. */
  trustGapRescopeMin: 1.5,
  /** R8: maturity below this caps the start at cooperative. */
  startMaturityBelow: 2,
  /** R8: difference risk at or above this caps the start at cooperative and adds mitigation. */
  startDifferenceRiskMin: 4,
  /** Two parties: a dimension perception gap when views differ by at least this. */
  perceptionGapDimension: 1.5,
  /** Two parties: an item perception gap when answers differ by at least this. */
  perceptionGapItem: 2,
  /** Confidence: coverage (answered items / items) a side needs for high, and for medium. */
  confidenceHighCoverage: 0.8,
  confidenceMediumCoverage: 0.6,
  /** Margins: a result whose margin is below this is sensitive. */
  sensitiveMarginBelow: 0.5,
  /** Roadmap: default months per level step. */
  monthsPerStep: 3,
  /** Roadmap: months per level step must be a whole number in this range. */
  minMonthsPerStep: 1,
  maxMonthsPerStep: 36,
} as const;

export type Thresholds = typeof THRESHOLDS;

/** R6 criteria that are a plain "dimension >= threshold" check, in METHOD.md's order. */
export const PARTNERSHIP_DIMENSION_CRITERIA = [
  "stakes",
  "alignment",
  "mutuality",
  "trust",
  "partnershipFit",
] as const satisfies readonly DimensionKey[];

// The words of steps, principles, dimensions and models are in the catalogue
// (core/texts/en/method.ts); here the ids, order, links and numbers the rules use.

export const STEPS: readonly Step[] = [
  { id: "S1", number: 1 },
  { id: "S2", number: 2 },
  { id: "S3", number: 3 },
  { id: "S4", number: 4 },
];

export const PRINCIPLES: readonly Principle[] = [
  { id: "P1", number: 1, step: "S1" },
  { id: "P2", number: 2, step: "S1" },
  { id: "P3", number: 3, step: "S2" },
  { id: "P4", number: 4, step: "S2" },
  { id: "P5", number: 5, step: "S3" },
  { id: "P6", number: 6, step: "S2" },
  { id: "P7", number: 7, step: "S3" },
  { id: "P8", number: 8, step: "S3" },
  { id: "P9", number: 9, step: "S4" },
];

export const DIMENSIONS: readonly Dimension[] = [
  { key: "mutuality", principle: "P1", step: "S1" },
  { key: "alignment", principle: "P2", step: "S1" },
  { key: "complementarity", principle: "P3", step: "S2" },
  { key: "differenceRisk", principle: "P4", step: "S2" },
  { key: "stakes", principle: "P6", step: "S2" },
  { key: "trust", principle: "P5", step: "S3" },
  { key: "ourDependence", principle: "P7", step: "S3" },
  { key: "theirDependence", principle: "P7", step: "S3" },
  { key: "partnershipFit", principle: "P8", step: "S3" },
  { key: "maturity", principle: "P9", step: "S4" },
];

// putInPlace: one entry per text of the catalogue's model (same order). Each `hash` is frozen: the
// short hash (FNV-1a, 16 bits) of its English text when roadmap ids were computed from texts, so the
// ids in users' CF_Actions tables survive a rewording or another language (test: roadmap-ids).
const put = (...hashes: string[]): PutInPlace[] => hashes.map((hash) => ({ hash }));

export const MODELS: readonly CollaborationModel[] = [
  {
    id: "adversarial",
    level: 0,
    requiredTrust: 1,
    putInPlace: put("FFAB", "630C", "4D11", "6A89"),
  },
  {
    id: "transactional",
    level: 1,
    requiredTrust: 2,
    // Competitive sourcing needs the freedom to go elsewhere (METHOD.md "Roadmap").
    putInPlace: [{ hash: "5C41", needsLeverage: true }, ...put("1963", "5C86")],
  },
  { id: "cooperative", level: 2, requiredTrust: 3, putInPlace: put("8CD2", "A533", "EC03") },
  {
    id: "collaborative",
    level: 3,
    requiredTrust: 4,
    putInPlace: put("DCBB", "E192", "13A9", "4128"),
  },
  {
    id: "partnership",
    level: 4,
    requiredTrust: 4.5,
    putInPlace: put("BB3E", "2FB4", "D4A7", "D653"),
  },
];

// Marked pure so a bundle that needs only THRESHOLDS (the pane's first view) can drop the texts.
const MODEL_BY_ID = /*#__PURE__*/ new Map<ModelId, CollaborationModel>(
  /*#__PURE__*/ MODELS.map((m) => [m.id, m])
);
const DIMENSION_BY_KEY = /*#__PURE__*/ new Map<DimensionKey, Dimension>(
  /*#__PURE__*/ DIMENSIONS.map((d) => [d.key, d])
);
const PRINCIPLE_BY_ID = /*#__PURE__*/ new Map<PrincipleId, Principle>(
  /*#__PURE__*/ PRINCIPLES.map((p) => [p.id, p])
);

export function modelById(id: ModelId): CollaborationModel {
  const model = MODEL_BY_ID.get(id);
  if (!model) throw new Error(`Unknown model '${id}'; expected one of: ${MODEL_IDS.join(", ")}`);
  return model;
}

/** Level 0 (adversarial) to 4 (partnership). */
export function modelLevel(id: ModelId): number {
  return modelById(id).level;
}

export function modelAtLevel(level: number): ModelId {
  const id = MODEL_IDS[level];
  if (id === undefined) throw new Error(`No model at level ${level}; levels run 0 to 4`);
  return id;
}

export function dimensionByKey(key: DimensionKey): Dimension {
  const dim = DIMENSION_BY_KEY.get(key);
  if (!dim) {
    throw new Error(`Unknown dimension '${key}'; expected one of: ${DIMENSION_KEYS.join(", ")}`);
  }
  return dim;
}

export function principleById(id: PrincipleId): Principle {
  const p = PRINCIPLE_BY_ID.get(id);
  if (!p) throw new Error(`Unknown principle '${id}'; expected P1 to P9`);
  return p;
}
