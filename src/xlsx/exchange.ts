/**
 * The exchange on .xlsx files (exceljs): build the questionnaire from our workbook, read a returned
 * questionnaire into plain data, and merge validated answers into a copy of our workbook.
 * A returned file is checked as a zip (size, entry count, inflated size) before exceljs parses it.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  ANSWERS_TABLE,
  ASSESSMENT_ID_NAME,
  FILE_LIMITS,
  buildQuestionnairePlan,
  formatImportReport,
  planMerge,
  resolveAssessmentId,
  validateReturned,
  type ImportReport,
  type MergePlan,
  type ReturnedCell,
  type ReturnedName,
  type ReturnedWorkbook,
} from "../core/exchange";
import { ExchangeError, ExchangeFileError } from "../core/exchange/errors";
import { ITEM_SET_VERSION, itemSet, type AssessmentItem } from "../core/method";
import { cellAddress, parseCell } from "../core/workbook/a1";
import { DEFINED_NAMES } from "../core/workbook/names";
import type { AssessmentMeta, CellValue, ItemTableValues } from "../core/workbook/plan";
import { plainValue, readItemTables, readMeta } from "./read";
import { loadWorkbook, planToBuffer, workbookToBuffer } from "./write";

export { ExchangeError, ExchangeFileError, formatImportReport };

export type Bytes = Uint8Array | ArrayBuffer;

function toUint8(data: Bytes): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** jszip's chunked reader: public in jszip 3 but missing from its type declarations. */
interface ChunkStream {
  on(event: "data", fn: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "error", fn: (e: Error) => void): ChunkStream;
  on(event: "end", fn: () => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}
interface StreamingEntry {
  internalStream(type: "uint8array"): ChunkStream;
}

/**
 * Inflates one entry in chunks and stops as soon as the running total passes `budget`; the chunks
 * go to `keep` so the caller can scan the text without inflating twice.
 */
function inflatedSize(
  file: JSZip.JSZipObject,
  budget: number,
  label: string,
  keep: Uint8Array[]
): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    let done = false;
    const stream = (file as unknown as StreamingEntry).internalStream("uint8array");
    stream
      .on("data", (chunk: Uint8Array) => {
        n += chunk.length;
        keep.push(chunk);
        if (n > budget && !done) {
          done = true;
          stream.pause();
          reject(
            new ExchangeFileError(
              `${label} unpacks to more than ${mb(FILE_LIMITS.maxUncompressedBytes)}; allowed: a normal questionnaire (refused as a possible zip bomb)`
            )
          );
        }
      })
      .on("error", (e: Error) => {
        if (!done) reject(new ExchangeFileError(`${label} is a damaged zip file: ${e.message}`));
        done = true;
      })
      .on("end", () => {
        if (!done) resolve(n);
        done = true;
      })
      .resume();
  });
}

/**
 * Refuses anything that is not a plausible .xlsx before a spreadsheet parser sees it: wrong name,
 * too big, not a zip, too many entries, too much once unpacked, macros, no workbook part.
 */
