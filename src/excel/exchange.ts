/**
 * The exchange inside Excel (Office.js). The questionnaire opens as a new workbook; imported answers
 * are validated completely (our tables and cover names read in ONE sync) before the first write is
 * queued, and then written in ONE batch: nothing changes when the file is refused.
 */
import {
  buildQuestionnairePlan,
  evidenceFromTables,
  ourNotePart,
  planInterests,
  planMerge,
  type InterestsPlan,
  resolveAssessmentId,
  validateReturned,
  type ImportReport,
  type MergePlan,
  type NoteNotWritten,
  type ReturnedWorkbook,
} from "../core/exchange";
import { itemSet, itemSetOf } from "../core/method";
import type { Side } from "../core/method/types";
import { ExchangeError, ExchangeFileError } from "../core/exchange/errors";
import { COLLEAGUE_NAMES, sideCheck } from "../core/rounds/colleague";
import { portTexts } from "../core/texts/parts/port";
import { cellAddress, offsetCell, rangeAddress } from "../core/workbook/a1";
import { STEP_IDS, TABLE_NAMES } from "../core/workbook/names";
import type {
  AssessmentMeta,
  CellValue,
  ItemTableValues,
  WorkbookPlan,
} from "../core/workbook/plan";
import { itemIdsOf } from "../core/workbook/readback";
import { looksLikeFormula } from "./ops";
import { cellsOf, coverOf, loadItemTables, queueCover, queueTable, type QueuedCover } from "./read";

/** Opens the questionnaire (.xlsx as base64) as a new workbook window; ours is not touched. */
export async function openQuestionnaireInExcel(base64: string): Promise<void> {
  await Excel.createWorkbook(base64);
}

/** Bytes -> base64 without Node's Buffer (the pane runs in a browser). */
export function toBase64(bytes: Uint8Array): string {
  let s = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    s += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(s);
}

export interface ExchangeCover {
  meta: Pick<AssessmentMeta, "title" | "us" | "them" | "perspective" | "date">;
  assessmentId: string;
  itemSetVersion: string;
}

/**
 * `tables`: the item tables, read when the version cell is blank (see itemSetOf). A cover the
 * exchange cannot use (a perspective that is neither customer nor supplier ...) is refused, naming
 * the cell: a questionnaire for the wrong side would be worse than none.
 */
export function coverFacts(cover: QueuedCover, tables: ItemTableValues[]): ExchangeCover {
  const read = coverOf(cover);
  if (read.problems.length) throw new ExchangeError(read.problems);
  const { title, us, them, perspective, date } = read.meta;
  const meta: ExchangeCover["meta"] = { title, us, them, perspective, date };
  return {
    meta,
    assessmentId: resolveAssessmentId(read.assessmentId, meta),
    itemSetVersion: read.itemSetVersion || itemSetOf(null, itemIdsOf(tables)).version,
  };
}

/** The released question set our workbook names, or a one-line error naming the known ones. */
export function coverItemSet(version: string) {
  try {
    return itemSet(version);
  } catch (err) {
    throw new ExchangeFileError(portTexts().excel.thisWorkbooks((err as Error).message));
  }
}

/** The cover facts the exchange needs, in one sync (the item tables' sync fetches them too). */
export async function readExchangeCover(context: Excel.RequestContext): Promise<ExchangeCover> {
  const cover = queueCover(context);
  const { tables } = await loadItemTables(context);
  return coverFacts(cover, tables);
}

/**
 * The questionnaire plan for the open workbook (one sync). The pane turns it into bytes with
 * planToBuffer (src/xlsx), then calls openQuestionnaireInExcel(toBase64(bytes)).
 */
export async function questionnairePlanFromExcel(
  context: Excel.RequestContext,
  /**
   * shareEvidence: the analyst chose to show our Evidence column (left out by default).
   * side "us": the file for a colleague on our side (issue 13), tied to this assessment by its check.
   */
  opts: { shareEvidence?: boolean; side?: Side } = {}
): Promise<WorkbookPlan> {
  const cover = queueCover(context);
  const { tables } = await loadItemTables(context);
  const { meta, assessmentId, itemSetVersion } = coverFacts(cover, tables);
  // Asked with the workbook's own question set, so its answers land on its rows.
  const items = coverItemSet(itemSetVersion);
  return buildQuestionnairePlan({
    assessmentId,
    meta,
    items,
    itemSetVersion,
    ...(opts.side === "us" ? { side: "us", sideCheck: sideCheck(assessmentId, meta.title) } : {}),
    ...(opts.shareEvidence ? { evidence: evidenceFromTables(tables) } : {}),
  });
}

export interface ExcelImportOutcome {
  report: ImportReport;
  merge: MergePlan;
  assessmentId: string;
  /** Their notes for Notes cells that hold a formula of ours (left as they are). */
  notesNotWritten: NoteNotWritten[];
  /** Their interests and objectives: rows written into our "Their interests" table, and any not placed. */
  interests: InterestsPlan;
}

/** Queues the read of our "Their interests" table (never ours): fetched by the next sync. */
function queueTheirInterests(context: Excel.RequestContext) {
  return queueTable(context, TABLE_NAMES.interestsThem);
}

