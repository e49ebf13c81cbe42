/**
 * Respondents inside Excel (issue 13): import several returned questionnaires, or remove one
 * respondent, in the open workbook. TWO syncs whatever the number of files or respondents: one reads
 * everything (cover, item tables, CF_Responses, anonymity, which sheets exist), then every check
 * runs (core/rounds/import-plan, the same as the .xlsx adapter's), then all writes go in one batch.
 * A refused import changes nothing.
 *
 * The respondent sheets are replaced whole (deleted and written again in the same batch, as the
 * .xlsx adapter does). Deleting a sheet turns the step sheets' formulas that read it into #REF!, so
 * the same batch writes those Our value / Their value formulas again after the sheets are back.
 */
import { ExchangeError } from "../core/exchange/errors";
import type { ReturnedWorkbook } from "../core/exchange/answers";
import type { AssessmentItem, Side } from "../core/method/types";
import {
  mergeRespondents,
  noRespondentsRecorded,
  respondentValueWrites,
  respondentsFromFiles,
  typedColumnClears,
  type ColumnWrite,
} from "../core/rounds/import-plan";
import { removeRespondent, type Respondent } from "../core/rounds/respondents";
import { parseResponses } from "../core/rounds/read-tables";
import { cellAddress } from "../core/workbook/a1";
import { buildAssessmentPlan } from "../core/workbook/layout";
import type { ItemTableValues, SheetPlan } from "../core/workbook/plan";
import { buildRespondentSheets } from "../core/workbook/responses";
import { ROUND_SHEETS, ROUND_TABLES } from "../core/workbook/round-names";
import { coverFacts, coverItemSet, type ExchangeCover } from "./exchange";
import { compilePlan, type CompileOptions, type SheetCache } from "./ops";
import { cellsOf, loadItemTables, queueCover, queueTable, type QueuedCover } from "./read";
import { anonymityOf, queueAnonymity } from "./rounds";

/** What the one read sync found, for the respondent operations. */
export interface RespondentState {
  cover: ExchangeCover;
  /** The cover's named cells as loaded (proxies stay valid for the write batch). */
  coverCells: QueuedCover;
  items: readonly AssessmentItem[];
  tables: ItemTableValues[];
  respondents: Respondent[];
  /** CF_Responses exists. */
  present: boolean;
  anonymous: Side[];
  /** Which respondent sheets the workbook has (sheet name -> its proxy). */
  sheets: Map<string, Excel.Worksheet>;
}

/**
 * Queues every read the respondent operations need; `extra` runs before the sync so a caller can
 * fetch more in the same round trip. Throws (before any write) when CF_Responses cannot be read.
 */
export async function readRespondentState<T>(
  context: Excel.RequestContext,
  extra: () => T = () => undefined as T
): Promise<RespondentState & { extra: T }> {
  const cover = queueCover(context);
  const responses = queueTable(context, ROUND_TABLES.responses);
  const anonymity = queueAnonymity(context);
  const sheets = new Map<string, Excel.Worksheet>();
  for (const name of [ROUND_SHEETS.responses, ROUND_SHEETS.summary]) {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    // Loaded so isNullObject is known after the sync.
    ws.load("name");
    sheets.set(name, ws);
  }
  const more = extra();
  // loadItemTables' single sync fetches everything queued above.
  const { tables } = await loadItemTables(context);
  const facts = coverFacts(cover, tables);
  const items = coverItemSet(facts.itemSetVersion);
  const people = parseResponses(cellsOf(responses));
  if (people.problems.length) throw new ExchangeError(people.problems);
  for (const [name, ws] of [...sheets]) if (ws.isNullObject) sheets.delete(name);
  return {
    cover: facts,
    coverCells: cover,
    items,
    tables,
    respondents: people.respondents,
    present: people.present,
    anonymous: anonymityOf(anonymity),
    sheets,
    extra: more,
  };
}

