/**
 * Rounds over time, as layout data: the CF History sheet. CF_History keeps one row per closed round
 * (oldest first); CF_Trend shows, per dimension and side, the current round's score (live from CF
 * Scores) and its change since the previous round and since the first. Changes are numbers shown
 * with arrows by their number format, so every spreadsheet (LibreOffice too) draws them.
 */
import { DIMENSION_KEYS } from "../method";
import { dimensionLabel, modelIdByName, modelName } from "../texts/method-words";
import { methodInEveryLanguage } from "../texts/parts/method";
import { namesInEveryLanguage, namesTexts } from "../texts/parts/names";
import { keyFinder, keysOf, lower, type Names } from "./labels";
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

const label = (k: DimensionKey) => dimensionLabel(k);

/**
 * CF_History's columns by key (issue 16): the headers are labels from the catalogue (part `names`)
 * in the language a workbook is written in; read-back finds a column by its key through
 * historyHeaderKey, which knows the headers of every language we ship, English among them (what
 * every workbook written before the headers had labels holds).
 */
const HISTORY_FIXED_KEYS = [
  "round",
  "date",
  "questionSet",
  "ourRespondents",
  "theirRespondents",
  "targetModel",
  "startModel",
  "trustGap",
  "trustGapChange",
  "powerRegime",
] as const satisfies readonly (keyof Names["historyHeaders"])[];
export type HistoryFixedKey = (typeof HISTORY_FIXED_KEYS)[number];
/** A side's score column on a dimension: "us:trust". */
export type HistoryScoreKey = `${Side}:${DimensionKey}`;
export type HistoryKey = HistoryFixedKey | HistoryScoreKey;

export function historyScoreKey(side: Side, k: DimensionKey): HistoryScoreKey {
  return `${side}:${k}`;
}

/** Every CF_History column's key, in column order: the fixed columns, then each side's scores. */
export const HISTORY_KEYS: readonly HistoryKey[] = [
  ...HISTORY_FIXED_KEYS,
  ...SIDES.flatMap((s) => DIMENSION_KEYS.map((k) => historyScoreKey(s, k))),
];

/** A column's header in one language: its names part and its dimension labels. */
function headerIn(names: Names, dimension: (k: DimensionKey) => string, key: HistoryKey): string {
  const [side, k] = key.split(":") as [Side, DimensionKey | undefined];
  return k
    ? names.historyScoreHeaders[side](dimension(k))
    : names.historyHeaders[key as HistoryFixedKey];
}

/** A CF_History column's header in the active language. */
export function historyHeader(key: HistoryKey): string {
  return headerIn(namesTexts(), dimensionLabel, key);
}

let headerKeys: Map<string, HistoryKey> | undefined;

/**
 * The key of a CF_History header written in any language we ship (exact, surrounding spaces
 * ignored, as for the item tables: a header renamed is reported, not guessed), or undefined.
 */
export function historyHeaderKey(text: unknown): HistoryKey | undefined {
  if (typeof text !== "string") return undefined;
  if (!headerKeys) {
    // The names and method parts list their languages in the same order (textPartInEveryLanguage).
    const methods = methodInEveryLanguage();
    headerKeys = new Map(
      namesInEveryLanguage().flatMap((names, i) =>
        HISTORY_KEYS.map((key) => {
          const dimension = (k: DimensionKey) => methods[i].dimensions[k].label;
          return [headerIn(names, dimension, key).trim(), key] as const;
        })
      )
    );
  }
  return headerKeys.get(text.trim());
}

const regimes = (t: Names) => t.powerRegimes;
const regimeLabelKey = keyFinder(regimes, lower);

/** A power regime as CF History shows it ("buyer dominance"), in the active language. */
export function regimeText(r: PowerRegime): string {
  return namesTexts().powerRegimes[r];
}

/** Every power regime CF History may show, in the active language (for a problem's "allowed"). */
export function regimeTexts(): string[] {
  return Object.values(namesTexts().powerRegimes);
}

/**
 * A Power regime cell back to its key: the label of any language we ship, any case, or the key
 * itself with spaces or hyphens ("buyer-dominance", as some older workbooks and scripts wrote it).
 */
export function regimeFromText(t: string): PowerRegime | null {
  const id = t.trim().toLowerCase().replace(/\s+/g, "-");
  return regimeLabelKey(t) ?? keysOf(regimes).find((r) => r === id) ?? null;
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
  const col = (key: HistoryKey) => columnLetter(top.col + HISTORY_KEYS.indexOf(key));
  const below = last + 4 + DIMENSION_KEYS.length + 3;
  const dates = `${col("date")}${first}:${col("date")}${last}`;
  const ours = (k: DimensionKey) => col(historyScoreKey("us", k));
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
      sourceRange: `${col("trustGap")}${top.row}:${col("trustGap")}${last}`,
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
  const col = (key: HistoryKey) => columnLetter(top.col + HISTORY_KEYS.indexOf(key));
  const gapCol = col("trustGap");
  const lastCol = columnLetter(top.col + HISTORY_KEYS.length - 1);
  const t = workbookTexts().history;
  const th = t.trendHeaders;

  const trendTop = last + 4;
  const tFirst = trendTop + 1;
  const tLast = trendTop + DIMENSION_KEYS.length;
  const trendHeaders = [
    th.dimension,
    th.higherIs,
    ...SIDES.flatMap((s) => [th[s].now, th[s].sincePrevious, th[s].sinceFirst]),
  ];
  const trendCol = (i: number) => columnLetter(1 + i);
  const scoresCol: Record<Side, string> = { us: "B", them: "C" };
  const trendFormulas: Record<string, (r: number) => string> = {};
  SIDES.forEach((s, si) => {
    const nowC = trendCol(2 + si * 3);
    trendFormulas[th[s].now] = (r) => {
      const src = `${sheetRef(SHEET_NAMES.scores)}!${scoresCol[s]}${scoresRow(DIMENSION_KEYS[r])}`;
      return `IF(ISNUMBER(${src}),${src},"")`;
    };
    const change = (histRow: number) => (r: number) => {
      const now = `${nowC}${tFirst + r}`;
      const then = `$${col(historyScoreKey(s, DIMENSION_KEYS[r]))}$${histRow}`;
      return `IF(AND(ISNUMBER(${now}),ISNUMBER(${then})),ROUND(${now}-${then},6),"")`;
    };
    trendFormulas[th[s].sincePrevious] = change(last);
    trendFormulas[th[s].sinceFirst] = change(first);
  });
  const changeCols = SIDES.flatMap((_, si) => [trendCol(3 + si * 3), trendCol(4 + si * 3)]);
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
  const gapChange = col("trustGapChange");
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
  for (let i = HISTORY_FIXED_KEYS.length; i < HISTORY_KEYS.length; i++)
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
        range: `${col(HISTORY_KEYS[HISTORY_FIXED_KEYS.length])}${first}:${lastCol}${last}`,
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
        headers: HISTORY_KEYS.map(historyHeader),
        rows: history.map(historyRow),
        formulaColumns: {
          [historyHeader("trustGapChange")]: (r) =>
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
