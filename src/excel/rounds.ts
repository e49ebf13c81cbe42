/**
 * Respondents and rounds read from the open workbook (issue 13): CF_Responses, CF_History, the
 * cover's anonymity and date cells and the item tables, all queued before ONE context.sync. What
 * the values mean is decided in core (rounds/read-tables, rounds/overview), as for .xlsx files.
 */
import { ITEMS } from "../core/method";
import type { Side } from "../core/method/types";
import { parseCell, serialToIso } from "../core/workbook/a1";
import { DEFINED_NAMES } from "../core/workbook/names";
import { readAssessment } from "../core/workbook/readback";
import { ANONYMITY_NAMES, ROUND_TABLES } from "../core/workbook/round-names";
import { ANONYMITY_DEFAULT } from "../core/workbook/round-names";
import { anonymousSides } from "../core/rounds/respondents";
import { parseHistory, parseResponses, type TableCells } from "../core/rounds/read-tables";
import { roundsOverview, type RoundsOverview } from "../core/rounds/overview";
import { loadItemTables } from "./read";

interface QueuedTable {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  header: Excel.Range;
  body: Excel.Range;
}

export function queueTable(context: Excel.RequestContext, name: string): QueuedTable {
  // A missing table is a null object: its ranges are null objects too, checked after the sync.
  const table = context.workbook.tables.getItemOrNullObject(name);
  // isNullObject is known only for a loaded object.
  table.load("name");
  return {
    table,
    sheet: table.worksheet.load("name"),
    header: table.getHeaderRowRange().load("values, address"),
    body: table.getDataBodyRange().load("values"),
  };
}

export function cellsOf(q: QueuedTable): TableCells | null {
  if (q.table.isNullObject) return null;
  const address = q.header.address.slice(q.header.address.lastIndexOf("!") + 1);
  const top = parseCell(address.split(":")[0].replace(/\$/g, ""));
  return {
    sheet: q.sheet.name,
    headers: (q.header.values[0] ?? []).map((h) => String(h ?? "")),
    headerRow: top.row,
    firstCol: top.col,
    rows: q.body.values,
  };
}

function queueName(context: Excel.RequestContext, name: string): Excel.Range {
  return context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject().load("values");
}

const first = (r: Excel.Range): unknown => (r.isNullObject ? null : r.values?.[0]?.[0]);

/** Queues the cover's two anonymity cells; read them with `anonymityOf` after the next sync. */
export function queueAnonymity(context: Excel.RequestContext): Record<Side, Excel.Range> {
  return {
    us: queueName(context, ANONYMITY_NAMES.us),
    them: queueName(context, ANONYMITY_NAMES.them),
  };
}

/** The sides whose respondents are not named (a workbook without the cells: the default). */
export function anonymityOf(q: Record<Side, Excel.Range>): Side[] {
  const cells: Partial<Record<Side, unknown>> = {};
  for (const s of ["us", "them"] as Side[]) if (!q[s].isNullObject) cells[s] = first(q[s]);
  return anonymousSides(cells, ANONYMITY_DEFAULT);
}

/** Respondents, anonymity, history and the open round's scores, in one round trip. */
export async function readRoundsInExcel(context: Excel.RequestContext): Promise<RoundsOverview> {
  const responses = queueTable(context, ROUND_TABLES.responses);
  const history = queueTable(context, ROUND_TABLES.history);
  const anonymity = queueAnonymity(context);
  const date = queueName(context, DEFINED_NAMES.date);
  // loadItemTables' single sync also fetches everything queued above.
  const { tables } = await loadItemTables(context);
  const people = parseResponses(cellsOf(responses));
  const rounds = parseHistory(cellsOf(history));
  const typed = readAssessment(tables, ITEMS);
  const rawDate = first(date);
  return roundsOverview({
    respondents: people.respondents,
    anonymous: anonymityOf(anonymity),
    history: rounds.history,
    typed: { us: typed.us, them: typed.them },
    items: ITEMS,
    date: typeof rawDate === "number" ? serialToIso(rawDate) : String(rawDate ?? ""),
    problems: [...people.problems, ...rounds.problems],
  });
}
