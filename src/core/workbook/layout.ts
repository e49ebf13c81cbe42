/**
 * The assessment workbook as data: one layout for both adapters (Office.js and exceljs).
 *
 * Contract with the custom functions: the Scores sheet has one row per dimension in DIMENSION_KEYS
 * order, column A = dimension key, B = our score, C = their score in our frame (what people read),
 * I = their own score from their side; CF_OurScores names A:B of those rows, CF_TheirScores names I
 * (COLLAB.* swap it themselves), CF_Perspective names the cover's perspective cell.
 */
import {
  DIMENSION_KEYS,
  DIMENSIONS,
  GATED_DIMENSIONS,
  ITEM_SET_VERSION,
  itemSet,
  ITEMS,
  MODELS,
  PERSPECTIVES,
  PRINCIPLES,
  ROADMAP_COLUMNS,
  RULE_ORDER,
  STEPS,
  THRESHOLDS,
  counterpartDimension,
  dimensionLabel,
  isComparable,
  modelById,
  roadmapCells,
  scoreItems,
  theirAnswersInOurFrame,
} from "../method";
import {
  actionTexts,
  confidenceText,
  labelList,
  marginsText,
  readableTimestamp,
  reasonTexts,
  regimeText,
} from "../texts/render";
import type {
  AssessmentItem,
  DimensionKey,
  ItemAnswers,
  Recommendation,
  RoadmapRow,
  StepId,
} from "../method/types";
import { absolute, cellAddress, columnLetter, isoToSerial, offsetCell, parseCell } from "./a1";
import {
  DEFINED_NAMES,
  INTEREST_HEADERS,
  INTEREST_KINDS,
  ITEM_HEADERS,
  ITEM_TABLE_HEADERS,
  NA_TEXT,
  REVERSE_NO,
  REVERSE_YES,
  ROADMAP_STATUSES,
  SCORE_CHOICES,
  SHEET_NAMES,
  STEP_IDS,
  TABLE_NAMES,
  isItemTable,
  sheetRef,
} from "./names";
import type {
  AssessmentMeta,
  CellValue,
  CellWrite,
  ConditionalFormatPlan,
  DefinedNamePlan,
  ItemTableValues,
  SheetPlan,
  TablePlan,
  ValidationPlan,
  WorkbookPlan,
} from "./plan";
import { derivedAssessmentId } from "../exchange/assessment-id";
import { isIsoDate } from "../input";
import { buildActionsPlan, peopleOf } from "./actions";
import { PROFIT_IMPACT_ALLOWED, isProfitImpact } from "../method/segment";
import type { Side } from "../method/types";
import { SIDES, type Respondent } from "../rounds/respondents";
import { ANONYMITY_CHOICES, ANONYMITY_DEFAULT, ANONYMITY_NAMES } from "./round-names";
import type { RoundRecord } from "../rounds/history";
import { buildRespondentSheets, respondentValueFormula } from "./responses";
import { buildHistorySheet } from "./history";
import { withPrintSettings } from "./print";
import { SUMMARY_SHEET, buildSummaryPlan } from "./summary";

export const METHOD_SOURCE =
  "Method: Joost van Boeschoten, NextSales (2020) — the nine principles of collaboration and the four steps to contract-management collaboration. All wording in this workbook is our own summary.";

const COLORS = {
  title: "#1F3864",
  header: "#D9E2F3",
  low: "#F8696B",
  mid: "#FFEB84",
  high: "#63BE7B",
  gap: "#FCE4D6",
  gapFont: "#9C0006",
  current: "#E2EFDA",
  overdue: "#C00000",
  muted: "#595959",
} as const;

/** A sheet's heading in A1. */
function titleCell(value: string): CellWrite {
  return { address: "A1", value, style: { bold: true, fontSize: 16, fontColor: COLORS.title } };
}

/** A heading inside a sheet. */
function sectionCell(address: string, value: string): CellWrite {
  return { address, value, style: { bold: true, fontSize: 13 } };
}

/** A 1-5 colour scale coloured by what the dimension's values mean (see COLOUR_MEANING). */
function meaningScale(range: string, key: DimensionKey): ConditionalFormatPlan {
  const { low, mid, high } = meaningColours(key);
  const { scaleMin, scaleMax } = THRESHOLDS;
  return {
    kind: "colorScale",
    range,
    min: low,
    mid,
    max: high,
    minValue: scaleMin,
    midValue: (scaleMin + scaleMax) / 2,
    maxValue: scaleMax,
  };
}

/** Red-amber-green over the fixed 1-5 score scale, so colours compare across sheets and sides. */
function scoreColorScale(range: string): ConditionalFormatPlan {
  const { scaleMin, scaleMax } = THRESHOLDS;
  return {
    kind: "colorScale",
    range,
    min: COLORS.low,
    mid: COLORS.mid,
    max: COLORS.high,
    minValue: scaleMin,
    midValue: (scaleMin + scaleMax) / 2,
    maxValue: scaleMax,
  };
}

function dateValidation(range: string): ValidationPlan {
  return {
    kind: "date",
    range,
    allowBlank: true,
    error: { title: "Not a date", message: "Allowed: a date, e.g. 2026-03-31." },
  };
}

const TAB_COLORS: Record<string, string> = {
  cover: "#1F3864",
  step: "#2F5597",
  scores: "#548235",
  results: "#C55A11",
  roadmap: "#7030A0",
  principles: "#7F7F7F",
};

/** Where things sit; fixed so the custom functions, read-back and tests can rely on them. */
export const LAYOUT = {
  cover: {
    title: "B3",
    us: "B4",
    them: "B5",
    perspective: "B6",
    /** Portfolio segmentation (issue 15): beside the perspective it depends on. */
    profitImpactLabel: "C6",
    profitImpact: "D6",
    date: "B7",
    assessors: "B8",
    itemSetVersion: "B9",
    /** Exchange (issue 7). */
    assessmentId: "B10",
  },
  /** Header row of each item table. */
  itemTableTopLeft: "A5",
  scores: { topLeft: "A1", firstRow: 2 },
  results: {
    liveColumn: "B",
    snapshotColumn: "C",
    firstRow: 4,
    /** Below the room every spilled live formula needs (see spillBottom), after one blank row. */
    get chartTableTop(): number {
      return spillBottom() + 2;
    },
  },
  roadmapTopLeft: "A4",
} as const;

export interface AssessmentPlanOptions {
  items?: readonly AssessmentItem[];
  /** Answers to pre-fill (a demo, or a re-generation that keeps scores). */
  answers?: { us?: ItemAnswers; them?: ItemAnswers };
  notes?: Record<string, string>;
  /** Rows of the S1 free tables: [interest or objective, kind, priority, notes]. */
  interests?: { us?: CellValue[][]; them?: CellValue[][] };
  recommendation?: Recommendation | null;
  roadmap?: RoadmapRow[];
  /** ISO date-time the snapshot was taken. */
  takenAt?: string;
  /**
   * Issue 13: respondents per side. When given (even empty), the respondent sheets are added and
   * the step sheets' value columns take a side's scores from its respondents once it has any.
   */
  respondents?: readonly Respondent[];
  /** Sides whose respondents are not named in the workshop topics (default: the other side). */
  anonymous?: readonly Side[];
  /** Issue 13: closed rounds, oldest first; a CF History sheet is added when there is one. */
  history?: readonly RoundRecord[];
  /** The version of `items` (written to the cover); default: the current set. */
  itemSetVersion?: string;
  /** Evidence per item id (source, date, a measured figure), shown beside the scores. */
  evidence?: Record<string, string>;
}

