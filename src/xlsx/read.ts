/** Reads our objects back from an .xlsx workbook: item tables and the cover's fields. */
import type ExcelJS from "exceljs";
import { portTexts } from "../core/texts/parts/port";
import { ExchangeError } from "../core/exchange/errors";
import { quoteText } from "../core/exchange/quote";
import { cellAddress, parseCell } from "../core/workbook/a1";
import {
  COVER_FIELDS,
  coverRecord,
  type CoverKey,
  type CoverRead,
  type CoverRecord,
} from "../core/workbook/cover-fields";
import {
  SHEET_NAMES,
  activeItemHeaders,
  findSheet,
  isItemTable,
  type SheetKey,
} from "../core/workbook/names";
import type { AssessmentMeta, ItemTableValues, ReadProblem } from "../core/workbook/plan";

/** Our sheet `key` in `wb`, named in the active language or any other we ship (undefined: absent). */
export function ourWorksheet(wb: ExcelJS.Workbook, key: SheetKey): ExcelJS.Worksheet | undefined {
  const name = findSheet(
    wb.worksheets.map((ws) => ws.name),
    key
  );
  return name === undefined ? undefined : wb.getWorksheet(name);
}

/** A cell's value as a host would return it: formulas give their result, rich text its text. */
export function plainValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v !== "object") return v;
  if ("formula" in v || "sharedFormula" in v)
    return plainValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("hyperlink" in v) return (v as ExcelJS.CellHyperlinkValue).text;
  if ("error" in v) return (v as ExcelJS.CellErrorValue).error;
  return null;
}

interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  totalsRow?: boolean;
}

/**
 * exceljs turns a number in a date-formatted cell into a Date; Excel's range values give the
 * number itself, and a score pasted with a date format is still that score.
 */
function dateToSerial(v: unknown, date1904: boolean): unknown {
  if (!(v instanceof Date)) return v;
  return v.getTime() / 86400000 + 25569 - (date1904 ? 1462 : 0);
}

function tableModels(ws: ExcelJS.Worksheet): TableModel[] {
  return (ws.getTables() as unknown as Array<{ table?: TableModel } & TableModel>).map(
    (t) => t.table ?? t
  );
}

/**
 * Every table whose name starts with CF_Items (or that `wanted` picks), with its header row and body
 * as raw values.
 */
export function readItemTables(
  wb: ExcelJS.Workbook,
  wanted: (tableName: string) => boolean = isItemTable
): ItemTableValues[] {
  const out: ItemTableValues[] = [];
  const date1904 = wb.properties?.date1904 === true;
  wb.eachSheet((ws) => {
    for (const t of tableModels(ws)) {
      if (!wanted(t.name)) continue;
      const ref = t.tableRef ?? t.ref;
      if (!ref) continue;
      const [a, b = a] = ref.split(":");
      let from: ReturnType<typeof parseCell>, to: ReturnType<typeof parseCell>;
      try {
        from = parseCell(a);
        to = parseCell(b);
      } catch {
        // A table whose range no longer names cells (a broken or hand-edited file): say which.
        throw new ExchangeError([
          {
            sheet: ws.name,
            cell: "A1",
            message: portTexts().problems.tableRange(quoteText(t.name, 60), quoteText(ref, 40)),
          },
        ]);
      }
      const row = (r: number) => {
        const vals: unknown[] = [];
        for (let c = from.col; c <= to.col; c++)
          vals.push(dateToSerial(plainValue(ws.getCell(r, c).value), date1904));
        return vals;
      };
      const rows: unknown[][] = [];
      // The data body only, as Office.js reads it: a total row (Table Design > Total Row) is no item.
      const lastBody = t.totalsRow ? to.row - 1 : to.row;
      for (let r = from.row + 1; r <= lastBody; r++) rows.push(row(r));
      out.push({
        sheet: ws.name,
        tableName: t.name,
        topLeft: cellAddress(from.col, from.row),
        // An item table's headers in the active language, whatever language wrote them (names.ts).
        headers: isItemTable(t.name)
          ? activeItemHeaders(row(from.row))
          : row(from.row).map((h) => (h === null ? "" : String(h))),
        rows,
      });
    }
  });
  return out;
}

function namedCell(
  wb: ExcelJS.Workbook,
  name: string,
  sheet: string,
  fallback: string
): { sheet: string; cell: string } {
  const ranges = wb.definedNames.getRanges(name)?.ranges ?? [];
  const m = ranges.length ? /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0]) : null;
  return m
    ? { sheet: m[1].replace(/''/g, "'"), cell: `${m[2]}${m[3]}` }
    : { sheet, cell: fallback };
}

/** The cover's fields as a record; a bad perspective, date or profit impact is a problem naming its cell. */
export function readCover(wb: ExcelJS.Workbook): CoverRecord {
  const problems: ReadProblem[] = [];
  const read: Partial<Record<CoverKey, CoverRead>> = {};
  // A field without its defined name sits on the cover, in whatever language it was written.
  const cover = ourWorksheet(wb, "cover")?.name ?? SHEET_NAMES.cover;
  for (const f of COVER_FIELDS) {
    // Fields added later are read only where the workbook names them (their cell held other things).
    if (f.namedOnly && !wb.definedNames.getRanges(f.name)?.ranges?.length) continue;
    const where = namedCell(wb, f.name, cover, f.cell);
    const ws = wb.getWorksheet(where.sheet);
    if (!ws) {
      problems.push({
        sheet: where.sheet,
        cell: where.cell,
        message: portTexts().problems.sheetMissing(where.sheet, f.name),
      });
      continue;
    }
    read[f.key] = { ...where, value: plainValue(ws.getCell(where.cell).value) };
  }
  const record = coverRecord(read);
  return { ...record, problems: [...problems, ...record.problems] };
}

/** The cover's fields; a bad perspective or date is a problem naming its cell. */
export function readMeta(wb: ExcelJS.Workbook): { meta: AssessmentMeta; problems: ReadProblem[] } {
  const { meta, problems } = readCover(wb);
  return { meta, problems };
}
