/**
 * The method as typed data: steps, principles, dimensions, models and every threshold of the rules.
 * Method by Joost van Boeschoten (NextSales, 2020); all wording here is the project's own.
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

export const STEPS: readonly Step[] = [
  {
    id: "S1",
    number: 1,
    title: "Align mutual interests and objectives",
    summary:
      "Find out what the other party wants to achieve first, then set your own needs beside it and look for objectives both sides can live with.",
  },
  {
    id: "S2",
    number: 2,
    title: "Understand drivers and requirements",
    summary:
      "Map the capabilities each side brings, the differences that could cause friction, and what the product or service itself demands of the relationship.",
  },
  {
    id: "S3",
    number: 3,
    title: "Decide on a collaboration model",
    summary:
      "Match the depth of the relationship to the trust that exists, the balance of power and whether true partnership conditions are met.",
  },
  {
    id: "S4",
    number: 4,
    title: "Develop and deploy a roadmap",
    summary:
      "Start with a small relationship both sides can certainly deliver, then deepen it step by step as each side proves itself.",
  },
];

export const PRINCIPLES: readonly Principle[] = [
  {
    id: "P1",
    number: 1,
    theme: "Mutuality",
    observation:
      "A party that gains little from working with you has no reason to look after your interests; the contract then becomes the whole relationship, and narrow departmental targets make this worse.",
    guidance:
      "Think of the other side first, then the joint relationship, then yourself: make sure joint success pays off for everyone involved.",
    step: "S1",
  },
  {
    id: "P2",
    number: 2,
    theme: "Interests and objectives",
    observation:
      "Shared goals pull parties together and opposing goals push them apart, yet the real drivers are often unclear, even to the parties themselves.",
    guidance:
      "Make both sides' interests and objectives explicit, judge how well they line up, and shape the collaboration to fit that.",
    step: "S1",
  },
  {
    id: "P3",
    number: 3,
    theme: "Differences create opportunity",
    observation:
      "Parties that are alike compete; it is what one has and the other lacks that makes working together worthwhile.",
    guidance:
      "Look for the capabilities and reach the other party adds to yours, and build the collaboration around them.",
    step: "S2",
  },
  {
    id: "P4",
    number: 4,
    theme: "Differences carry risk",
    observation:
      "People trust those who resemble them, so unfamiliar ways of working meet resistance, and that resistance often points to something that matters.",
    guidance:
      "When resistance to the other party's strengths shows up, examine what drives it and address the objections that hold water.",
    step: "S2",
  },
  {
    id: "P5",
    number: 5,
    theme: "Trust",
    observation:
      "Deep trust is not always needed: for standard goods a sound formal guarantee of delivery, price and quality can be enough.",
    guidance:
      "Match the trust you need to how deep the collaboration must go, and build trust where it falls short.",
    step: "S3",
  },
  {
    id: "P6",
    number: 6,
    theme: "Horses for courses",
    observation:
      "No single form of collaboration suits every case: a routine service and a bespoke, complex programme call for very different setups.",
    guidance:
      "Pick the form of collaboration that suits what is being delivered and how much is at stake.",
    step: "S2",
  },
  {
    id: "P7",
    number: 7,
    theme: "Not everyone is a friend",
    observation:
      "Conflicting interests, changing circumstances or an unequal balance of power can make a friendly relationship unrealistic.",
    guidance:
      "Fit the collaboration to the attitude and power of the parties, and where it is the realistic option, organise to work together as adversaries.",
    step: "S3",
  },
  {
    id: "P8",
    number: 8,
    theme: "Partnership is not the default",
    observation:
      "Buying and selling always carries some opposition of interests, so calling every commercial relationship a partnership hides real tension.",
    guidance:
      "Keep the word partnership for relationships that truly share destiny, risk and reward; manage every other relationship as the commercial one it is.",
    step: "S3",
  },
  {
    id: "P9",
    number: 9,
    theme: "It takes time",
    observation:
      "A close relationship does not start with a signature; it grows through effort, time and a managed process.",
    guidance:
      "Plan the development of the relationship as a structured, step-by-step process and give it the time it needs.",
    step: "S4",
  },
];

export const DIMENSIONS: readonly Dimension[] = [
  {
    key: "mutuality",
    label: "Mutuality",
    description:
      "How much each side gains from joint success, enough to care about the other's interests.",
    principle: "P1",
    step: "S1",
  },
  {
    key: "alignment",
    label: "Alignment of interests",
    description:
      "How well the two sides' interests and objectives fit: 1 opposed, 3 unrelated, 5 shared.",
    principle: "P2",
    step: "S1",
  },
  {
    key: "complementarity",
    label: "Complementarity",
    description: "How much the two sides' capabilities and reach complete each other.",
    principle: "P3",
    step: "S2",
  },
  {
    key: "differenceRisk",
    label: "Difference risk",
    description:
      "How much cultural, structural or style differences and resistance threaten the work (higher = riskier).",
    principle: "P4",
    step: "S2",
  },
  {
    key: "stakes",
    label: "Stakes",
    description:
      "What the product or service demands: 1 a routine commodity, 5 bespoke, complex, risky or visionary.",
    principle: "P6",
    step: "S2",
  },
  {
    key: "trust",
    label: "Trust",
    description:
      "How far the other party can be relied on to deliver, to act fairly when things go wrong, and to be backed by its own organisation.",
    principle: "P5",
    step: "S3",
  },
  {
    key: "ourDependence",
    label: "Our dependence",
    description:
      "How much we depend on the other party: share of spend or revenue, alternatives, cost of switching.",
    principle: "P7",
    step: "S3",
  },
  {
    key: "theirDependence",
    label: "Their dependence",
    description: "How much the other party depends on us, by the same measures.",
    principle: "P7",
    step: "S3",
  },
  {
    key: "partnershipFit",
    label: "Partnership fit",
    description:
      "How far true-partnership conditions hold: shared destiny, joint governance, shared risk and reward, sponsors on both sides, a long horizon.",
    principle: "P8",
    step: "S3",
  },
  {
    key: "maturity",
    label: "Maturity",
    description:
      "The track record of this relationship so far and both sides' skill at working together.",
    principle: "P9",
    step: "S4",
  },
];

export const MODELS: readonly CollaborationModel[] = [
  {
    id: "adversarial",
    level: 0,
    name: "Collaborate as adversaries",
    requiredTrust: 1,
    looksLike:
      "A guarded relationship with a party whose interests run against ours but whom we cannot easily leave.",
    putInPlace: [
      "Strong legal support",
      "Experienced, firm negotiators",
      "Tightly controlled delivery",
      "An exit or dual-sourcing plan",
    ],
  },
  {
    id: "transactional",
    level: 1,
    name: "Transactional (arm's length)",
    requiredTrust: 2,
    looksLike:
      "The contract is the relationship: clear specifications, competitive sourcing, little beyond the deal.",
    putInPlace: [
      "Competitive sourcing",
      "Formal guarantees of price, quality and delivery",
      "Service levels with remedies",
    ],
  },
  {
    id: "cooperative",
    level: 2,
    name: "Cooperative (preferred supplier)",
    requiredTrust: 3,
    looksLike:
      "A preferred relationship with regular contact, open information and performance that is measured and discussed.",
    putInPlace: [
      "Regular performance reviews",
      "Information sharing",
      "Performance management with agreed measures",
    ],
  },
  {
    id: "collaborative",
    level: 3,
    name: "Collaborative (strategic, outcome-based)",
    requiredTrust: 4,
    looksLike:
      "A strategic relationship steered jointly towards shared outcomes, with people from both sides working side by side.",
    putInPlace: ["Joint governance", "Shared KPIs", "Mixed teams", "Incentives tied to outcomes"],
  },
  {
    id: "partnership",
    level: 4,
    name: "Partnership (shared destiny)",
    requiredTrust: 4.5,
    looksLike:
      "Both sides invest together and share risk and reward; reserved for cases that meet every partnership criterion.",
    putInPlace: [
      "Joint investment",
      "Shared risk and reward",
      "Sponsors at the top of both organisations",
      "Long-term joint planning",
    ],
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

/** What a reader calls a dimension (method data, as METHOD.md names it). */
export function dimensionLabel(key: DimensionKey): string {
  return dimensionByKey(key).label;
}

export function principleById(id: PrincipleId): Principle {
  const p = PRINCIPLE_BY_ID.get(id);
  if (!p) throw new Error(`Unknown principle '${id}'; expected P1 to P9`);
  return p;
}
