/**
 * The exchange on .xlsx files (exceljs): build the questionnaire from our workbook, read a returned
 * questionnaire into plain data, and merge validated answers into a copy of our workbook.
 * A returned file is checked as a zip (size, entry count, inflated size) before exceljs parses it.
 */
import type ExcelJS from "exceljs";
import {
  ANSWERS_TABLE,
  ASSESSMENT_ID_NAME,
  buildQuestionnairePlan,
  evidenceFromTables,
  formatImportReport,
  ourNotePart,
  planInterests,
  planMerge,
  THEIR_NOTE_MARK,
  type InterestsPlan,
  resolveAssessmentId,
  validateReturned,
  type ImportReport,
  type MergePlan,
  type NoteNotWritten,
  type ReturnedCell,
  type ReturnedName,
  type ReturnedWorkbook,
} from "../core/exchange";
import { portTexts } from "../core/texts/parts/port";
import { ExchangeError, ExchangeFileError } from "../core/exchange/errors";
import { itemSet, itemSetOf, type AssessmentItem } from "../core/method";
import { itemIdsOf } from "../core/workbook/readback";
import { cellAddress, parseCell } from "../core/workbook/a1";
import { DEFINED_NAMES, TABLE_NAMES } from "../core/workbook/names";
import type { AssessmentMeta, CellValue, ItemTableValues } from "../core/workbook/plan";
import { quoteText } from "../core/exchange/quote";
import { respondentSide, sideCheck } from "../core/rounds/colleague";
import type { Side } from "../core/method/types";
import {
  QUESTIONNAIRE_LIMITS,
  WORKBOOK_LIMITS,
  inspectPackage,
  type PackageFacts,
  type PackageLimits,
} from "./package";
import { normaliseForWrite } from "./normalise";
import { plainValue, readItemTables, readMeta } from "./read";
import { loadValues, loadWorkbook, planToBuffer, workbookToBuffer } from "./write";

export { ExchangeError, ExchangeFileError, formatImportReport };

export type Bytes = Uint8Array | ArrayBuffer;

function toUint8(data: Bytes): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * Refuses anything that is not a plausible .xlsx before a spreadsheet parser sees it: wrong name,
 * too big, not a zip, too many parts, too much once unpacked, too costly to parse, macros, sheets
 * other than worksheets (see package.ts).
 */
export async function checkXlsxFile(
  data: Bytes,
  label = portTexts().files.theFile,
  fileName?: string,
  limits: PackageLimits = QUESTIONNAIRE_LIMITS
): Promise<PackageFacts> {
  if (fileName !== undefined && !/\.xlsx$/i.test(fileName)) {
    throw new ExchangeFileError(portTexts().files.notXlsxName(label, quoteText(fileName, 80)));
  }
  return inspectPackage(toUint8(data), label, limits);
}

async function parse(
  data: Bytes,
  label: string,
  load: (data: ArrayBuffer) => Promise<ExcelJS.Workbook> = loadWorkbook
): Promise<ExcelJS.Workbook> {
  try {
    return await load(toUint8(data).slice().buffer as ArrayBuffer);
  } catch (e) {
    throw new ExchangeFileError(
      portTexts().files.unreadable(
        label,
        quoteText(String((e as Error)?.message ?? e).split("\n")[0], 160)
      )
    );
  }
}

/**
 * One of our own workbooks (read-back, import, --out): checked for cost within WORKBOOK_LIMITS, then
 * parsed. Every failure is an ExchangeFileError naming `label`.
 */
export async function openWorkbook(data: Bytes, label: string): Promise<ExcelJS.Workbook> {
  await inspectPackage(toUint8(data), label, WORKBOOK_LIMITS);
  return parse(data, label);
}

/** A cell as the validator needs it: formulas as their text (never the cached result). */
function returnedCell(v: ExcelJS.CellValue): ReturnedCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  const t = portTexts().files.unsupported;
  if (v instanceof Date) return { unsupported: t.date(v.toISOString().slice(0, 10)) };
  if ("formula" in v && typeof v.formula === "string") return { formula: v.formula };
  if ("sharedFormula" in v)
    return { formula: String((v as ExcelJS.CellSharedFormulaValue).sharedFormula) };
  if ("error" in v) return { unsupported: t.error(String((v as ExcelJS.CellErrorValue).error)) };
  const plain = plainValue(v);
  return typeof plain === "string" ? plain : { unsupported: t.other };
}

