/**
 * How much room text takes in a cell, estimated from its length and the column widths: a file has
 * no layout engine, and Excel's row autofit ignores merged cells, so the plan and the .xlsx writer
 * size rows from these figures. Pure: no Office, no exceljs.
 */

/** Height of one line of 11 pt text, in points (Excel's default row height). */
export const LINE_HEIGHT_PT = 15;
/** Excel's width of a column with no width set, in characters. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/**
 * A column of width w holds about w digits; running text is narrower than digits on average
 * (measured: 57 characters of a question fit in a 48-wide column), so a line holds ~1.15 w characters (with a margin).
 */
const CHARS_PER_WIDTH = 1.15;

/**
 * Lines that `text` takes when wrapped in a column `width` characters wide: words are placed
 * greedily, a word longer than a line is cut, and line breaks in the text are kept.
 */
export function wrappedLineCount(
  text: string,
  width: number,
  font: { size?: number; bold?: boolean } = {}
): number {
  const scale = (font.size ?? 11) / 11 / (font.bold ? 0.9 : 1);
  const perLine = Math.max(1, Math.floor((width * CHARS_PER_WIDTH) / scale));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    let paragraphLines = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) {
        used = need;
        continue;
      }
      if (used > 0) paragraphLines++;
      // A word longer than a line fills whole lines and leaves its tail on the last one.
      paragraphLines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
    lines += paragraphLines;
  }
  return Math.max(1, lines);
}

/** Row height in points that shows `lines` lines of text of `fontSize` pt. */
export function rowHeightForLines(lines: number, fontSize = 11): number {
  return lines * LINE_HEIGHT_PT * Math.max(1, fontSize / 11);
}
