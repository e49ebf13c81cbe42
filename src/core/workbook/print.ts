/**
 * Print settings for every sheet (issue 14): a print area, repeated header rows, a header and footer
 * with the relationship, the sheet, page x of y and the confidentiality label, an orientation chosen
 * from the sheet's width, and never a scale below 8 pt equivalent: a sheet too wide for that at
 * landscape prints in column groups, one print area each, with its first column repeated beside
 * every group, rather than shrink.
 */
import { cellAddress, columnLetter, parseCell } from "./a1";
import type { AssessmentMeta, SheetPlan } from "./plan";
import { DEFAULT_COLUMN_WIDTH } from "./text-fit";
import { workbookTexts } from "../texts/parts/workbook";

/**
 * Column-width characters across a printable page at 100 %, measured in LibreOffice with its
 * fallback font (19 columns of width 5 fit landscape, 14 portrait; Excel's Calibri fits more).
 */
export const PAGE_CHARS = { portrait: 70, landscape: 95 } as const;
/** 8 pt of an 11 pt body font. */
export const MIN_SCALE = 8 / 11;

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
export function printedWidth(s: Pick<SheetPlan, "columnWidths">, cols: number): number {
  let w = 0;
  for (let c = 1; c <= cols; c++) w += s.columnWidths?.[columnLetter(c)] ?? DEFAULT_COLUMN_WIDTH;
  return w;
}

/** The scale (0-1) a sheet prints at, from its print settings and width. */
export function effectiveScale(s: SheetPlan): number {
  const p = s.print;
  if (!p) return 1;
  if (!p.fitToWidth) return (p.scale ?? 100) / 100;
  const cols = p.printArea ? span(p.printArea).to : usedExtent(s).cols;
  const page = p.landscape ? PAGE_CHARS.landscape : PAGE_CHARS.portrait;
  return Math.min(1, page / printedWidth(s, cols));
}

/** The columns (1-based, inclusive) of an "A1:P30" range. */
function span(range: string): { from: number; to: number; top: number; bottom: number } {
  const [a, b = a] = range.split(":");
  const x = parseCell(a);
  const y = parseCell(b);
  return { from: x.col, to: y.col, top: x.row, bottom: y.row };
}

/**
 * Columns 2..cols in groups that each print, beside the repeated column A, on one page width at
 * `capacity` characters: the sheet splits by column groups, never mid-column.
 */
export function columnGroups(
  s: SheetPlan,
  cols: number,
  capacity: number
): Array<{ from: number; to: number }> {
  const first = printedWidth(s, 1);
  const groups: Array<{ from: number; to: number }> = [];
  let from = 1;
  let width = first;
  for (let c = 2; c <= cols; c++) {
    const w = printedWidth(s, c) - printedWidth(s, c - 1);
    if (width + w > capacity && c > from + (from === 1 ? 1 : 0)) {
      groups.push({ from, to: c - 1 });
      from = c;
      width = first;
    }
    width += w;
  }
  groups.push({ from, to: cols });
  return groups;
}

/**
 * Excel's codes for the sheet's name, the page and the pages, placed by the catalogue's text. They go
 * in as characters no language changes (the pseudo-locale accents letters, "&P" would become "&Þ").
 */
function pageFooter(page: (sheet: string, page: string, pages: string) => string): string {
  const codes = [
    ["\u0001", "&A"],
    ["\u0002", "&P"],
    ["\u0003", "&N"],
  ] as const;
  return codes.reduce(
    (text, [mark, code]) => text.split(mark).join(code),
    page(codes[0][0], codes[1][0], codes[2][0])
  );
}

export function withPrintSettings(
  s: SheetPlan,
  meta: Pick<AssessmentMeta, "title" | "confidentiality">,
  confidentiality: string
): SheetPlan {
  // A plan may set its own print area (Results leaves out the chart's source table).
  const own = s.print?.printArea ? span(s.print.printArea) : null;
  const { cols, rows } = own ? { cols: own.to, rows: own.bottom } : usedExtent(s);
  const width = printedWidth(s, cols);
  const portrait = width <= PAGE_CHARS.portrait;
  const page = portrait ? PAGE_CHARS.portrait : PAGE_CHARS.landscape;
  const fit = page / width;
  const base = s.print ?? { landscape: !portrait, fitToWidth: false };
  const t = workbookTexts().print;
  const title = escapeCodes(meta.title || t.untitled);
  const label = escapeCodes(confidentiality);
  const pageOf = pageFooter(t.page);
  if (base.onePage) {
    return {
      ...s,
      print: {
        ...base,
        landscape: !portrait,
        printArea: `A1:${columnLetter(cols)}${rows}`,
        header: { left: title, right: label },
        footer: { left: `${title} · ${label}`, right: pageOf },
      },
    };
  }
  if (fit < MIN_SCALE) {
    // Too wide even at 8 pt: one print area per column group, column A repeated beside each, the
    // later groups from the header row down (the title rows above it are text that spills from
    // column A, which a repeated column A would cut off).
    const groups = columnGroups(s, cols, page / MIN_SCALE);
    const headerRow = base.printTitleRows
      ? Number(base.printTitleRows.split(":")[0].replace(/\$/g, ""))
      : 1;
    const colA = printedWidth(s, 1);
    const widest = Math.max(
      ...groups.map((g) =>
        g.from === 1
          ? printedWidth(s, g.to)
          : colA + printedWidth(s, g.to) - printedWidth(s, g.from - 1)
      )
    );
    return {
      ...s,
      print: {
        ...base,
        landscape: true,
        fitToWidth: false,
        scale: Math.max(
          Math.ceil(MIN_SCALE * 100),
          Math.min(100, Math.floor((100 * page) / widest))
        ),
        printTitleColumns: "$A:$A",
        printArea: groups
          .map(
            (g, i) =>
              `${columnLetter(g.from)}${i === 0 ? 1 : headerRow}:${columnLetter(g.to)}${rows}`
          )
          .join(","),
        header: { left: title, right: label },
        footer: { left: `${title} · ${label}`, right: pageOf },
      },
    };
  }
  return {
    ...s,
    print: {
      ...base,
      landscape: !portrait,
      // Fit to width only to shrink, and only as far as 8 pt; a sheet that fits prints at 100 %
      // (text spilling past the print area must not make LibreOffice shrink it).
      fitToWidth: fit < 1,
      ...(fit >= 1 && { scale: 100 }),
      printArea: `A1:${columnLetter(cols)}${rows}`,
      header: { left: title, right: label },
      // Two sections, not three: a centre section overlaps a long left one.
      footer: { left: `${title} · ${label}`, right: pageOf },
    },
  };
}
