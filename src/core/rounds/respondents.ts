/**
 * Several respondents per side (METHOD.md, "Several respondents and rounds"). Per item and side:
 * n, mean, min, max and spread over the respondents who answered (N/A left out); the side's item
 * score is the mean, and dimensions are then scored as for one respondent. Pure: no Office, no Node.
 */
import { ITEMS, round6, scoreItems } from "../method";
import type {
  AssessmentItem,
  DimensionKey,
  DimensionScores,
  ItemAnswers,
  Side,
} from "../method/types";
import { yesNoOf } from "../workbook/names";
import { roundsTexts } from "../texts/parts/rounds";
import { dimensionLabel } from "../texts/method-words";

/** Spread (max − min) on one item inside one side from which the team disagrees. */
export const DISAGREEMENT_SPREAD = 2;

export const SIDES: readonly Side[] = ["us", "them"];

export interface Respondent {
  /** Identifies the respondent within a side (compared trimmed, case-insensitively). */
  name: string;
  side: Side;
  role?: string;
  organisation?: string;
  /** item id -> 1-5, or null for N/A / not answered. */
  answers: ItemAnswers;
}

/** A respondent list that cannot be used as it is: names the respondent and what is allowed. */
export class RespondentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RespondentError";
  }
}

const key = (name: string) => name.trim().toLocaleLowerCase();

export function sameRespondent(a: Pick<Respondent, "name" | "side">, b: typeof a): boolean {
  return a.side === b.side && key(a.name) === key(b.name);
}

/** Every respondent has a name, a side, and answers 1-5; no name twice in one side. */
export function checkRespondents(list: readonly Respondent[]): void {
  const seen = new Set<string>();
  for (const r of list) {
    if (!SIDES.includes(r.side))
      throw new RespondentError(roundsTexts().respondents.side(r.name, String(r.side)));
    if (typeof r.name !== "string" || r.name.trim() === "")
      throw new RespondentError(roundsTexts().respondents.noName);
    const k = `${r.side}:${key(r.name)}`;
    if (seen.has(k))
      throw new RespondentError(roundsTexts().respondents.twice(r.name.trim(), r.side === "us"));
    seen.add(k);
    for (const [id, v] of Object.entries(r.answers)) {
      if (v === null || v === undefined) continue;
      if (!Number.isInteger(v) || v < 1 || v > 5)
        throw new RespondentError(roundsTexts().respondents.score(r.name.trim(), id, String(v)));
    }
  }
}

/** Adds a respondent, or replaces the answers of the same name on the same side (a re-import). */
export function upsertRespondent(list: readonly Respondent[], r: Respondent): Respondent[] {
  const at = list.findIndex((x) => sameRespondent(x, r));
  if (at < 0) return [...list, r];
  return list.map((x, i) => (i === at ? r : x));
}

/** The list without the named respondent (on either side unless `side` is given). */
export function removeRespondent(
  list: readonly Respondent[],
  name: string,
  side?: Side
): Respondent[] {
  const out = list.filter((r) => !(key(r.name) === key(name) && (!side || r.side === side)));
  if (out.length === list.length)
    throw new RespondentError(
      roundsTexts().respondents.notFound(
        name.trim(),
        side ?? "",
        list.map((r) => r.name).join(", ") || roundsTexts().respondents.noneRecorded
      )
    );
  return out;
}

/** Respondents of one side in a stable order (by name), so the import order never matters. */
export function sideRespondents(list: readonly Respondent[], side: Side): Respondent[] {
  return list
    .filter((r) => r.side === side)
    .sort((a, b) => (key(a.name) < key(b.name) ? -1 : key(a.name) > key(b.name) ? 1 : 0));
}

export interface ItemStats {
  itemId: string;
  dimension: DimensionKey;
  side: Side;
  /** Respondents who scored the item (N/A and blanks left out). */
  n: number;
  /** Null when n = 0. */
  mean: number | null;
  min: number | null;
  max: number | null;
  spread: number | null;
}

/** n, mean, min, max, spread per item for one side (items in question-set order). */
export function itemStats(
  list: readonly Respondent[],
  side: Side,
  items: readonly AssessmentItem[] = ITEMS
): ItemStats[] {
  const people = list.filter((r) => r.side === side);
  return items.map((it) => {
    const scores = people
      .map((r) => r.answers[it.id])
      .filter((v): v is number => typeof v === "number");
    const n = scores.length;
    if (n === 0)
      return {
        itemId: it.id,
        dimension: it.dimension,
        side,
        n,
        mean: null,
        min: null,
        max: null,
        spread: null,
      };
    const min = Math.min(...scores);
    const max = Math.max(...scores);
    const mean = round6(scores.reduce((a, b) => a + b, 0) / n);
    return { itemId: it.id, dimension: it.dimension, side, n, mean, min, max, spread: max - min };
  });
}

/** The side's item scores: the mean over its respondents (null where nobody answered). */
export function sideAnswers(
  list: readonly Respondent[],
  side: Side,
  items: readonly AssessmentItem[] = ITEMS
): ItemAnswers {
  const out: ItemAnswers = {};
  for (const s of itemStats(list, side, items)) out[s.itemId] = s.mean;
  return out;
}

/** Dimension scores of one side from its respondents (weights as in `items`). */
export function sideScores(
  list: readonly Respondent[],
  side: Side,
  items: readonly AssessmentItem[] = ITEMS
): { scores: DimensionScores; missing: DimensionKey[] } {
  return scoreItems(sideAnswers(list, side, items), items);
}

