/** Reads our objects back from an .xlsx workbook: item tables and the cover's fields. */
import type ExcelJS from "exceljs";
import { ExchangeError } from "../core/exchange/errors";
import { quoteText } from "../core/exchange/quote";
import { DEFAULT_PERSPECTIVE, PERSPECTIVES } from "../core/method/types";
import { isIsoDate } from "../core/input";
import { PROFIT_IMPACT_ALLOWED } from "../core/method/segment";
import { cellAddress, parseCell, serialToIso } from "../core/workbook/a1";
import { LAYOUT } from "../core/workbook/layout";
import { DEFINED_NAMES, SHEET_NAMES, isItemTable } from "../core/workbook/names";
import type { AssessmentMeta, ItemTableValues, ReadProblem } from "../core/workbook/plan";
import { coverPerspective, coverProfitImpact, coverText } from "../core/workbook/readback";

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
            message: `table ${quoteText(t.name, 60)} has the range ${quoteText(ref, 40)}, which is not a cell range; allowed: a range such as A5:N13 (repair or re-create the table)`,
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
        headers: row(from.row).map((h) => (h === null ? "" : String(h))),
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

function isoDate(v: unknown): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "number" && Number.isFinite(v)) return serialToIso(v);
  if (typeof v === "string" && isIsoDate(v.trim())) return v.trim();
  return null;
}

/** The cover's fields; a bad perspective or date is a problem naming its cell. */
export function readMeta(wb: ExcelJS.Workbook): { meta: AssessmentMeta; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const cover = SHEET_NAMES.cover;
  const c = LAYOUT.cover;
  const get = (name: string, fallback: string) => {
    const where = namedCell(wb, name, cover, fallback);
    const ws = wb.getWorksheet(where.sheet);
    if (!ws) {
      problems.push({
        sheet: where.sheet,
        cell: where.cell,
        message: `sheet '${where.sheet}' is missing; it holds ${name}`,
      });
      return { where, value: null as unknown };
    }
    return { where, value: plainValue(ws.getCell(where.cell).value) };
  };
  const text = (name: string, fallback: string) => coverText(get(name, fallback).value);
  const p = get(DEFINED_NAMES.perspective, c.perspective);
  const perspective = coverPerspective(p.value);
  if (!perspective) {
    problems.push({
      sheet: p.where.sheet,
      cell: p.where.cell,
      value: p.value,
      message: `perspective "${String(p.value ?? "")}" is not allowed; allowed: ${PERSPECTIVES.join(", ")}`,
    });
  }
  const d = get(DEFINED_NAMES.date, c.date);
  const date = isoDate(d.value);
  if (d.value !== null && d.value !== "" && !date) {
    problems.push({
      sheet: d.where.sheet,
      cell: d.where.cell,
      value: d.value,
      message: `assessment date ${JSON.stringify(d.value)} is not a date; allowed: a date such as 2026-03-31`,
    });
  }
  // Optional (issue 15): an older workbook has no such name, and its fallback cell is empty.
  const pi = get(DEFINED_NAMES.profitImpact, c.profitImpact);
  const profitImpact = coverProfitImpact(pi.value);
  if (profitImpact === undefined) {
    problems.push({
      sheet: pi.where.sheet,
      cell: pi.where.cell,
      value: pi.value,
      message: `profit impact ${JSON.stringify(pi.value)} is not allowed; allowed: ${PROFIT_IMPACT_ALLOWED}`,
    });
  }
  const meta: AssessmentMeta = {
    title: text(DEFINED_NAMES.title, c.title),
    us: text(DEFINED_NAMES.ourOrg, c.us),
    them: text(DEFINED_NAMES.otherParty, c.them),
    perspective: perspective ?? DEFAULT_PERSPECTIVE,
    date: date ?? "",
    assessors: text(DEFINED_NAMES.assessors, c.assessors),
    // Absent when blank: a workbook without the input reads exactly as before it existed.
    ...(typeof profitImpact === "number" ? { profitImpact } : {}),
  };
  // Issue 14: only where the workbook has them (older workbooks do not).
  for (const [key, name] of [
    ["contacts", DEFINED_NAMES.contacts],
    ["confidentiality", DEFINED_NAMES.confidentiality],
  ] as const) {
    if (wb.definedNames.getRanges(name)?.ranges?.length) {
      const v = text(name, "A1");
      if (v) meta[key] = v;
    }
  }
  return { meta, problems };
}