/** "'Sheet name'!$B$16" -> sheet and cell (one cell only). */
function singleCell(ref: string): { sheet: string; cell: string } | undefined {
  const m = /^'?(.*?)'?!\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim());
  return m ? { sheet: m[1].replace(/''/g, "'"), cell: `${m[2]}${m[3]}` } : undefined;
}

function namedValue(wb: ExcelJS.Workbook, name: string): ReturnedName | undefined {
  const ranges = wb.definedNames.getRanges(name)?.ranges ?? [];
  if (ranges.length === 0) return undefined;
  const at = ranges.length === 1 ? singleCell(ranges[0]) : undefined;
  const ws = at ? wb.getWorksheet(at.sheet) : undefined;
  return {
    refersTo: ranges.join(","),
    value: at && ws ? returnedCell(ws.getCell(at.cell).value) : undefined,
  };
}

/** Reads a returned questionnaire (after checkXlsxFile) into plain data for validateReturned. */
export async function readReturnedQuestionnaire(
  data: Bytes,
  fileName?: string
): Promise<ReturnedWorkbook> {
  const label = portTexts().files.theReturnedQuestionnaire;
  const facts = await checkXlsxFile(data, label, fileName);
  // Values, tables and names are all the validator reads: formats and validations are not built.
  const wb = await parse(data, label, loadValues);
  // The sheets Excel shows (from the workbook part), not only those exceljs happens to read.
  const sheetNames: string[] = facts.sheets.map((s) => s.name);
  const tables: ItemTableValues[] = [];
  wb.eachSheet((ws) => {
    for (const t of ws.getTables() as unknown as Array<{
      table?: { name: string; tableRef?: string; ref?: string };
    }>) {
      const model = t.table;
      const ref = model?.tableRef ?? model?.ref;
      if (!model || !ref) continue;
      const [a, b = a] = ref.split(":");
      let from: ReturnType<typeof parseCell>, to: ReturnType<typeof parseCell>;
      try {
        from = parseCell(a);
        to = parseCell(b);
      } catch {
        throw new ExchangeFileError(
          portTexts().files.returnedTableRange(
            label,
            quoteText(model.name, 60),
            quoteText(ws.name, 40),
            quoteText(ref, 40)
          )
        );
      }
      const row = (r: number) => {
        const vals: ReturnedCell[] = [];
        for (let c = from.col; c <= to.col; c++) vals.push(returnedCell(ws.getCell(r, c).value));
        return vals;
      };
      const rows: ReturnedCell[][] = [];
      for (let r = from.row + 1; r <= to.row; r++) rows.push(row(r));
      tables.push({
        sheet: ws.name,
        tableName: model.name,
        topLeft: cellAddress(from.col, from.row),
        headers: row(from.row).map((h) =>
          typeof h === "string" ? h : h === null ? "" : JSON.stringify(h)
        ),
        rows,
      });
    }
  });
  const names: Record<string, ReturnedName> = {};
  for (const { name } of wb.definedNames.model as Array<{ name: string }>) {
    const v = namedValue(wb, name);
    if (v) names[name] = v;
  }
  return { sheetNames, names, tables };
}

/** The file is a colleague's questionnaire: it belongs among our respondents (issue 13). */
export class ColleagueFileError extends ExchangeFileError {
  constructor(message: string) {
    super(message);
    this.name = "ColleagueFileError";
  }
}

export interface OurAssessment {
  workbook: ExcelJS.Workbook;
  meta: AssessmentMeta;
  assessmentId: string;
  /** False when the workbook has no CF_AssessmentId and the id was derived from the cover. */
  storedId: boolean;
  itemSetVersion: string;
}

/** Our workbook, its cover facts and the id a questionnaire must carry. */
export async function loadOurAssessment(
  data: Bytes,
  /** "written": bytes this process has just written itself (no need to check their cost again). */
  source: "file" | "written" = "file"
): Promise<OurAssessment> {
  const label = portTexts().files.theAssessmentWorkbook;
  const wb = source === "written" ? await parse(data, label) : await openWorkbook(data, label);
  const { meta, problems } = readMeta(wb);
  if (problems.length) throw new ExchangeError(problems);
  const stored = namedValue(wb, ASSESSMENT_ID_NAME)?.value;
  const assessmentId = resolveAssessmentId(stored, meta);
  const ver = namedValue(wb, DEFINED_NAMES.itemSetVersion)?.value;
  return {
    workbook: wb,
    meta,
    assessmentId,
    storedId: assessmentId === stored,
    // A blank version cell: the released set the rows hold (see itemSetOf).
    itemSetVersion:
      typeof ver === "string" && ver.trim()
        ? ver.trim()
        : itemSetOf(null, itemIdsOf(readItemTables(wb))).version,
  };
}

