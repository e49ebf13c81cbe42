/**
 * Several respondents per side, as layout data. Two sheets:
 * - CF Responses: CF_Responses, one row per respondent × item (sortable, filterable), and the
 *   CF_Respondents list with each respondent's answered count and status, both by native formulas;
 * - CF Response Summary: CF_ResponseSummary, one row per item with n, mean, min, max and spread per
 *   side, by native formulas over CF_Responses (N/A left out), spreads of 2 or more highlighted.
 *
 * How the two modes meet: a side with at least one answer in CF_Responses takes its item scores
 * (the step sheets' Our value / Their value) from the means here; a side with none keeps the typed
 * Our score / Their score column, which is one respondent. See respondentValueFormula.
 */
import { ITEMS, THRESHOLDS } from "../method";
import { dimensionLabel } from "../texts/method-words";
import type { AssessmentItem, Side } from "../method/types";
import {
  DISAGREEMENT_SPREAD,
  SIDES,
  disagreementTopic,
  disagreements,
  sideRespondents,
  type Respondent,
} from "../rounds/respondents";
import { absolute, columnLetter, parseCell } from "./a1";
import { NA_TEXT, REVERSE_YES, SCORE_CHOICES, sheetRef } from "./names";
import type { CellValue, CellWrite, SheetPlan, TablePlan } from "./plan";
import {
  RESPONDENT_HEADERS,
  RESPONDENT_TABLE_HEADERS,
  RESPONSE_HEADERS,
  RESPONSE_TABLE_HEADERS,
  ROUND_SHEETS,
  ROUND_TABLES,
  SIDE_TEXT,
} from "./round-names";
import { workbookTexts } from "../texts/parts/workbook";
import { joinedBy } from "./sheets/common";

export const RESPONSES_LAYOUT = {
  /** Header row of CF_Responses (columns A:H). */
  responsesTopLeft: "A5",
  /** Header row of CF_Respondents, to the right of CF_Responses. */
  respondentsTopLeft: "J5",
  /** Header row of CF_ResponseSummary; its rows follow the question set, so they never move. */
  summaryTopLeft: "A6",
  /** Cells on the summary sheet holding the count of recorded answers per side. */
  answersCount: { us: "C3", them: "C4" } as Record<Side, string>,
} as const;

const STAT_NAMES = ["n", "mean", "min", "max", "spread"] as const;
type Stat = (typeof STAT_NAMES)[number];

/**
 * CF_ResponseSummary's columns by key, in order (issue 16): the item's ID and dimension, then each
 * side's figures ("them:mean"). The headers are catalogue labels (part `workbook`); the formulas
 * find their cells by column letter (summaryColumn), never by a header's text.
 */
const SUMMARY_COLUMNS = [
  "id",
  "dimension",
  ...SIDES.flatMap((s) => STAT_NAMES.map((n) => `${s}:${n}` as const)),
] as const;

/** CF_ResponseSummary's headers in the active language, in column order. */
export function summaryHeaders(): string[] {
  const h = workbookTexts().responses.summaryHeaders;
  return [h.id, h.dimension, ...SIDES.flatMap((s) => STAT_NAMES.map((n) => h[s][n]))];
}

/** Sheet column of a summary statistic. */
export function summaryColumn(side: Side, stat: Stat): string {
  const first = parseCell(RESPONSES_LAYOUT.summaryTopLeft).col;
  return columnLetter(first + SUMMARY_COLUMNS.indexOf(`${side}:${stat}`));
}

/** Sheet row of an item in the summary (question-set order). */
export function summaryRow(itemId: string, items: readonly AssessmentItem[] = ITEMS): number {
  const i = items.findIndex((it) => it.id === itemId);
  if (i < 0) throw new Error(`item ${itemId} is not in the question set`);
  return parseCell(RESPONSES_LAYOUT.summaryTopLeft).row + 1 + i;
}

const summaryRef = (cell: string) => `${sheetRef(ROUND_SHEETS.summary)}!${absolute(cell)}`;

/**
 * A step sheet's Our value / Their value formula once respondents can exist: the respondents' mean
 * when the side has any recorded answer (turned round for a reverse item), else the typed column's
 * value (`typedFormula`, the one-respondent formula).
 */
