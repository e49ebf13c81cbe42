/**
 * Portfolio segmentation (METHOD.md "Portfolio segmentation"): where a relationship sits among all
 * of ours, how the other side is likely to see us, and whether the recommended model is unusual
 * for that segment. The segment never changes the rules R1-R8: it is read beside the result.
 */
import { THRESHOLDS, modelLevel } from "./method";
import { effectiveScores, type EffectiveScores } from "./recommend";
import { round6 } from "./scoring";
import type { ModelId, Perspective, Profile, Recommendation } from "./types";

/** Kraljic quadrants (we are the customer). */
export const CUSTOMER_SEGMENTS = ["strategic", "bottleneck", "leverage", "non-critical"] as const;
/** Key-account quadrants (we are the supplier). */
export const SUPPLIER_SEGMENTS = ["key", "develop", "maintain", "efficiency"] as const;
export const SEGMENTS = [...CUSTOMER_SEGMENTS, ...SUPPLIER_SEGMENTS] as const;
export type CustomerSegment = (typeof CUSTOMER_SEGMENTS)[number];
export type SupplierSegment = (typeof SUPPLIER_SEGMENTS)[number];
export type Segment = CustomerSegment | SupplierSegment;

/** Supplier preferencing: how a supplier is likely to see our account (customer perspective). */
export const PREFERENCING = ["core", "development", "exploitable", "nuisance"] as const;
export type Preferencing = (typeof PREFERENCING)[number];

/** Every number of the segmentation, in one place. */
export const SEGMENT_THRESHOLDS = {
  /** Both axes of every grid split at this value (at or above = high). */
  axisSplit: 3,
  /** A target this many model levels or more from the segment's usual model is a mismatch. */
  mismatchLevels: 2,
  /** The profit-impact input's scale. */
  profitImpactMin: THRESHOLDS.scaleMin,
  profitImpactMax: THRESHOLDS.scaleMax,
} as const;

/** The model a segment usually gets; a target far from it is flagged, never changed. */
export const USUAL_MODEL: Readonly<Record<Segment, ModelId>> = {
  "non-critical": "transactional",
  efficiency: "transactional",
  leverage: "cooperative",
  maintain: "cooperative",
  bottleneck: "cooperative",
  develop: "cooperative",
  strategic: "collaborative",
  key: "collaborative",
};

/** A target far from the segment's usual model (its words: core/texts/render.ts `mismatchText`). */
export interface Mismatch {
  /** The model the segment usually gets. */
  usual: ModelId;
  target: ModelId;
  segment: Segment;
  /** Levels from the usual model to the target: positive above it, negative below. */
  levels: number;
}

export interface Segmentation {
  segment: Segment | null;
  preferencing: Preferencing | null;
  mismatch: Mismatch | null;
  /** The grid's axes: horizontal (impact or attractiveness) and vertical (supply risk or our position). */
  axes: { x: number | null; y: number };
}

/** Whether a value is an allowed profit impact (a number from 1 to 5). */
export function isProfitImpact(v: unknown): v is number {
  return (
    typeof v === "number" &&
    Number.isFinite(v) &&
    v >= SEGMENT_THRESHOLDS.profitImpactMin &&
    v <= SEGMENT_THRESHOLDS.profitImpactMax
  );
}

const high = (v: number) => v >= SEGMENT_THRESHOLDS.axisSplit;

/** Kraljic's supply risk: how exposed we are if this supply fails (customer perspective). */
export function supplyRisk(effective: EffectiveScores): number {
  return round6((effective.ourDependence + effective.stakes) / 2);
}

/**
 * The quadrant, from the effective scores and the profit impact (null without one: the grid's
 * horizontal axis is that input). Customer: impact x supply risk; supplier: attractiveness x position.
 */
export function segmentOf(
  effective: EffectiveScores,
  perspective: Perspective,
  profitImpact: number | null | undefined
): Segment | null {
  if (profitImpact === null || profitImpact === undefined) return null;
  if (perspective === "customer") {
    const risk = high(supplyRisk(effective));
    const impact = high(profitImpact);
    return risk ? (impact ? "strategic" : "bottleneck") : impact ? "leverage" : "non-critical";
  }
  const attractive = high(profitImpact);
  const position = high(effective.theirDependence);
  return attractive ? (position ? "key" : "develop") : position ? "maintain" : "efficiency";
}

/**
 * How the supplier is likely to rank us (customer perspective only): the value of our account to
 * them is their dependence on us; its attractiveness is their own mutuality answer when they
 * answered, else ours.
 */
export function preferencingOf(profile: Profile, effective: EffectiveScores): Preferencing | null {
  if (profile.perspective !== "customer") return null;
  const value = high(effective.theirDependence);
  const attractiveness = profile.them?.mutuality ?? effective.mutuality;
  const attractive = high(attractiveness);
  return value ? (attractive ? "core" : "exploitable") : attractive ? "development" : "nuisance";
}

/** A target two or more levels from the segment's usual model, with a reason a reader can act on. */
export function mismatchOf(segment: Segment | null, target: ModelId): Mismatch | null {
  if (segment === null) return null;
  const usual = USUAL_MODEL[segment];
  const diff = modelLevel(target) - modelLevel(usual);
  if (Math.abs(diff) < SEGMENT_THRESHOLDS.mismatchLevels) return null;
  return { usual, target, segment, levels: diff };
}

/** Segment, preferencing and mismatch of one relationship, from its profile and recommendation. */
export function segmentation(
  profile: Profile,
  rec: Pick<Recommendation, "targetModel" | "effective">,
  profitImpact: number | null | undefined = profile.profitImpact
): Segmentation {
  const effective = rec.effective ?? effectiveScores(profile);
  const segment = segmentOf(effective, profile.perspective, profitImpact);
  const customer = profile.perspective === "customer";
  return {
    segment,
    preferencing: preferencingOf(profile, effective),
    mismatch: mismatchOf(segment, rec.targetModel),
    axes: {
      x: profitImpact ?? null,
      y: customer ? supplyRisk(effective) : effective.theirDependence,
    },
  };
}

/** The segments of one perspective, in grid order (high/high first). */
export function segmentsFor(perspective: Perspective): readonly Segment[] {
  return perspective === "customer" ? CUSTOMER_SEGMENTS : SUPPLIER_SEGMENTS;
}