/** The released question set our workbook names, or a one-line error naming the known ones. */
function oursItemSet(ours: OurAssessment): { items: readonly AssessmentItem[] } {
  try {
    return { items: itemSet(ours.itemSetVersion) };
  } catch (err) {
    throw new ExchangeFileError(portTexts().files.assessmentWorkbooks((err as Error).message));
  }
}

/** A file name for the questionnaire: "Questionnaire <other party>.xlsx", safe on every system. */
export function questionnaireFileName(them: string): string {
  return portTexts().files.questionnaireName(safeName(them));
}

/** The other party's name as a file name's part: no character any system refuses. */
function safeName(them: string): string {
  const safe = them
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 60);
  return safe || portTexts().files.otherParty;
}

/** The questionnaire for the other party, as .xlsx bytes. Our workbook is only read. */
export async function buildQuestionnaireBuffer(
  ourData: Bytes,
  /**
   * Issue 13: "us" writes the file for a colleague on our side. shareEvidence: the analyst chose to
   * show our Evidence column beside the questions (left out by default).
   */
  opts: { side?: Side; shareEvidence?: boolean } = {}
): Promise<{ buffer: Buffer; fileName: string; assessmentId: string }> {
  const ours = await loadOurAssessment(ourData);
  const side = opts.side ?? "them";
  // Asked with the workbook's own question set, so its answers land on its rows.
  const plan = buildQuestionnairePlan({
    assessmentId: ours.assessmentId,
    meta: ours.meta,
    items: oursItemSet(ours).items,
    itemSetVersion: ours.itemSetVersion,
    ...(side === "us" ? { side, sideCheck: sideCheck(ours.assessmentId, ours.meta.title) } : {}),
    ...(opts.shareEvidence ? { evidence: evidenceFromTables(readItemTables(ours.workbook)) } : {}),
  });
  return {
    buffer: await planToBuffer(plan),
    fileName:
      side === "us"
        ? portTexts().files.colleagueQuestionnaireName(safeName(ours.meta.us))
        : questionnaireFileName(ours.meta.them),
    assessmentId: ours.assessmentId,
  };
}

function writeValue(ws: ExcelJS.Worksheet, address: string, value: CellValue): void {
  // A string is a plain text value in exceljs (formulas only come from { formula } objects).
  ws.getCell(address).value = value;
}

/**
 * Text as Excel must find it in the file: Excel decodes "_xHHHH_" in cell text, so a literal one
 * (their note may hold "_x0007_") is written with its underscore escaped and reads back as typed.
 */
export function escapeOoxmlText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}

type RichRun = ExcelJS.RichText;

/** Our runs cut to the first `length` characters, then `tail` as a plain run: ours stay as they were. */
function appendRuns(runs: readonly RichRun[], length: number, tail: string): RichRun[] {
  const out: RichRun[] = [];
  let left = length;
  for (const run of runs) {
    if (left <= 0) break;
    out.push(run.text.length <= left ? run : { ...run, text: run.text.slice(0, left) });
    left -= run.text.length;
  }
  if (tail) out.push({ text: escapeOoxmlText(tail) });
  return out;
}

export type { NoteNotWritten };

/**
 * Writes a merged note into our Notes cell, keeping what is ours exactly as it is: rich text keeps its
 * runs and formatting, a link keeps its target and text (their note is appended to the text), a plain
 * text gets their note appended. A formula cannot take text without losing the formula, so it is left
 * alone and the note reported.
 */
function writeNote(
  ws: ExcelJS.Worksheet,
  address: string,
  merged: CellValue
): NoteNotWritten | undefined {
  const note: ExcelJS.Cell = ws.getCell(address);
  // exceljs, not Office.js: a cell's value is there without load() or sync().
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const current = note.value;
  const target = typeof merged === "string" ? merged : "";
  const plain = String(plainValue(current) ?? "");
  // Ours is everything before an earlier note of theirs, kept to the last character (spaces too).
  const at = plain.startsWith(THEIR_NOTE_MARK) ? 0 : plain.indexOf(`\n${THEIR_NOTE_MARK}`);
  const oursRaw = at < 0 ? plain : plain.slice(0, at);
  const tail = target.slice(ourNotePart(plain).length);
  if (current && typeof current === "object" && !(current instanceof Date)) {
    if ("formula" in current || "sharedFormula" in current) {
      return {
        sheet: ws.name,
        cell: address,
        note: tail.trim(),
        why: "formula",
      };
    }
    if ("richText" in current) {
      note.value = { richText: appendRuns(current.richText, oursRaw.length, tail) };
      return undefined;
    }
    if ("hyperlink" in current) {
      const link = current as ExcelJS.CellHyperlinkValue;
      const text = link.text as unknown;
      const newText =
        typeof text === "object" && text !== null && "richText" in text
          ? {
              richText: appendRuns(
                (text as ExcelJS.CellRichTextValue).richText,
                oursRaw.length,
                tail
              ),
            }
          : escapeOoxmlText(oursRaw + tail);
      note.value = { ...link, text: newText as string };
      return undefined;
    }
  }
  const value = typeof current === "string" ? oursRaw + tail : target;
  writeValue(ws, address, value === "" ? null : escapeOoxmlText(value));
  return undefined;
}