// ---------------------------------------------------------------- item sheets

/** Column letter of an item-table header. */
export function itemColumn(header: string): string {
  const i = ITEM_TABLE_HEADERS.indexOf(header);
  if (i < 0) throw new Error(`"${header}" is not an item-table header`);
  return offsetCell(LAYOUT.itemTableTopLeft, i, 0).replace(/\d+$/, "");
}

export function stepOfDimension(key: DimensionKey): StepId {
  const d = DIMENSIONS.find((x) => x.key === key);
  if (!d) throw new Error(`Unknown dimension "${key}"`);
  return d.step;
}

export function itemsOfStep(
  step: StepId,
  items: readonly AssessmentItem[] = ITEMS
): AssessmentItem[] {
  return items.filter((i) => stepOfDimension(i.dimension) === step);
}

/** First and last sheet row of a step's item-table body. */
export function itemRows(
  step: StepId,
  items: readonly AssessmentItem[] = ITEMS
): { first: number; last: number } {
  const header = parseCell(LAYOUT.itemTableTopLeft).row;
  const n = Math.max(1, itemsOfStep(step, items).length);
  return { first: header + 1, last: header + n };
}

function valueFormula(scoreCol: string, row: number, scoreCell = `${scoreCol}${row}`): string {
  const s = `--${scoreCell}`;
  const rev = `${itemColumn(ITEM_HEADERS.reverse)}${row}`;
  const { scaleMin, scaleMax, reverseBase } = THRESHOLDS;
  // N/A, blank, text or an out-of-scale number all leave the value blank, so averages skip them.
  return `IFERROR(IF(AND(${s}>=${scaleMin},${s}<=${scaleMax},INT(${s})=${s}),IF(${rev}="${REVERSE_YES}",${reverseBase}-(${s}),${s}),""),"")`;
}

/** Issue 13: with respondent sheets, a side's value comes from its respondents once it has any. */
function sideValueFormula(
  side: Side,
  typed: string,
  itemId: string,
  row: number,
  opts: AssessmentPlanOptions
): string {
  if (!opts.respondents) return typed;
  const rev = `${itemColumn(ITEM_HEADERS.reverse)}${row}`;
  return respondentValueFormula(side, itemId, rev, typed, opts.items ?? ITEMS);
}

const SCORE_PROMPT = {
  title: "Score 1-5 or N/A",
  message:
    "Pick the number that best matches your side's view; the anchors to the left describe 1, 3 and 5. Choose N/A when the question does not apply.",
};
const SCORE_ERROR = {
  title: "Not a valid score",
  message: `Allowed: whole numbers 1 to 5, or ${NA_TEXT}. Leave the cell empty if you have not decided yet.`,
};

function howToLine(): string {
  // Kept shorter than the table is wide: a longer line widens the printed page and shrinks the print.
  // About 140 characters is what the first printed page of a step sheet shows of a line.
  return "Type Our score for your side and Their score as the other party answered; Their value shows their answer in our frame.";
}

/**
 * What a higher value (reverse items turned round) means, for colours: good for the relationship,
 * a warning, or neither (more or less of something, e.g. dependence), shown in a neutral blue.
 */
export const COLOUR_MEANING: Record<DimensionKey, "good" | "bad" | "neutral"> = {
  mutuality: "good",
  alignment: "good",
  complementarity: "good",
  differenceRisk: "bad",
  stakes: "neutral",
  trust: "good",
  ourDependence: "neutral",
  theirDependence: "neutral",
  partnershipFit: "good",
  maturity: "good",
};

const NEUTRAL = { low: "#FFFFFF", mid: "#BDD7EE", high: "#5B9BD5" } as const;

/** Low, middle and high colours of a dimension's values, by what they mean. */
function meaningColours(key: DimensionKey): { low: string; mid: string; high: string } {
  const meaning = COLOUR_MEANING[key];
  if (meaning === "neutral") return NEUTRAL;
  return meaning === "good"
    ? { low: COLORS.low, mid: COLORS.mid, high: COLORS.high }
    : { low: COLORS.high, mid: COLORS.mid, high: COLORS.low };
}

/** One line a reader needs to read the colours. */
export const COLOUR_LEGEND =
  "Colours: green good, amber in between, red a warning (reverse items turned); blue: neither good nor bad.";

const GAP_LEGEND = `Orange: the sides differ by ${THRESHOLDS.perceptionGapItem} or more.`;

/**
 * Fills for a block of score cells by what the answers mean: the reverse flag on the row turns a
 * score round first, so a bad answer to a reverse item is red, not green.
 */
function meaningFills(range: string, key: DimensionKey, revCol: string): ConditionalFormatPlan[] {
  const topLeft = range.split(":")[0];
  const { row } = parseCell(topLeft);
  const { reverseBase, scaleMin, scaleMax } = THRESHOLDS;
  const v = `IFERROR(IF($${revCol}${row}="${REVERSE_YES}",${reverseBase}-(--${topLeft}),--${topLeft}),0)`;
  const c = meaningColours(key);
  const band = (lo: number, hi: number, fill: string): ConditionalFormatPlan => ({
    kind: "formula",
    range,
    formula: `AND(${v}>=${lo},${v}<=${hi})`,
    fill,
  });
  return [band(scaleMin, 2, c.low), band(3, 3, c.mid), band(4, scaleMax, c.high)];
}

/** What the "Compared with" column says about an item's comparison across the table. */
export function comparisonText(it: AssessmentItem): string {
  switch (it.compare.kind) {
    case "same":
      return "Same question";
    case "mirror":
      return `Their ${it.compare.partner}`;
    case "own":
      return "Not compared (about one side)";
  }
}

/** Consecutive rows of the same dimension: [dimension, first row, last row]. */
function dimensionBlocks(
  items: readonly AssessmentItem[],
  first: number
): Array<[DimensionKey, number, number]> {
  const blocks: Array<[DimensionKey, number, number]> = [];
  items.forEach((it, i) => {
    const last = blocks[blocks.length - 1];
    if (last && last[0] === it.dimension && last[2] === first + i - 1) last[2] = first + i;
    else blocks.push([it.dimension, first + i, first + i]);
  });
  return blocks;
}

/** Where each item's "Their score" cell sits, so a mirrored row can read its partner's answer. */
/**
 * Where each item's Their score sits: its step, and the ID and Their score columns of that step's
 * table, so a mirrored row can look its partner up by ID (a sorted table keeps the right answer).
 */
function theirScoreCells(
  items: readonly AssessmentItem[]
): Map<string, { step: StepId; ids: string; scores: string }> {
  const col = itemColumn(ITEM_HEADERS.their);
  const idCol = itemColumn(ITEM_HEADERS.id);
  const out = new Map<string, { step: StepId; ids: string; scores: string }>();
  for (const step of STEP_IDS) {
    const { first, last } = itemRows(step, items);
    const ids = `$${idCol}$${first}:$${idCol}$${last}`;
    const scores = `$${col}$${first}:$${col}$${last}`;
    for (const it of itemsOfStep(step, items)) out.set(it.id, { step, ids, scores });
  }
  return out;
}