export async function checkXlsxFile(
  data: Bytes,
  label = "the file",
  fileName?: string
): Promise<void> {
  const bytes = toUint8(data);
  if (fileName !== undefined && !/\.xlsx$/i.test(fileName)) {
    throw new ExchangeFileError(
      `${label} "${fileName}" is not an .xlsx file; allowed: an .xlsx workbook`
    );
  }
  if (bytes.length > FILE_LIMITS.maxBytes) {
    throw new ExchangeFileError(
      `${label} is ${mb(bytes.length)}; allowed: at most ${mb(FILE_LIMITS.maxBytes)}`
    );
  }
  if (
    bytes.length < 4 ||
    bytes[0] !== 0x50 ||
    bytes[1] !== 0x4b ||
    bytes[2] !== 0x03 ||
    bytes[3] !== 0x04
  ) {
    throw new ExchangeFileError(
      `${label} is not an .xlsx workbook (it is not a zip file); allowed: an .xlsx workbook`
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw new ExchangeFileError(`${label} is a damaged zip file: ${(e as Error).message}`);
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (entries.length > FILE_LIMITS.maxEntries) {
    throw new ExchangeFileError(
      `${label} holds ${entries.length} parts; allowed: at most ${FILE_LIMITS.maxEntries} (refused as a possible zip bomb)`
    );
  }
  const names = new Set(entries.map((f) => f.name));
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) {
    throw new ExchangeFileError(
      `${label} is a zip file but not an Excel workbook (no xl/workbook.xml); allowed: an .xlsx workbook`
    );
  }
  if ([...names].some((n) => /vbaProject\.bin$/i.test(n))) {
    throw new ExchangeFileError(
      `${label} contains macros; allowed: an .xlsx workbook without macros`
    );
  }
  let budget = FILE_LIMITS.maxUncompressedBytes;
  const counted = { range: 0, validation: 0 };
  for (const f of entries) {
    const chunks: Uint8Array[] = [];
    budget -= await inflatedSize(f, budget, label, chunks);
    checkRanges(f.name, new TextDecoder().decode(concat(chunks)), counted, label);
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (e[0] !== "#") return named[e.toLowerCase()];
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/**
 * Column and row of one end of a range, read as leniently as exceljs reads it (letters A-Z until
 * the first digit, "$" and other characters before the row skipped), so no spelling slips past.
 */
function lenientCell(text: string): { col: number; row: number } | undefined {
  let col = 0;
  let row = 0;
  let hasCol = false;
  let hasRow = false;
  for (const ch of text) {
    if (!hasRow && ch >= "A" && ch <= "Z") {
      hasCol = true;
      col = col * 26 + ch.charCodeAt(0) - 64;
    } else if (ch >= "0" && ch <= "9") {
      hasRow = true;
      row = row * 10 + ch.charCodeAt(0) - 48;
    } else if (hasRow && hasCol && ch !== "$") break;
  }
  return hasCol && hasRow ? { col, row } : undefined;
}

/**
 * How many cells a reader would visit for "A1:B2" (after an optional "Sheet!" prefix): the larger
 * of exceljs's reading (lower-case letters skipped) and ours (any case).
 */
function rangeCells(ref: string): number {
  const count = (text: string) => {
    const parts = text.replace(/^(?:'(?:[^']|'')*'|[^'^ !]*)!/, "").split(":");
    if (parts.length < 2) return 1;
    const a = lenientCell(parts[0]);
    const b = lenientCell(parts[1]);
    return a && b ? (Math.abs(a.row - b.row) + 1) * (Math.abs(a.col - b.col) + 1) : 0;
  };
  return Math.max(count(ref), count(ref.toUpperCase()));
}

const START_TAG =
  /<(?:[\w.-]+:)?(mergeCell|dataValidation|col|table|definedName)(?=[\s/>])((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * exceljs builds one object per cell of every merged range, data validation and defined name, and
 * one column per <col> up to its max; our reader visits every cell of every table. A file of a few
 * kilobytes can name billions of them: refuse it before any of that is built.
 */
function checkRanges(
  part: string,
  xml: string,
  counted: { range: number; validation: number },
  label: string
): void {
  const refuse = (what: string, ref: string, cells: number, max: number): never => {
    throw new ExchangeFileError(
      `${label} has ${what} ${ref.slice(0, 40)} in ${part} spanning ${cells.toLocaleString("en-US")} cells; allowed: at most ${max.toLocaleString("en-US")} cells in all (refused: reading it would exhaust memory)`
    );
  };
  for (const m of xml.matchAll(START_TAG)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2].matchAll(ATTRIBUTE)) attrs[a[1]] = decodeXml(a[2] ?? a[3]);
    const kind = m[1];
    if (kind === "col") {
      const max = parseInt(attrs.max ?? "0", 10);
      if (max > FILE_LIMITS.maxColumn) {
        throw new ExchangeFileError(
          `${label} sets the width of column ${max} in ${part}; allowed: columns 1 to ${FILE_LIMITS.maxColumn}`
        );
      }
    } else if (kind === "dataValidation") {
      const ref = attrs.sqref ?? "";
      counted.validation += ref
        .split(/\s+/)
        .filter(Boolean)
        .reduce((n, r) => n + rangeCells(r), 0);
      if (counted.validation > FILE_LIMITS.maxValidationCells)
        refuse("a data validation on", ref, counted.validation, FILE_LIMITS.maxValidationCells);
    } else {
      let ref = attrs.ref ?? "";
      let cells = rangeCells(ref);
      if (kind === "definedName" && m[3] !== "/") {
        // The name's formula is the element's text, up to its end tag (comments and CDATA dropped).
        const end = xml.indexOf("definedName>", m.index + m[0].length);
        ref = decodeXml(
          xml
            .slice(m.index + m[0].length, end < 0 ? xml.length : end)
            .replace(/<!--[\s\S]*?-->|<!\[CDATA\[|\]\]>|<[^>]*>?/g, "")
        );
        cells = ref.split(",").reduce((n, r) => n + rangeCells(r), 0);
      }
      counted.range += cells;
      const what = { mergeCell: "merged cells", table: "a table", definedName: "a defined name" }[
        kind
      ];
      if (counted.range > FILE_LIMITS.maxRangeCells)
        refuse(what ?? kind, ref, counted.range, FILE_LIMITS.maxRangeCells);
    }
  }
}