/** Applies a merge plan to an exceljs workbook (values only); returns notes it could not place. */
export function applyMerge(wb: ExcelJS.Workbook, plan: MergePlan): NoteNotWritten[] {
  const missing = (sheet: string) =>
    new ExchangeFileError(portTexts().files.noSheetAnyMore(quoteText(sheet, 40)));
  for (const col of plan.scores) {
    const ws = wb.getWorksheet(col.sheet);
    if (!ws) throw missing(col.sheet);
    const { col: c, row } = parseCell(col.firstCell);
    col.values.forEach((v, i) => writeValue(ws, cellAddress(c, row + i), v));
  }
  const notWritten: NoteNotWritten[] = [];
  for (const n of plan.notes) {
    const ws = wb.getWorksheet(n.sheet);
    if (!ws) throw missing(n.sheet);
    const skipped = writeNote(ws, n.cell, n.value);
    if (skipped && skipped.note) notWritten.push(skipped);
  }
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return notWritten;
}

export interface ImportOutcome {
  buffer: Buffer;
  report: ImportReport;
  merge: MergePlan;
  assessmentId: string;
  /** What the copy had to change besides their answers so it could be written (see normalise.ts). */
  normalised: string[];
  /** Their notes for Notes cells that hold a formula of ours (left as they are). */
  notesNotWritten: NoteNotWritten[];
  /** Their interests and objectives: rows written into our "Their interests" table, and any not placed. */
  interests: InterestsPlan;
}

/** Writes their interests into our "Their interests" table as text values (exceljs strings are never formulas). */
export function applyInterests(wb: ExcelJS.Workbook, plan: InterestsPlan): void {
  for (const w of plan.writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    const first = parseCell(w.address.split(":")[0]);
    w.values.forEach((v, c) =>
      writeValue(
        ws,
        cellAddress(first.col + c, first.row),
        typeof v === "string" ? escapeOoxmlText(v) : v
      )
    );
  }
}

/**
 * Validates their file against our workbook, then returns a merged copy. Throws ExchangeError /
 * ExchangeFileError before anything is written; the input bytes are never modified.
 */
export async function importAnswersBuffer(
  ourData: Bytes,
  theirData: Bytes,
  theirFileName?: string
): Promise<ImportOutcome> {
  const returned = await readReturnedQuestionnaire(theirData, theirFileName);
  const ours = await loadOurAssessment(ourData);
  const { items } = oursItemSet(ours);
  const validated = validateReturned(returned, {
    assessmentId: ours.assessmentId,
    itemSetVersion: ours.itemSetVersion,
    items,
  });
  // A colleague's questionnaire (our side) is a respondent, never their Their score column.
  if (
    respondentSide(
      returned,
      { ...ours.meta, assessmentId: ours.assessmentId },
      portTexts().files.theReturnedQuestionnaire
    ) === "us"
  )
    throw new ColleagueFileError(
      portTexts().files.colleagueAnswered(
        theirFileName ?? portTexts().files.theReturnedQuestionnaire
      )
    );
  const merge = planMerge(readItemTables(ours.workbook), validated, items);
  // Only the other side's table is read and written; ours (CF_Interests_Us) is never touched.
  const interests = planInterests(
    readItemTables(ours.workbook, (n) => n === TABLE_NAMES.interestsThem)[0],
    validated.interests.rows
  );
  const notesNotWritten = applyMerge(ours.workbook, merge);
  applyInterests(ours.workbook, interests);
  const normalised = normaliseForWrite(ours.workbook);
  return {
    buffer: await workbookToBuffer(ours.workbook),
    report: validated.report,
    merge,
    assessmentId: ours.assessmentId,
    normalised,
    notesNotWritten,
    interests,
  };
}

export { ANSWERS_TABLE };
