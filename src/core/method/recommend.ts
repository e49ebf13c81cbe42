/**
 * Rules R1-R8 of METHOD.md, in its order. Every number comes from THRESHOLDS.
 *
 * Choices the spec leaves open, documented here:
 * - Effective values are rounded to 6 decimals (round6, scoring.ts) so that a mean such as
 *   (3.4 + 3.6) / 2 lands exactly on a threshold instead of a hair beside it.
 * - "Fired" means the rule's condition held: R1, R2, R4 when their condition holds; R3 and R8 always
 *   (they always set the need and the start), unless R1 stopped the evaluation; R5 when the regime is
 *   independence (the cap) or a dominance (a warning only); R6 when every criterion holds; R7 when the
 *   trust gap is positive.
 * - Partnership blockers are dimension keys in the criteria's order; interdependence names each
 *   dependency below its threshold; a perception gap on alignment or trust names that dimension.
 *   Blockers are listed whenever the target is not a partnership (also after R1 or R2).
 * - Drivers: the dimensions behind the rule that fixed the target (R1: alignment and both
 *   dependencies; R2: alignment, ourDependence;
 *   R6: alignment, trust, partnershipFit; a binding R4/R5 cap: its failing dimensions; otherwise R3:
 *   stakes, plus complementarity when it raised the need), then what held the start below the target
 *   (trust, maturity, differenceRisk), then trust when there is a trust gap; the list is filled up to
 *   three from a fixed order of weight (stakes, trust, alignment, mutuality, ...).
 */
import { confidenceOf, isSensitive, marginsOf } from "./confidence";
import { MODELS, THRESHOLDS, PARTNERSHIP_DIMENSION_CRITERIA, modelAtLevel } from "./method";
import { ProfileError, missingDimensions } from "./profile";
import { checkGapThreshold, counterpartDimension, round6, swapPerspective } from "./scoring";
import {
  DIMENSION_KEYS,
  type DimensionKey,
  type DimensionScores,
  type ModelId,
  type PerceptionGap,
  type Perspective,
  type PowerRegime,
  type Profile,
  type Reason,
  type Recommendation,
  type RuleAction,
  type RuleId,
  type WhatIfHint,
} from "./types";

export type EffectiveScores = Record<DimensionKey, number>;

/** The rules in METHOD.md's order; rulesFired follows it. */
export const RULE_ORDER: readonly RuleId[] = ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"];

/** Dimensions where two parties are gated on the lower of their two views. */
export const GATED_DIMENSIONS: readonly DimensionKey[] = [
  "mutuality",
  "alignment",
  "trust",
  "partnershipFit",
];
const GATED = new Set<DimensionKey>(GATED_DIMENSIONS);

const T = THRESHOLDS;
const REQUIRED_TRUST: readonly number[] = MODELS.map((m) => m.requiredTrust);
const LEVEL = Object.fromEntries(MODELS.map((m) => [m.id, m.level])) as Record<ModelId, number>;

/** Index in a score vector (DIMENSION_KEYS order) of each dimension's counterpart, and whether it is gated. */
const COUNTERPART_AT = Int8Array.from(DIMENSION_KEYS, (k) =>
  DIMENSION_KEYS.indexOf(counterpartDimension(k))
);
const GATED_AT = Uint8Array.from(DIMENSION_KEYS, (k) => (GATED.has(k) ? 1 : 0));

/** Where each dimension sits in a score vector. */
const AT = Object.fromEntries(DIMENSION_KEYS.map((k, i) => [k, i])) as Record<DimensionKey, number>;

/**
 * A vector's values as a record. Written out as one literal so that every record gets the same
 * shape in a single allocation (filling an empty object key by key cost a tenth of the rules); the
 * EffectiveScores type makes the compiler reject a missing or unknown dimension.
 */
function scoresRecord(v: Float64Array): EffectiveScores {
  return {
    mutuality: v[AT.mutuality],
    alignment: v[AT.alignment],
    complementarity: v[AT.complementarity],
    differenceRisk: v[AT.differenceRisk],
    stakes: v[AT.stakes],
    trust: v[AT.trust],
    ourDependence: v[AT.ourDependence],
    theirDependence: v[AT.theirDependence],
    partnershipFit: v[AT.partnershipFit],
    maturity: v[AT.maturity],
  };
}

// The effective values of the row being decided (the rules are synchronous: one row at a time).
const EFFECTIVE = new Float64Array(DIMENSION_KEYS.length);

