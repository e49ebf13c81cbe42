/**
 * Reads respondents (CF_Responses) and closed rounds (CF_History) back from an .xlsx workbook.
 * Every value that cannot be used is a problem naming its sheet and cell, never a guess.
 */
import type ExcelJS from "exceljs";
import type { Side } from "../core/method/types";
import { parseCell } from "../core/workbook/a1";
import { ANONYMITY_DEFAULT, ANONYMITY_NAMES, ROUND_TABLES } from "../core/workbook/round-names";
import { anonymousSides } from "../core/rounds/respondents";
import { parseHistory, parseResponses, type TableCells } from "../core/rounds/read-tables";
import { plainValue } from "./read";

interface FoundTable {
  ws: ExcelJS.Worksheet;
  headers: string[];
  /** Sheet row of the header; body rows follow. */
  headerRow: number;
  firstCol: number;
  lastRow: number;
}

function findTable(wb: ExcelJS.Workbook, name: string): FoundTable | null {
  let found: FoundTable | null = null;
  wb.eachSheet((ws) => {
    for (const t of ws.getTables() as unknown as Array<{
      table?: { name: string; tableRef?: string; ref?: string; totalsRow?: boolean };
    }>) {
      const m = t.table;
      const ref = m?.tableRef ?? m?.ref;
      if (!m || m.name !== name || !ref) continue;
      const [a, b = a] = ref.split(":");
      const from = parseCell(a);
      const to = parseCell(b);
      const headers: string[] = [];
      for (let c = from.col; c <= to.col; c++)
        headers.push(String(plainValue(ws.getCell(from.row, c).value) ?? ""));
      found = {
        ws,
        headers,
        headerRow: from.row,
        firstCol: from.col,
        lastRow: m.totalsRow ? to.row - 1 : to.row,
      };
    }
  });
  return found;
}

/**
 * The cover's anonymity setting (CF_AnonymousUs / CF_AnonymousThem); a workbook without the cells
 * (made before them) has the default: their side anonymous, ours named.
 */
export function readAnonymity(wb: ExcelJS.Workbook): Side[] {
  const cells: Partial<Record<Side, unknown>> = {};
  for (const side of Object.keys(ANONYMITY_NAMES) as Side[]) {
    const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(
      wb.definedNames.getRanges(ANONYMITY_NAMES[side])?.ranges?.[0] ?? ""
    );
    const ws = m ? wb.getWorksheet(m[1].replace(/''/g, "'")) : undefined;
    if (m && ws) cells[side] = plainValue(ws.getCell(`${m[2]}${m[3]}`).value);
  }
  return anonymousSides(cells, ANONYMITY_DEFAULT);
}

/** One table's plain cell values, for the core parsers. */
function tableCells(wb: ExcelJS.Workbook, name: string): TableCells | null {
  const t = findTable(wb, name);
  if (!t) return null;
  const rows: unknown[][] = [];
  for (let r = t.headerRow + 1; r <= t.lastRow; r++)
    rows.push(t.headers.map((_, i) => plainValue(t.ws.getCell(r, t.firstCol + i).value)));
  return {
    sheet: t.ws.name,
    headers: t.headers,
    headerRow: t.headerRow,
    firstCol: t.firstCol,
    rows,
  };
}

/** Respondents with their answers, from CF_Responses; [] when absent. */
export function readRespondents(wb: ExcelJS.Workbook): ReturnType<typeof parseResponses> {
  return parseResponses(tableCells(wb, ROUND_TABLES.responses));
}

/** Closed rounds from CF_History, oldest first as stored; [] when the workbook has none. */
export function readHistory(wb: ExcelJS.Workbook): ReturnType<typeof parseHistory> {
  return parseHistory(tableCells(wb, ROUND_TABLES.history));
}

export { applyRespondents } from "../core/rounds/read-tables";
