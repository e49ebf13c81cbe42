/**
 * The score-text scanner behind score.ts and the COLLAB.* range reader: one pass over the characters,
 * no regex and no copy, because COLLAB.MODEL reads every cell of ranges that may hold 10,000 rows.
 */
import { THRESHOLDS } from "../method/method";

/** What a piece of text holds, as far as scores go. */
export const SCORE_TEXT = {
  blank: 0,
  /** "N/A" in any case. */
  notApplicable: 1,
  /** "NA" in any case: N/A only where the rules allow it (FUNCTION_CELL). */
  notApplicableNoSlash: 2,
  /** A number written as text: "4.5", "+3", ".5", "3." (any value; the scale is checked apart). */
  number: 3,
  other: 4,
} as const;
export type ScoreTextKind = (typeof SCORE_TEXT)[keyof typeof SCORE_TEXT];

function isSpace(code: number): boolean {
  // The characters String.prototype.trim removes (ASCII and Unicode white space, BOM).
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Powers of ten that are exact doubles (10^0 .. 10^22). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

// The value of the number found by the last scan (module-private: a scan allocates no result object).
let scannedValue = NaN;

/**
 * Classifies `text` (surrounding white space ignored); for a number, leaves its value in
 * scannedValue: up to 15 digits it is digits / 10^decimals, one correctly rounded division of two
 * exact doubles, so it equals Number(text); longer numbers go through Number().
 */
function scan(text: string): ScoreTextKind {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  const length = end - start;
  if (length === 0) return SCORE_TEXT.blank;
  if (
    (text.charCodeAt(start) | 0x20) === 110 && // n
    (text.charCodeAt(end - 1) | 0x20) === 97 // a
  ) {
    if (length === 2) return SCORE_TEXT.notApplicableNoSlash;
    if (length === 3 && text.charCodeAt(start + 1) === 47) return SCORE_TEXT.notApplicable;
  }
  let i = start;
  const sign = text.charCodeAt(i);
  if (sign === 43 || sign === 45) i++;
  let digits = 0;
  let before = 0;
  let after = 0;
  let dot = false;
  let code = text.charCodeAt(i);
  while (i < end && isDigit(code)) {
    digits = digits * 10 + (code - 48);
    before++;
    code = text.charCodeAt(++i);
  }
  if (i < end && code === 46) {
    dot = true;
    code = text.charCodeAt(++i);
    while (i < end && isDigit(code)) {
      digits = digits * 10 + (code - 48);
      after++;
      code = text.charCodeAt(++i);
    }
  }
  if (i !== end || !(before > 0 || (dot && after > 0))) return SCORE_TEXT.other;
  const magnitude =
    before + after <= 15 ? digits / POW10[after] : Math.abs(Number(text.slice(start, end)));
  scannedValue = sign === 45 ? -magnitude : magnitude;
  return SCORE_TEXT.number;
}

/** What `text` holds, as far as scores go. */
export function scoreTextKind(text: string): ScoreTextKind {
  return scan(text);
}

/**
 * The number written in `text` (any value: the caller checks the scale), null for blank or N/A
 * ("NA" too where `naWithoutSlash`), undefined for anything else.
 */
export function scoreTextNumber(text: string, naWithoutSlash: boolean): number | null | undefined {
  switch (scan(text)) {
    case SCORE_TEXT.number:
      return scannedValue;
    case SCORE_TEXT.blank:
    case SCORE_TEXT.notApplicable:
      return null;
    case SCORE_TEXT.notApplicableNoSlash:
      return naWithoutSlash ? null : undefined;
    default:
      return undefined;
  }
}

/** A value within the method's scale, or undefined. */
export function inScoreScale(value: number): number | undefined {
  return Number.isFinite(value) && value >= THRESHOLDS.scaleMin && value <= THRESHOLDS.scaleMax
    ? value
    : undefined;
}
