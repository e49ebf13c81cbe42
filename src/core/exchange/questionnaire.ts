/**
 * The questionnaire sent to the other party, as a WorkbookPlan. It carries the items, one score and
 * one notes column for THEM, instructions written to them, and the identifiers that tie the file to
 * our assessment. Nothing of ours goes in: no scores, notes, weights, results or roadmap, no title
 * and no assessor names (the plan is built from the item set and two organisation names only).
 */
import { ITEM_SET_VERSION, itemSet } from "../method";
import { dimensionLabel } from "../texts/method-words";
import { itemWording } from "../texts/question-words";
import type { AssessmentItem, Perspective, Side } from "../method/types";
import { COLLEAGUE_NAMES } from "../rounds/colleague";
import { absolute, offsetCell, parseCell, rangeAddress } from "../workbook/a1";
import {
  INTEREST_HEADERS,
  INTEREST_KINDS,
  ITEM_HEADERS,
  NA_TEXT,
  SCORE_CHOICES,
  sheetRef,
} from "../workbook/names";
import { exchangeTexts } from "../texts/parts/exchange";
import type {
  AssessmentMeta,
  CellWrite,
  ItemTableValues,
  SheetPlan,
  WorkbookPlan,
} from "../workbook/plan";
import { cutText } from "./quote";
import { isAssessmentId } from "./assessment-id";
import { QUESTIONNAIRE_INTEREST_ROWS, THEIR_INTERESTS_TABLE } from "./interests";
import { QUESTION_SET_CHECK_NAME, questionSetCheck } from "./fingerprint";
import {
  ANSWER_HEADERS,
  ANSWER_TABLE_HEADERS,
  ANSWERS_TABLE,
  MAX_NOTE_LENGTH,
  QUESTIONNAIRE_KIND,
  QUESTIONNAIRE_NAMES,
  QUESTIONNAIRE_SHEETS,
} from "./names";

export interface QuestionnaireInput {
  assessmentId: string;
  /** Only the organisation names and our perspective are used. */
  meta: Pick<AssessmentMeta, "us" | "them" | "perspective">;
  items?: readonly AssessmentItem[];
  itemSetVersion?: string;
  /** ISO date the answers are due back; left out of the text when not given. */
  dueDate?: string;
  /** Who the file goes back to (a person or mailbox); default: our organisation. */
  returnTo?: string;
  /**
   * Issue 13: "us" makes the file for a colleague on our side (same questions, addressed to them,
   * carrying COLLEAGUE_NAMES and `sideCheck`); default "them", the other party's file as before.
   */
  side?: Side;
  /** Required with side "us": rounds/colleague `sideCheck(assessmentId, our title)`. */
  sideCheck?: string;
  /**
   * Our Evidence per item id, ONLY when the analyst chose to share it (`--share-evidence`): shown in
   * a read-only column beside the answers table. Left out, nothing of our evidence is in the file.
   */
  evidence?: Record<string, string>;
}

/** Our Evidence column per item id, from our item tables (older workbooks have none). */
export function evidenceFromTables(tables: readonly ItemTableValues[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tables) {
    const headers = t.headers.map((h) => String(h ?? "").trim());
    const idCol = headers.indexOf(ITEM_HEADERS.id);
    const evCol = headers.indexOf(ITEM_HEADERS.evidence);
    if (idCol < 0 || evCol < 0) continue;
    for (const row of t.rows) {
      const id = row[idCol];
      const ev = row[evCol];
      if (typeof id === "string" && (typeof ev === "string" || typeof ev === "number")) {
        const text = String(ev).trim();
        if (text) out[id.trim()] = cutText(text, MAX_NOTE_LENGTH);
      }
    }
  }
  return out;
}

/** Where things sit; the import finds them by defined name and table name, tests by these. */
export const QUESTIONNAIRE_LAYOUT = {
  tableTopLeft: "A4",
  progressCell: "B2",
  facts: {
    requestedBy: "B12",
    answeringFor: "B13",
    side: "B14",
    answered: "B15",
    assessmentId: "B16",
    itemSetVersion: "B17",
    kind: "B18",
    /** The question set's check value (see fingerprint.ts). */
    questionSetCheck: "B19",
  },
  /** Cells the respondent fills in about themselves (named CF_Respondent*). */
  respondent: {
    name: "B23",
    role: "B24",
    org: "B25",
    answeredOn: "B26",
  },
} as const;

/** Only in a colleague's questionnaire (side "us"). */
const COLLEAGUE_CELLS = { side: "B28", check: "B29" } as const;

export function otherPerspective(p: Perspective): Perspective {
  return p === "customer" ? "supplier" : "customer";
}