/** One effective value: our view alone, the lower of the two views (gated), or their mean. */
function effectiveValue(gated: boolean, a: number, b: number | undefined): number {
  if (b === undefined) return a;
  return gated ? Math.min(a, b) : round6((a + b) / 2);
}

/** Whether two views of a dimension differ by at least `threshold` (a perception gap). */
function differ(a: number, b: number, threshold: number): boolean {
  return round6(Math.abs(a - b)) >= threshold;
}

function missingError(missing: readonly DimensionKey[]): ProfileError {
  return new ProfileError({ code: "engineMissing", missing }, `us.${missing[0]}`);
}

/**
 * The values the rules use: `them` is read from our side (dependencies swapped); gated dimensions
 * take the lower view, the others the mean. Throws ProfileError when `us` lacks a dimension.
 */
export function effectiveScores(profile: Profile): EffectiveScores {
  const missing = missingDimensions(profile.us);
  if (missing.length > 0) throw missingError(missing);
  const us = profile.us as EffectiveScores;
  const them = profile.them ? swapPerspective(profile.them) : undefined;
  for (let i = 0; i < DIMENSION_KEYS.length; i++) {
    const key = DIMENSION_KEYS[i];
    EFFECTIVE[i] = effectiveValue(GATED_AT[i] === 1, us[key], them?.[key]);
  }
  return scoresRecord(EFFECTIVE);
}

/**
 * Dimensions where the two views (theirs read from our side) differ by at least `threshold`
 * (default: the dimension gap, 1.5).
 */
export function perceptionGaps(
  profile: Profile,
  threshold: number = T.perceptionGapDimension
): PerceptionGap[] {
  checkGapThreshold(threshold);
  if (!profile.them) return [];
  const them: DimensionScores = swapPerspective(profile.them);
  const gaps: PerceptionGap[] = [];
  for (const key of DIMENSION_KEYS) {
    const a = profile.us[key];
    const b = them[key];
    if (a === undefined || b === undefined) continue;
    if (differ(a, b, threshold)) gaps.push({ dimension: key, us: a, them: b });
  }
  return gaps;
}

/**
 * The balance of power. Dominance names the stronger side by role: when we depend much more on
 * them, they dominate; they are the supplier if we are the customer, and the buyer if we supply.
 */
export function powerRegime(
  ourDependence: number,
  theirDependence: number,
  perspective: Perspective
): PowerRegime {
  if (ourDependence >= T.interdependenceMin && theirDependence >= T.interdependenceMin)
    return "interdependence";
  const diff = round6(ourDependence - theirDependence);
  if (diff >= T.dominanceDifferenceMin)
    return perspective === "customer" ? "supplier-dominance" : "buyer-dominance";
  if (-diff >= T.dominanceDifferenceMin)
    return perspective === "customer" ? "buyer-dominance" : "supplier-dominance";
  if (ourDependence < T.independenceBelow && theirDependence < T.independenceBelow)
    return "independence";
  return "balanced";
}

export interface PartnershipCriterion {
  /** What is checked: a dimension key, "interdependence", or "perception:<key>". */
  criterion: string;
  holds: boolean;
  /** The dimension keys reported as blockers when the criterion fails. */
  blockers: DimensionKey[];
}

/** Every R6 criterion with whether it holds, in METHOD.md's order. */
export function partnershipCriteria(
  e: EffectiveScores,
  gaps: readonly PerceptionGap[]
): PartnershipCriterion[] {
  const out: PartnershipCriterion[] = [];
  const p = T.partnership;
  for (const key of PARTNERSHIP_DIMENSION_CRITERIA) {
    out.push({ criterion: key, holds: e[key] >= p[key], blockers: [key] });
  }
  const deps: DimensionKey[] = [];
  if (e.ourDependence < T.interdependenceMin) deps.push("ourDependence");
  if (e.theirDependence < T.interdependenceMin) deps.push("theirDependence");
  out.push({ criterion: "interdependence", holds: deps.length === 0, blockers: deps });
  out.push({ criterion: "maturity", holds: e.maturity >= p.maturity, blockers: ["maturity"] });
  for (const key of ["alignment", "trust"] as const) {
    const gap = gaps.some((g) => g.dimension === key);
    out.push({ criterion: `perception:${key}`, holds: !gap, blockers: [key] });
  }
  return out;
}

