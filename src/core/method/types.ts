/**
 * The method's vocabulary as types. This file is the contract between the engine and its callers
 * (workbook plan, Office.js and .xlsx adapters, custom functions, task pane, CLI).
 * No Office, DOM or Node import may appear anywhere under src/core.
 */

/** Profile keys, in METHOD.md's order. The single source of the dimension keys. */
export const DIMENSION_KEYS = [
  "mutuality",
  "alignment",
  "complementarity",
  "differenceRisk",
  "stakes",
  "trust",
  "ourDependence",
  "theirDependence",
  "partnershipFit",
  "maturity",
] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];

/** Collaboration models, ordered by level (index = level). The single source of the model ids. */
export const MODEL_IDS = [
  "adversarial",
  "transactional",
  "cooperative",
  "collaborative",
  "partnership",
] as const;
export type ModelId = (typeof MODEL_IDS)[number];

export const PERSPECTIVES = ["customer", "supplier"] as const;
export type Perspective = (typeof PERSPECTIVES)[number];
/** Our side when none is given (a blank COLLAB.* argument, an unreadable cover cell). */
export const DEFAULT_PERSPECTIVE: Perspective = "customer";

export type PrincipleId = "P1" | "P2" | "P3" | "P4" | "P5" | "P6" | "P7" | "P8" | "P9";
export type StepId = "S1" | "S2" | "S3" | "S4";
export type RuleId = "R1" | "R2" | "R3" | "R4" | "R5" | "R6" | "R7" | "R8";
export type Side = "us" | "them";

// The method's words (titles, themes, labels, names, descriptions) are in the catalogue
// (core/texts/en/method.ts), read through core/texts/method-words.ts; the engine keeps keys.

export interface Step {
  id: StepId;
  number: 1 | 2 | 3 | 4;
}

export interface Principle {
  id: PrincipleId;
  number: number;
  step: StepId;
}

export interface Dimension {
  key: DimensionKey;
  principle: PrincipleId;
  step: StepId;
}

/** Something a model puts in place (its words: the catalogue's `putInPlace`, same index). */
export interface PutInPlace {
  /**
   * Its roadmap action id's hash, frozen: the short hash its English text had when ids were
   * computed from texts, so ids stored in workbooks (CF_Actions) stay the same in any wording.
   */
  hash: string;
  /** Needs leverage over the other party: never proposed where we are the weaker side. */
  needsLeverage?: boolean;
}

export interface CollaborationModel {
  id: ModelId;
  level: 0 | 1 | 2 | 3 | 4;
  requiredTrust: number;
  /** What to put in place. */
  putInPlace: readonly PutInPlace[];
}

/**
 * How the other side's answer to an item compares with ours (METHOD.md "Comparing items across the
 * table"): `same` = a shared fact, compare the same item; `mirror` = their answer to `partner` is ours
 * seen from their side; `own` = bound to the answering side, never compared item by item.
 */
export type ItemComparison =
  { kind: "same" } | { kind: "mirror"; partner: string } | { kind: "own" };

/** One assessment question. Either party answers it from its own side. */
export interface AssessmentItem {
  id: string; // e.g. "TRU-2": stable, unique, never reused for another meaning
  dimension: DimensionKey;
  /**
   * The question set whose catalogue entry holds its question and anchors (scores 1, 3, 5): the
   * set that introduced this wording (core/texts/question-words.ts `itemWording`).
   */
  wording: string;
  /** When true, 5 means less of the dimension (the item score is turned into 6 - score). */
  reverse: boolean;
  weight: number;
  /** How the other side's answer compares with ours (declared per item, as data). */
  compare: ItemComparison;
}

/** An answer as read from a sheet: a score 1-5, or null for N/A / not answered yet. */
export type ItemScore = number | null;

/** Item answers of one side: item id -> score (null or absent = N/A or unanswered). */
export type ItemAnswers = Record<string, ItemScore | undefined>;

/** Dimension scores, 1-5; a missing key is a missing dimension. */
export type DimensionScores = Partial<Record<DimensionKey, number>>;

/** What `collabfit recommend --profile FILE.json` reads, and what the engine recommends from. */
export interface Profile {
  perspective: Perspective;
  us: DimensionScores;
  them?: DimensionScores;
  /** Optional label of the relationship (shown in reports; not used by the rules). */
  name?: string;
  /**
   * Share of items answered per side (0-1), for the confidence level. Absent: a profile of
   * dimension scores counts as fully answered.
   */
  coverage?: { us: number; them?: number };
  /** Optional 1-5: how much this relationship moves our cost, revenue or quality (portfolio segment only). */
  profitImpact?: number;
}

export type Confidence = "high" | "medium" | "low";

/** The smallest change to one effective dimension that would change the target or the start. */
export interface Margin {
  of: "target" | "start";
  dimension: DimensionKey;
  /** Signed change in score points (value - current). */
  change: number;
  /** The dimension value at which the model changes (to 0.01 where a threshold is strict). */
  value: number;
  /** The model it would become. */
  to: ModelId;
}

export type PowerRegime =
  "interdependence" | "buyer-dominance" | "supplier-dominance" | "independence" | "balanced";

