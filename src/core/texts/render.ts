/**
 * The engine's structured results in words of the active language: reasons, power regime, confidence,
 * margins, dates. Figures are rounded to two decimals here (as the rules round), model names and
 * dimension labels come from the catalogue's method part (method-words.ts). One place, so every surface says the same.
 */
import {
  THRESHOLDS,
  type Confidence,
  type DimensionKey,
  type Margin,
  type ModelId,
  type PowerRegime,
  type Reason,
  type Recommendation,
  type RuleAction,
} from "../method";
import { dimensionLabel, modelName, putInPlaceTexts } from "./method-words";
import { engineTexts } from "./parts/engine";

/** A figure as every text shows it: at most two decimals, no trailing zeros. */
export function figure(x: number): string {
  return String(Math.round(x * 100) / 100);
}

const model = (id: ModelId) => modelName(id);
const lowerLabel = (key: DimensionKey) => dimensionLabel(key).toLowerCase();

/** Items joined by a catalogue function that adds one item to a list. */
function joined(items: readonly string[], more: (list: string, item: string) => string): string {
  return items.length ? items.reduce((list, item) => more(list, item)) : "";
}

/** One reason as a sentence. */
export function reasonText(reason: Reason): string {
  const t = engineTexts().reasons;
  switch (reason.rule) {
    case "R1":
    case "R2": {
      const say = reason.rule === "R1" ? t.lockedIn : t.canLeave;
      return say(figure(reason.params.alignment), figure(reason.params.ourDependence));
    }
    case "R3": {
      const { stakes, need, complementarity } = reason.params;
      return complementarity === undefined
        ? t.need(figure(stakes), model(need))
        : t.needRaised(figure(stakes), figure(complementarity), model(need));
    }
    case "R4": {
      const { alignment, mutuality, cap } = reason.params;
      const weak = [
        ...(alignment
          ? [t.weakAlignment(figure(alignment.value), String(alignment.threshold))]
          : []),
        ...(mutuality
          ? [t.weakMutuality(figure(mutuality.value), String(mutuality.threshold))]
          : []),
      ];
      return t.capped(joined(weak, t.both), model(cap));
    }
    case "R5": {
      const regime = t.regime[reason.params.regime];
      const cap = reason.params.cap;
      return cap ? t.regimeCapped(regime, model(cap)) : t.regimeWarning(regime);
    }
    case "R6":
      return t.partnership;
    case "R7": {
      const p = reason.params;
      return t.trustGap(model(p.target), String(p.requiredTrust), figure(p.trust), figure(p.gap));
    }
    case "R8": {
      const p = reason.params;
      const why = [
        ...(p.trust !== undefined ? [t.startTrust(figure(p.trust))] : []),
        ...(p.maturity
          ? [t.startMaturity(figure(p.maturity.value), String(p.maturity.threshold))]
          : []),
        ...(p.differenceRisk !== undefined
          ? [t.startDifferenceRisk(figure(p.differenceRisk))]
          : []),
      ];
      if (p.start !== p.target)
        return t.startMvr(model(p.start), joined(why, engineTexts().listMore), model(p.target));
      return why.length
        ? t.startDirectNoting(model(p.start), joined(why, engineTexts().listMore))
        : t.startDirect(model(p.start));
    }
  }
}

/** One extra action as an instruction. */
export function actionText(a: RuleAction): string {
  const t = engineTexts();
  switch (a.action) {
    case "putInPlace":
      return putInPlaceTexts(a.params.model)[a.params.index];
    case "discussGaps":
      return t.actions.discussGaps(joined(a.params.dimensions.map(lowerLabel), t.listMore));
    default:
      return t.actions[a.action];
  }
}

/** Every extra action of a recommendation, in order. */
export function actionTexts(rec: Pick<Recommendation, "actions">): string[] {
  return rec.actions.map(actionText);
}

/** Every reason of a recommendation, in the order the rules fired. */
export function reasonTexts(rec: Pick<Recommendation, "reasons">): string[] {
  return rec.reasons.map(reasonText);
}

export function regimeText(regime: PowerRegime): string {
  return engineTexts().regime[regime];
}

export function confidenceText(c: Confidence): string {
  return engineTexts().confidence[c];
}

/** Labels of a list of dimension keys (or other blocker ids), "none" when empty. */
export function labelList(keys: readonly string[]): string {
  const t = engineTexts();
  if (!keys.length) return t.noneListed;
  const labels = keys.map((k) => {
    try {
      return dimensionLabel(k as DimensionKey);
    } catch {
      return k;
    }
  });
  return joined(labels, t.labelListMore);
}

/** "Target Collaborative would become Cooperative if trust fell by 0.26 (from 3.5 to 3.24)." */
export function marginText(m: Margin, rec: Recommendation): string {
  const t = engineTexts().margins;
  const now = model(m.of === "target" ? rec.targetModel : rec.startModel);
  const change = (m.change < 0 ? t.fell : t.rose)(
    lowerLabel(m.dimension),
    figure(Math.abs(m.change))
  );
  const say = m.of === "target" ? t.target : t.start;
  return say(now, model(m.to), change, figure(rec.effective[m.dimension]), figure(m.value));
}

/** Every margin in a sentence, then whether the result is sensitive. */
export function marginsText(rec: Recommendation): string {
  const t = engineTexts().margins;
  const lines = rec.margins.map((m) => marginText(m, rec));
  if (!lines.length) lines.push(t.none);
  const limit = String(THRESHOLDS.sensitiveMarginBelow);
  lines.push(rec.sensitive ? t.sensitive(limit) : t.notSensitive(limit));
  return lines.join("\n");
}

/** "2 December 2026" from YYYY-MM-DD (or the date part of an ISO date-time). */
export function readableDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const d = engineTexts().dates;
  return d.date(String(Number(m[3])), d.months[Number(m[2]) - 1] ?? m[2], m[1]);
}

/** "2 December 2026, 02:45 UTC" from an ISO date-time. */
export function readableTimestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) return readableDate(iso);
  return engineTexts().dates.timestamp(readableDate(m[1]), m[2], m[3]);
}