interface Decision {
  target: number;
  start: number;
  regime: PowerRegime;
  rules: RuleId[];
  need: number;
  complementarityRaised: boolean;
  r2: boolean;
  r4Alignment: boolean;
  r4Mutuality: boolean;
  r5Cap: boolean;
  criteria: PartnershipCriterion[];
  startByTrust: number;
  maturityCap: boolean;
  differenceCap: boolean;
}

/** The rules on effective values; shared by recommend() and whatIf(). */
function decide(
  e: EffectiveScores,
  gaps: readonly PerceptionGap[],
  perspective: Perspective
): Decision {
  const regime = powerRegime(e.ourDependence, e.theirDependence, perspective);
  const criteria = partnershipCriteria(e, gaps);
  const d: Decision = {
    target: LEVEL.adversarial,
    start: LEVEL.adversarial,
    regime,
    rules: [],
    need: LEVEL.adversarial,
    complementarityRaised: false,
    r2: false,
    r4Alignment: false,
    r4Mutuality: false,
    r5Cap: false,
    criteria,
    startByTrust: LEVEL.adversarial,
    maturityCap: false,
    differenceCap: false,
  };
  const conflict = e.alignment <= T.conflictAlignmentMax;
  // R1: conflicting interests and no way out.
  if (conflict && e.ourDependence >= T.lockInDependenceMin) {
    d.rules.push("R1");
    return d;
  }
  let cap: number = LEVEL.partnership;
  // R2: conflicting interests, but we can leave.
  if (conflict) {
    d.r2 = true;
    d.rules.push("R2");
    cap = LEVEL.transactional;
  }
  // R3: what the product or service needs.
  let need: number =
    e.stakes < T.stakesTransactionalBelow
      ? LEVEL.transactional
      : e.stakes < T.stakesCooperativeBelow
        ? LEVEL.cooperative
        : LEVEL.collaborative;
  if (e.complementarity >= T.complementarityRaiseMin && need < LEVEL.collaborative) {
    need += 1;
    d.complementarityRaised = true;
  }
  d.need = need;
  d.rules.push("R3");
  // R4: weak alignment or mutuality.
  d.r4Alignment = e.alignment < T.capAlignmentBelow;
  d.r4Mutuality = e.mutuality < T.capMutualityBelow;
  if (d.r4Alignment || d.r4Mutuality) {
    d.rules.push("R4");
    cap = Math.min(cap, LEVEL.cooperative);
  }
  // R5: power. Independence caps; a dominance is reported without a cap.
  if (regime === "independence") {
    d.r5Cap = true;
    cap = Math.min(cap, LEVEL.cooperative);
  }
  if (
    regime === "independence" ||
    regime === "buyer-dominance" ||
    regime === "supplier-dominance"
  ) {
    d.rules.push("R5");
  }
  let target = Math.min(need, cap);
  // R6: partnership only when every criterion holds; R2 outcomes are never upgraded.
  if (!d.r2 && criteria.every((c) => c.holds)) {
    d.rules.push("R6");
    target = LEVEL.partnership;
  }
  d.target = target;
  // R7: trust gap.
  if (round6(REQUIRED_TRUST[target] - e.trust) > 0) d.rules.push("R7");
  // R8: the Minimal Viable Relationship.
  let start: number = LEVEL.transactional;
  for (let level = target; level > LEVEL.transactional; level--) {
    if (REQUIRED_TRUST[level] <= e.trust) {
      start = level;
      break;
    }
  }
  d.startByTrust = start;
  if (e.maturity < T.startMaturityBelow && start > LEVEL.cooperative) {
    start = LEVEL.cooperative;
    d.maturityCap = true;
  }
  if (e.differenceRisk >= T.startDifferenceRiskMin) {
    d.differenceCap = start > LEVEL.cooperative;
    start = Math.min(start, LEVEL.cooperative);
  }
  d.start = Math.min(start, target);
  d.rules.push("R8");
  return d;
}

const DRIVER_FILL: readonly DimensionKey[] = [
  "stakes",
  "trust",
  "alignment",
  "mutuality",
  "complementarity",
  "ourDependence",
  "theirDependence",
  "partnershipFit",
  "maturity",
  "differenceRisk",
];