function buildStepSheet(step: StepId, opts: AssessmentPlanOptions): SheetPlan {
  const items = itemsOfStep(step, opts.items ?? ITEMS);
  const info = STEPS.find((s) => s.id === step)!;
  const us = opts.answers?.us ?? {};
  const them = opts.answers?.them ?? {};
  const notes = opts.notes ?? {};
  const { first, last } = itemRows(step, opts.items ?? ITEMS);
  const ourCol = itemColumn(ITEM_HEADERS.our);
  const theirCol = itemColumn(ITEM_HEADERS.their);
  const ourVal = itemColumn(ITEM_HEADERS.ourValue);
  const theirVal = itemColumn(ITEM_HEADERS.theirValue);
  const lastCol = columnLetter(ITEM_TABLE_HEADERS.length);

  const rows: CellValue[][] = items.map((it) => [
    it.id,
    it.dimension,
    DIMENSIONS.find((d) => d.key === it.dimension)!.principle,
    it.question,
    it.anchors[1],
    it.anchors[3],
    it.anchors[5],
    it.reverse ? REVERSE_YES : REVERSE_NO,
    it.weight,
    us[it.id] ?? null,
    them[it.id] ?? null,
    null,
    null,
    notes[it.id] ?? null,
    comparisonText(it),
    opts.evidence?.[it.id] ?? null,
  ]);
  // Their value is their answer in our frame: a mirrored row reads their answer to its partner,
  // found by ID rather than by address, so sorting the table does not pair the wrong rows.
  const theirCells = theirScoreCells(opts.items ?? ITEMS);
  const framedCell = (it: AssessmentItem, row: number): string => {
    if (it.compare.kind !== "mirror") return `${theirCol}${row}`;
    const at = theirCells.get(it.compare.partner);
    if (!at)
      throw new Error(
        `item ${it.id}: its mirror partner ${it.compare.partner} is not in the item set`
      );
    const on = at.step === step ? "" : `${sheetRef(SHEET_NAMES[at.step])}!`;
    return `INDEX(${on}${at.scores},MATCH("${it.compare.partner}",${on}${at.ids},0))`;
  };
  const table: TablePlan = {
    name: TABLE_NAMES.items(step),
    topLeft: LAYOUT.itemTableTopLeft,
    headers: [...ITEM_TABLE_HEADERS],
    rows,
    formulaColumns: {
      [ITEM_HEADERS.ourValue]: (r) =>
        sideValueFormula("us", valueFormula(ourCol, first + r), items[r].id, first + r, opts),
      // Their value reads a mirrored question against their answer to its partner (our frame).
      [ITEM_HEADERS.theirValue]: (r) =>
        sideValueFormula(
          "them",
          valueFormula(theirCol, first + r, framedCell(items[r], first + r)),
          items[r].compare.kind === "mirror" ? items[r].compare.partner : items[r].id,
          first + r,
          opts
        ),
    },
    style: "TableStyleMedium2",
  };
  const scoreRange = `${ourCol}${first}:${theirCol}${last}`;
  const tables: TablePlan[] = [table];
  const cells: CellWrite[] = [
    // Step 4's questions rate how ready the relationship is to grow, which is what its roadmap builds on.
    titleCell(
      step === "S4"
        ? `Step ${info.number} · ${info.title}: how ready is the relationship to grow?`
        : `Step ${info.number} · ${info.title}`
    ),
    { address: "A2", value: info.summary, style: { italic: true } },
    { address: "A3", value: howToLine(), style: { fontColor: COLORS.muted } },
    { address: "A4", value: `${COLOUR_LEGEND} ${GAP_LEGEND}`, style: { fontColor: COLORS.muted } },
    {
      address: cellAddress(1, last + 2),
      value: "← Back to the cover",
      hyperlink: `${sheetRef(SHEET_NAMES.cover)}!A1`,
    },
  ];
  const validations: ValidationPlan[] = [
    {
      kind: "list",
      range: scoreRange,
      values: [...SCORE_CHOICES],
      allowBlank: true,
      prompt: SCORE_PROMPT,
      error: SCORE_ERROR,
    },
  ];
  const revCol = itemColumn(ITEM_HEADERS.reverse);
  const conditionalFormats: ConditionalFormatPlan[] = [];
  for (const [key, a, b] of dimensionBlocks(items, first)) {
    conditionalFormats.push(...meaningFills(`${ourCol}${a}:${theirCol}${b}`, key, revCol));
  }
  // Both values sit in our frame, so a same-row difference is a gap; items about one side are never compared.
  items.forEach((it, i) => {
    if (!isComparable(it)) return;
    const row = first + i;
    conditionalFormats.push({
      kind: "formula",
      range: `${ourVal}${row}:${theirVal}${row}`,
      formula: `AND(ISNUMBER($${ourVal}${row}),ISNUMBER($${theirVal}${row}),ABS($${ourVal}${row}-$${theirVal}${row})>=${THRESHOLDS.perceptionGapItem})`,
      fill: COLORS.gap,
      fontColor: COLORS.gapFont,
    });
  });

  const freeTextStyles: NonNullable<SheetPlan["rangeStyles"]> = [];
  if (step === "S1") {
    const headers = [...INTEREST_HEADERS];
    const blank = (n: number) =>
      Array.from({ length: n }, () => [null, null, null, null] as CellValue[]);
    const us = opts.interests?.us?.length ? opts.interests.us : blank(5);
    const them = opts.interests?.them?.length ? opts.interests.them : blank(5);
    // One table above the other in the wide Question/Anchor columns (D:G), so no text is cut.
    const usTop = last + 4;
    const themTop = usTop + us.length + 3;
    for (const [title, name, rows, top] of [
      ["Our interests and objectives", TABLE_NAMES.interestsUs, us, usTop],
      ["Their interests and objectives", TABLE_NAMES.interestsThem, them, themTop],
    ] as const) {
      cells.push({ address: `D${top - 1}`, value: title, style: { bold: true } });
      tables.push({ name, topLeft: `D${top}`, headers, rows, style: "TableStyleLight9" });
      validations.push({
        kind: "list",
        range: `E${top + 1}:E${top + rows.length}`,
        values: [...INTEREST_KINDS],
        allowBlank: true,
        error: { title: "Kind", message: "Allowed: Interest or Objective." },
      });
      freeTextStyles.push({
        range: `D${top + 1}:G${top + rows.length}`,
        style: { wrap: true, vertical: "top" },
      });
    }
  }

  return {
    name: SHEET_NAMES[step],
    role: "step",
    tabColor: TAB_COLORS.step,
    // Printed in two column groups (print.ts), each one landscape page wide at 8 pt or more:
    // the question and its anchors (A:G), then the answers, notes and evidence (H:P).
    columnWidths: {
      A: 8,
      B: 16,
      C: 9,
      D: 36,
      E: 20,
      F: 20,
      G: 20,
      H: 8,
      I: 7,
      J: 10,
      K: 10,
      L: 10,
      M: 11,
      N: 26,
      O: 13,
      P: 24,
    },
    freeze: { rows: parseCell(LAYOUT.itemTableTopLeft).row, columns: 1 },
    cells,
    rangeStyles: [
      { range: `A1:${lastCol}4`, style: { wrap: false } },
      // Rows grow with wrapped questions: keep every column of a row on its first line.
      { range: `A${first}:${lastCol}${last}`, style: { vertical: "top" } },
      { range: `D${first}:G${last}`, style: { wrap: true, vertical: "top" } },
      { range: `N${first}:N${last}`, style: { wrap: true, vertical: "top", unlocked: true } },
      // Evidence: the analyst's source, date or measured figure beside the opinion.
      { range: `P${first}:P${last}`, style: { wrap: true, vertical: "top", unlocked: true } },
      {
        range: `O${first}:O${last}`,
        style: { wrap: true, vertical: "top", fontColor: COLORS.muted },
      },
      ...freeTextStyles,
      { range: scoreRange, style: { horizontal: "center", unlocked: true, bold: true } },
      {
        range: `${ourVal}${first}:${theirVal}${last}`,
        style: { numberFormat: "0", fontColor: COLORS.muted },
      },
    ],
    tables,
    validations,
    conditionalFormats,
    print: { landscape: true, fitToWidth: true, printTitleRows: "$5:$5" },
  };
}

