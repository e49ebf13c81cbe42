/**
 * The one score parser. A score is a number on the method's scale, typed as a number or as text
 * (3 and "3" are the same: a drop-down may hand back either); N/A and blank mean "not answered".
 * Two sets of rules, because the cells differ, not the parser:
 * - ANSWER_CELL: a person's answer in an item table. Whole numbers only; "N/A" in any case, because
 *   that is what the sheet's drop-down offers and what its own formulas leave out; 0 is a wrong answer.
 * - FUNCTION_CELL: a cell reaching a COLLAB.* function. Dimension scores are means (2.5 is fine),
 *   "NA" counts as N/A too, and an empty cell reached through a formula (=Scores!B4) arrives as 0, so
 *   the number 0 is blank, never a score of 0 (README, "Cells").
 */
import { THRESHOLDS } from "../method/method";
import type { ItemScore } from "../method/types";
import { SCORE_TEXT, scoreTextKind, scoreTextNumber } from "./score-text";

export interface ScoreRules {
  wholeNumber: boolean;
  /** The number 0 means an empty cell seen through a formula. */
  zeroIsBlank: boolean;
  /** "NA" (no slash) counts as N/A as well as "N/A". */
  naWithoutSlash: boolean;
}

export const ANSWER_CELL: ScoreRules = {
  wholeNumber: true,
  zeroIsBlank: false,
  naWithoutSlash: false,
};
export const FUNCTION_CELL: ScoreRules = {
  wholeNumber: false,
  zeroIsBlank: true,
  naWithoutSlash: true,
};

/**
 * Why a value is not a score, as data (core/input words nothing): the caller words it where it is
 * shown (core/workbook/readback.ts `scoreProblemText`).
 */
export type ScoreProblem =
  /** Text that is neither a number, N/A nor blank. */
  | { rule: "text"; value: string }
  /** A value of another kind (a boolean, an object). */
  | { rule: "notScore"; value: unknown }
  /** A number that is not finite. */
  | { rule: "notNumber" }
  | { rule: "notWhole"; value: number }
  | { rule: "outsideScale"; value: number; min: number; max: number };

export type ParsedScore = { ok: true; score: ItemScore } | { ok: false; problem: ScoreProblem };

/** Whether `raw` is N/A text under `rules` (any case, surrounding spaces ignored). */
export function isNotApplicable(raw: unknown, rules: ScoreRules = ANSWER_CELL): boolean {
  if (typeof raw !== "string") return false;
  const kind = scoreTextKind(raw);
  return (
    kind === SCORE_TEXT.notApplicable ||
    (rules.naWithoutSlash && kind === SCORE_TEXT.notApplicableNoSlash)
  );
}

/** Whether `raw` is an empty cell under `rules`. */
export function isBlankScore(raw: unknown, rules: ScoreRules = ANSWER_CELL): boolean {
  return (
    raw === null ||
    raw === undefined ||
    (rules.zeroIsBlank && raw === 0) ||
    (typeof raw === "string" && scoreTextKind(raw) === SCORE_TEXT.blank)
  );
}

/** Whether `raw` is a number or number text (any value: the scale is checked by parseScore). */
export function isNumberText(raw: string): boolean {
  return scoreTextKind(raw) === SCORE_TEXT.number;
}

/** One score cell: a score, null for blank or N/A, or why it is not a score (a ScoreProblem). */
export function parseScore(raw: unknown, rules: ScoreRules = ANSWER_CELL): ParsedScore {
  if (isBlankScore(raw, rules) || isNotApplicable(raw, rules)) return { ok: true, score: null };
  if (typeof raw === "string") {
    const value = scoreTextNumber(raw, rules.naWithoutSlash);
    if (value === undefined) return { ok: false, problem: { rule: "text", value: raw } };
    if (value === null) return { ok: true, score: null };
    return parseScore(value, { ...rules, zeroIsBlank: false });
  }
  if (typeof raw !== "number") return { ok: false, problem: { rule: "notScore", value: raw } };
  if (!Number.isFinite(raw)) return { ok: false, problem: { rule: "notNumber" } };
  if (rules.wholeNumber && !Number.isInteger(raw)) {
    return { ok: false, problem: { rule: "notWhole", value: raw } };
  }
  if (raw < THRESHOLDS.scaleMin || raw > THRESHOLDS.scaleMax) {
    const { scaleMin: min, scaleMax: max } = THRESHOLDS;
    return { ok: false, problem: { rule: "outsideScale", value: raw, min, max } };
  }
  return { ok: true, score: raw };
}