function drivers(d: Decision, e: EffectiveScores): DimensionKey[] {
  const list: DimensionKey[] = [];
  const add = (...keys: DimensionKey[]) => {
    for (const k of keys) if (!list.includes(k)) list.push(k);
  };
  if (d.rules.includes("R1")) add("alignment", "ourDependence", "theirDependence");
  else if (d.r2) add("alignment", "ourDependence");
  else if (d.target === LEVEL.partnership) add("alignment", "trust", "partnershipFit");
  else if (d.target < d.need) {
    if (d.r4Alignment) add("alignment");
    if (d.r4Mutuality) add("mutuality");
    if (d.r5Cap) add("ourDependence", "theirDependence");
  } else {
    add("stakes");
    if (d.complementarityRaised) add("complementarity");
  }
  if (d.start < d.target) {
    if (d.startByTrust < d.target) add("trust");
    if (d.maturityCap) add("maturity");
    if (d.differenceCap) add("differenceRisk");
  }
  if (REQUIRED_TRUST[d.target] - e.trust > 0) add("trust");
  for (const k of DRIVER_FILL) add(k);
  return list.slice(0, 3);
}

/** What a worksheet function needs to show a model: the rules alone, without reasons or margins. */
export type ModelDecision = Pick<
  Recommendation,
  "targetModel" | "startModel" | "trustGap" | "powerRegime" | "effective"
>;

/**
 * The same target and start as recommend(), for callers that show only those (COLLAB.MODEL,
 * COLLAB.START, COLLAB.SEGMENT over thousands of rows): margins alone re-run the rules dozens of
 * times per profile, and the reasons are work nobody reads there.
 */
export function recommendModels(profile: Profile): ModelDecision {
  const e = effectiveScores(profile);
  return modelDecision(e, decide(e, perceptionGaps(profile), profile.perspective));
}

function modelDecision(e: EffectiveScores, d: Decision): ModelDecision {
  return {
    targetModel: modelAtLevel(d.target),
    startModel: modelAtLevel(d.start),
    trustGap: round6(REQUIRED_TRUST[d.target] - e.trust),
    powerRegime: d.regime,
    effective: e,
  };
}

const NO_GAPS: readonly PerceptionGap[] = [];

/**
 * recommendModels() for scores already read into vectors (one value per dimension in DIMENSION_KEYS
 * order, NaN where a side gave none; `them` as the other party gave it, not swapped): the same rules
 * (effectiveValue, differ, decide), without a profile object or swapped copies per call. For callers
 * that read thousands of rows (COLLAB.MODEL over a column); the vectors are only read.
 */
export function recommendModelsFromVectors(
  us: Float64Array,
  them: Float64Array | null,
  perspective: Perspective
): ModelDecision {
  let missing: DimensionKey[] | null = null;
  for (let i = 0; i < DIMENSION_KEYS.length; i++)
    if (Number.isNaN(us[i])) (missing ??= []).push(DIMENSION_KEYS[i]);
  if (missing) throw missingError(missing);
  let gaps: PerceptionGap[] | null = null;
  for (let i = 0; i < DIMENSION_KEYS.length; i++) {
    const a = us[i];
    const theirs = them === null ? NaN : them[COUNTERPART_AT[i]];
    const b = Number.isNaN(theirs) ? undefined : theirs;
    EFFECTIVE[i] = effectiveValue(GATED_AT[i] === 1, a, b);
    if (b !== undefined && differ(a, b, T.perceptionGapDimension))
      (gaps ??= []).push({ dimension: DIMENSION_KEYS[i], us: a, them: b });
  }
  const e = scoresRecord(EFFECTIVE);
  return modelDecision(e, decide(e, gaps ?? NO_GAPS, perspective));
}