// ---------------------------------------------------------------- scores

/** Sheet row of a dimension on the Scores sheet. */
export function scoresRow(key: DimensionKey): number {
  return LAYOUT.scores.firstRow + DIMENSION_KEYS.indexOf(key);
}

export const SCORES_HEADERS = [
  "Key",
  "Our score",
  "Their score (our frame)",
  "Gap",
  "Effective",
  "Dimension",
  "Step",
  "Principle",
  "Their own score",
] as const;

function dimensionScoreFormula(
  key: DimensionKey,
  valueHeader: string,
  items: readonly AssessmentItem[]
): string {
  const step = stepOfDimension(key);
  const { first, last } = itemRows(step, items);
  const ref = (h: string) => {
    const c = itemColumn(h);
    return `${sheetRef(SHEET_NAMES[step])}!${absolute(`${c}${first}:${c}${last}`)}`;
  };
  const row = scoresRow(key);
  const weights = `(${ref(ITEM_HEADERS.dimension)}=$A${row})*ISNUMBER(${ref(valueHeader)})*${ref(ITEM_HEADERS.weight)}`;
  // SUMPRODUCT treats the blank ("") values of unanswered items as 0, and their weight is 0 too.
  return `IF(SUMPRODUCT(${weights})=0,"",SUMPRODUCT(${weights},${ref(valueHeader)})/SUMPRODUCT(${weights}))`;
}

function buildScoresSheet(items: readonly AssessmentItem[]): SheetPlan {
  const { firstRow } = LAYOUT.scores;
  const lastRow = firstRow + DIMENSION_KEYS.length - 1;
  const partnerRow = (k: DimensionKey) => scoresRow(counterpartDimension(k));
  const rows: CellValue[][] = DIMENSION_KEYS.map((k) => {
    const d = DIMENSIONS.find((x) => x.key === k)!;
    return [k, null, null, null, null, d.label, d.step, d.principle, null];
  });
  const table: TablePlan = {
    name: TABLE_NAMES.scores,
    topLeft: LAYOUT.scores.topLeft,
    headers: [...SCORES_HEADERS],
    rows,
    formulaColumns: {
      "Our score": (r) => dimensionScoreFormula(DIMENSION_KEYS[r], ITEM_HEADERS.ourValue, items),
      // Their item values are already in our frame (mirrored rows read crosswise), so is this.
      "Their score (our frame)": (r) =>
        dimensionScoreFormula(DIMENSION_KEYS[r], ITEM_HEADERS.theirValue, items),
      // The gap is the difference of the two numbers beside it.
      Gap: (r) => {
        const row = firstRow + r;
        return `IF(AND(ISNUMBER(B${row}),ISNUMBER(C${row})),ROUND(ABS(B${row}-C${row}),6),"")`;
      },
      // What the rules use: the lower view for gated dimensions, the mean otherwise (rounded like the engine).
      Effective: (r) => {
        const k = DIMENSION_KEYS[r];
        const row = firstRow + r;
        const c = `C${row}`;
        const both = GATED_DIMENSIONS.includes(k)
          ? `MIN(B${row},${c})`
          : `ROUND(AVERAGE(B${row},${c}),6)`;
        return `IF(AND(ISNUMBER(B${row}),ISNUMBER(${c})),${both},IF(ISNUMBER(B${row}),B${row},""))`;
      },
      // Their view from their own side (their "our dependence" is about us): what COLLAB.* reads.
      "Their own score": (r) => {
        const c = `C${partnerRow(DIMENSION_KEYS[r])}`;
        return `IF(ISNUMBER(${c}),${c},"")`;
      },
    },
    style: "TableStyleMedium7",
  };
  return {
    name: SHEET_NAMES.scores,
    role: "scores",
    tabColor: TAB_COLORS.scores,
    columnWidths: { A: 18, B: 11, C: 13, D: 8, E: 10, F: 30, G: 7, H: 9, I: 11 },
    freeze: { rows: 1, columns: 1 },
    // Below the table, one sentence a line: beside the header it made the header row tall.
    cells: [
      "Scores are weighted means of the answered items (N/A and blanks left out, reverse items turned round).",
      "'Their score (our frame)' reads their answers from our side: their dependence on us is our 'Their dependence'.",
      `'Gap' is the difference between the two scores beside it; ${THRESHOLDS.perceptionGapDimension} or more is highlighted.`,
      "'Effective' is what the rules use: the lower view for mutuality, alignment, trust and partnership fit,",
      "the mean for the rest. 'Their own score' is their view from their side, as the COLLAB.* functions read it.",
      COLOUR_LEGEND,
    ].map((value, i) => ({
      address: `A${lastRow + 2 + i}`,
      value,
      style: { wrap: false, fontColor: COLORS.muted },
    })),
    rangeStyles: [
      { range: `B${firstRow}:E${lastRow}`, style: { numberFormat: "0.00" } },
      {
        range: `I${firstRow}:I${lastRow}`,
        style: { numberFormat: "0.00", fontColor: COLORS.muted },
      },
      { range: "A1:I1", style: { wrap: true, vertical: "top" } },
    ],
    tables: [table],
    conditionalFormats: [
      // One scale per dimension, by what its values mean (blue where more is neither good nor bad).
      ...DIMENSION_KEYS.map((k) => meaningScale(`B${scoresRow(k)}:C${scoresRow(k)}`, k)),
      {
        kind: "formula",
        range: `D${firstRow}:D${lastRow}`,
        formula: `AND(ISNUMBER($D${firstRow}),$D${firstRow}>=${THRESHOLDS.perceptionGapDimension})`,
        fill: COLORS.gap,
        fontColor: COLORS.gapFont,
      },
    ],
    print: { landscape: true, fitToWidth: true },
  };
}

// ---------------------------------------------------------------- results

const SCORES = sheetRef(SHEET_NAMES.scores);
const ARGS = `${DEFINED_NAMES.ourScores},${DEFINED_NAMES.theirScores},${DEFINED_NAMES.perspective}`;

