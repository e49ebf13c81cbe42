/**
 * The questionnaire file's own names: one place for every sheet, table, header and defined name the
 * exchange writes into the file it sends to the other party, and checks when the file comes back.
 */
import { DEFINED_NAMES, NAME_PREFIX } from "../workbook/names";

/**
 * The assessment id in OUR workbook and in the questionnaire. Ours lives on the cover sheet; when an
 * older workbook has none, the id is derived from the cover's facts (see assessment-id.ts).
 */
export const ASSESSMENT_ID_NAME = DEFINED_NAMES.assessmentId;

/** Plain sheet names: the other party reads them, and the import requires exactly these two. */
export const QUESTIONNAIRE_SHEETS = {
  instructions: "How to answer",
  answers: "Your answers",
} as const;

export const ANSWERS_TABLE = `${NAME_PREFIX}Answers`;

/** Defined names of the questionnaire file (the item-set version shares our workbook's name). */
export const QUESTIONNAIRE_NAMES = {
  assessmentId: ASSESSMENT_ID_NAME,
  itemSetVersion: DEFINED_NAMES.itemSetVersion,
  /** Marks the file as one of our questionnaires (value: QUESTIONNAIRE_KIND). */
  kind: `${NAME_PREFIX}FileKind`,
  /** Who answered: filled in by the respondent on the instructions sheet. */
  respondentName: `${NAME_PREFIX}RespondentName`,
  respondentRole: `${NAME_PREFIX}RespondentRole`,
  respondentOrg: `${NAME_PREFIX}RespondentOrg`,
  answeredOn: `${NAME_PREFIX}AnsweredOn`,
} as const;

export const QUESTIONNAIRE_KIND = "collabfit-questionnaire";

/** Column headers of the answers table, in column order; "Your score" lands in our "Their score". */
export const ANSWER_HEADERS = {
  id: "ID",
  topic: "Topic",
  question: "Question",
  anchor1: "1 means",
  anchor3: "3 means",
  anchor5: "5 means",
  score: "Your score",
  notes: "Your notes",
} as const;

export const ANSWER_TABLE_HEADERS: readonly string[] = Object.values(ANSWER_HEADERS);

/** Where their notes start inside our Notes cell; re-import replaces everything from here on. */
export const THEIR_NOTE_MARK = "Their note: ";

/** Longest note we carry over; Excel allows far more, but a note is a sentence or two. */
export const MAX_NOTE_LENGTH = 2000;

/** Limits checked on the raw file before any spreadsheet parser sees it. */
export const FILE_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxEntries: 200,
  maxUncompressedBytes: 40 * 1024 * 1024,
  /** Cells spanned by merged ranges, table ranges and defined names in all: a reader builds each one. */
  maxRangeCells: 100_000,
  /**
   * Cells covered by data validations in all: the reader builds one entry per cell, and a whole
   * column (a million cells) alone costs it seconds; the questionnaire's own cover a few dozen.
   */
  maxValidationCells: 100_000,
  /** The last column of a worksheet (XFD). */
  maxColumn: 16_384,
} as const;
