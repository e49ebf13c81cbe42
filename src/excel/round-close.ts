/**
 * "Start a new round" inside Excel (issue 13): the current round goes into CF_History and the open
 * workbook becomes the next round, with empty scores (typed and recorded respondents alike), the
 * cover dated for it and the results cleared, keeping notes, weights, interests and the roadmap.
 * The checks are core/rounds/close's, the same as `collabfit round`. Three syncs: one read, then
 * the results refresh's read and its write batch, which carries every other write too. A refused
 * round changes nothing.
 */
import { checkNextRoundDate, closeRound, typedSides, type RoundRecord } from "../core/rounds";
import { applyRespondents, parseHistory } from "../core/rounds/read-tables";
import { isoToSerial } from "../core/workbook/a1";
import { buildHistorySheet } from "../core/workbook/history";
import { buildResultsPlan } from "../core/workbook/layout";
import { DEFINED_NAMES, SHEET_NAMES } from "../core/workbook/names";
import { profileOrProblems } from "../core/workbook/profile-problems";
import { coverProfitImpact, readAssessment } from "../core/workbook/readback";
import { typedColumnClears } from "../core/rounds/import-plan";
import { ROUND_SHEETS, ROUND_TABLES } from "../core/workbook/round-names";
import type { CompileOptions } from "./ops";
import { cellsOf, queueTable } from "./read";
import {
  queueColumnWrites,
  queueRespondentSheets,
  queueSheetsReplaced,
  readRespondentState,
} from "./respondents";
import { replaceResults } from "./results";

export async function startRoundInExcel(
  context: Excel.RequestContext,
  date: string,
  options: CompileOptions = {}
): Promise<{ history: RoundRecord[]; syncs: number }> {
  checkNextRoundDate(date);
  const state = await readRespondentState(context, () => {
    const historySheet = context.workbook.worksheets.getItemOrNullObject(ROUND_SHEETS.history);
    historySheet.load("name");
    return {
      history: queueTable(context, ROUND_TABLES.history),
      historySheet,
      profitImpact: context.workbook.names
        .getItemOrNullObject(DEFINED_NAMES.profitImpact)
        .getRangeOrNullObject()
        .load("values"),
    };
  });
  const { cover, items, tables, respondents } = state;
  const { history: historyTable, historySheet, profitImpact } = state.extra;
  const read = readAssessment(tables, items);
  const rawImpact = coverProfitImpact(
    profitImpact.isNullObject ? null : profitImpact.values?.[0]?.[0]
  );
  const meta = {
    ...cover.meta,
    assessors: "",
    ...(typeof rawImpact === "number" ? { profitImpact: rawImpact } : {}),
  };
  // A side with respondents is scored from them, as every read of the workbook does.
  applyRespondents(read, tables, respondents, items);
  const made = read.problems.length
    ? { profile: null, problems: read.problems }
    : profileOrProblems(read, meta, items);
  const hist = parseHistory(cellsOf(historyTable));
  const history = closeRound({
    coverDate: cover.meta.date,
    itemSetVersion: cover.itemSetVersion,
    profile: made.profile,
    problems: made.problems,
    history: hist.history,
    historyProblems: hist.problems,
    respondents,
    typed: typedSides(tables),
    date,
  });

  // Everything is decided: the writes ride in the results refresh's one write batch.
  const clears = typedColumnClears(tables, ["us", "them"]);
  await replaceResults(
    context,
    { sheets: [buildResultsPlan(null)] },
    {
      ...options,
      optional: [SHEET_NAMES.results],
      alsoQueue: () => {
        if (state.sheets.size) queueRespondentSheets(context, state, [], clears, options);
        else queueColumnWrites(context, clears);
        const present = new Map(
          historySheet.isNullObject ? [] : [[ROUND_SHEETS.history, historySheet] as const]
        );
        queueSheetsReplaced(context, present, [buildHistorySheet(history)], options);
        // The cell read in the first sync (closeRound refused a workbook without it).
        state.coverCells.date.values = [[isoToSerial(date)]];
      },
    }
  );
  return { history, syncs: 3 };
}
