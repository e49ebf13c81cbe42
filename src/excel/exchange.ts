/**
 * The exchange inside Excel (Office.js). The questionnaire opens as a new workbook; imported answers
 * are validated completely (our tables and cover names read in ONE sync) before the first write is
 * queued, and then written in ONE batch: nothing changes when the file is refused.
 */
import {
  buildQuestionnairePlan,
  planMerge,
  resolveAssessmentId,
  validateReturned,
  type ImportReport,
  type MergePlan,
  type ReturnedWorkbook,
} from "../core/exchange";
import { DEFAULT_PERSPECTIVE, ITEM_SET_VERSION } from "../core/method";
import { rangeAddress, serialToIso } from "../core/workbook/a1";
import { DEFINED_NAMES } from "../core/workbook/names";
import type { AssessmentMeta, CellValue, WorkbookPlan } from "../core/workbook/plan";
import { coverPerspective, coverText as text } from "../core/workbook/readback";
import { looksLikeFormula } from "./ops";
import { loadItemTables } from "./read";

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

const COVER_NAMES = {
  title: DEFINED_NAMES.title,
  us: DEFINED_NAMES.ourOrg,
  them: DEFINED_NAMES.otherParty,
  perspective: DEFINED_NAMES.perspective,
  date: DEFINED_NAMES.date,
  assessmentId: DEFINED_NAMES.assessmentId,
  itemSetVersion: DEFINED_NAMES.itemSetVersion,
} as const;

type CoverKey = keyof typeof COVER_NAMES;

function first(range: Excel.Range): unknown {
  if (range.isNullObject) return null;
  const v = range.values?.[0]?.[0];
  return v === undefined ? null : v;
}

export interface ExchangeCover {
  meta: Pick<AssessmentMeta, "title" | "us" | "them" | "perspective" | "date">;
  assessmentId: string;
  itemSetVersion: string;
}

/** Queues the loads of the cover's named cells; read them with `coverFacts` after the next sync. */
function queueCoverRead(context: Excel.RequestContext): Record<CoverKey, Excel.Range> {
  const cover = {} as Record<CoverKey, Excel.Range>;
  for (const key of Object.keys(COVER_NAMES) as CoverKey[]) {
    cover[key] = context.workbook.names
      .getItemOrNullObject(COVER_NAMES[key])
      .getRangeOrNullObject()
      .load("values");
  }
  return cover;
}

function coverFacts(cover: Record<CoverKey, Excel.Range>): ExchangeCover {
  const rawDate = first(cover.date);
  const meta: ExchangeCover["meta"] = {
    title: text(first(cover.title)),
    us: text(first(cover.us)),
    them: text(first(cover.them)),
    perspective: coverPerspective(first(cover.perspective)) ?? DEFAULT_PERSPECTIVE,
    date: typeof rawDate === "number" ? serialToIso(rawDate) : text(rawDate),
  };
  return {
    meta,
    assessmentId: resolveAssessmentId(first(cover.assessmentId), meta),
    itemSetVersion: text(first(cover.itemSetVersion)) || ITEM_SET_VERSION,
  };
}

/** The cover facts the exchange needs, in one sync. */
export async function readExchangeCover(context: Excel.RequestContext): Promise<ExchangeCover> {
  const cover = queueCoverRead(context);
  await context.sync();
  return coverFacts(cover);
}

/**
 * The questionnaire plan for the open workbook (one sync). The pane turns it into bytes with
 * planToBuffer (src/xlsx), then calls openQuestionnaireInExcel(toBase64(bytes)).
 */
export async function questionnairePlanFromExcel(
  context: Excel.RequestContext
): Promise<WorkbookPlan> {
  const { meta, assessmentId, itemSetVersion } = await readExchangeCover(context);
  if (itemSetVersion !== ITEM_SET_VERSION) {
    throw new Error(
      `this workbook uses question set ${itemSetVersion}; this version of CollabFit asks question set ${ITEM_SET_VERSION}`
    );
  }
  return buildQuestionnairePlan({ assessmentId, meta });
}

export interface ExcelImportOutcome {
  report: ImportReport;
  merge: MergePlan;
  assessmentId: string;
}

/**
 * Imports a returned questionnaire (read with readReturnedQuestionnaire from src/xlsx/exchange) into
 * the open workbook. Throws ExchangeError before any write when the file or our tables are not right.
 */
export async function importAnswersInExcel(
  context: Excel.RequestContext,
  returned: ReturnedWorkbook
): Promise<ExcelImportOutcome> {
  // Queue the cover names first: loadItemTables' single sync then fetches them too.
  const cover = queueCoverRead(context);
  const { tables } = await loadItemTables(context);
  const { assessmentId, itemSetVersion: version } = coverFacts(cover);

  // Everything is decided here; both calls throw before a single write is queued.
  const validated = validateReturned(returned, { assessmentId, itemSetVersion: version });
  const merge = planMerge(tables, validated);

  const sheets = context.workbook.worksheets;
  for (const col of merge.scores) {
    const address = rangeAddress(col.firstCell, 1, col.values.length);
    sheets.getItem(col.sheet).getRange(address).values = col.values.map((v) => [v ?? ""]);
  }
  for (const n of merge.notes) {
    const range = sheets.getItem(n.sheet).getRange(n.cell);
    // Same decision as the plan adapter: formula-looking text gets the Text format, so it stays text.
    if (looksLikeFormula(n.value)) range.numberFormat = [["@"]];
    range.values = [[(n.value ?? "") as Exclude<CellValue, null>]];
  }
  await context.sync();
  return { report: validated.report, merge, assessmentId };
}