function theirInterestsTable(
  q: ReturnType<typeof queueTheirInterests>
): ItemTableValues | undefined {
  const t = cellsOf(q);
  if (!t) return undefined;
  return {
    sheet: t.sheet,
    tableName: TABLE_NAMES.interestsThem,
    topLeft: cellAddress(t.firstCol, t.headerRow),
    headers: t.headers,
    rows: t.rows,
  };
}

/** What a table body holds besides values: formulas and links (read in the same sync). */
interface BodyFacts {
  body: Excel.Range;
  cells: ReturnType<Excel.Range["getCellProperties"]>;
}

/** Queues, per item table, the body's formulas and links; loadItemTables' sync fetches them too. */
function queueBodyFacts(context: Excel.RequestContext): Map<string, BodyFacts> {
  const facts = new Map<string, BodyFacts>();
  for (const step of STEP_IDS) {
    const name = TABLE_NAMES.items(step);
    const body = context.workbook.tables.getItemOrNullObject(name).getDataBodyRange();
    facts.set(name, {
      body: body.load("formulas"),
      cells: body.getCellProperties({ hyperlink: true }),
    });
  }
  return facts;
}

/** A cell holds a formula when Excel reports formula text that is not simply its value. */
function isFormula(formula: unknown, value: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && formula !== String(value ?? "");
}

/**
 * Imports a returned questionnaire (read with readReturnedQuestionnaire from src/xlsx/exchange) into
 * the open workbook. Throws ExchangeError before any write when the file or our tables are not right.
 * Only the Their score cells and the Notes cells that take their note change: a Notes cell holding
 * our formula is left alone (the note is reported instead), a linked one keeps its target.
 */
export async function importAnswersInExcel(
  context: Excel.RequestContext,
  returned: ReturnedWorkbook
): Promise<ExcelImportOutcome> {
  // Queue the cover names and the bodies' formulas and links first: loadItemTables' single sync
  // then fetches them too.
  const cover = queueCover(context);
  const bodies = queueBodyFacts(context);
  const theirInterests = queueTheirInterests(context);
  const { tables } = await loadItemTables(context);
  const { assessmentId, itemSetVersion: version } = coverFacts(cover, tables);

  // Everything is decided here; both calls throw before a single write is queued. Their notes were
  // cleaned by validateReturned and are cut to the cell limit by planMerge (src/core/exchange).
  const items = coverItemSet(version);
  const validated = validateReturned(returned, { assessmentId, itemSetVersion: version, items });
  // Issue 13: a colleague's file (our side) never goes into Their score.
  if (returned.names[COLLEAGUE_NAMES.side])
    throw new ExchangeFileError(portTexts().excel.colleagueFile);
  const merge = planMerge(tables, validated, items);
  const interests = planInterests(theirInterestsTable(theirInterests), validated.interests.rows);

  // Where each planned Notes cell sits in the bodies read above: "sheet!A1" -> its formula and link.
  const facts = new Map<
    string,
    { formula: unknown; value: unknown; link?: Excel.RangeHyperlink }
  >();
  for (const t of tables) {
    const read = bodies.get(t.tableName);
    if (!read) continue;
    t.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        facts.set(`${t.sheet}!${offsetCell(t.topLeft, c, r + 1)}`, {
          formula: read.body.formulas?.[r]?.[c],
          value,
          link: read.cells.value?.[r]?.[c]?.hyperlink ?? undefined,
        });
      })
    );
  }

  const sheets = context.workbook.worksheets;
  for (const col of merge.scores) {
    const address = rangeAddress(col.firstCell, 1, col.values.length);
    sheets.getItem(col.sheet).getRange(address).values = col.values.map((v) => [v ?? ""]);
  }
  const notesNotWritten: NoteNotWritten[] = [];
  for (const n of merge.notes) {
    const ours = facts.get(`${n.sheet}!${n.cell}`);
    const text = typeof n.value === "string" ? n.value : "";
    if (ours && isFormula(ours.formula, ours.value)) {
      // Text would replace the formula: ours stays, their note goes into the report.
      const note = text.slice(ourNotePart(text).length).trim();
      if (note) {
        notesNotWritten.push({
          sheet: n.sheet,
          cell: n.cell,
          note,
          why: "formula",
        });
      }
      continue;
    }
    const range = sheets.getItem(n.sheet).getRange(n.cell);
    // Same decision as the plan adapter: formula-looking text gets the Text format, so it stays text.
    if (looksLikeFormula(n.value)) range.numberFormat = [["@"]];
    if (ours?.link && (ours.link.address || ours.link.documentReference)) {
      // The link is set again with the merged text, so its target is ours whatever Excel does to
      // a linked cell whose value is replaced.
      range.hyperlink = { ...ours.link, textToDisplay: text };
    } else {
      range.values = [[(n.value ?? "") as Exclude<CellValue, null>]];
    }
  }
  for (const w of interests.writes) {
    const sheet = sheets.getItem(w.sheet);
    // Their text that reads like a formula gets the Text format first, so Excel keeps it as text.
    for (const cell of w.textCells) sheet.getRange(cell).numberFormat = [["@"]];
    sheet.getRange(w.address).values = [w.values.map((v) => v ?? "")];
  }
  await context.sync();
  return { report: validated.report, merge, assessmentId, notesNotWritten, interests };
}
