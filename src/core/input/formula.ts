/**
 * The one formula-like test. Excel (and LibreOffice, Google Sheets) take a typed or written string that
 * starts with = + - or @ as a formula (or a signed number); OWASP's CSV-injection guidance adds a leading
 * tab or carriage return. We also treat leading whitespace before those, and the full-width forms
 * (U+FF1D ＝, U+FF0B ＋, U+FF0D －, U+FF20 ＠) that East Asian input methods produce, as formula-like:
 * being too careful only costs a Text number format or a note instead of a score.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Whether a spreadsheet could take `v` for a formula (or a DDE/injection payload) if written as is. */
export function isFormulaLike(v: unknown): boolean {
  return typeof v === "string" && FORMULA_START.test(v);
}
