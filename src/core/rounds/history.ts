/**
 * Assessment rounds over time (principle 9): a round is a dated set of answers. Closing a round
 * keeps, per round, the date, question-set version, both sides' dimension scores, respondents per
 * side, target and start model, trust gap and power regime; the current result shows the change per
 * dimension since the previous round and since the first (baseline), and whether the trust gap closes.
 */
import { DIMENSION_KEYS, addDays, modelById, round6 } from "../method";
import type {
  DimensionKey,
  DimensionScores,
  ModelId,
  PowerRegime,
  Recommendation,
  Side,
} from "../method/types";
import { roundsTexts } from "../texts/parts/rounds";

/** A round's date, or a round list, that cannot be used: says which date and what is allowed. */
export class RoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RoundError";
  }
}

/** One side's ten dimension scores; null where the side had no answer for a dimension. */
export type SideRecord = Record<DimensionKey, number | null>;

export interface RoundRecord {
  /** ISO date (YYYY-MM-DD) of the round. */
  date: string;
  itemSetVersion: string;
  us: SideRecord;
  /** All null for a one-sided round. */
  them: SideRecord;
  respondents: Record<Side, number>;
  targetModel: ModelId;
  startModel: ModelId;
  trustGap: number;
  powerRegime: PowerRegime;
}

/** An ISO date that exists on the calendar, or null. */
export function validIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    return addDays(value, 0) === value;
  } catch {
    return false;
  }
}

export function sideRecord(scores: DimensionScores | undefined): SideRecord {
  const out = {} as SideRecord;
  for (const k of DIMENSION_KEYS) {
    const v = scores?.[k];
    out[k] = typeof v === "number" ? round6(v) : null;
  }
  return out;
}

/** The record a round leaves in the history. */
export function roundRecord(input: {
  date: string;
  itemSetVersion: string;
  us: DimensionScores;
  them?: DimensionScores;
  respondents: Record<Side, number>;
  recommendation: Recommendation;
}): RoundRecord {
  if (!validIsoDate(input.date)) throw new RoundError(roundsTexts().dates.notDate(input.date));
  const r = input.recommendation;
  return {
    date: input.date,
    itemSetVersion: input.itemSetVersion,
    us: sideRecord(input.us),
    them: sideRecord(input.them),
    respondents: { ...input.respondents },
    targetModel: r.targetModel,
    startModel: r.startModel,
    trustGap: round6(r.trustGap),
    powerRegime: r.powerRegime,
  };
}

/** The history must be in date order (oldest first), each date a real date. */
export function checkHistory(history: readonly RoundRecord[]): void {
  history.forEach((h, i) => {
    if (!validIsoDate(h.date)) throw new RoundError(roundsTexts().dates.historyDate(i + 1, h.date));
    if (i > 0 && h.date < history[i - 1].date)
      throw new RoundError(roundsTexts().dates.outOfOrder(i + 1, h.date, i, history[i - 1].date));
  });
}

/**
 * A new round's date: a real date, not before the last closed round (the same day is allowed:
 * a re-assessment after an incident may follow on the same day).
 */
export function checkRoundDate(history: readonly RoundRecord[], date: string): string {
  if (!validIsoDate(date)) throw new RoundError(roundsTexts().dates.notDate(date));
  const last = history[history.length - 1];
  if (last && date < last.date)
    throw new RoundError(roundsTexts().dates.beforeLast(date, last.date));
  return date;
}

/** Appends a closed round, refusing one dated before the last. */
export function appendRound(history: readonly RoundRecord[], record: RoundRecord): RoundRecord[] {
  checkRoundDate(history, record.date);
  return [...history, record];
}

export interface DimensionChange {
  dimension: DimensionKey;
  side: Side;
  now: number | null;
  /** now − previous round (null when either is missing). */
  sincePrevious: number | null;
  /** now − first round. */
  sinceBaseline: number | null;
}

export type TrustGapTrend = "closing" | "widening" | "unchanged" | "closed" | "no earlier round";

export interface RoundComparison {
  changes: DimensionChange[];
  trustGap: { now: number; previous: number | null; trend: TrustGapTrend };
  rounds: number;
}

const diff = (a: number | null, b: number | null | undefined) =>
  a === null || b === null || b === undefined ? null : round6(a - b);

/**
 * The current round against the history (oldest first): per side and dimension, change since the
 * previous round and since the baseline; and whether the trust gap (positive = shortfall) is closing.
 */
export function compareRounds(
  history: readonly RoundRecord[],
  current: Pick<RoundRecord, "us" | "them" | "trustGap">
): RoundComparison {
  const prev = history[history.length - 1];
  const base = history[0];
  const changes: DimensionChange[] = [];
  for (const side of ["us", "them"] as const) {
    for (const k of DIMENSION_KEYS) {
      const now = current[side][k];
      changes.push({
        dimension: k,
        side,
        now,
        sincePrevious: diff(now, prev?.[side][k]),
        sinceBaseline: diff(now, base?.[side][k]),
      });
    }
  }
  const now = round6(current.trustGap);
  let trend: TrustGapTrend = "no earlier round";
  if (prev) {
    if (now <= 0 && prev.trustGap > 0) trend = "closed";
    else if (now < prev.trustGap) trend = "closing";
    else if (now > prev.trustGap) trend = "widening";
    else trend = "unchanged";
  }
  return {
    changes,
    trustGap: { now, previous: prev ? prev.trustGap : null, trend },
    rounds: history.length,
  };
}

export interface PhaseRoundStatus {
  code: string;
  phase: string;
  toModel: ModelId;
  /**
   * The first round (1 = the first closed round; the open round is the last number) whose start
   * model, the highest model that round's trust supported, reached the phase's model; null: not yet.
   */
  entryMetAtRound: number | null;
}

/**
 * The roadmap's phases against the rounds (METHOD.md P9): a phase that moves to model M can begin
 * once a round's start model is M or higher. `rounds` is the history, oldest first, then the open
 * round; phases that stay at one level (baseline, MVR, review) count from the round they start in.
 */
export function phaseStatus(
  roadmap: readonly { code: string; phase: string; toModel: ModelId }[],
  rounds: readonly { startModel: ModelId }[]
): PhaseRoundStatus[] {
  const level = (m: ModelId) => modelById(m).level;
  return roadmap.map((p) => {
    const at = rounds.findIndex((r) => level(r.startModel) >= level(p.toModel));
    return {
      code: p.code,
      phase: p.phase,
      toModel: p.toModel,
      entryMetAtRound: at < 0 ? null : at + 1,
    };
  });
}
