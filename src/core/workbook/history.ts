/**
 * Rounds over time, as layout data: the CF History sheet. CF_History keeps one row per closed round
 * (oldest first); CF_Trend shows, per dimension and side, the current round's score (live from CF
 * Scores) and its change since the previous round and since the first. Changes are numbers shown
 * with arrows by their number format, so every spreadsheet (LibreOffice too) draws them.
 */
import { DIMENSION_KEYS } from "../method";
import {
  dimensionLabel,
  modelIdByName,
  modelName,
  sourceDimensionLabel,
} from "../texts/method-words";
import type { DimensionKey, ModelId, PowerRegime, Side } from "../method/types";
import { SIDES } from "../rounds/respondents";
import type { RoundRecord } from "../rounds/history";
import { columnLetter, isoToSerial, parseCell } from "./a1";
import { scoresRow } from "./sheets/scores";
import { SHEET_NAMES, sheetRef } from "./names";
import type { CellValue, CellWrite, ChartPlan, ConditionalFormatPlan, SheetPlan } from "./plan";
import { ROUND_SHEETS, ROUND_TABLES } from "./round-names";
import { workbookTexts } from "../texts/parts/workbook";

export const HISTORY_LAYOUT = { historyTopLeft: "A5" } as const;

const SIDE_WORD: Record<Side, string> = { us: "Our", them: "Their" };
const label = (k: DimensionKey) => dimensionLabel(k);

/**
 * Column header of a side's dimension score in CF_History. CF_History's headers are still the keys
 * its read-back finds columns by (fixed at load, like HISTORY_FIXED_HEADERS), so they take the
 * English label whatever the language until they get labels of their own.
 */
export function historyScoreHeader(side: Side, k: DimensionKey): string {
  return `${SIDE_WORD[side]} ${sourceDimensionLabel(k).toLowerCase()}`;
}

export const HISTORY_FIXED_HEADERS = [
  "Round",
  "Date",
  "Question set",
  "Our respondents",
  "Their respondents",
  "Target model",
  "Start model",
  "Trust gap",
  "Trust gap change",
  "Power regime",
] as const;

export const HISTORY_HEADERS: readonly string[] = [
  ...HISTORY_FIXED_HEADERS,
  ...SIDES.flatMap((s) => DIMENSION_KEYS.map((k) => historyScoreHeader(s, k))),
];

/** A power regime as a person reads it ("buyer dominance"), and back. */
export function regimeText(r: PowerRegime): string {
  return r.replace(/-/g, " ");
}
export function regimeFromText(t: string): PowerRegime | null {
  const id = t.trim().toLowerCase().replace(/\s+/g, "-");
  const all: PowerRegime[] = [
    "interdependence",
    "buyer-dominance",
    "supplier-dominance",
    "independence",
    "balanced",
  ];
  return all.find((r) => r === id) ?? null;
}
/** A model's name (or id) back to its id. */
export function modelFromText(t: string): ModelId | null {
  return modelIdByName(t);
}

/** Number formats that draw the direction: ▲ up, ▼ down, = no change. */
export const CHANGE_FORMAT = '"▲ +"0.00;"▼ −"0.00;"= 0.00"';
/** The trust gap's change in words, by its number format: widening, closing or unchanged. */
export function trustGapChangeFormat(): string {
  const t = workbookTexts().history;
  return `"▲ ${t.widening} "0.00;"▼ ${t.closing} "0.00;"= ${t.unchanged}"`;
}

/** Which way is good, per dimension: more difference risk is worse; dependence is neither. */
export function higherIs(k: DimensionKey): "better" | "worse" | "neither" {
  if (k === "differenceRisk") return "worse";
  if (k === "ourDependence" || k === "theirDependence") return "neither";
  return "better";
}

function historyRow(h: RoundRecord, i: number): CellValue[] {
  return [
    i + 1,
    isoToSerial(h.date),
    h.itemSetVersion,
    h.respondents.us,
    h.respondents.them,
    modelName(h.targetModel),
    modelName(h.startModel),
    h.trustGap,
    null,
    regimeText(h.powerRegime),
    ...SIDES.flatMap((s) => DIMENSION_KEYS.map((k) => h[s][k])),
  ];
}