/**
 * The most lines COLLAB.EXPLAIN can return, from the engine's data: its fixed lines (target, start,
 * trust gap, power, rules fired, drivers), one reason per rule, every dimension as a partnership
 * blocker and as a perception gap, and the most actions one recommendation gathers (the largest
 * "put in place" list of a model, plus the trust, difference-risk and workshop actions R2, R7, R8 and
 * the gap check add: at most 1 + 3 + 2 + 1). test/unit/workbook/spill.test.ts holds the engine to it.
 */
export const EXPLAIN_MAX_LINES =
  6 +
  RULE_ORDER.length +
  DIMENSION_KEYS.length * 2 +
  Math.max(...MODELS.map((m) => m.putInPlace.length)) +
  1 +
  3 +
  2 +
  1;

export interface ResultRow {
  label: string;
  /** Live formula (COLLAB.* or native), without "=". */
  live?: { formula: string; addin: boolean };
  /** The live formula spills: the most rows and columns its result can take (anchor included). */
  spill?: { rows: number; cols: number };
  snapshot: (rec: Recommendation) => CellValue;
  numberFormat?: string;
}

const list = (xs: readonly string[]) => (xs.length ? xs.join("; ") : "none");

/** What the live column says in a file written outside Excel, where no COLLAB.* formula is stored. */
export const LIVE_FORMULAS_OFF =
  "Not live in this file. Open it in Excel with the CollabFit add-in and choose Results › Turn on live formulas (or Update results); the Snapshot column holds the values meanwhile.";

/**
 * The note above the Results columns: true both where the live formulas are on (sheets the add-in
 * wrote in Excel) and where they are off (a file written outside Excel, holding LIVE_FORMULAS_OFF).
 */
export const LIVE_COLUMN_NOTE =
  // Short enough for the printed page's width (it spills, it does not wrap).
  "Live column: kept current by the CollabFit add-in; files written outside Excel have it off. Snapshot: values when taken.";

/** The Results rows, in order; row i sits at sheet row LAYOUT.results.firstRow + i. */
export const RESULT_ROWS: readonly ResultRow[] = (() => {
  const r0 = LAYOUT.results.firstRow;
  const live = LAYOUT.results.liveColumn;
  return [
    {
      label: "Target model",
      live: { formula: `COLLAB.MODEL(${ARGS})`, addin: true },
      snapshot: (rec) => modelById(rec.targetModel).name,
    },
    {
      label: "Start model (minimal viable relationship)",
      live: { formula: `COLLAB.START(${ARGS})`, addin: true },
      snapshot: (rec) => modelById(rec.startModel).name,
    },
    {
      label: "Effective trust",
      live: { formula: `${SCORES}!$E$${scoresRow("trust")}`, addin: false },
      snapshot: (rec) => rec.effective.trust,
      numberFormat: "0.00",
    },
    {
      label: "Trust gap (required − effective)",
      live: { formula: `COLLAB.TRUSTGAP(${live}${r0},${live}${r0 + 2})`, addin: true },
      snapshot: (rec) => rec.trustGap,
      numberFormat: "0.00",
    },
    {
      label: "Our dependence (effective)",
      live: { formula: `${SCORES}!$E$${scoresRow("ourDependence")}`, addin: false },
      snapshot: (rec) => rec.effective.ourDependence,
      numberFormat: "0.00",
    },
    {
      label: "Their dependence (effective)",
      live: { formula: `${SCORES}!$E$${scoresRow("theirDependence")}`, addin: false },
      snapshot: (rec) => rec.effective.theirDependence,
      numberFormat: "0.00",
    },
    {
      label: "Power regime",
      live: {
        formula: `COLLAB.POWER(${live}${r0 + 4},${live}${r0 + 5},${DEFINED_NAMES.perspective})`,
        addin: true,
      },
      snapshot: (rec) => regimeText(rec.powerRegime),
    },
    {
      label: "Why",
      live: { formula: `COLLAB.EXPLAIN(${ARGS})`, addin: true },
      spill: { rows: EXPLAIN_MAX_LINES, cols: 1 },
      snapshot: (rec) => reasonTexts(rec).join("\n"),
    },
    { label: "Confidence", snapshot: (rec) => confidenceText(rec.confidence) },
    { label: "Margins (how close to a change)", snapshot: (rec) => marginsText(rec) },
    { label: "Partnership blockers", snapshot: (rec) => labelList(rec.partnershipBlockers) },
    {
      label: "Perception gaps",
      snapshot: (rec) =>
        list(
          rec.perceptionGaps.map(
            (g) => `${dimensionLabel(g.dimension)} (us ${fmt(g.us)}, them ${fmt(g.them)})`
          )
        ),
    },
    {
      label: "Rules behind each reason (for tracing)",
      snapshot: (rec) => list(rec.reasons.map((r) => r.rule)),
    },
    { label: "Main drivers", snapshot: (rec) => labelList(rec.drivers) },
    { label: "Actions", snapshot: (rec) => list(actionTexts(rec)) },
  ];
})();

function fmt(n: number): string {
  return (Math.round(n * 100) / 100).toString();
}

/** The last sheet row a spilled live formula of Results may fill. */
function spillBottom(): number {
  const { firstRow } = LAYOUT.results;
  return Math.max(
    firstRow + RESULT_ROWS.length,
    ...RESULT_ROWS.map((r, i) => (r.spill ? firstRow + i + r.spill.rows - 1 : 0))
  );
}

/** The Results sheet, alone: regenerate it after a new recommendation without touching the rest. */
export function buildResultsPlan(
  rec: Recommendation | null,
  opts: { takenAt?: string } = {}
): SheetPlan {
  const { firstRow, liveColumn, snapshotColumn, chartTableTop } = LAYOUT.results;
  const cells: CellWrite[] = [
    titleCell("Recommendation"),
    {
      address: "A2",
      value: LIVE_COLUMN_NOTE,
      style: { fontColor: COLORS.muted },
    },
  ];
  const hdr = { bold: true, fill: COLORS.header, border: "thin" as const };
  cells.push(
    { address: `A${firstRow - 1}`, value: "Result", style: hdr },
    { address: `${liveColumn}${firstRow - 1}`, value: "Live (add-in)", style: hdr },
    { address: `${snapshotColumn}${firstRow - 1}`, value: "Snapshot", style: hdr }
  );
  const firstLive = RESULT_ROWS.findIndex((r) => r.live?.addin);
  RESULT_ROWS.forEach((r, i) => {
    const row = firstRow + i;
    const style = { numberFormat: r.numberFormat, wrap: true, vertical: "top" as const };
    cells.push({ address: `A${row}`, value: r.label, style: { bold: true, vertical: "top" } });
    if (r.live) {
      cells.push({
        address: `${liveColumn}${row}`,
        formula: r.live.formula,
        addinFormula: r.live.addin,
        ...(r.live.addin && { offline: i === firstLive ? LIVE_FORMULAS_OFF : null }),
        style,
      });
    }
    cells.push({
      address: `${snapshotColumn}${row}`,
      value: rec ? r.snapshot(rec) : null,
      style,
    });
  });
  const after = firstRow + RESULT_ROWS.length + 1;
  cells.push(
    { address: `A${after}`, value: "Snapshot taken", style: { bold: true } },
    {
      address: `${snapshotColumn}${after}`,
      value: rec
        ? opts.takenAt
          ? readableTimestamp(opts.takenAt)
          : null
        : "Not computed yet: run `collabfit recommend` or use the task pane.",
    }
  );

  // A small copy of both sides' scores: the chart's source, and readable without the add-in.
  const top = chartTableTop;
  cells.push(
    { address: `A${top}`, value: "Dimension", style: hdr },
    { address: `B${top}`, value: "Our score", style: hdr },
    // Their view read from our side, as on the Scores sheet, so the chart compares like with like.
    { address: `C${top}`, value: "Their score (our frame)", style: hdr }
  );
  DIMENSION_KEYS.forEach((k, i) => {
    const row = top + 1 + i;
    const src = scoresRow(k);
    cells.push(
      { address: `A${row}`, value: DIMENSIONS.find((d) => d.key === k)!.label },
      { address: `B${row}`, formula: `${SCORES}!B${src}`, style: { numberFormat: "0.00" } },
      { address: `C${row}`, formula: `${SCORES}!C${src}`, style: { numberFormat: "0.00" } }
    );
  });
  const chartEnd = top + DIMENSION_KEYS.length;
  return {
    name: SHEET_NAMES.results,
    role: "results",
    tabColor: TAB_COLORS.results,
    columnWidths: { A: 32, B: 34, C: 56, E: 12 },
    cells,
    conditionalFormats: [scoreColorScale(`B${top + 1}:C${chartEnd}`)],
    charts: [
      {
        type: "radar",
        sourceRange: `A${top}:C${chartEnd}`,
        title: "Dimension scores: both sides",
        anchor: "E3",
        name: "CF_ScoresChart",
      },
    ],
    // The chart's source table (below the spill room) is on the Summary and Scores already: printed
    // here it took a page of its own.
    print: { landscape: true, fitToWidth: true, printArea: `A1:${snapshotColumn}${after}` },
  };
}

