/** The four step sheets (S1-S4): one item table each, and S1's interests tables. */
import { DIMENSIONS, ITEMS, STEPS, THRESHOLDS, isComparable } from "../../method";
import type { AssessmentItem, DimensionKey, Side, StepId } from "../../method/types";
import { stepSummary, stepTitle } from "../../texts/method-words";
import { itemWording } from "../../texts/question-words";
import { cellAddress, columnLetter, offsetCell, parseCell } from "../a1";
import {
  INTEREST_HEADERS,
  INTEREST_KINDS,
  ITEM_HEADERS,
  ITEM_TABLE_HEADERS,
  NA_TEXT,
  REVERSE_NO,
  REVERSE_YES,
  SCORE_CHOICES,
  SHEET_NAMES,
  STEP_IDS,
  TABLE_NAMES,
  sheetRef,
} from "../names";
import type {
  CellValue,
  CellWrite,
  ConditionalFormatPlan,
  SheetPlan,
  TablePlan,
  ValidationPlan,
} from "../plan";
import { respondentValueFormula } from "../responses";
import { workbookTexts } from "../../texts/parts/workbook";
import {
  COLORS,
  LAYOUT,
  TAB_COLORS,
  joinedBy,
  meaningColours,
  paragraphRows,
  titleCell,
  type AssessmentPlanOptions,
} from "./common";

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
  const t = workbookTexts().step.compared;
  switch (it.compare.kind) {
    case "same":
      return t.same;
    case "mirror":
      return t.mirror(it.compare.partner);
    case "own":
      return t.own;
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

export function buildStepSheet(step: StepId, opts: AssessmentPlanOptions): SheetPlan {
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
  const t = workbookTexts();

  const words = (it: AssessmentItem) => {
    const w = itemWording(it);
    return [w.question, w.anchors[1], w.anchors[3], w.anchors[5]];
  };
  const rows: CellValue[][] = items.map((it) => [
    it.id,
    it.dimension,
    DIMENSIONS.find((d) => d.key === it.dimension)!.principle,
    ...words(it),
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
      (step === "S4" ? t.step.titleReady : t.step.title)(String(info.number), stepTitle(step))
    ),
    { address: "A2", value: stepSummary(step), style: { italic: true } },
    { address: "A3", value: t.step.howTo, style: { fontColor: COLORS.muted } },
    {
      address: "A4",
      value: `${t.colourLegend} ${t.step.gapLegend(String(THRESHOLDS.perceptionGapItem))}`,
      style: { fontColor: COLORS.muted },
    },
    {
      address: cellAddress(1, last + 2),
      value: t.backToCover,
      hyperlink: `${sheetRef(SHEET_NAMES.cover)}!A1`,
    },
  ];
  const validations: ValidationPlan[] = [
    {
      kind: "list",
      range: scoreRange,
      values: [...SCORE_CHOICES],
      allowBlank: true,
      prompt: { ...t.step.scorePrompt },
      error: { title: t.step.scoreError.title, message: t.step.scoreError.message(NA_TEXT) },
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
      [t.step.interests.us, TABLE_NAMES.interestsUs, us, usTop],
      [t.step.interests.them, TABLE_NAMES.interestsThem, them, themTop],
    ] as const) {
      cells.push({ address: `D${top - 1}`, value: title, style: { bold: true } });
      tables.push({ name, topLeft: `D${top}`, headers, rows, style: "TableStyleLight9" });
      validations.push({
        kind: "list",
        range: `E${top + 1}:E${top + rows.length}`,
        values: [...INTEREST_KINDS],
        allowBlank: true,
        error: {
          title: t.step.kindError,
          message: t.allowed(joinedBy(INTEREST_KINDS, t.orMore)),
        },
      });
      freeTextStyles.push({
        range: `D${top + 1}:G${top + rows.length}`,
        style: { wrap: true, vertical: "top" },
      });
    }
  }

  // Printed in two column groups (print.ts), each one landscape page wide at 8 pt or more:
  // the question and its anchors (A:G), then the answers, notes and evidence (H:P).
  const columnWidths: Record<string, number> = {
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
  };
  // The intro, the how-to and the colour legend wrap within the first printed group (A:G).
  const intro = paragraphRows(cells, [2, 3, 4], "G", columnWidths);

  return {
    name: SHEET_NAMES[step],
    role: "step",
    tabColor: TAB_COLORS.step,
    columnWidths,
    freeze: { rows: parseCell(LAYOUT.itemTableTopLeft).row, columns: 1 },
    cells,
    rangeStyles: [
      { range: `A1:${lastCol}4`, style: { wrap: false } },
      ...intro.rangeStyles,
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
    merges: intro.merges,
    rowHeights: intro.rowHeights,
    print: { landscape: true, fitToWidth: true, printTitleRows: "$5:$5" },
  };
}