/** Where the rounds' line charts sit: below the trend table and its note. */
export function historyCharts(rounds: number): ChartPlan[] {
  const top = parseCell(HISTORY_LAYOUT.historyTopLeft);
  const first = top.row + 1;
  const last = top.row + rounds;
  const col = (h: string) => columnLetter(top.col + HISTORY_HEADERS.indexOf(h));
  const below = last + 4 + DIMENSION_KEYS.length + 3;
  const dates = `${col("Date")}${first}:${col("Date")}${last}`;
  const ours = (k: DimensionKey) => col(historyScoreHeader("us", k));
  return [
    {
      type: "line",
      name: "CF_RoundsChart",
      title: workbookTexts().history.scoresChart,
      sourceRange: `${ours(DIMENSION_KEYS[0])}${top.row}:${ours(DIMENSION_KEYS[DIMENSION_KEYS.length - 1])}${last}`,
      categories: dates,
      anchor: `A${below}`,
    },
    {
      type: "line",
      name: "CF_TrustGapChart",
      title: workbookTexts().history.trustGapChart,
      sourceRange: `${col("Trust gap")}${top.row}:${col("Trust gap")}${last}`,
      categories: dates,
      anchor: `H${below}`,
    },
  ];
}

/** The CF History sheet for a non-empty history (oldest first). */
export function buildHistorySheet(history: readonly RoundRecord[]): SheetPlan {
  if (!history.length) throw new Error("a history sheet needs at least one closed round");
  const top = parseCell(HISTORY_LAYOUT.historyTopLeft);
  const first = top.row + 1;
  const last = top.row + history.length;
  const col = (h: string) => columnLetter(top.col + HISTORY_HEADERS.indexOf(h));
  const gapCol = col("Trust gap");
  const lastCol = columnLetter(top.col + HISTORY_HEADERS.length - 1);

  const trendTop = last + 4;
  const tFirst = trendTop + 1;
  const tLast = trendTop + DIMENSION_KEYS.length;
  const trendHeaders = [
    "Dimension",
    "Higher is",
    ...SIDES.flatMap((s) => [
      `${SIDE_WORD[s]} score now`,
      `${SIDE_WORD[s]} since previous round`,
      `${SIDE_WORD[s]} since first round`,
    ]),
  ];
  const trendCol = (i: number) => columnLetter(1 + i);
  const scoresCol: Record<Side, string> = { us: "B", them: "C" };
  const trendFormulas: Record<string, (r: number) => string> = {};
  SIDES.forEach((s, si) => {
    const nowC = trendCol(2 + si * 3);
    trendFormulas[`${SIDE_WORD[s]} score now`] = (r) => {
      const src = `${sheetRef(SHEET_NAMES.scores)}!${scoresCol[s]}${scoresRow(DIMENSION_KEYS[r])}`;
      return `IF(ISNUMBER(${src}),${src},"")`;
    };
    const change = (histRow: number) => (r: number) => {
      const now = `${nowC}${tFirst + r}`;
      const then = `$${col(historyScoreHeader(s, DIMENSION_KEYS[r]))}$${histRow}`;
      return `IF(AND(ISNUMBER(${now}),ISNUMBER(${then})),ROUND(${now}-${then},6),"")`;
    };
    trendFormulas[`${SIDE_WORD[s]} since previous round`] = change(last);
    trendFormulas[`${SIDE_WORD[s]} since first round`] = change(first);
  });
  const changeCols = SIDES.flatMap((_, si) => [trendCol(3 + si * 3), trendCol(4 + si * 3)]);
  const t = workbookTexts().history;
  // The words of the "Higher is" column, which the colour rules below compare against.
  const better = t.higherIs.better;
  const worse = t.higherIs.worse;

  const cells: CellWrite[] = [
    {
      address: "A1",
      value: t.title,
      style: { bold: true, fontSize: 16, fontColor: "#1F3864" },
    },
    {
      address: "A2",
      value: t.intro,
      style: { fontColor: "#595959", wrap: false },
    },
    {
      address: "A3",
      value: t.trustGap,
      style: { fontColor: "#595959", wrap: false },
    },
    {
      address: `A${trendTop - 1}`,
      value: t.trendTitle,
      style: { bold: true, fontSize: 13 },
    },
    {
      address: `A${tLast + 1}`,
      value: t.trendNote,
      style: { fontColor: "#595959", wrap: false },
    },
  ];
  const good = "#E2EFDA";
  const bad = "#FCE4D6";
  const conditionalFormats: ConditionalFormatPlan[] = changeCols.flatMap((c) => [
    {
      kind: "formula" as const,
      range: `${c}${tFirst}:${c}${tLast}`,
      formula: `AND(ISNUMBER(${c}${tFirst}),OR(AND($B${tFirst}="${better}",${c}${tFirst}>0),AND($B${tFirst}="${worse}",${c}${tFirst}<0)))`,
      fill: good,
      fontColor: "#375623",
    },
    {
      kind: "formula" as const,
      range: `${c}${tFirst}:${c}${tLast}`,
      formula: `AND(ISNUMBER(${c}${tFirst}),OR(AND($B${tFirst}="${better}",${c}${tFirst}<0),AND($B${tFirst}="${worse}",${c}${tFirst}>0)))`,
      fill: bad,
      fontColor: "#9C0006",
    },
  ]);
  const gapChange = col("Trust gap change");
  conditionalFormats.push(
    {
      kind: "formula",
      range: `${gapChange}${first}:${gapChange}${last}`,
      formula: `AND(ISNUMBER(${gapChange}${first}),${gapChange}${first}<0)`,
      fill: good,
      fontColor: "#375623",
    },
    {
      kind: "formula",
      range: `${gapChange}${first}:${gapChange}${last}`,
      formula: `AND(ISNUMBER(${gapChange}${first}),${gapChange}${first}>0)`,
      fill: bad,
      fontColor: "#9C0006",
    }
  );
  const widths: Record<string, number> = {
    A: 24,
    B: 11,
    C: 13,
    D: 13,
    E: 13,
    F: 30,
    G: 30,
    H: 10,
    I: 20,
    J: 18,
  };
  for (let i = HISTORY_FIXED_HEADERS.length; i < HISTORY_HEADERS.length; i++)
    widths[columnLetter(1 + i)] = 13;
  return {
    name: ROUND_SHEETS.history,
    role: "history",
    tabColor: "#C55A11",
    columnWidths: widths,
    freeze: { rows: 0, columns: 1 },
    cells,
    rangeStyles: [
      { range: `B${first}:B${last}`, style: { numberFormat: "yyyy-mm-dd", horizontal: "left" } },
      { range: `${gapCol}${first}:${gapCol}${last}`, style: { numberFormat: "0.00" } },
      {
        range: `${gapChange}${first}:${gapChange}${last}`,
        style: { numberFormat: trustGapChangeFormat() },
      },
      {
        range: `${col(HISTORY_HEADERS[HISTORY_FIXED_HEADERS.length])}${first}:${lastCol}${last}`,
        style: { numberFormat: "0.00" },
      },
      {
        range: `${HISTORY_LAYOUT.historyTopLeft}:${lastCol}${top.row}`,
        style: { wrap: true, vertical: "top" },
      },
      { range: `A${trendTop}:H${trendTop}`, style: { wrap: true, vertical: "top" } },
      { range: `C${tFirst}:C${tLast}`, style: { numberFormat: "0.00" } },
      { range: `F${tFirst}:F${tLast}`, style: { numberFormat: "0.00" } },
      ...changeCols.map((c) => ({
        range: `${c}${tFirst}:${c}${tLast}`,
        style: { numberFormat: CHANGE_FORMAT, horizontal: "right" as const },
      })),
    ],
    tables: [
      {
        name: ROUND_TABLES.history,
        topLeft: HISTORY_LAYOUT.historyTopLeft,
        headers: [...HISTORY_HEADERS],
        rows: history.map(historyRow),
        formulaColumns: {
          "Trust gap change": (r) =>
            r === 0 ? `""` : `ROUND(${gapCol}${first + r}-${gapCol}${first + r - 1},6)`,
        },
        style: "TableStyleMedium4",
      },
      {
        name: ROUND_TABLES.trend,
        topLeft: `A${trendTop}`,
        headers: trendHeaders,
        rows: DIMENSION_KEYS.map((k) => [
          label(k),
          t.higherIs[higherIs(k)],
          null,
          null,
          null,
          null,
          null,
          null,
        ]),
        formulaColumns: trendFormulas,
        style: "TableStyleLight9",
      },
    ],
    conditionalFormats,
    // Inside Excel only (exceljs writes no charts): the rounds as lines, dated on the axis.
    charts: historyCharts(history.length),
    // Thirty columns do not fit one page legibly: print across pages, the first column repeated by the freeze.
    print: { landscape: true, fitToWidth: false },
  };
}
