/** The Scores sheet: one row per dimension (the custom functions' contract, see layout.ts). */
import {
  DIMENSION_KEYS,
  DIMENSIONS,
  GATED_DIMENSIONS,
  THRESHOLDS,
  counterpartDimension,
} from "../../method";
import { dimensionLabel } from "../../texts/method-words";
import type { AssessmentItem, DimensionKey } from "../../method/types";
import { absolute } from "../a1";
import { DEFINED_NAMES, ITEM_HEADERS, SHEET_NAMES, TABLE_NAMES, sheetRef } from "../names";
import type { CellValue, DefinedNamePlan, SheetPlan, TablePlan } from "../plan";
import { workbookTexts } from "../../texts/parts/workbook";
import { COLORS, LAYOUT, TAB_COLORS, meaningScale } from "./common";
import { itemColumn, itemRows, stepOfDimension } from "./step";

/** Sheet row of a dimension on the Scores sheet. */
export function scoresRow(key: DimensionKey): number {
  return LAYOUT.scores.firstRow + DIMENSION_KEYS.indexOf(key);
}

/**
 * CF_Scores' columns by key, in order (issue 16): the headers are catalogue labels (part `workbook`)
 * in the language the workbook is written in. Nothing reads this table by its headers: the custom
 * functions read CF_OurScores and CF_TheirScores, and the formulas use cell addresses.
 */
export const SCORES_COLUMNS = [
  "key",
  "our",
  "their",
  "gap",
  "effective",
  "dimension",
  "step",
  "principle",
  "theirOwn",
] as const;
export type ScoresColumn = (typeof SCORES_COLUMNS)[number];

/** CF_Scores' headers in the active language, in column order. */
export function scoresHeaders(): string[] {
  const h = workbookTexts().scores.headers;
  return SCORES_COLUMNS.map((k) => h[k]);
}

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

export function buildScoresSheet(items: readonly AssessmentItem[]): SheetPlan {
  const t = workbookTexts();
  const notes = t.scores.notes;
  const { firstRow } = LAYOUT.scores;
  const lastRow = firstRow + DIMENSION_KEYS.length - 1;
  const partnerRow = (k: DimensionKey) => scoresRow(counterpartDimension(k));
  const rows: CellValue[][] = DIMENSION_KEYS.map((k) => {
    const d = DIMENSIONS.find((x) => x.key === k)!;
    return [k, null, null, null, null, dimensionLabel(k), d.step, d.principle, null];
  });
  const h = t.scores.headers;
  const table: TablePlan = {
    name: TABLE_NAMES.scores,
    topLeft: LAYOUT.scores.topLeft,
    headers: scoresHeaders(),
    rows,
    // Keyed by the header as written: the adapters find a formula's column by it.
    formulaColumns: {
      [h.our]: (r) => dimensionScoreFormula(DIMENSION_KEYS[r], ITEM_HEADERS.ourValue, items),
      // Their item values are already in our frame (mirrored rows read crosswise), so is this.
      [h.their]: (r) => dimensionScoreFormula(DIMENSION_KEYS[r], ITEM_HEADERS.theirValue, items),
      // The gap is the difference of the two numbers beside it.
      [h.gap]: (r) => {
        const row = firstRow + r;
        return `IF(AND(ISNUMBER(B${row}),ISNUMBER(C${row})),ROUND(ABS(B${row}-C${row}),6),"")`;
      },
      // What the rules use: the lower view for gated dimensions, the mean otherwise (rounded like the engine).
      [h.effective]: (r) => {
        const k = DIMENSION_KEYS[r];
        const row = firstRow + r;
        const c = `C${row}`;
        const both = GATED_DIMENSIONS.includes(k)
          ? `MIN(B${row},${c})`
          : `ROUND(AVERAGE(B${row},${c}),6)`;
        return `IF(AND(ISNUMBER(B${row}),ISNUMBER(${c})),${both},IF(ISNUMBER(B${row}),B${row},""))`;
      },
      // Their view from their own side (their "our dependence" is about us): what COLLAB.* reads.
      [h.theirOwn]: (r) => {
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
      notes.means,
      notes.theirFrame,
      notes.gap(String(THRESHOLDS.perceptionGapDimension)),
      notes.effective,
      notes.rest,
      t.colourLegend,
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

/** CF_OurScores and CF_TheirScores: the custom functions' contract (see layout.ts). */
export function scoresNames(): DefinedNamePlan[] {
  const comments = workbookTexts().scores.nameComments;
  const scores = (a: string) => `${sheetRef(SHEET_NAMES.scores)}!${absolute(a)}`;
  const { firstRow } = LAYOUT.scores;
  const lastRow = firstRow + DIMENSION_KEYS.length - 1;
  return [
    {
      name: DEFINED_NAMES.ourScores,
      refersTo: scores(`A${firstRow}:B${lastRow}`),
      comment: comments.ourScores,
    },
    {
      name: DEFINED_NAMES.theirScores,
      refersTo: scores(`I${firstRow}:I${lastRow}`),
      comment: comments.theirScores,
    },
  ];
}
