/** The one ISO calendar-date check: every date a person types or a file holds passes through here. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in `month` (1-12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * [year, month, day] of a real calendar date written YYYY-MM-DD, or null. Stricter than Date.parse,
 * which rolls 2026-02-30 over to 2026-03-02; surrounding spaces are not trimmed here (callers decide).
 */
export function parseIsoDate(text: string): [number, number, number] | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return [y, mo, d];
}

/** Whether `text` is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(text: unknown): text is string {
  return typeof text === "string" && parseIsoDate(text) !== null;
}

/** How the allowed form is named in every message. */
export const ISO_DATE_HINT = "YYYY-MM-DD, e.g. 2026-01-15";