/** The body range of one answers-table column ("G5:G44"). */
export function answerColumnRange(header: string, itemCount: number): string {
  const col = ANSWER_TABLE_HEADERS.indexOf(header);
  if (col < 0) throw new Error(`"${header}" is not a column of the answers table`);
  return rangeAddress(offsetCell(QUESTIONNAIRE_LAYOUT.tableTopLeft, col, 1), 1, itemCount);
}

/** Text inside a formula: in double quotes, a quote doubled (a translation may hold one). */
function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

const LABEL: CellWrite["style"] = { bold: true, vertical: "top" };
const INPUT: CellWrite["style"] = { unlocked: true, fill: "#FFF2CC", border: "thin" };

function instructionsSheet(input: Required<QuestionnaireInput>, scoreRange: string): SheetPlan {
  const { us } = input.meta;
  const colleague = input.side === "us";
  // Who answers ("them" in the texts below) and who the other party is from their seat.
  const them = colleague ? us : input.meta.them;
  const other = colleague ? input.meta.them : us;
  const side = colleague ? input.meta.perspective : otherPerspective(input.meta.perspective);
  const n = input.items.length;
  const F = QUESTIONNAIRE_LAYOUT.facts;
  const R = QUESTIONNAIRE_LAYOUT.respondent;
  const para = (row: number, head: string, text: string): CellWrite[] => [
    { address: `A${row}`, value: head, style: LABEL },
    { address: `B${row}`, value: text, style: { wrap: true, vertical: "top" } },
  ];
  const answersRef = sheetRef(QUESTIONNAIRE_SHEETS.answers);
  const t = exchangeTexts().questionnaire;
  return {
    name: QUESTIONNAIRE_SHEETS.instructions,
    role: "instructions",
    tabColor: "#2F5597",
    columnWidths: { A: 22, B: 90 },
    cells: [
      { address: "A1", value: t.title, style: { bold: true, fontSize: 16 } },
      {
        address: "A2",
        value: colleague ? t.forColleague(us) : t.forThem(them, us),
        style: { italic: true },
      },
      ...para(4, t.why, colleague ? t.whyColleague(us, other) : t.whyThem(us)),
      ...para(
        5,
        t.how,
        t.howText(QUESTIONNAIRE_SHEETS.answers, them, other, ANSWER_HEADERS.score, NA_TEXT)
      ),
      ...para(6, t.notes, t.notesText(ANSWER_HEADERS.notes)),
      ...para(
        7,
        t.contents,
        colleague
          ? t.contentsColleague(other)
          : Object.keys(input.evidence).length
            ? t.contentsEvidence(us)
            : t.contentsThem(us)
      ),
      ...para(8, t.sendingBack, t.sendingBackText(input.returnTo || us, input.dueDate)),
      ...para(9, t.use, colleague ? t.useColleague(other) : t.useThem(us)),
      { address: "A11", value: t.aboutFile, style: { bold: true, fontSize: 12 } },
      { address: "A12", value: t.requestedBy, style: LABEL },
      { address: F.requestedBy, value: us },
      { address: "A13", value: t.answeringFor, style: LABEL },
      { address: F.answeringFor, value: them },
      { address: "A14", value: t.yourSide, style: LABEL },
      { address: F.side, value: side },
      { address: "A15", value: t.answeredSoFar, style: LABEL },
      {
        address: F.answered,
        formula: `COUNTA(${answersRef}!${absolute(scoreRange)})&${formulaText(` ${t.ofCount(n)}`)}`,
      },
      { address: "A16", value: t.reference, style: LABEL },
      { address: F.assessmentId, value: input.assessmentId },
      { address: "A17", value: t.questionSet, style: LABEL },
      { address: F.itemSetVersion, value: input.itemSetVersion },
      { address: "A18", value: t.fileType, style: LABEL },
      { address: F.kind, value: QUESTIONNAIRE_KIND },
      { address: "A19", value: t.questionCheck, style: LABEL },
      { address: F.questionSetCheck, value: questionSetCheck(input.items) },
      {
        address: "A20",
        value: t.goToQuestions,
        hyperlink: `${answersRef}!A1`,
        style: { fontColor: "#0563C1" },
      },
      { address: "A22", value: t.aboutYou, style: { bold: true, fontSize: 12 } },
      { address: "B22", value: t.aboutYouHelp, style: { italic: true } },
      { address: "A23", value: t.yourName, style: LABEL },
      { address: R.name, value: null, style: INPUT },
      { address: "A24", value: t.yourRole, style: LABEL },
      { address: R.role, value: null, style: INPUT },
      { address: "A25", value: t.yourOrg, style: LABEL },
      { address: R.org, value: them, style: INPUT },
      { address: "A26", value: t.dateAnswered, style: LABEL },
      { address: R.answeredOn, value: null, style: { ...INPUT, numberFormat: "yyyy-mm-dd" } },
      // A colleague's file says so (and proves it with the check), so its answers land on our side.
      ...(colleague
        ? [
            { address: "A28", value: t.answeredFor, style: LABEL },
            { address: COLLEAGUE_CELLS.side, value: side },
            { address: "A29", value: t.sideCheck, style: LABEL },
            { address: COLLEAGUE_CELLS.check, value: input.sideCheck },
          ]
        : []),
    ],
    validations: [
      {
        kind: "date",
        range: R.answeredOn,
        allowBlank: true,
        error: { ...t.notDate },
      },
    ],
    print: { landscape: false, fitToWidth: true },
    protect: {},
  };
}