export interface PerceptionGap {
  dimension: DimensionKey;
  us: number;
  them: number;
}

export interface ItemPerceptionGap {
  itemId: string;
  dimension: DimensionKey;
  us: number;
  them: number;
}

export interface Recommendation {
  perspective: Perspective;
  targetModel: ModelId;
  startModel: ModelId;
  /** Required trust of the target minus effective trust (positive = shortfall). */
  trustGap: number;
  powerRegime: PowerRegime;
  /** Each failed R6 criterion by its dimension key. */
  partnershipBlockers: string[];
  perceptionGaps: PerceptionGap[];
  rulesFired: RuleId[];
  /** The three dimensions that drove the outcome. */
  drivers: DimensionKey[];
  /** Why, in the order the rules fired: each rule with the figures it used (words: core/texts). */
  reasons: Reason[];
  /** How much the result rests on: METHOD.md "Confidence and margins". */
  confidence: Confidence;
  /** Smallest single-dimension change that moves the target, and the start (none when nothing can). */
  margins: Margin[];
  /** A margin below the sensitivity limit (0.5 points). */
  sensitive: boolean;
  /** The dimension values the rules actually used (after two-party gating and swapping). */
  effective: Record<DimensionKey, number>;
  /** Extra actions the rules call for (trust boosting, difference scan, ...), by key (words: core/texts). */
  actions: RuleAction[];
}

/** A dimension below (or at) a threshold, as a reason names it. */
export interface BelowThreshold {
  value: number;
  threshold: number;
}

/**
 * One reason of a recommendation: the rule and the figures behind it, keys and numbers only (scores
 * as the rules used them, unrounded). The edges put it into words with core/texts.
 */
export type Reason =
  | { rule: "R1" | "R2"; params: { alignment: number; ourDependence: number } }
  | {
      rule: "R3";
      /** `complementarity` only when it raised the need one level. */
      params: { stakes: number; need: ModelId; complementarity?: number };
    }
  | {
      rule: "R4";
      params: { alignment?: BelowThreshold; mutuality?: BelowThreshold; cap: ModelId };
    }
  | { rule: "R5"; params: { regime: PowerRegime; cap?: ModelId } }
  | { rule: "R6"; params: Record<string, never> }
  | {
      rule: "R7";
      params: { target: ModelId; requiredTrust: number; trust: number; gap: number };
    }
  | {
      rule: "R8";
      /** What held the start or is worth noting: trust, maturity under its threshold, difference risk. */
      params: {
        start: ModelId;
        target: ModelId;
        trust?: number;
        maturity?: BelowThreshold;
        differenceRisk?: number;
      };
    };

/**
 * An extra action a rule calls for. `putInPlace` is the model's n-th `putInPlace` entry (method data);
 * `discussGaps` names the dimensions whose views differ.
 */
export type RuleAction =
  | { action: "putInPlace"; params: { model: ModelId; index: number } }
  | { action: "discussGaps"; params: { dimensions: DimensionKey[] } }
  | {
      action:
        | "otherParty"
        | "boostTrust"
        | "allowTime"
        | "rescope"
        | "differenceScan"
        | "cultureWorkshop";
    };

export type RoadmapOwner = "us" | "them" | "joint";
export type ReviewCadence = "monthly" | "quarterly" | "yearly";

/**
 * One roadmap action in words (the engine plans it by key: roadmap.ts `PlannedAction`; words:
 * core/texts/roadmap-words.ts): its own row in CF_Actions, matched across regenerations by `id`.
 */
export interface RoadmapAction {
  /** Stable id: phase code + the action's frozen hash ("MVR-3F2A"; roadmap.ts ACTION_HASHES). */
  id: string;
  text: string;
  /** The gap or dimension it addresses, in plain words. */
  addresses: string;
  /** Which side owns it; the workbook puts a named person there where the cover names one. */
  owner: RoadmapOwner;
}

/** A roadmap phase in words, as every surface shows and stores it (core/texts `roadmapInWords`). */
export interface RoadmapRow {
  phase: string;
  /** Short stable code of the phase (BASE, MVR, STEP1.., DEF, EXIT, REVIEW). */
  code: string;
  /** The phase's actions, each with id, owner and the gap it addresses (`actions` = their texts). */
  items: RoadmapAction[];
  /** A dated milestone (start = end) rather than a period. */
  milestone?: boolean;
  fromModel: ModelId;
  toModel: ModelId;
  /** ISO dates (YYYY-MM-DD). */
  start: string;
  end: string;
  entryCriteria: string;
  actions: string[];
  kpi: string;
  owner: RoadmapOwner;
  reviewCadence: ReviewCadence;
  exitTrigger: string;
}

export interface RoadmapOptions {
  /** ISO date (YYYY-MM-DD). */
  startDate: string;
  monthsPerStep?: number;
}

export interface WhatIfHint {
  dimension: DimensionKey;
  direction: "up" | "down";
  /** Effective value now and the value that would move the target one level. */
  from: number;
  to: number;
  /** The target model that value would produce. */
  newTarget: ModelId;
}
