/**
 * Validation of a returned questionnaire. The adapter reads the file into plain data
 * (ReturnedWorkbook); this module decides, without touching any workbook, what may be imported.
 * Structural faults (wrong file, wrong assessment, changed sheets or table) refuse the whole file;
 * a bad answer in one cell is skipped and reported, its text kept as a note.
 */
import { ITEM_SET_VERSION, ITEMS, isItemSetVersion, itemSet } from "../method";
import { dimensionLabel, sourceDimensionLabel } from "../texts/method-words";
import { itemWording, sourceItemWording } from "../texts/question-words";
import type { AssessmentItem, ItemAnswers } from "../method/types";
import { offsetCell, rangeAddress } from "../workbook/a1";
import { NA_TEXT, sheetRef } from "../workbook/names";
import type { ItemTableValues, ReadProblem } from "../workbook/plan";
import { isFormulaLike, isNotApplicable } from "../input";
import { allowedScoresText, parseScore, scoreProblemText } from "../workbook/readback";
import { exchangeTexts } from "../texts/parts/exchange";
import { ExchangeError } from "./errors";
import { QUESTION_SET_CHECK_NAME, questionSetCheck } from "./fingerprint";
import { cutText, quoteText, safeLine } from "./quote";
import {
  ANSWER_HEADERS,
  ANSWER_TABLE_HEADERS,
  ANSWERS_TABLE,
  MAX_NOTE_LENGTH,
  QUESTIONNAIRE_KIND,
  QUESTIONNAIRE_NAMES,
  QUESTIONNAIRE_SHEETS,
} from "./names";
import { QUESTIONNAIRE_LAYOUT } from "./questionnaire";
import {
  THEIR_INTERESTS_TABLE,
  validateInterests,
  type InterestSkip,
  type TheirInterests,
} from "./interests";

/** A formula as the adapter found it: its text only, never evaluated and never written as a formula. */
export interface FormulaCell {
  formula: string;
}
/** A value the adapter could not represent (a date, an error value ...), described in words. */
export interface UnsupportedCell {
  unsupported: string;
}
export type ReturnedCell = string | number | boolean | null | FormulaCell | UnsupportedCell;

export interface ReturnedName {
  /** As stored in the file, e.g. "'How to answer'!$B$16". */
  refersTo: string;
  /** Value of the single cell it refers to (undefined when it is not one cell on a sheet in the file). */
  value: ReturnedCell | undefined;
}

/** A returned questionnaire as an adapter read it. */
export interface ReturnedWorkbook {
  sheetNames: string[];
  names: Record<string, ReturnedName>;
  /** Every table in the file (rows hold ReturnedCell values). */
  tables: ItemTableValues[];
}

export interface ExpectedAssessment {
  assessmentId: string;
  itemSetVersion?: string;
  items?: readonly AssessmentItem[];
}

export interface ImportedAnswer {
  itemId: string;
  sheet: string;
  cell: string;
  score: number | typeof NA_TEXT;
}

export interface SkippedAnswer {
  itemId: string;
  sheet: string;
  cell: string;
  column: "score" | "notes";
  value?: unknown;
  reason: string;
}

export interface ImportReport {
  assessmentId: string;
  imported: ImportedAnswer[];
  skipped: SkippedAnswer[];
  /** Their Step 1 table: rows read and cells left out (absent in a file sent before it existed). */
  interests?: { rows: number; skipped: InterestSkip[] };
}

export interface ValidatedAnswers {
  /** Every item of the set: a score, or null for N/A, unanswered or rejected. */
  answers: ItemAnswers;
  /** What goes into our "Their score" cell per item: a score, "N/A", or null (blank). */
  values: Record<string, number | typeof NA_TEXT | null>;
  /** Their note per item (only items with something to say), including rejected score text. */
  notes: Record<string, string>;
  /** Their interests and objectives, cleaned, for our "Their interests and objectives" table. */
  interests: TheirInterests;
  report: ImportReport;
}

/**
 * The reason given for a blank score cell: a marker callers compare with (the same in every
 * language); shown through `skipReason`.
 */