function answersSheet(input: Required<QuestionnaireInput>, scoreRange: string): SheetPlan {
  const t = exchangeTexts().questionnaire;
  const n = input.items.length;
  const notesRange = answerColumnRange(ANSWER_HEADERS.notes, n);
  const bodyRange = rangeAddress(
    offsetCell(QUESTIONNAIRE_LAYOUT.tableTopLeft, 0, 1),
    ANSWER_TABLE_HEADERS.length,
    n
  );
  const firstScore = scoreRange.split(":")[0];
  const headerRow = parseCell(QUESTIONNAIRE_LAYOUT.tableTopLeft).row;
  // Step 1 asks the other party for their own interests and objectives (not a colleague: ours are
  // the analyst's to write). Below the questions, in the wide Question column and the anchors'.
  // Shared evidence sits beside the table (outside it), so the import's table check is unchanged.
  const shared = Object.keys(input.evidence).length > 0;
  const evCol = offsetCell(QUESTIONNAIRE_LAYOUT.tableTopLeft, ANSWER_TABLE_HEADERS.length, 0);
  const evidenceCells: CellWrite[] = shared
    ? [
        { address: evCol, value: t.evidenceFrom(input.meta.us), style: { bold: true } },
        ...input.items.flatMap((it, i) =>
          input.evidence[it.id]
            ? [
                {
                  address: offsetCell(evCol, 0, i + 1),
                  value: input.evidence[it.id],
                  style: { wrap: true, vertical: "top" as const, fontColor: "#595959" },
                },
              ]
            : []
        ),
      ]
    : [];
  const interests = input.side === "them";
  const iTop = headerRow + n + 4;
  const iCol = ANSWER_TABLE_HEADERS.indexOf(ANSWER_HEADERS.question);
  const iFirst = offsetCell(QUESTIONNAIRE_LAYOUT.tableTopLeft, iCol, iTop - headerRow);
  const iBody = rangeAddress(
    offsetCell(iFirst, 0, 1),
    INTEREST_HEADERS.length,
    QUESTIONNAIRE_INTEREST_ROWS
  );
  const iKinds = rangeAddress(offsetCell(iFirst, 1, 1), 1, QUESTIONNAIRE_INTEREST_ROWS);
  return {
    name: QUESTIONNAIRE_SHEETS.answers,
    role: "questionnaire",
    tabColor: "#548235",
    columnWidths: {
      A: 11,
      B: 20,
      C: 52,
      D: 24,
      E: 24,
      F: 24,
      G: 12,
      H: 44,
      ...(shared ? { I: 30 } : {}),
    },
    freeze: { rows: 4, columns: 0 },
    cells: [
      { address: "A1", value: t.answersHeading, style: { bold: true, fontSize: 14 } },
      { address: "A2", value: t.answered, style: { bold: true } },
      {
        address: QUESTIONNAIRE_LAYOUT.progressCell,
        formula: `COUNTA(${absolute(scoreRange)})&${formulaText(` ${t.ofCount(n)}`)}`,
      },
      {
        address: "C2",
        value: t.answersHelp(ANSWER_HEADERS.score),
        style: { italic: true },
      },
      ...evidenceCells,
      ...(interests
        ? [
            {
              address: offsetCell(iFirst, 0, -2),
              value: t.interestsHeading,
              style: { bold: true, fontSize: 12 },
            },
            {
              address: offsetCell(iFirst, 0, -1),
              value: t.interestsHelp,
              style: { italic: true },
            },
          ]
        : []),
    ],
    rangeStyles: [
      { range: bodyRange, style: { wrap: true, vertical: "top" } },
      { range: scoreRange, style: { unlocked: true, horizontal: "center", wrap: false } },
      { range: notesRange, style: { unlocked: true, wrap: true, vertical: "top" } },
      ...(interests
        ? [{ range: iBody, style: { ...INPUT, wrap: true, vertical: "top" as const } }]
        : []),
    ],
    tables: [
      {
        name: ANSWERS_TABLE,
        topLeft: QUESTIONNAIRE_LAYOUT.tableTopLeft,
        headers: [...ANSWER_TABLE_HEADERS],
        rows: input.items.map((it) => {
          const w = itemWording(it);
          const label = dimensionLabel(it.dimension);
          return [it.id, label, w.question, w.anchors[1], w.anchors[3], w.anchors[5], null, null];
        }),
        style: "TableStyleMedium2",
      },
      ...(interests
        ? [
            {
              name: THEIR_INTERESTS_TABLE,
              topLeft: iFirst,
              headers: [...INTEREST_HEADERS],
              rows: Array.from({ length: QUESTIONNAIRE_INTEREST_ROWS }, () =>
                INTEREST_HEADERS.map(() => null)
              ),
              style: "TableStyleLight9",
            },
          ]
        : []),
    ],
    validations: [
      {
        kind: "list",
        range: scoreRange,
        values: [...SCORE_CHOICES],
        allowBlank: true,
        prompt: { ...t.scorePrompt },
        error: { ...t.scoreError },
      },
      ...(interests
        ? [
            {
              kind: "list" as const,
              range: iKinds,
              values: [...INTEREST_KINDS],
              allowBlank: true,
              error: { ...t.kindError },
            },
          ]
        : []),
    ],
    conditionalFormats: [
      // Unanswered questions stand out until a score is picked.
      { kind: "formula", range: scoreRange, formula: `LEN(${firstScore})=0`, fill: "#FFF2CC" },
    ],
    print: {
      landscape: true,
      fitToWidth: true,
      printTitleRows: `$${headerRow}:$${headerRow}`,
    },
    protect: {},
  };
}