export type RespondentStatus = "answered" | "partial" | "not answered";

/** Answered: every item scored or N/A on purpose is not knowable from a file, so: all items scored. */
export function respondentStatus(
  r: Respondent,
  items: readonly AssessmentItem[] = ITEMS
): { status: RespondentStatus; answered: number; of: number } {
  const answered = items.filter((it) => typeof r.answers[it.id] === "number").length;
  const status: RespondentStatus =
    answered === 0 ? "not answered" : answered === items.length ? "answered" : "partial";
  return { status, answered, of: items.length };
}

export interface Disagreement {
  side: Side;
  itemId: string;
  dimension: DimensionKey;
  n: number;
  min: number;
  max: number;
  spread: number;
  /** Who gave the lowest and the highest score: only when the side is not anonymous. */
  lowest?: string[];
  highest?: string[];
}

export interface DisagreementOptions {
  items?: readonly AssessmentItem[];
  /** Sides whose respondents are not named. Default: the other side only (they may have been promised it). */
  anonymous?: readonly Side[];
  threshold?: number;
}

/**
 * Items on which one side's respondents disagree (spread ≥ 2): workshop topics for that side,
 * biggest spread first, then question-set order.
 */
export function disagreements(
  list: readonly Respondent[],
  opts: DisagreementOptions = {}
): Disagreement[] {
  const items = opts.items ?? ITEMS;
  const anonymous = opts.anonymous ?? ["them"];
  const threshold = opts.threshold ?? DISAGREEMENT_SPREAD;
  const out: Array<Disagreement & { order: number }> = [];
  for (const side of SIDES) {
    const people = sideRespondents(list, side);
    itemStats(list, side, items).forEach((s, order) => {
      if (s.spread === null || s.spread < threshold) return;
      const d: Disagreement & { order: number } = {
        side,
        itemId: s.itemId,
        dimension: s.dimension,
        n: s.n,
        min: s.min!,
        max: s.max!,
        spread: s.spread,
        order,
      };
      if (!anonymous.includes(side)) {
        d.lowest = people.filter((p) => p.answers[s.itemId] === s.min).map((p) => p.name);
        d.highest = people.filter((p) => p.answers[s.itemId] === s.max).map((p) => p.name);
      }
      out.push(d);
    });
  }
  return out
    .sort((a, b) => b.spread - a.spread || a.order - b.order || (a.side < b.side ? -1 : 1))
    .map((d) => {
      const { order, ...rest } = d;
      void order;
      return rest;
    });
}

/** One line per disagreement, for the CLI and the pane (never names people of an anonymous side). */
export function disagreementTopic(d: Disagreement): string {
  const t = roundsTexts().topics;
  const topic = t.disagreement(
    d.itemId,
    dimensionLabel(d.dimension),
    d.side === "us",
    d.n,
    d.min,
    d.max
  );
  return d.lowest && d.highest ? t.who(topic, d.lowest.join(", "), d.highest.join(", ")) : topic;
}

/**
 * How direct typing meets the respondents table: typed answers in Our score / Their score are one
 * respondent. A side with recorded respondents takes its answers from them; a side without any
 * takes the typed column. `typed` becomes a respondent (so nothing typed is lost) when a side
 * switches to respondents.
 */
export function typedAsRespondent(typed: ItemAnswers, side: Side, name: string): Respondent | null {
  const answers: ItemAnswers = {};
  let any = false;
  for (const [id, v] of Object.entries(typed)) {
    if (typeof v === "number") any = true;
    answers[id] = v ?? null;
  }
  return any ? { name, side, answers } : null;
}

/**
 * Whether a side takes its answers from respondents: at least one scored answer recorded (the same
 * test as the sheet's "answers recorded" cell, so formulas and read-back agree).
 */
export function hasRecordedAnswers(list: readonly Respondent[], side: Side): boolean {
  return list.some(
    (r) => r.side === side && Object.values(r.answers).some((v) => typeof v === "number")
  );
}

/** The answers a side's scores are computed from: its respondents' means, or the typed column. */
export function effectiveSideAnswers(
  list: readonly Respondent[],
  typed: ItemAnswers,
  side: Side,
  items: readonly AssessmentItem[] = ITEMS
): { answers: ItemAnswers; source: "respondents" | "typed" } {
  return hasRecordedAnswers(list, side)
    ? { answers: sideAnswers(list, side, items), source: "respondents" }
    : { answers: typed, source: "typed" };
}

/**
 * The sides whose respondents are not named, from the cover's two cells (issue 13). "No" or FALSE
 * names them; "Yes" or TRUE does not; a blank cell (or an older workbook without the cells) takes
 * the default. Any other text protects the respondents: anonymity is the safe reading of a typo.
 */
export function anonymousSides(
  cells: Partial<Record<Side, unknown>>,
  defaults: Record<Side, boolean> = { us: false, them: true }
): Side[] {
  return SIDES.filter((side) => {
    const v = cells[side];
    if (v === false) return false;
    if (v === true) return true;
    const t = typeof v === "string" ? v.trim() : v == null ? "" : String(v);
    if (t === "") return defaults[side];
    // "No" in any language we ship turns anonymity off; anything else keeps it on.
    return yesNoOf(t) !== false;
  });
}
