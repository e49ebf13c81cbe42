/**
 * Print settings for every sheet (issue 14): a print area, repeated header rows, a header and footer
 * with the relationship, the sheet, page x of y and the confidentiality label, an orientation chosen
 * from the sheet's width, and never a scale below 8 pt equivalent: a sheet too wide for that at
 * landscape prints at the minimum scale across pages (its first column repeated) rather than shrink.
 */
import { cellAddress, columnLetter, parseCell } from "./a1";
import type { AssessmentMeta, SheetPlan } from "./plan";

/** Characters of 11 pt text across a printable page at 100 % (measured in LibreOffice, with a margin). */
export const PAGE_CHARS = { portrait: 72, landscape: 108 } as const;
/** 8 pt of an 11 pt body font. */
export const MIN_SCALE = 8 / 11;
const DEFAULT_WIDTH = 8.43;

function escapeCodes(text: string): string {
  return text.replace(/&/g, "&&");
}

/** The used block of a plan: the last column and row any cell or table reaches. */
export function usedExtent(s: SheetPlan): { cols: number; rows: number } {
  let cols = 1;
  let rows = 1;
  const reach = (a: string) => {
    const c = parseCell(a);
    cols = Math.max(cols, c.col);
    rows = Math.max(rows, c.row);
  };
  for (const c of s.cells) {
    // Long text in a cell that does not wrap spills right: it is not a column of its own.
    reach(c.address);
  }
  for (const t of s.tables ?? []) {
    const tl = parseCell(t.topLeft);
    reach(cellAddress(tl.col + t.headers.length - 1, tl.row + Math.max(1, t.rows.length)));
  }
  for (const r of s.rangeStyles ?? []) reach(r.range.split(":").pop()!);
  return { cols, rows };
}

/** Sum of column widths (characters) of columns 1..cols. */
export function printedWidth(s: SheetPlan, cols: number): number {
  let w = 0;
  for (let c = 1; c <= cols; c++) w += s.columnWidths?.[columnLetter(c)] ?? DEFAULT_WIDTH;
  return w;
}

/** The scale (0-1) a sheet prints at, from its print settings and width. */
export function effectiveScale(s: SheetPlan): number {
  const p = s.print;
  if (!p) return 1;
  if (!p.fitToWidth) return (p.scale ?? 100) / 100;
  const { cols } = usedExtent(s);
  const page = p.landscape ? PAGE_CHARS.landscape : PAGE_CHARS.portrait;
  return Math.min(1, page / printedWidth(s, cols));
}

export function withPrintSettings(
  s: SheetPlan,
  meta: Pick<AssessmentMeta, "title" | "confidentiality">,
  confidentiality: string
): SheetPlan {
  const { cols, rows } = usedExtent(s);
  const width = printedWidth(s, cols);
  const portrait = width <= PAGE_CHARS.portrait;
  const page = portrait ? PAGE_CHARS.portrait : PAGE_CHARS.landscape;
  const fit = page / width;
  const base = s.print ?? { landscape: !portrait, fitToWidth: false };
  const title = escapeCodes(meta.title || "Collaboration assessment");
  const label = escapeCodes(confidentiality);
  if (base.onePage) {
    return {
      ...s,
      print: {
        ...base,
        printArea: `A1:${columnLetter(cols)}${rows}`,
        header: {
          left: escapeCodes(meta.title || "Collaboration assessment"),
          right: escapeCodes(confidentiality),
        },
        footer: {
          left: `${escapeCodes(meta.title || "Collaboration assessment")} · ${escapeCodes(confidentiality)}`,
          right: "&A · Page &P of &N",
        },
      },
    };
  }
  return {
    ...s,
    print: {
      ...base,
      landscape: !portrait,
      // Fit to width only to shrink, and only as far as 8 pt; a sheet that fits prints at 100 %
      // (text spilling past the print area must not make LibreOffice shrink it); a wider one
      // prints at the minimum scale, split by column with column A repeated.
      fitToWidth: fit >= MIN_SCALE && fit < 1,
      ...(fit >= 1 && { scale: 100 }),
      ...(fit < MIN_SCALE && {
        scale: Math.ceil(MIN_SCALE * 100),
        printTitleColumns: "$A:$A",
      }),
      printArea: `A1:${columnLetter(cols)}${rows}`,
      header: { left: title, right: label },
      // Two sections, not three: a centre section overlaps a long left one.
      footer: { left: `${title} · ${label}`, right: "&A · Page &P of &N" },
    },
  };
}