export function buildQuestionnairePlan(input: QuestionnaireInput): WorkbookPlan {
  const say = exchangeTexts();
  if (!isAssessmentId(input.assessmentId)) {
    throw new Error(say.prepare.badId(input.assessmentId));
  }
  const full: Required<QuestionnaireInput> = {
    assessmentId: input.assessmentId,
    meta: input.meta,
    // The items of the version named, so rows and version can never disagree.
    items: input.items ?? itemSet(input.itemSetVersion ?? ITEM_SET_VERSION),
    itemSetVersion: input.itemSetVersion ?? ITEM_SET_VERSION,
    dueDate: input.dueDate ?? "",
    returnTo: input.returnTo ?? "",
    side: input.side ?? "them",
    sideCheck: input.sideCheck ?? "",
    evidence: input.evidence ?? {},
  };
  if (full.side === "us" && !/^US-[0-9A-F]{16}$/.test(full.sideCheck))
    throw new Error(say.prepare.noSideCheck);
  for (const [field, v] of [
    [say.prepare.us, full.meta.us],
    [say.prepare.them, full.meta.them],
  ] as const) {
    if (typeof v !== "string" || v.trim() === "") {
      throw new Error(say.prepare.noName(field));
    }
  }
  const scoreRange = answerColumnRange(ANSWER_HEADERS.score, full.items.length);
  const instr = instructionsSheet(full, scoreRange);
  const ref = (cell: string) => `${sheetRef(instr.name)}!${absolute(cell)}`;
  const F = QUESTIONNAIRE_LAYOUT.facts;
  return {
    sheets: [instr, answersSheet(full, scoreRange)],
    names: [
      {
        name: QUESTIONNAIRE_NAMES.assessmentId,
        refersTo: ref(F.assessmentId),
        comment: say.questionnaire.idComment,
      },
      { name: QUESTIONNAIRE_NAMES.itemSetVersion, refersTo: ref(F.itemSetVersion) },
      { name: QUESTIONNAIRE_NAMES.kind, refersTo: ref(F.kind) },
      { name: QUESTION_SET_CHECK_NAME, refersTo: ref(F.questionSetCheck) },
      {
        name: QUESTIONNAIRE_NAMES.respondentName,
        refersTo: ref(QUESTIONNAIRE_LAYOUT.respondent.name),
      },
      {
        name: QUESTIONNAIRE_NAMES.respondentRole,
        refersTo: ref(QUESTIONNAIRE_LAYOUT.respondent.role),
      },
      {
        name: QUESTIONNAIRE_NAMES.respondentOrg,
        refersTo: ref(QUESTIONNAIRE_LAYOUT.respondent.org),
      },
      {
        name: QUESTIONNAIRE_NAMES.answeredOn,
        refersTo: ref(QUESTIONNAIRE_LAYOUT.respondent.answeredOn),
      },
      ...(full.side === "us"
        ? [
            { name: COLLEAGUE_NAMES.side, refersTo: ref(COLLEAGUE_CELLS.side) },
            { name: COLLEAGUE_NAMES.check, refersTo: ref(COLLEAGUE_CELLS.check) },
          ]
        : []),
    ],
    properties: {
      title: say.questionnaire.title,
      subject: say.questionnaire.subject(full.side === "us" ? full.meta.us : full.meta.them),
    },
  };
}
