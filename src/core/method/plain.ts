/**
 * Plain-English wording of a result for readers (Results, Summary, pane, report): dimension labels
 * instead of keys, no rule codes, dates a person reads. One place, so every surface says the same.
 */
import { THRESHOLDS, dimensionByKey, modelById } from "./method";
import type { Confidence, DimensionKey, Margin, PowerRegime, Recommendation } from "./types";

export function dimensionLabel(key: DimensionKey): string {
  return dimensionByKey(key).label;
}

/** Labels of a list of dimension keys (or other blocker ids), "none" when empty. */
export function labelList(keys: readonly string[]): string {
  if (!keys.length) return "none";
  return keys
    .map((k) => {
      try {
        return dimensionLabel(k as DimensionKey);
      } catch {
        return k;
      }
    })
    .join("; ");
}

const REGIME_PLAIN: Record<PowerRegime, string> = {
  interdependence: "Interdependence: both sides depend heavily on each other",
  "buyer-dominance": "Buyer dominance: the customer holds most of the power",
  "supplier-dominance": "Supplier dominance: the supplier holds most of the power",
  independence: "Independence: neither side depends much on the other",
  balanced: "Balanced: power is roughly even",
};

export function regimeText(regime: PowerRegime): string {
  return REGIME_PLAIN[regime];
}

const CONFIDENCE_PLAIN: Record<Confidence, string> = {
  high: "High: both sides answered most of the questions",
  medium: "Medium: only one side answered most of the questions, or both answered part of them",
  low: "Low: too few questions answered to rely on this result",
};

export function confidenceText(c: Confidence): string {
  return CONFIDENCE_PLAIN[c];
}

function num(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** "Target Collaborative would become Cooperative if Trust fell by 0.26 (to 3.24)." */
export function marginText(m: Margin, rec: Recommendation): string {
  const now = modelById(m.of === "target" ? rec.targetModel : rec.startModel);
  const verb = m.change < 0 ? "fell" : "rose";
  return `${m.of === "target" ? "Target" : "Start"} ${now.name} would become ${modelById(m.to).name} if ${dimensionLabel(m.dimension).toLowerCase()} ${verb} by ${num(Math.abs(m.change))} (from ${num(rec.effective[m.dimension])} to ${num(m.value)}).`;
}

/** Every margin in a sentence, then whether the result is sensitive. */
export function marginsText(rec: Recommendation): string {
  const lines = rec.margins.map((m) => marginText(m, rec));
  if (!lines.length) lines.push("No single change of one dimension would change the result.");
  lines.push(
    rec.sensitive
      ? `Sensitive: a change of less than ${THRESHOLDS.sensitiveMarginBelow} on one dimension changes the result; check those scores before deciding.`
      : `Not sensitive: every single-dimension change that would alter the result is ${THRESHOLDS.sensitiveMarginBelow} or more.`
  );
  return lines.join("\n");
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2 December 2026" from YYYY-MM-DD (or the date part of an ISO date-time). */
export function readableDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** "2 December 2026, 02:45 UTC" from an ISO date-time. */
export function readableTimestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) return readableDate(iso);
  return `${readableDate(m[1])}, ${m[2]}:${m[3]} UTC`;
}