/** Queues the writes of whole item-table columns (values emptied, or formulas). */
export function queueColumnWrites(
  context: Excel.RequestContext,
  writes: readonly ColumnWrite[]
): void {
  const sheets = context.workbook.worksheets;
  for (const w of writes) {
    const rows = (w.formulas ?? w.values ?? []).length;
    const range = sheets
      .getItem(w.sheet)
      .getRange(`${cellAddress(w.col, w.row)}:${cellAddress(w.col, w.row + rows - 1)}`);
    if (w.formulas) range.formulas = w.formulas.map((f) => [`=${f}`]);
    else range.values = w.values!.map(() => [""]);
  }
}

/** The plan's sheets added whole (after the old ones are deleted), without moving the active sheet. */
export function queueSheetsReplaced(
  context: Excel.RequestContext,
  present: ReadonlyMap<string, Excel.Worksheet>,
  plan: readonly SheetPlan[],
  options: CompileOptions = {}
): void {
  for (const s of plan) present.get(s.name)?.delete();
  const cache: SheetCache = new Map();
  for (const op of compilePlan({ sheets: [...plan], names: [] }, options))
    if (!op.apis.includes("Worksheet.activate")) op.run(context, cache);
}

/**
 * Queues the respondent sheets for `list` and the step sheets' value formulas that read them (checked
 * first: sorted item tables are refused before anything is queued).
 */
export function queueRespondentSheets(
  context: Excel.RequestContext,
  state: RespondentState,
  list: readonly Respondent[],
  before: ColumnWrite[] = [],
  options: CompileOptions = {}
): void {
  const { cover, items, anonymous, tables } = state;
  const meta = { ...cover.meta, assessors: "", assessmentId: cover.assessmentId };
  const formulas = respondentValueWrites(
    buildAssessmentPlan(meta, { respondents: list, anonymous, items }).sheets,
    tables
  );
  context.application.suspendApiCalculationUntilNextSync();
  queueColumnWrites(context, before);
  queueSheetsReplaced(
    context,
    state.sheets,
    buildRespondentSheets(list, { anonymous, items }),
    options
  );
  queueColumnWrites(context, formulas);
}

export interface ExcelRespondentsImport {
  respondents: Respondent[];
  added: string[];
  replaced: string[];
  syncs: number;
}

/**
 * Imports returned questionnaires (read with readReturnedQuestionnaire from src/xlsx/exchange) as
 * respondents, each on the side it was made for. Two syncs; nothing changes when a file is refused.
 */
export async function importRespondentsInExcel(
  context: Excel.RequestContext,
  files: readonly { returned: ReturnedWorkbook; fileName: string }[],
  options: CompileOptions = {}
): Promise<ExcelRespondentsImport> {
  const state = await readRespondentState(context);
  const incoming = respondentsFromFiles(files, {
    assessmentId: state.cover.assessmentId,
    itemSetVersion: state.cover.itemSetVersion,
    items: state.items,
    title: state.cover.meta.title,
    perspective: state.cover.meta.perspective,
  });
  const merged = mergeRespondents(state.respondents, incoming, state.tables);
  queueRespondentSheets(
    context,
    state,
    merged.respondents,
    // The typed column of each side imported is now carried by the respondents table.
    typedColumnClears(state.tables, merged.sides),
    options
  );
  await context.sync();
  return {
    respondents: merged.respondents,
    added: merged.added,
    replaced: merged.replaced,
    syncs: 2,
  };
}

/** Takes one respondent out (by name, on `side`); unknown names are refused. Two syncs. */
export async function removeRespondentInExcel(
  context: Excel.RequestContext,
  name: string,
  side?: Side,
  options: CompileOptions = {}
): Promise<{ respondents: Respondent[]; syncs: number }> {
  const state = await readRespondentState(context);
  if (!state.present || !state.sheets.has(ROUND_SHEETS.summary)) throw noRespondentsRecorded();
  const list = removeRespondent(state.respondents, name, side);
  queueRespondentSheets(context, state, list, [], options);
  await context.sync();
  return { respondents: list, syncs: 2 };
}