export const NOT_ANSWERED = "not answered";

/** A skipped cell's reason as a person reads it. */
export function skipReason(s: Pick<SkippedAnswer, "reason">): string {
  return s.reason === NOT_ANSWERED ? exchangeTexts().skipped.notAnswered : s.reason;
}

export function isFormulaCell(v: unknown): v is FormulaCell {
  return typeof v === "object" && v !== null && typeof (v as FormulaCell).formula === "string";
}

function isUnsupported(v: unknown): v is UnsupportedCell {
  return (
    typeof v === "object" && v !== null && typeof (v as UnsupportedCell).unsupported === "string"
  );
}

/** Text a spreadsheet could take for a formula (or a DDE/injection payload): core/input's one test. */
export { isFormulaLike };

/** A value from their file for a message: quoted, control characters escaped, length bounded. */
function describe(v: unknown): string {
  if (isFormulaCell(v)) return quoteText(`=${v.formula}`);
  if (isUnsupported(v)) return v.unsupported;
  return typeof v === "string" ? quoteText(v) : quoteText(String(v), 40).slice(1, -1);
}

/**
 * Characters a note of theirs loses: controls other than tab and newline (also when they arrive as
 * an _xHHHH_ escape, which the reader has decoded), bidirectional overrides, characters XML cannot
 * hold (lone surrogates, U+FFFE, U+FFFF and the other non-characters) that would make the merged
 * workbook unreadable.
 */
const NOT_IN_NOTES =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters a note loses
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A note as we keep it: unsafe characters dropped, line ends unified, cut without splitting a pair. */
export function cleanText(text: string, max = MAX_NOTE_LENGTH): { text: string; cut: boolean } {
  const t = text.replace(/\r\n?/g, "\n").replace(NOT_IN_NOTES, "").trim();
  return t.length > max ? { text: cutText(t, max).trimEnd(), cut: true } : { text: t, cut: false };
}

function cellText(v: ReturnedCell | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return undefined;
}