export function respondentValueFormula(
  side: Side,
  itemId: string,
  reverseCell: string,
  typedFormula: string,
  items: readonly AssessmentItem[] = ITEMS
): string {
  const row = summaryRow(itemId, items);
  const n = summaryRef(`${summaryColumn(side, "n")}${row}`);
  const mean = summaryRef(`${summaryColumn(side, "mean")}${row}`);
  const count = summaryRef(RESPONSES_LAYOUT.answersCount[side]);
  return `IF(N(${count})>0,IF(N(${n})>0,IF(${reverseCell}="${REVERSE_YES}",${THRESHOLDS.reverseBase}-${mean},${mean}),""),${typedFormula})`;
}

interface ResponseRow {
  side: Side;
  respondent: Respondent;
  item: AssessmentItem;
}

function responseRows(
  list: readonly Respondent[],
  items: readonly AssessmentItem[]
): ResponseRow[] {
  return SIDES.flatMap((side) =>
    sideRespondents(list, side).flatMap((respondent) =>
      items.map((item) => ({ side, respondent, item }))
    )
  );
}

/** Where CF_Responses' columns sit, for formulas over it. */
function responseRanges(rowCount: number) {
  const top = parseCell(RESPONSES_LAYOUT.responsesTopLeft);
  const first = top.row + 1;
  const last = top.row + Math.max(1, rowCount);
  const col = (h: string) => columnLetter(top.col + RESPONSE_TABLE_HEADERS.indexOf(h));
  const range = (h: string) =>
    `${sheetRef(ROUND_SHEETS.responses)}!${absolute(`${col(h)}${first}`)}:${absolute(`${col(h)}${last}`)}`;
  return { first, last, col, range };
}

/** The CF Responses sheet: one row per respondent × item, and the respondents with their status. */
export function buildResponsesSheet(
  list: readonly Respondent[],
  items: readonly AssessmentItem[] = ITEMS
): SheetPlan {
  const rows = responseRows(list, items);
  const { first, last, col } = responseRanges(rows.length);
  const body: CellValue[][] = rows.length
    ? rows.map(({ side, respondent: r, item }) => {
        const v = r.answers[item.id];
        return [
          SIDE_TEXT[side],
          r.name,
          r.role ?? null,
          r.organisation ?? null,
          item.id,
          dimensionLabel(item.dimension),
          typeof v === "number" ? v : NA_TEXT,
          null,
        ];
      })
    : [RESPONSE_TABLE_HEADERS.map(() => null)];
  const score = col(RESPONSE_HEADERS.score);
  const countsAs = col(RESPONSE_HEADERS.countsAs);
  const { scaleMin, scaleMax } = THRESHOLDS;
  const all = workbookTexts();
  const t = all.responses;
  const responses: TablePlan = {
    name: ROUND_TABLES.responses,
    topLeft: RESPONSES_LAYOUT.responsesTopLeft,
    headers: [...RESPONSE_TABLE_HEADERS],
    rows: body,
    formulaColumns: {
      // The number the statistics use: the score, or 0 (shown blank) for N/A, blank or anything else.
      [RESPONSE_HEADERS.countsAs]: (r) => {
        const s = `--${score}${first + r}`;
        return `IFERROR(IF(AND(${s}>=${scaleMin},${s}<=${scaleMax},INT(${s})=${s}),${s},0),0)`;
      },
    },
    style: "TableStyleMedium2",
  };

  // The respondents list, beside the answers: answered count and status by formulas over CF_Responses.
  const people = SIDES.flatMap((s) => sideRespondents(list, s));
  const rTop = parseCell(RESPONSES_LAYOUT.respondentsTopLeft);
  const rc = (i: number) => columnLetter(rTop.col + i);
  const sideCol = col(RESPONSE_HEADERS.side);
  const nameCol = col(RESPONSE_HEADERS.respondent);
  const abs = (c: string) => `${absolute(`${c}${first}`)}:${absolute(`${c}${last}`)}`;
  const respondents: TablePlan = {
    name: ROUND_TABLES.respondents,
    topLeft: RESPONSES_LAYOUT.respondentsTopLeft,
    headers: [...RESPONDENT_TABLE_HEADERS],
    rows: people.length
      ? people.map((p) => [
          SIDE_TEXT[p.side],
          p.name,
          p.role ?? null,
          p.organisation ?? null,
          null,
          null,
        ])
      : [RESPONDENT_TABLE_HEADERS.map(() => null)],
    formulaColumns: {
      [RESPONDENT_HEADERS.answered]: (r) => {
        const row = rTop.row + 1 + r;
        return `IF(${rc(1)}${row}="","",SUMPRODUCT((${abs(sideCol)}=${rc(0)}${row})*(${abs(nameCol)}=${rc(1)}${row})*(${abs(countsAs)}>0)))`;
      },
      [RESPONDENT_HEADERS.status]: (r) => {
        const row = rTop.row + 1 + r;
        const n = `${rc(4)}${row}`;
        const st = t.status;
        return `IF(${rc(1)}${row}="","",IF(${n}>=${items.length},"${st.answered}",IF(${n}=0,"${st.none}","${st.partial}")))`;
      },
    },
    style: "TableStyleLight9",
  };
  const cells: CellWrite[] = [
    {
      address: "A1",
      value: t.title,
      style: { bold: true, fontSize: 16, fontColor: "#1F3864" },
    },
    {
      address: "A2",
      value: t.intro,
      style: { fontColor: "#595959" },
    },
    {
      address: "A3",
      value: t.sortFreely(ROUND_SHEETS.summary),
      style: { fontColor: "#595959" },
    },
    { address: `${rc(0)}${rTop.row - 1}`, value: t.respondents, style: { bold: true } },
  ];
  return {
    name: ROUND_SHEETS.responses,
    role: "responses",
    tabColor: "#2F5597",
    columnWidths: {
      A: 11,
      B: 22,
      C: 18,
      D: 20,
      E: 9,
      F: 22,
      G: 8,
      H: 10,
      I: 3,
      J: 11,
      K: 22,
      L: 18,
      M: 20,
      N: 10,
      O: 13,
    },
    freeze: { rows: parseCell(RESPONSES_LAYOUT.responsesTopLeft).row, columns: 0 },
    cells,
    rangeStyles: [
      { range: `A1:O3`, style: { wrap: false } },
      {
        range: `${rc(4)}${rTop.row + 1}:${rc(4)}${rTop.row + Math.max(1, people.length)}`,
        style: { horizontal: "center" },
      },
      {
        range: `${score}${first}:${score}${last}`,
        style: { horizontal: "center", unlocked: true },
      },
      // Zero (N/A or blank) shows as an empty cell.
      {
        range: `${countsAs}${first}:${countsAs}${last}`,
        style: { numberFormat: "0;-0;;@", fontColor: "#595959" },
      },
    ],
    tables: [responses, respondents],
    validations: [
      {
        kind: "list",
        range: `${score}${first}:${score}${last}`,
        values: [...SCORE_CHOICES],
        allowBlank: true,
        error: { title: t.scoreError.title, message: t.scoreError.message(NA_TEXT) },
      },
      {
        kind: "list",
        range: `${sideCol}${first}:${sideCol}${last}`,
        values: SIDES.map((s) => SIDE_TEXT[s]),
        allowBlank: true,
        error: {
          title: t.sideError,
          message: all.allowed(
            joinedBy(
              SIDES.map((s) => SIDE_TEXT[s]),
              all.orMore
            )
          ),
        },
      },
    ],
    print: { landscape: true, fitToWidth: true, printTitleRows: `$${first - 1}:$${first - 1}` },
  };
}