// ---------------------------------------------------------------- roadmap

/** The shared roadmap columns, plus the Status a team keeps up to date on the sheet. */
export const ROADMAP_HEADERS = [...ROADMAP_COLUMNS, "Status"] as const;

/** Roadmap rows as table values: dates become real date serials, status starts at "Not started". */
export function buildRoadmapRows(rows: readonly RoadmapRow[]): CellValue[][] {
  return rows.map((r) => [...roadmapCells(r, isoToSerial), ROADMAP_STATUSES[0]]);
}

/** The Roadmap sheet, alone: regenerate it without touching the rest. */
export function buildRoadmapPlan(rows: readonly RoadmapRow[]): SheetPlan {
  const values = rows.length ? buildRoadmapRows(rows) : [ROADMAP_HEADERS.map(() => null)];
  const top = LAYOUT.roadmapTopLeft;
  const first = parseCell(top).row + 1;
  const last = first + values.length - 1;
  const lastCol = columnLetter(ROADMAP_HEADERS.length);
  const status = lastCol;
  return {
    name: SHEET_NAMES.roadmap,
    role: "roadmap",
    tabColor: TAB_COLORS.roadmap,
    // Printed in three column groups (print.ts) at 8 pt or more, the phase repeated on each.
    columnWidths: {
      A: 28,
      B: 22,
      C: 22,
      D: 12,
      E: 12,
      F: 30,
      G: 48,
      H: 32,
      I: 8,
      J: 10,
      K: 32,
      L: 12,
    },
    freeze: { rows: first - 1, columns: 1 },
    cells: [
      titleCell("Collaboration roadmap"),
      {
        address: "A2",
        value: rows.length
          ? // Short enough for the printed page's width.
            "One phase per step from the start model to the target: today's phase is green, an overdue one red. Keep Status up to date."
          : "No roadmap yet: run `collabfit recommend FILE.xlsx --out RESULT.xlsx` or use the task pane to fill this table.",
        style: { fontColor: COLORS.muted },
      },
    ],
    rangeStyles: [
      { range: `D${first}:E${last}`, style: { numberFormat: "yyyy-mm-dd", unlocked: true } },
      { range: `A${first}:${lastCol}${last}`, style: { wrap: true, vertical: "top" } },
    ],
    tables: [
      {
        name: TABLE_NAMES.roadmap,
        topLeft: top,
        headers: [...ROADMAP_HEADERS],
        rows: values,
        style: "TableStyleMedium5",
      },
    ],
    validations: [
      {
        kind: "list",
        range: `${status}${first}:${status}${last}`,
        values: [...ROADMAP_STATUSES],
        allowBlank: true,
        prompt: {
          title: "Status",
          message: `Where this phase stands: ${ROADMAP_STATUSES.join(", ")}.`,
        },
        error: { title: "Not a status", message: `Allowed: ${ROADMAP_STATUSES.join(", ")}.` },
      },
      dateValidation(`D${first}:E${last}`),
    ],
    conditionalFormats: [
      {
        kind: "formula",
        range: `A${first}:${lastCol}${last}`,
        formula: `AND(ISNUMBER($D${first}),ISNUMBER($E${first}),TODAY()>=$D${first},TODAY()<=$E${first})`,
        fill: COLORS.current,
      },
      {
        kind: "formula",
        range: `A${first}:${lastCol}${last}`,
        formula: `AND(ISNUMBER($E${first}),TODAY()>$E${first},$${status}${first}<>"${ROADMAP_STATUSES[2]}")`,
        fill: "#FFFFFF",
        fontColor: COLORS.overdue,
      },
    ],
    print: { landscape: true, fitToWidth: true, printTitleRows: `$${first - 1}:$${first - 1}` },
  };
}

// ---------------------------------------------------------------- cover and principles

// One line each, short enough to print on the cover's page width (the text spills, it does not wrap).
const HOW_TO = [
  "1. Fill in the fields above: who the relationship is between, whose view this records, and who scored.",
  "2. Score each question of the four step sheets 1-5 (or N/A) in 'Our score'; the 1, 3 and 5 texts help.",
  "3. Put the other party's view in 'Their score': send them the questionnaire, or score together.",
  "4. The Scores sheet averages the answers per dimension and marks big differences between the views.",
  "5. Results shows which model fits now and which to aim for; the Roadmap plans the way there.",
  "6. Score again every year, and after any major incident: the right model changes with the relationship.",
];

/** Issue 14: where the cover keeps people and sign-off (below the sheet links). */
export const COVER_PEOPLE = {
  sectionRow: 34,
  contacts: "B35",
  confidentiality: "B36",
  signOffRow: 38,
} as const;
export const SIGN_OFF_ROLES = ["Prepared by", "Reviewed by", "Approved by"] as const;
export const DEFAULT_CONFIDENTIALITY = "Confidential: internal use only";

export function confidentialityOf(meta: Pick<AssessmentMeta, "confidentiality">): string {
  return meta.confidentiality?.trim() || DEFAULT_CONFIDENTIALITY;
}

/** Issue 13: the anonymity setting, right of the date and assessors (C/D, like profit impact). */
const COVER_ANONYMITY: Record<Side, { label: string; cell: string; text: string }> = {
  us: { label: "C7", cell: "D7", text: "Anonymous – ours" },
  them: { label: "C8", cell: "D8", text: "Anonymous – theirs" },
};