function checkFile(
  file: ReturnedWorkbook,
  expected: Required<ExpectedAssessment>,
  problems: ReadProblem[]
): ItemTableValues | undefined {
  const instr = QUESTIONNAIRE_SHEETS.instructions;
  const F = QUESTIONNAIRE_LAYOUT.facts;
  // Sheets first: a renamed sheet also breaks the names that point into it.
  const wanted: string[] = [instr, QUESTIONNAIRE_SHEETS.answers];
  const missing = wanted.filter((s) => !file.sheetNames.includes(s));
  const extra = file.sheetNames.filter((s) => !wanted.includes(s));
  const say = exchangeTexts().file;
  const allowedSheets = say.sheets(instr, QUESTIONNAIRE_SHEETS.answers);
  for (const s of missing) {
    problems.push({
      sheet: s,
      cell: "A1",
      message: say.missingSheet(s, extra.map((e) => quoteText(e, 40)).join(", "), allowedSheets),
    });
  }
  for (const s of extra) {
    if (missing.length) continue; // already named in the "renamed?" message
    problems.push({
      sheet: s,
      cell: "A1",
      message: say.extraSheet(quoteText(s, 40), allowedSheets),
    });
  }

  const kind = file.names[QUESTIONNAIRE_NAMES.kind];
  if (!kind || cellText(kind.value) !== QUESTIONNAIRE_KIND) {
    problems.push({
      sheet: instr,
      cell: F.kind,
      value: kind?.value,
      message: say.notQuestionnaire(QUESTIONNAIRE_NAMES.kind, QUESTIONNAIRE_KIND),
    });
    // Without the marker nothing else in the file can be trusted to mean what we expect.
    return undefined;
  }

  const id = file.names[QUESTIONNAIRE_NAMES.assessmentId];
  const idText = cellText(id?.value);
  if (idText === undefined) {
    problems.push({
      sheet: instr,
      cell: F.assessmentId,
      value: id?.value,
      message: say.noAssessmentId(QUESTIONNAIRE_NAMES.assessmentId, expected.assessmentId),
    });
  } else if (idText !== expected.assessmentId) {
    problems.push({
      sheet: instr,
      cell: F.assessmentId,
      value: idText,
      message: say.otherAssessment(quoteText(idText, 40), expected.assessmentId),
    });
  }
  const ver = file.names[QUESTIONNAIRE_NAMES.itemSetVersion];
  const verText = cellText(ver?.value);
  if (verText !== expected.itemSetVersion) {
    problems.push({
      sheet: instr,
      cell: F.itemSetVersion,
      value: ver?.value,
      message: say.version(
        verText === undefined ? say.missing : quoteText(verText, 40),
        expected.itemSetVersion
      ),
    });
  }
  // Made from exactly our questions? The check value follows every change to the item data.
  const check = file.names[QUESTION_SET_CHECK_NAME];
  const checkText = cellText(check?.value);
  const wantCheck = questionSetCheck(expected.items);
  if (checkText !== wantCheck) {
    problems.push({
      sheet: instr,
      cell: F.questionSetCheck,
      value: check?.value,
      message: say.questionCheck(
        checkText === undefined ? say.missing : quoteText(checkText, 40),
        wantCheck
      ),
    });
  }

  const table = file.tables.find((t) => t.tableName === ANSWERS_TABLE);
  if (!table) {
    problems.push({
      sheet: QUESTIONNAIRE_SHEETS.answers,
      cell: QUESTIONNAIRE_LAYOUT.tableTopLeft,
      message: say.noAnswersTable(ANSWERS_TABLE),
    });
    return undefined;
  }
  if (table.sheet !== QUESTIONNAIRE_SHEETS.answers) {
    problems.push({
      sheet: table.sheet,
      cell: table.topLeft,
      message: say.tableMoved(ANSWERS_TABLE, QUESTIONNAIRE_SHEETS.answers),
    });
  }
  const headers = table.headers.map((h) => String(h ?? "").trim());
  const same =
    headers.length === ANSWER_TABLE_HEADERS.length &&
    headers.every((h, i) => h === ANSWER_TABLE_HEADERS[i]);
  if (!same) {
    problems.push({
      sheet: table.sheet,
      cell: rangeAddress(table.topLeft, Math.max(1, headers.length), 1),
      value: headers.join(", "),
      message: say.headersChanged(
        quoteText(headers.join(", "), 80),
        ANSWER_TABLE_HEADERS.join(", ")
      ),
    });
    return undefined;
  }
  return table;
}

/**
 * Checks a returned questionnaire against the assessment it must belong to and sorts every answer
 * into imported or skipped. Throws ExchangeError (listing every structural problem) when the file as
 * a whole cannot be trusted.
 */
