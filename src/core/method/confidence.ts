/**
 * Confidence and margins (METHOD.md "Confidence and margins"): how much a result rests on, and how
 * close it sits to a threshold.
 *
 * Choice the spec leaves open: a strict threshold ("below 2.5") is crossed at the threshold minus
 * MARGIN_STEP (0.01, the precision scores are shown with), so a margin names a value the model
 * really changes at; a non-strict one ("at least 3.5") at the threshold itself.
 */
import { MODELS, THRESHOLDS } from "./method";
import { round6 } from "./scoring";
import {
  DIMENSION_KEYS,
  MODEL_IDS,
  type Confidence,
  type DimensionKey,
  type Margin,
  type ModelId,
  type Profile,
} from "./types";

export const MARGIN_STEP = 0.01;

/** High: both sides with coverage at the high mark; medium: one side at it, or both at the medium mark. */
export function confidenceOf(profile: Profile): Confidence {
  const { confidenceHighCoverage: high, confidenceMediumCoverage: medium } = THRESHOLDS;
  const us = profile.coverage?.us ?? 1;
  const them = profile.them ? (profile.coverage?.them ?? 1) : 0;
  if (us >= high && them >= high) return "high";
  if (us >= high || them >= high || (us >= medium && them >= medium)) return "medium";
  return "low";
}

/** Every number a rule compares a dimension with, so margins can test both sides of each. */
function thresholdValues(): number[] {
  const out = new Set<number>();
  const visit = (v: unknown) => {
    if (typeof v === "number") out.add(v);
    else if (v && typeof v === "object") Object.values(v).forEach(visit);
  };
  visit(THRESHOLDS);
  for (const m of MODELS) out.add(m.requiredTrust);
  return [...out];
}
const THRESHOLD_VALUES = thresholdValues();

type Levels = (e: Record<DimensionKey, number>) => { target: number; start: number };

/**
 * The smallest change to one effective dimension that changes the target, and the one that changes
 * the start, with the model each would become. `levels` is the engine's rule evaluation.
 */
export function marginsOf(e: Record<DimensionKey, number>, levels: Levels): Margin[] {
  const now = levels(e);
  const best: Partial<Record<"target" | "start", Margin>> = {};
  const { scaleMin, scaleMax, dominanceDifferenceMin } = THRESHOLDS;
  const candidates: { key: DimensionKey; value: number; change: number }[] = [];
  for (const key of DIMENSION_KEYS) {
    const from = e[key];
    const bases = [...THRESHOLD_VALUES];
    // Dominance compares the two dependencies: its boundaries move with the other one.
    if (key === "ourDependence" || key === "theirDependence") {
      const other = e[key === "ourDependence" ? "theirDependence" : "ourDependence"];
      bases.push(other + dominanceDifferenceMin, other - dominanceDifferenceMin);
    }
    const seen = new Set<number>();
    for (const b of bases)
      for (const v of [b - MARGIN_STEP, b, b + MARGIN_STEP]) {
        const value = round6(v);
        if (value < scaleMin || value > scaleMax || value === from || seen.has(value)) continue;
        seen.add(value);
        candidates.push({ key, value, change: round6(value - from) });
      }
  }
  // Smallest change first (a stable sort keeps dimension order on ties), so the first candidate
  // that moves a model is its margin and the search stops once both are found: the rules are
  // evaluated a few times per result instead of for every threshold of every dimension.
  candidates.sort((a, b) => Math.abs(a.change) - Math.abs(b.change));
  for (const { key, value, change } of candidates) {
    const got = levels({ ...e, [key]: value });
    for (const of of ["target", "start"] as const) {
      if (got[of] === now[of] || best[of]) continue;
      best[of] = { of, dimension: key, change, value, to: MODEL_IDS[got[of]] as ModelId };
    }
    if (best.target && best.start) break;
  }
  return (["target", "start"] as const).flatMap((of) => (best[of] ? [best[of]] : []));
}

/** A result is sensitive when a margin is below the limit. */
export function isSensitive(margins: readonly Margin[]): boolean {
  return margins.some((m) => Math.abs(m.change) < THRESHOLDS.sensitiveMarginBelow);
}