function buildCover(
  meta: AssessmentMeta,
  itemSetVersion: string = ITEM_SET_VERSION,
  anonymous: readonly Side[] = SIDES.filter((s) => ANONYMITY_DEFAULT[s])
): { sheet: SheetPlan; names: DefinedNamePlan[] } {
  const c = LAYOUT.cover;
  const label = (row: number, text: string): CellWrite => ({
    address: `A${row}`,
    value: text,
    style: { bold: true },
  });
  const input = { unlocked: true, fill: "#FFF2CC", border: "thin" as const };
  const cells: CellWrite[] = [
    {
      address: "A1",
      value: "Collaboration model assessment",
      style: { bold: true, fontSize: 18, fontColor: COLORS.title },
    },
    label(3, "Relationship"),
    { address: c.title, value: meta.title, style: input },
    label(4, "Our organisation"),
    { address: c.us, value: meta.us, style: input },
    label(5, "Other party"),
    { address: c.them, value: meta.them, style: input },
    label(6, "Our perspective"),
    { address: c.perspective, value: meta.perspective, style: input },
    label(7, "Assessment date"),
    {
      address: c.date,
      value: isoToSerial(meta.date),
      style: { ...input, numberFormat: "yyyy-mm-dd", horizontal: "left" },
    },
    label(8, "Assessors"),
    { address: c.assessors, value: meta.assessors, style: input },
    label(9, "Question set version"),
    { address: c.itemSetVersion, value: itemSetVersion, style: { fontColor: COLORS.muted } },
    // Exchange (issue 7): the reference a questionnaire carries back to this assessment.
    label(10, "Assessment reference"),
    {
      address: c.assessmentId,
      value: meta.assessmentId ?? derivedAssessmentId(meta),
      style: { fontColor: COLORS.muted },
    },
    sectionCell("A11", "How to use this workbook"),
    // Portfolio segmentation (issue 15): optional, so a blank cell is a valid answer.
    { address: c.profitImpactLabel, value: "Profit impact (1-5)", style: { bold: true } },
    {
      address: c.profitImpact,
      value: meta.profitImpact ?? null,
      style: { ...input, horizontal: "center" },
    },
    // Issue 13: whether the disagreement topics may name who answered what, per side.
    ...SIDES.flatMap((s): CellWrite[] => [
      { address: COVER_ANONYMITY[s].label, value: COVER_ANONYMITY[s].text, style: { bold: true } },
      {
        address: COVER_ANONYMITY[s].cell,
        value: anonymous.includes(s) ? "Yes" : "No",
        style: { ...input, horizontal: "center" },
      },
    ]),
  ];
  HOW_TO.forEach((t, i) => cells.push({ address: `A${12 + i}`, value: t, style: { wrap: false } }));
  const linksTop = 12 + HOW_TO.length + 1;
  cells.push(sectionCell(`A${linksTop}`, "Sheets"));
  const links: Array<[string, string]> = [
    ...STEP_IDS.map((s): [string, string] => [
      SHEET_NAMES[s],
      STEPS.find((x) => x.id === s)!.title,
    ]),
    [SHEET_NAMES.scores, "Dimension scores per side, computed by formulas"],
    [SUMMARY_SHEET, "The result on one page, for a decision"],
    [SHEET_NAMES.results, "Recommended target and start model, with a snapshot"],
    [SHEET_NAMES.roadmap, "Phases from the start model to the target"],
    [SHEET_NAMES.actions, "Every roadmap action with owner, due date, status and evidence"],
    [SHEET_NAMES.principles, "The nine principles and four steps behind the questions"],
  ];
  links.forEach(([sheet, about], i) => {
    const row = linksTop + 1 + i;
    cells.push(
      {
        address: `A${row}`,
        value: sheet,
        hyperlink: `${sheetRef(sheet)}!A1`,
        style: { fontColor: "#0563C1" },
      },
      { address: `B${row}`, value: about }
    );
  });
  // Issue 14: people (owners of actions), the confidentiality label and the sign-off block.
  const p = COVER_PEOPLE;
  cells.push(
    sectionCell(`A${p.sectionRow}`, "People and sign-off"),
    label(p.sectionRow + 1, "Their contacts"),
    { address: p.contacts, value: meta.contacts ?? "", style: input },
    label(p.sectionRow + 2, "Confidentiality"),
    { address: p.confidentiality, value: confidentialityOf(meta), style: input },
    { address: `A${p.signOffRow}`, value: "Sign-off", style: { bold: true } },
    { address: `B${p.signOffRow}`, value: "Name", style: { bold: true } },
    { address: `C${p.signOffRow}`, value: "Date", style: { bold: true } }
  );
  SIGN_OFF_ROLES.forEach((role, i) => {
    const row = p.signOffRow + 1 + i;
    cells.push(
      { address: `A${row}`, value: role },
      { address: `B${row}`, value: null, style: input },
      { address: `C${row}`, value: null, style: { ...input, numberFormat: "yyyy-mm-dd" } }
    );
  });
  const ref = (a: string) => `${sheetRef(SHEET_NAMES.cover)}!${absolute(a)}`;
  const names: DefinedNamePlan[] = [
    { name: DEFINED_NAMES.contacts, refersTo: ref(p.contacts) },
    { name: DEFINED_NAMES.confidentiality, refersTo: ref(p.confidentiality) },
    { name: DEFINED_NAMES.title, refersTo: ref(c.title) },
    { name: DEFINED_NAMES.ourOrg, refersTo: ref(c.us) },
    { name: DEFINED_NAMES.otherParty, refersTo: ref(c.them) },
    {
      name: DEFINED_NAMES.perspective,
      refersTo: ref(c.perspective),
      comment: "customer or supplier",
    },
    { name: DEFINED_NAMES.date, refersTo: ref(c.date) },
    { name: DEFINED_NAMES.assessors, refersTo: ref(c.assessors) },
    { name: DEFINED_NAMES.itemSetVersion, refersTo: ref(c.itemSetVersion) },
    { name: DEFINED_NAMES.assessmentId, refersTo: ref(c.assessmentId) },
    {
      name: DEFINED_NAMES.profitImpact,
      refersTo: ref(c.profitImpact),
      comment: "1-5 or blank: how much this relationship moves our cost, revenue or quality",
    },
    ...SIDES.map((s) => ({
      name: ANONYMITY_NAMES[s],
      refersTo: ref(COVER_ANONYMITY[s].cell),
      comment: "Yes: workshop topics do not name this side's respondents",
    })),
  ];
  return {
    sheet: {
      name: SHEET_NAMES.cover,
      role: "cover",
      tabColor: TAB_COLORS.cover,
      columnWidths: { A: 26, B: 56, C: 20, D: 8 },
      cells,
      validations: [
        {
          kind: "list",
          range: c.perspective,
          values: [...PERSPECTIVES],
          allowBlank: false,
          prompt: {
            title: "Perspective",
            message: "Are we the customer or the supplier in this relationship?",
          },
          error: { title: "Not a perspective", message: `Allowed: ${PERSPECTIVES.join(" or ")}.` },
        },
        dateValidation(c.date),
        dateValidation(
          `C${COVER_PEOPLE.signOffRow + 1}:C${COVER_PEOPLE.signOffRow + SIGN_OFF_ROLES.length}`
        ),
        {
          kind: "list",
          range: c.profitImpact,
          values: ["1", "2", "3", "4", "5"],
          allowBlank: true,
          prompt: {
            title: "Profit impact (optional)",
            message:
              "How much does this relationship move our cost, revenue or quality? 1 = hardly, 5 = a great deal. Used only to place it in the portfolio.",
          },
          error: { title: "Not a profit impact", message: "Allowed: 1, 2, 3, 4, 5 or blank." },
        },
        ...SIDES.map((s) => ({
          kind: "list" as const,
          range: COVER_ANONYMITY[s].cell,
          values: [...ANONYMITY_CHOICES],
          allowBlank: true,
          prompt: {
            title: "Anonymous respondents",
            message: `Yes: the disagreement topics never say which of ${s === "us" ? "our" : "their"} respondents answered what. No: they name the lowest and highest.`,
          },
          error: { title: "Yes or No", message: "Allowed: Yes or No." },
        })),
      ],
      // One page, sign-off included (a second page held only the sign-off rows).
      print: { landscape: true, fitToWidth: true, onePage: true },
    },
    names,
  };
}

