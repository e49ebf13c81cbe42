/** What the assessment sheets share: where things sit, colours, and small cell and rule helpers. */
import { THRESHOLDS } from "../../method";
import type {
  AssessmentItem,
  DimensionKey,
  ItemAnswers,
  Recommendation,
  RoadmapRow,
  Side,
} from "../../method/types";
import type { Respondent } from "../../rounds/respondents";
import type { RoundRecord } from "../../rounds/history";
import { workbookTexts } from "../../texts/parts/workbook";
import { COVER_FIELDS, type CoverKey } from "../cover-fields";
import { parseCell } from "../a1";
import { printedWidth } from "../print";
import type {
  CellValue,
  CellWrite,
  ConditionalFormatPlan,
  SheetPlan,
  ValidationPlan,
} from "../plan";
import { rowHeightForLines, wrappedLineCount } from "../text-fit";

export const COLORS = {
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
export function titleCell(value: string): CellWrite {
  return { address: "A1", value, style: { bold: true, fontSize: 16, fontColor: COLORS.title } };
}

/**
 * Lines of text in column A above a sheet's table (its intro, a legend), each wrapped across
 * A..`to` as one merged cell, its row as tall as the wrapped text: a longer language then wraps
 * instead of running past the printed page, where it would be cut.
 */
export function paragraphRows(
  cells: readonly CellWrite[],
  rows: readonly number[],
  to: string,
  widths: Readonly<Record<string, number>>
): Required<Pick<SheetPlan, "merges" | "rowHeights" | "rangeStyles">> {
  const width = printedWidth({ columnWidths: widths }, parseCell(`${to}1`).col);
  const out: Required<Pick<SheetPlan, "merges" | "rowHeights" | "rangeStyles">> = {
    merges: [],
    rowHeights: {},
    rangeStyles: [],
  };
  for (const row of rows) {
    const cell = cells.find((c) => c.address === `A${row}`);
    const range = `A${row}:${to}${row}`;
    out.merges.push(range);
    out.rangeStyles.push({ range, style: { wrap: true, vertical: "top" } });
    const text = typeof cell?.value === "string" ? cell.value : "";
    const font = { size: cell?.style?.fontSize, bold: cell?.style?.bold };
    const lines = wrappedLineCount(text, width, font);
    if (lines > 1) out.rowHeights[row] = rowHeightForLines(lines, font.size);
  }
  return out;
}

/** A heading inside a sheet. */
export function sectionCell(address: string, value: string): CellWrite {
  return { address, value, style: { bold: true, fontSize: 13 } };
}

/** A 1-5 colour scale coloured by what the dimension's values mean (see COLOUR_MEANING). */
export function meaningScale(range: string, key: DimensionKey): ConditionalFormatPlan {
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
export function scoreColorScale(range: string): ConditionalFormatPlan {
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

export function dateValidation(range: string): ValidationPlan {
  return {
    kind: "date",
    range,
    allowBlank: true,
    error: { ...workbookTexts().dateError },
  };
}

export const TAB_COLORS: Record<string, string> = {
  cover: "#1F3864",
  step: "#2F5597",
  scores: "#548235",
  results: "#C55A11",
  roadmap: "#7030A0",
  principles: "#7F7F7F",
};

/** Where things sit; fixed so the custom functions, read-back and tests can rely on them. */
export const LAYOUT = {
  /** Each cover field's value cell, from the table of cover fields. */
  cover: Object.fromEntries(COVER_FIELDS.map((f) => [f.key, f.cell])) as Record<CoverKey, string>,
  /** Header row of each item table. */
  itemTableTopLeft: "A5",
  scores: { topLeft: "A1", firstRow: 2 },
  results: {
    liveColumn: "B",
    snapshotColumn: "C",
    firstRow: 4,
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
export function meaningColours(key: DimensionKey): { low: string; mid: string; high: string } {
  const meaning = COLOUR_MEANING[key];
  if (meaning === "neutral") return NEUTRAL;
  return meaning === "good"
    ? { low: COLORS.low, mid: COLORS.mid, high: COLORS.high }
    : { low: COLORS.high, mid: COLORS.mid, high: COLORS.low };
}

/** A list of texts joined by a catalogue function that adds one item ("customer or supplier"). */
export function joinedBy(
  items: readonly string[],
  more: (list: string, item: string) => string
): string {
  return items.length ? items.reduce((list, item) => more(list, item)) : "";
}