async function parse(data: Bytes, label: string): Promise<ExcelJS.Workbook> {
  try {
    return await loadWorkbook(toUint8(data).slice().buffer as ArrayBuffer);
  } catch (e) {
    throw new ExchangeFileError(
      `${label} could not be read as an .xlsx workbook: ${(e as Error).message}`
    );
  }
}

/** A cell as the validator needs it: formulas as their text (never the cached result). */
function returnedCell(v: ExcelJS.CellValue): ReturnedCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return { unsupported: `a date (${v.toISOString().slice(0, 10)})` };
  if ("formula" in v && typeof v.formula === "string") return { formula: v.formula };
  if ("sharedFormula" in v)
    return { formula: String((v as ExcelJS.CellSharedFormulaValue).sharedFormula) };
  if ("error" in v)
    return { unsupported: `an error value (${String((v as ExcelJS.CellErrorValue).error)})` };
  const plain = plainValue(v);
  return typeof plain === "string" ? plain : { unsupported: "a value that is not plain text" };
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
  const label = "the returned questionnaire";
  await checkXlsxFile(data, label, fileName);
  const wb = await parse(data, label);
  const sheetNames: string[] = [];
  const tables: ItemTableValues[] = [];
  wb.eachSheet((ws) => {
    sheetNames.push(ws.name);
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
          `${label}: table ${model.name} on sheet "${ws.name}" has the range "${ref}"; allowed: a range such as A4:H40, as the questionnaire was sent`
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

export interface OurAssessment {
  workbook: ExcelJS.Workbook;
  meta: AssessmentMeta;
  assessmentId: string;
  /** False when the workbook has no CF_AssessmentId and the id was derived from the cover. */
  storedId: boolean;
  itemSetVersion: string;
}

/** Our workbook, its cover facts and the id a questionnaire must carry. */
export async function loadOurAssessment(data: Bytes): Promise<OurAssessment> {
  const wb = await parse(data, "the assessment workbook");
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
    itemSetVersion: typeof ver === "string" && ver.trim() ? ver.trim() : ITEM_SET_VERSION,
  };
}

/** The released question set our workbook names, or a one-line error naming the known ones. */
function oursItemSet(ours: OurAssessment): { items: readonly AssessmentItem[] } {
  try {
    return { items: itemSet(ours.itemSetVersion) };
  } catch (err) {
    throw new ExchangeFileError(`the assessment workbook's ${(err as Error).message}`);
  }
}

/** A file name for the questionnaire: "Questionnaire <other party>.xlsx", safe on every system. */
export function questionnaireFileName(them: string): string {
  const safe = them
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 60);
  return `Questionnaire ${safe || "other party"}.xlsx`;
}

/** The questionnaire for the other party, as .xlsx bytes. Our workbook is only read. */
export async function buildQuestionnaireBuffer(
  ourData: Bytes
): Promise<{ buffer: Buffer; fileName: string; assessmentId: string }> {
  const ours = await loadOurAssessment(ourData);
  // Asked with the workbook's own question set, so its answers land on its rows.
  const plan = buildQuestionnairePlan({
    assessmentId: ours.assessmentId,
    meta: ours.meta,
    items: oursItemSet(ours).items,
    itemSetVersion: ours.itemSetVersion,
  });
  return {
    buffer: await planToBuffer(plan),
    fileName: questionnaireFileName(ours.meta.them),
    assessmentId: ours.assessmentId,
  };
}

function writeValue(ws: ExcelJS.Worksheet, address: string, value: CellValue): void {
  // A string is a plain text value in exceljs (formulas only come from { formula } objects).
  ws.getCell(address).value = value;
}

/** Applies a merge plan to an exceljs workbook (values only). */
export function applyMerge(wb: ExcelJS.Workbook, plan: MergePlan): void {
  for (const col of plan.scores) {
    const ws = wb.getWorksheet(col.sheet);
    if (!ws) throw new Error(`sheet '${col.sheet}' disappeared while importing`);
    const { col: c, row } = parseCell(col.firstCell);
    col.values.forEach((v, i) => writeValue(ws, cellAddress(c, row + i), v));
  }
  for (const n of plan.notes) {
    const ws = wb.getWorksheet(n.sheet);
    if (!ws) throw new Error(`sheet '${n.sheet}' disappeared while importing`);
    writeValue(ws, n.cell, n.value);
  }
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
}

export interface ImportOutcome {
  buffer: Buffer;
  report: ImportReport;
  merge: MergePlan;
  assessmentId: string;
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
  const merge = planMerge(readItemTables(ours.workbook), validated, items);
  applyMerge(ours.workbook, merge);
  return {
    buffer: await workbookToBuffer(ours.workbook),
    report: validated.report,
    merge,
    assessmentId: ours.assessmentId,
  };
}

export { ANSWERS_TABLE };