function buildPrinciples(): SheetPlan {
  const cells: CellWrite[] = [
    titleCell("The method behind the questions"),
    { address: "A2", value: METHOD_SOURCE, style: { italic: true } },
    sectionCell("A4", "Four steps"),
  ];
  let row = 5;
  for (const s of STEPS) {
    cells.push(
      { address: `A${row}`, value: `${s.id} ${s.title}`, style: { bold: true, vertical: "top" } },
      { address: `B${row}`, value: s.summary, style: { wrap: true, vertical: "top" } }
    );
    row++;
  }
  row++;
  cells.push(sectionCell(`A${row++}`, "Nine principles"));
  const hdr = { bold: true, fill: COLORS.header };
  cells.push(
    { address: `A${row}`, value: "Principle", style: hdr },
    { address: `B${row}`, value: "What we see in practice", style: hdr },
    { address: `C${row}`, value: "What to do", style: hdr },
    { address: `D${row}`, value: "Step", style: hdr }
  );
  row++;
  for (const p of PRINCIPLES) {
    const style = { wrap: true, vertical: "top" as const };
    cells.push(
      { address: `A${row}`, value: `${p.id} ${p.theme}`, style: { bold: true, vertical: "top" } },
      { address: `B${row}`, value: p.observation, style },
      { address: `C${row}`, value: p.guidance, style },
      { address: `D${row}`, value: p.step, style }
    );
    row++;
  }
  row++;
  cells.push(sectionCell(`A${row++}`, "Five collaboration models"));
  for (const m of MODELS) {
    cells.push(
      { address: `A${row}`, value: m.name, style: { bold: true, vertical: "top" } },
      { address: `B${row}`, value: m.looksLike, style: { wrap: true, vertical: "top" } },
      {
        address: `C${row}`,
        value: m.putInPlace.join("; "),
        style: { wrap: true, vertical: "top" },
      },
      { address: `D${row}`, value: `trust ≥ ${m.requiredTrust}`, style: { vertical: "top" } }
    );
    row++;
  }
  return {
    name: SHEET_NAMES.principles,
    role: "principles",
    tabColor: TAB_COLORS.principles,
    columnWidths: { A: 44, B: 60, C: 60, D: 10 },
    cells,
    print: { landscape: true, fitToWidth: true },
  };
}

// ---------------------------------------------------------------- the workbook

/** Checks the cover fields before anything is written, so a bad value never reaches a sheet. */
export function validateMeta(meta: AssessmentMeta): void {
  if (!PERSPECTIVES.includes(meta.perspective)) {
    throw new Error(
      `perspective "${String(meta.perspective)}" is not allowed; allowed: ${PERSPECTIVES.join(", ")}`
    );
  }
  if (!isIsoDate(meta.date)) {
    throw new Error(`date "${meta.date}" is not a date; allowed: YYYY-MM-DD, e.g. 2026-03-31`);
  }
  if (
    meta.profitImpact !== undefined &&
    meta.profitImpact !== null &&
    !isProfitImpact(meta.profitImpact)
  ) {
    throw new Error(
      `profit impact ${String(meta.profitImpact)} is not allowed; allowed: ${PROFIT_IMPACT_ALLOWED}`
    );
  }
}

export function buildAssessmentPlan(
  meta: AssessmentMeta,
  opts: AssessmentPlanOptions = {}
): WorkbookPlan {
  validateMeta(meta);
  // The items of the version named, so the cover's version and the rows can never disagree.
  const items = opts.items ?? itemSet(opts.itemSetVersion ?? ITEM_SET_VERSION);
  const cover = buildCover(meta, opts.itemSetVersion, opts.anonymous);
  const sheets: SheetPlan[] = [
    cover.sheet,
    buildSummaryPlan(meta, opts.recommendation ?? null, opts.roadmap ?? [], {
      us: scoreItems(opts.answers?.us ?? {}, items).scores,
      // Their view in our frame (mirrored items crosswise), as every "their" column shows it.
      them: opts.answers?.them
        ? scoreItems(theirAnswersInOurFrame(opts.answers.them, items), items).scores
        : undefined,
    }),
    ...STEP_IDS.map((s) => buildStepSheet(s, opts)),
    buildScoresSheet(items),
    buildResultsPlan(opts.recommendation ?? null, { takenAt: opts.takenAt }),
    buildRoadmapPlan(opts.roadmap ?? []),
    buildActionsPlan(opts.roadmap ?? [], peopleOf(meta)),
    buildPrinciples(),
  ];
  // Issue 13: respondents and rounds, after our fixed sheets.
  if (opts.respondents)
    sheets.push(...buildRespondentSheets(opts.respondents, { items, anonymous: opts.anonymous }));
  if (opts.history?.length) sheets.push(buildHistorySheet(opts.history));
  const scores = (a: string) => `${sheetRef(SHEET_NAMES.scores)}!${absolute(a)}`;
  const { firstRow } = LAYOUT.scores;
  const lastRow = firstRow + DIMENSION_KEYS.length - 1;
  const names: DefinedNamePlan[] = [
    ...cover.names,
    {
      name: DEFINED_NAMES.ourScores,
      refersTo: scores(`A${firstRow}:B${lastRow}`),
      comment: "Dimension key and our score, one row per dimension",
    },
    {
      name: DEFINED_NAMES.theirScores,
      refersTo: scores(`I${firstRow}:I${lastRow}`),
      comment: "Their own score (from their side), aligned with CF_OurScores",
    },
    {
      name: DEFINED_NAMES.snapshotTime,
      refersTo: `${sheetRef(SHEET_NAMES.results)}!${absolute(`${LAYOUT.results.snapshotColumn}${LAYOUT.results.firstRow + RESULT_ROWS.length + 1}`)}`,
    },
  ];
  return {
    sheets: sheets.map((s) => withPrintSettings(s, meta, confidentialityOf(meta))),
    names,
    properties: {
      title: meta.title,
      subject: "Collaboration model assessment",
      creator: "CollabFit",
    },
  };
}

/** The item tables of a plan as an adapter would read them back (formula columns left blank). */
export function itemTablesOfPlan(plan: WorkbookPlan): ItemTableValues[] {
  return plan.sheets.flatMap((s) =>
    (s.tables ?? [])
      .filter((t) => isItemTable(t.name))
      .map((t) => ({
        sheet: s.name,
        tableName: t.name,
        topLeft: t.topLeft,
        headers: [...t.headers],
        rows: t.rows.map((r) => [...r]),
      }))
  );
}
