/**
 * Respondents and rounds read from the open workbook (issue 13): CF_Responses, CF_History, the
 * cover's anonymity and date cells and the item tables, all queued before ONE context.sync. What
 * the values mean is decided in core (rounds/read-tables, rounds/overview), as for .xlsx files.
 */
import type { Side } from "../core/method/types";
import { serialToIso } from "../core/workbook/a1";
import { DEFINED_NAMES } from "../core/workbook/names";
import { readAssessment } from "../core/workbook/readback";
import { ANONYMITY_NAMES, ROUND_TABLES } from "../core/workbook/round-names";
import { ANONYMITY_DEFAULT } from "../core/workbook/round-names";
import { anonymousSides } from "../core/rounds/respondents";
import { parseHistory, parseResponses } from "../core/rounds/read-tables";
import { roundsOverview, type RoundsOverview } from "../core/rounds/overview";
import type { RoundRecord } from "../core/rounds/history";
import { cellsOf, itemSetOfCell, loadItemTables, queueItemSetVersion, queueTable } from "./read";

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

/** Queues CF_History's load; the returned function reads it (oldest first) after the next sync. */
export function queueHistory(context: Excel.RequestContext): () => RoundRecord[] {
  const q = queueTable(context, ROUND_TABLES.history);
  return () => parseHistory(cellsOf(q)).history;
}

/** Respondents, anonymity, history and the open round's scores, in one round trip. */
export async function readRoundsInExcel(context: Excel.RequestContext): Promise<RoundsOverview> {
  const responses = queueTable(context, ROUND_TABLES.responses);
  const history = queueTable(context, ROUND_TABLES.history);
  const anonymity = queueAnonymity(context);
  const date = queueName(context, DEFINED_NAMES.date);
  const version = queueItemSetVersion(context);
  // loadItemTables' single sync also fetches everything queued above.
  const { tables } = await loadItemTables(context);
  const people = parseResponses(cellsOf(responses));
  const rounds = parseHistory(cellsOf(history));
  // The workbook's own question set (an unknown version refuses here, as every other read does).
  const { items } = itemSetOfCell(version, tables);
  const typed = readAssessment(tables, items);
  const rawDate = first(date);
  return roundsOverview({
    respondents: people.respondents,
    anonymous: anonymityOf(anonymity),
    history: rounds.history,
    typed: { us: typed.us, them: typed.them },
    items,
    date: typeof rawDate === "number" ? serialToIso(rawDate) : String(rawDate ?? ""),
    problems: [...people.problems, ...rounds.problems],
  });
}