export function validateReturned(
  file: ReturnedWorkbook,
  expect: ExpectedAssessment
): ValidatedAnswers {
  const expected: Required<ExpectedAssessment> = {
    assessmentId: expect.assessmentId,
    itemSetVersion: expect.itemSetVersion ?? ITEM_SET_VERSION,
    // The items of the version named, so rows and version can never disagree.
    // (an unknown version is refused by the version check below, naming the cell).
    items:
      expect.items ??
      (isItemSetVersion(expect.itemSetVersion ?? ITEM_SET_VERSION)
        ? itemSet(expect.itemSetVersion ?? ITEM_SET_VERSION)
        : ITEMS),
  };
  const problems: ReadProblem[] = [];
  const table = checkFile(file, expected, problems);
  if (!table) throw new ExchangeError(problems);
  const interests = validateInterests(
    file.tables,
    QUESTIONNAIRE_SHEETS.answers,
    cleanText,
    problems
  );

  const col = (h: string) => ANSWER_TABLE_HEADERS.indexOf(h);
  const [idCol, scoreCol, notesCol] = [
    col(ANSWER_HEADERS.id),
    col(ANSWER_HEADERS.score),
    col(ANSWER_HEADERS.notes),
  ];
  const at = (c: number, r: number) => offsetCell(table.topLeft, c, r + 1);
  const byId = new Map(expected.items.map((i) => [i.id, i]));
  const seen = new Map<string, string>();
  const rows: Array<{ id: string; r: number; row: unknown[] }> = [];
  const say = exchangeTexts().file;
  const norm = (t: string) => t.replace(/\s+/g, " ").trim();
  // As sent: in the language in use, or in English (a file written before a language change).
  const same = (a: unknown, texts: readonly string[]) =>
    typeof a === "string" && texts.some((b) => norm(a) === norm(b));
  /** What they were asked must still read as sent: an edited question or anchor changes a score's meaning. */
  const checkWording = (item: AssessmentItem, row: unknown[], r: number) => {
    const w = itemWording(item);
    const en = sourceItemWording(item);
    const shown: Array<[string, string[]]> = [
      [
        ANSWER_HEADERS.topic,
        [dimensionLabel(item.dimension), sourceDimensionLabel(item.dimension)],
      ],
      [ANSWER_HEADERS.question, [w.question, en.question]],
      [ANSWER_HEADERS.anchor1, [w.anchors[1], en.anchors[1]]],
      [ANSWER_HEADERS.anchor3, [w.anchors[3], en.anchors[3]]],
      [ANSWER_HEADERS.anchor5, [w.anchors[5], en.anchors[5]]],
    ];
    for (const [header, text] of shown) {
      const c = col(header);
      if (!same(row[c], text))
        problems.push({
          sheet: table.sheet,
          cell: at(c, r),
          value: row[c],
          message: say.wordingChanged(header, item.id, describe(row[c] ?? "")),
        });
    }
  };

  table.rows.forEach((row, r) => {
    const raw = row[idCol] as ReturnedCell;
    const id = typeof raw === "string" ? raw.trim() : undefined;
    if (raw === null || raw === undefined || id === "") {
      if (row.some((v) => v !== null && v !== undefined && v !== "")) {
        problems.push({
          sheet: table.sheet,
          cell: at(idCol, r),
          message: say.noId,
        });
      }
      return;
    }
    if (id === undefined || !byId.has(id)) {
      problems.push({
        sheet: table.sheet,
        cell: at(idCol, r),
        value: raw,
        message: say.unknownId(describe(raw), expected.items.length, expected.itemSetVersion),
      });
      return;
    }
    const first = seen.get(id);
    if (first) {
      problems.push({
        sheet: table.sheet,
        cell: at(idCol, r),
        value: id,
        message: say.twice(id, first),
      });
      return;
    }
    seen.set(id, at(idCol, r));
    checkWording(byId.get(id)!, row, r);
    rows.push({ id, r, row });
  });
  for (const it of expected.items) {
    if (!seen.has(it.id)) {
      problems.push({
        sheet: table.sheet,
        cell: table.topLeft,
        message: say.missingItem(it.id),
      });
    }
  }
  if (problems.length) throw new ExchangeError(problems);

  const answers: ItemAnswers = {};
  const notes: Record<string, string> = {};
  const values: ValidatedAnswers["values"] = {};
  const report: ImportReport = { assessmentId: expected.assessmentId, imported: [], skipped: [] };
  for (const it of expected.items) {
    answers[it.id] = null;
    values[it.id] = null;
  }

  const skipped = exchangeTexts().skipped;
  for (const { id, r, row } of rows) {
    const noteParts: string[] = [];
    const skip = (column: SkippedAnswer["column"], value: unknown, reason: string) =>
      report.skipped.push({
        itemId: id,
        sheet: table.sheet,
        cell: at(column === "score" ? scoreCol : notesCol, r),
        column,
        value,
        reason,
      });

    const rawNote = row[notesCol] as ReturnedCell;
    if (isFormulaCell(rawNote)) {
      noteParts.push(`=${rawNote.formula}`);
      skip("notes", rawNote, skipped.noteFormula);
    } else if (isUnsupported(rawNote)) {
      skip("notes", rawNote, skipped.noteUnsupported(rawNote.unsupported));
    } else {
      const t = cellText(rawNote);
      if (t) noteParts.push(t);
    }

    const raw = row[scoreCol] as ReturnedCell;
    let rejectedText: string | undefined;
    if (isFormulaCell(raw)) {
      rejectedText = `=${raw.formula}`;
      skip("score", raw, skipped.scoreFormula(allowedScoresText()));
    } else if (isUnsupported(raw)) {
      skip("score", raw, skipped.scoreUnsupported(raw.unsupported, allowedScoresText()));
    } else if (typeof raw === "string" && isFormulaLike(raw)) {
      rejectedText = raw.trim();
      skip("score", raw, skipped.scoreFormulaLike(allowedScoresText()));
    } else {
      const parsed = parseScore(raw);
      if (!parsed.ok) {
        if (typeof raw === "string") rejectedText = raw.trim();
        // Their text is quoted here, escaped and bounded, never as the parser echoed it.
        const why =
          typeof raw === "string"
            ? skipped.scoreText(quoteText(raw.trim()))
            : scoreProblemText(parsed.problem);
        skip("score", raw, skipped.score(why, allowedScoresText()));
      } else if (parsed.score !== null) {
        answers[id] = parsed.score;
        values[id] = parsed.score;
        report.imported.push({
          itemId: id,
          sheet: table.sheet,
          cell: at(scoreCol, r),
          score: parsed.score,
        });
      } else if (isNotApplicable(raw)) {
        values[id] = NA_TEXT;
        report.imported.push({
          itemId: id,
          sheet: table.sheet,
          cell: at(scoreCol, r),
          score: NA_TEXT,
        });
      } else {
        skip("score", raw, NOT_ANSWERED);
      }
    }
    if (rejectedText) noteParts.push(skipped.rejectedInNote(rejectedText));
    const { text, cut } = cleanText(noteParts.join(" "));
    if (cut) skip("notes", undefined, skipped.noteCut(MAX_NOTE_LENGTH));
    if (text) notes[id] = text;
  }
  if (report.imported.length === 0) {
    // An empty or fully rejected file would only blank out "Their score": refuse it instead.
    const first = report.skipped.find((s) => s.column === "score");
    throw new ExchangeError([
      {
        sheet: table.sheet,
        cell: first?.cell ?? table.topLeft,
        value: first?.value,
        message: exchangeTexts().file.nothingToImport(
          report.skipped.filter((s) => s.column === "score").length,
          first ? skipReason(first) : exchangeTexts().file.noFirst
        ),
      },
    ]);
  }
  if (file.tables.some((t) => t.tableName === THEIR_INTERESTS_TABLE))
    report.interests = { rows: interests.rows.length, skipped: interests.skipped };
  return { answers, values, notes, interests, report };
}