/** The full recommendation for a profile: target, start, trust gap, power, blockers, reasons. */
export function recommend(profile: Profile): Recommendation {
  const e = effectiveScores(profile);
  const gaps = perceptionGaps(profile);
  const d = decide(e, gaps, profile.perspective);
  const target = modelAtLevel(d.target);
  const start = modelAtLevel(d.start);
  const trustGap = round6(REQUIRED_TRUST[d.target] - e.trust);
  const reasons: Reason[] = [];
  const actions: RuleAction[] = [];
  const act = (...keys: Exclude<RuleAction["action"], "putInPlace" | "discussGaps">[]) =>
    actions.push(...keys.map((action) => ({ action })));
  if (d.rules.includes("R1")) {
    reasons.push({
      rule: "R1",
      params: { alignment: e.alignment, ourDependence: e.ourDependence },
    });
    const model = modelAtLevel(LEVEL.adversarial);
    MODELS[LEVEL.adversarial].putInPlace.forEach((_, index) =>
      actions.push({ action: "putInPlace", params: { model, index } })
    );
  } else {
    if (d.r2) {
      reasons.push({
        rule: "R2",
        params: { alignment: e.alignment, ourDependence: e.ourDependence },
      });
      act("otherParty");
    }
    reasons.push({
      rule: "R3",
      params: {
        stakes: e.stakes,
        need: modelAtLevel(d.need),
        ...(d.complementarityRaised ? { complementarity: e.complementarity } : {}),
      },
    });
    if (d.rules.includes("R4")) {
      const below = (value: number, threshold: number) => ({ value, threshold });
      reasons.push({
        rule: "R4",
        params: {
          ...(d.r4Alignment ? { alignment: below(e.alignment, T.capAlignmentBelow) } : {}),
          ...(d.r4Mutuality ? { mutuality: below(e.mutuality, T.capMutualityBelow) } : {}),
          cap: modelAtLevel(LEVEL.cooperative),
        },
      });
    }
    if (d.rules.includes("R5")) {
      reasons.push({
        rule: "R5",
        params: {
          regime: d.regime,
          ...(d.r5Cap ? { cap: modelAtLevel(LEVEL.cooperative) } : {}),
        },
      });
    }
    if (d.rules.includes("R6")) reasons.push({ rule: "R6", params: {} });
  }
  const blockers: string[] = [];
  if (d.target !== LEVEL.partnership) {
    for (const c of d.criteria) {
      if (!c.holds) for (const k of c.blockers) if (!blockers.includes(k)) blockers.push(k);
    }
  }
  if (d.rules.includes("R7")) {
    reasons.push({
      rule: "R7",
      params: {
        target,
        requiredTrust: REQUIRED_TRUST[d.target],
        trust: e.trust,
        gap: trustGap,
      },
    });
    act("boostTrust", "allowTime");
    if (trustGap >= T.trustGapRescopeMin) act("rescope");
  }
  if (d.rules.includes("R8")) {
    const differenceRisk = e.differenceRisk >= T.startDifferenceRiskMin;
    if (differenceRisk) {
      act("differenceScan", "cultureWorkshop");
    }
    reasons.push({
      rule: "R8",
      params: {
        start,
        target,
        ...(d.startByTrust < d.target ? { trust: e.trust } : {}),
        ...(d.maturityCap
          ? { maturity: { value: e.maturity, threshold: T.startMaturityBelow } }
          : {}),
        ...(differenceRisk ? { differenceRisk: e.differenceRisk } : {}),
      },
    });
  }
  if (gaps.length > 0) {
    actions.push({ action: "discussGaps", params: { dimensions: gaps.map((g) => g.dimension) } });
  }
  const margins = marginsOf(e, (x) => {
    const r = decide(x, gaps, profile.perspective);
    return { target: r.target, start: r.start };
  });
  return {
    perspective: profile.perspective,
    targetModel: target,
    startModel: start,
    trustGap,
    powerRegime: d.regime,
    partnershipBlockers: blockers,
    perceptionGaps: gaps,
    rulesFired: d.rules,
    drivers: drivers(d, e),
    reasons,
    confidence: confidenceOf(profile),
    margins,
    sensitive: isSensitive(margins),
    effective: e,
    actions,
  };
}

const GRID: readonly number[] = Array.from(
  { length: (T.scaleMax - T.scaleMin) * 2 + 1 },
  (_, i) => T.scaleMin + i / 2
);

/**
 * For each dimension, the nearest value on the 0.5 grid (1, 1.5, ... 5) that moves the target up,
 * and the nearest that moves it down, other effective values and perception gaps unchanged. Every
 * threshold sits on that grid, so a "<" threshold is reported at the grid step below it. Sorted by
 * the size of the change.
 */
export function whatIf(profile: Profile): WhatIfHint[] {
  const e = effectiveScores(profile);
  const gaps = perceptionGaps(profile);
  const current = decide(e, gaps, profile.perspective).target;
  const hints: WhatIfHint[] = [];
  for (const key of DIMENSION_KEYS) {
    const from = e[key];
    for (const direction of ["up", "down"] as const) {
      const candidates = GRID.filter((v) => (direction === "up" ? v > from : v < from));
      if (direction === "down") candidates.reverse();
      for (const to of candidates) {
        const level = decide({ ...e, [key]: to }, gaps, profile.perspective).target;
        if (direction === "up" ? level > current : level < current) {
          hints.push({ dimension: key, direction, from, to, newTarget: modelAtLevel(level) });
          break;
        }
      }
    }
  }
  return hints.sort((a, b) => Math.abs(a.to - a.from) - Math.abs(b.to - b.from));
}
