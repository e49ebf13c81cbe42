/**
 * Closing an assessment round on an .xlsx workbook (issue 13), for `collabfit round` and the pane's
 * preview: the current round goes into CF_History, the copy opens the next round with empty scores
 * (typed and recorded respondents alike) and the cover dated for it, keeping notes, weights,
 * interests and the roadmap. Every check runs before the copy is made; the input is only read.
 */
import {
  RoundCloseError,
  checkNextRoundDate,
  closeRound,
  typedSides,
  type RoundRecord,
} from "../core/rounds";
import { portTexts } from "../core/texts/parts/port";
import { isoToSerial, parseCell } from "../core/workbook/a1";
import { buildHistorySheet } from "../core/workbook/history";
import { buildResultsPlan } from "../core/workbook/layout";
import { ITEM_HEADERS, SHEET_NAMES, DEFINED_NAMES } from "../core/workbook/names";
import { buildRespondentSheets } from "../core/workbook/responses";
import { ROUND_SHEETS } from "../core/workbook/round-names";
import { readItemTables } from "./read";
import { readHistory, readRespondents } from "./rounds";
import { loadWorkbook, replaceSheets, workbookToBuffer, writePlan } from "./write";
import { workbookProfile } from "./assessment";

export { RoundCloseError };

export async function closeRoundBuffer(
  data: ArrayBuffer | Buffer,
  date: string
): Promise<{ buffer: Buffer; history: RoundRecord[]; date: string }> {
  checkNextRoundDate(date);
  const load = async () => {
    try {
      return await loadWorkbook(data);
    } catch {
      throw new RoundCloseError("file", portTexts().files.cannotOpen);
    }
  };
  const wb = await load();
  const { meta, profile, problems } = workbookProfile(wb);
  const hist = readHistory(wb);
  const versionCell = wb.definedNames.getRanges(DEFINED_NAMES.itemSetVersion)?.ranges?.[0];
  const history = closeRound({
    coverDate: meta.date,
    itemSetVersion: versionCell ? cellText(wb, versionCell) : "",
    profile,
    problems,
    history: hist.history,
    historyProblems: hist.problems,
    respondents: readRespondents(wb).respondents,
    typed: typedSides(readItemTables(wb)),
    date,
  });

  // The next round: a fresh copy of the input; only scores, respondents, history, results and the date change.
  const next = await load();
  for (const t of readItemTables(next)) {
    const ws = next.getWorksheet(t.sheet)!;
    for (const h of [ITEM_HEADERS.our, ITEM_HEADERS.their]) {
      const c = t.headers.indexOf(h);
      if (c < 0) continue;
      const { row, col } = parseCell(t.topLeft);
      t.rows.forEach((_, i) => (ws.getCell(row + 1 + i, col + c).value = null));
    }
  }
  if (next.getWorksheet(ROUND_SHEETS.responses) && next.getWorksheet(ROUND_SHEETS.summary))
    replaceSheets(next, buildRespondentSheets([]));
  if (next.getWorksheet(ROUND_SHEETS.history)) replaceSheets(next, [buildHistorySheet(history)]);
  else writePlan({ sheets: [buildHistorySheet(history)], names: [] }, next);
  if (next.getWorksheet(SHEET_NAMES.results)) replaceSheets(next, [buildResultsPlan(null)]);
  const dateCell = next.definedNames.getRanges(DEFINED_NAMES.date)?.ranges?.[0];
  const at = dateCell ? /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(dateCell) : null;
  if (at)
    next.getWorksheet(at[1].replace(/''/g, "'"))!.getCell(`${at[2]}${at[3]}`).value =
      isoToSerial(date);
  next.calcProperties = { ...next.calcProperties, fullCalcOnLoad: true };
  return { buffer: await workbookToBuffer(next), history, date };
}

function cellText(wb: import("exceljs").Workbook, ref: string): string {
  const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  const v = m ? wb.getWorksheet(m[1].replace(/''/g, "'"))?.getCell(`${m[2]}${m[3]}`).value : null;
  return v === null || v === undefined ? "" : String(v).trim();
}