/** The report as lines for a person (CLI output, pane list). */
export function formatImportReport(report: ImportReport): string[] {
  const na = report.imported.filter((a) => a.score === NA_TEXT).length;
  const blank = report.skipped.filter((s) => s.reason === NOT_ANSWERED);
  const rejected = report.skipped.filter((s) => s.column === "score" && s.reason !== NOT_ANSWERED);
  const t = exchangeTexts().report;
  const lines = [
    t.summary(report.imported.length, report.assessmentId, na, rejected.length, blank.length),
  ];
  const indent = (line: string) => `  ${line}`;
  for (const s of report.skipped) {
    if (s.reason === NOT_ANSWERED) continue;
    lines.push(
      indent(
        t.skipped(
          s.itemId,
          t.column[s.column],
          `${sheetRef(s.sheet)}!${s.cell}`,
          s.value !== undefined && s.value !== null ? describe(s.value) : "",
          s.reason
        )
      )
    );
  }
  if (blank.length)
    lines.push(indent(t.notAnswered(blank.map((s) => `${s.itemId} (${s.cell})`).join(", "))));
  if (report.interests) {
    lines.push(indent(t.interests(report.interests.rows)));
    for (const s of report.interests.skipped)
      lines.push(indent(t.interestSkipped(s.cell, s.reason)));
  }
  // Every line is shown to a person: nothing from their file may act on the terminal.
  return lines.map((l) => safeLine(l, 2000));
}