/**
 * The CF Response Summary sheet: n, mean, min, max, spread per item and side (native formulas over
 * CF_Responses), and the disagreements inside a side as workshop topics (named only where allowed).
 */
export function buildResponseSummarySheet(
  list: readonly Respondent[],
  opts: { items?: readonly AssessmentItem[]; anonymous?: readonly Side[] } = {}
): SheetPlan {
  const items = opts.items ?? ITEMS;
  const rowCount = responseRows(list, items).length;
  const { range } = responseRanges(rowCount);
  const side = range(RESPONSE_HEADERS.side);
  const id = range(RESPONSE_HEADERS.id);
  const v = range(RESPONSE_HEADERS.countsAs);
  const top = parseCell(RESPONSES_LAYOUT.summaryTopLeft);
  const first = top.row + 1;
  const last = top.row + items.length;
  const high = THRESHOLDS.scaleMax + 1;
  const formulaColumns: Record<string, (r: number) => string> = {};
  const h = workbookTexts().responses.summaryHeaders;
  for (const s of SIDES) {
    const match = (r: number) => `(${side}="${SIDE_TEXT[s]}")*(${id}=$A${first + r})`;
    const c = (stat: Stat, r: number) => `${summaryColumn(s, stat)}${first + r}`;
    const none = (r: number) => `${c("n", r)}=0`;
    formulaColumns[h[s].n] = (r) => `SUMPRODUCT(${match(r)}*(${v}>0))`;
    formulaColumns[h[s].mean] = (r) =>
      `IF(${none(r)},"",ROUND(SUMPRODUCT(${match(r)}*${v})/${c("n", r)},6))`;
    formulaColumns[h[s].min] = (r) =>
      `IF(${none(r)},"",${high}-SUMPRODUCT(MAX(${match(r)}*(${v}>0)*(${high}-${v}))))`;
    formulaColumns[h[s].max] = (r) => `IF(${none(r)},"",SUMPRODUCT(MAX(${match(r)}*${v})))`;
    formulaColumns[h[s].spread] = (r) => `IF(${none(r)},"",${c("max", r)}-${c("min", r)})`;
  }
  const summary: TablePlan = {
    name: ROUND_TABLES.summary,
    topLeft: RESPONSES_LAYOUT.summaryTopLeft,
    headers: summaryHeaders(),
    rows: items.map((it) => [
      it.id,
      dimensionLabel(it.dimension),
      ...SIDES.flatMap(() => STAT_NAMES.map(() => null)),
    ]),
    formulaColumns,
    style: "TableStyleMedium7",
  };
  const all = workbookTexts();
  const t = all.responses;
  const cells: CellWrite[] = [
    {
      address: "A1",
      value: t.summaryTitle,
      style: { bold: true, fontSize: 16, fontColor: "#1F3864" },
    },
    {
      address: "A2",
      value: t.summaryNote(String(DISAGREEMENT_SPREAD)),
      style: { fontColor: "#595959", wrap: false },
    },
  ];
  for (const s of SIDES) {
    const at = RESPONSES_LAYOUT.answersCount[s];
    const row = parseCell(at).row;
    cells.push(
      { address: `A${row}`, value: t.answersRecorded(SIDE_TEXT[s]), style: { bold: true } },
      {
        address: at,
        formula: `SUMPRODUCT((${side}="${SIDE_TEXT[s]}")*(${v}>0))`,
        style: { horizontal: "left" },
      },
      {
        address: `D${row}`,
        value: t.typedCounts,
        style: { fontColor: "#595959", wrap: false },
      }
    );
  }
  // Workshop topics: a snapshot in words, never naming people of an anonymous side.
  const topics = disagreements(list, { items, anonymous: opts.anonymous });
  const topicTop = last + 2;
  cells.push({
    address: `A${topicTop}`,
    value: t.topicsTitle,
    style: { bold: true, fontSize: 13 },
  });
  const anonymous = opts.anonymous ?? ["them"];
  const hidden = SIDES.filter((s) => anonymous.includes(s));
  cells.push({
    address: `A${topicTop + 1}`,
    value: hidden.length
      ? t.notShownFor(
          joinedBy(
            hidden.map((s) => SIDE_TEXT[s].toLowerCase()),
            all.andMore
          )
        )
      : t.shownForBoth,
    style: { fontColor: "#595959", wrap: false },
  });
  (topics.length
    ? topics.map(disagreementTopic)
    : [t.noTopics(String(DISAGREEMENT_SPREAD))]
  ).forEach((t, i) =>
    cells.push({ address: `A${topicTop + 2 + i}`, value: `• ${t}`, style: { wrap: false } })
  );
  const spreadCols = SIDES.map((s) => summaryColumn(s, "spread"));
  const lastCol = columnLetter(top.col + SUMMARY_COLUMNS.length - 1);
  return {
    name: ROUND_SHEETS.summary,
    role: "responses",
    tabColor: "#2F5597",
    columnWidths: Object.fromEntries([
      ["A", 10],
      ["B", 22],
      ...SUMMARY_COLUMNS.slice(2).map((_, i) => [columnLetter(3 + i), 12]),
    ]),
    freeze: { rows: top.row, columns: 1 },
    cells,
    rangeStyles: [
      {
        range: `C${first}:${lastCol}${last}`,
        style: { numberFormat: "0.##", horizontal: "center" },
      },
    ],
    tables: [summary],
    conditionalFormats: spreadCols.map((c) => ({
      kind: "formula" as const,
      range: `${c}${first}:${c}${last}`,
      formula: `AND(ISNUMBER(${c}${first}),${c}${first}>=${DISAGREEMENT_SPREAD})`,
      fill: "#FCE4D6",
      fontColor: "#9C0006",
    })),
    print: { landscape: true, fitToWidth: true, printTitleRows: `$${top.row}:$${top.row}` },
  };
}

/** Both respondent sheets, in tab order. */
export function buildRespondentSheets(
  list: readonly Respondent[],
  opts: { items?: readonly AssessmentItem[]; anonymous?: readonly Side[] } = {}
): SheetPlan[] {
  return [buildResponsesSheet(list, opts.items), buildResponseSummarySheet(list, opts)];
}
