/**
 * The portfolio (issue 15): one row per relationship, reduced from a read assessment, and the
 * portfolio workbook as a layout plan (CF_Portfolio table, segment grids, model-by-segment table).
 * Pure data: the exceljs adapter (src/xlsx/portfolio.ts) writes it; the CLI and the pane call it.
 */
import {
  DIMENSION_KEYS,
  MODELS,
  PREFERENCING,
  REASSESSMENT_MONTHS,
  SEGMENT_THRESHOLDS,
  THRESHOLDS,
  USUAL_MODEL,
  addMonths,
  modelLevel,
  recommend,
  round6,
  segmentation,
  segmentsFor,
  type Confidence,
  type DimensionKey,
  type Mismatch,
  type ModelId,
  type Perspective,
  type PowerRegime,
  type Preferencing,
  type Profile,
  type Segment,
} from "../method";
import {
  mismatchText,
  modelName,
  preferencingLabel,
  preferencingName,
  segmentLabel,
  dimensionLabel,
} from "../texts/method-words";
import { cellAddress, columnLetter, isoToSerial, parseCell } from "./a1";
import type { CellValue, CellWrite, SheetPlan, TablePlan, WorkbookPlan } from "./plan";
import type { AssessmentMeta } from "./plan";
import { onLanguageChange } from "../texts";
import { portfolio as englishPortfolio } from "../texts/en/portfolio";
import { commonTexts } from "../texts/parts/common";
import { methodInEveryLanguage } from "../texts/parts/method";
import { namesTexts } from "../texts/parts/names";
import { portfolioInEveryLanguage, portfolioTexts } from "../texts/parts/portfolio";
import { SHEET_PREFIX, yesNoOf } from "./names";
import { liveList } from "./labels";

/** One relationship as the portfolio keeps it: everything needed for a row, nothing more. */
export interface PortfolioRow {
  file: string;
  assessmentId: string;
  relationship: string;
  ourOrganisation: string;
  otherParty: string;
  perspective: Perspective;
  /** ISO date, or "" when the cover has none. */
  date: string;
  itemSetVersion: string;
  /** The effective dimension scores the rules used (two-party gating and swapping applied). */
  scores: Record<DimensionKey, number>;
  /** Answered items / items, per side (them: null when the other side did not answer at all). */
  coverage: { us: number; them: number | null };
  confidence: Confidence;
  targetModel: ModelId;
  startModel: ModelId;
  trustGap: number;
  powerRegime: PowerRegime;
  profitImpact: number | null;
  segment: Segment | null;
  preferencing: Preferencing | null;
  mismatch: Mismatch | null;
  /** ISO date of the next yearly re-assessment, or "" without an assessment date. */
  nextReview: string;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface PortfolioInput {
  file: string;
  meta: AssessmentMeta;
  assessmentId: string;
  itemSetVersion: string;
  /** The engine's profile, its coverage read against the workbook's own question set. */
  profile: Profile;
}

/**
 * A fresh copy of a string. Text read from a file can be a slice of the whole parsed document, and
 * a slice keeps that document alive: a portfolio of 1,000 rows would keep 1,000 workbooks' text.
 */
function own(text: string): string {
  return Array.from(text).join("");
}

/** Reduces one read assessment to its portfolio row (the engine decides; nothing is re-derived). */
export function portfolioRow(input: PortfolioInput): PortfolioRow {
  const { meta, profile } = input;
  const rec = recommend(profile);
  const seg = segmentation(profile, rec);
  // Coverage as the engine's confidence reads it (the profile's, against the file's question set).
  const us = round6(profile.coverage?.us ?? 1);
  const them = profile.them ? round6(profile.coverage?.them ?? 1) : null;
  return {
    file: own(input.file),
    assessmentId: own(input.assessmentId),
    relationship: own(meta.title),
    ourOrganisation: own(meta.us),
    otherParty: own(meta.them),
    perspective: profile.perspective,
    date: own(meta.date),
    itemSetVersion: own(input.itemSetVersion),
    scores: rec.effective,
    coverage: { us, them },
    confidence: rec.confidence,
    targetModel: rec.targetModel,
    startModel: rec.startModel,
    trustGap: rec.trustGap,
    powerRegime: rec.powerRegime,
    profitImpact: profile.profitImpact ?? null,
    segment: seg.segment,
    preferencing: seg.preferencing,
    mismatch: seg.mismatch,
    nextReview: meta.date ? addMonths(meta.date, REASSESSMENT_MONTHS) : "",
  };
}

// ---------------------------------------------------------------- the workbook

export type PortfolioSheetKey = keyof typeof englishPortfolio.sheets;
const PORTFOLIO_SHEET_KEYS = Object.keys(englishPortfolio.sheets) as PortfolioSheetKey[];

/** The portfolio's sheet names in the active language: "CF " + the label (getters, read when used). */
export const PORTFOLIO_SHEETS: Readonly<Record<PortfolioSheetKey, string>> =
  Object.defineProperties(
    {} as Record<PortfolioSheetKey, string>,
    Object.fromEntries(
      PORTFOLIO_SHEET_KEYS.map((k) => [
        k,
        { enumerable: true, get: () => SHEET_PREFIX + portfolioTexts().sheets[k] },
      ])
    )
  );

/** Which of `existing` is the portfolio sheet `key`, written in any language we ship (any case). */
export function findPortfolioSheet(
  existing: readonly string[],
  key: PortfolioSheetKey
): string | undefined {
  const names = new Set(
    portfolioInEveryLanguage().map((t) => (SHEET_PREFIX + t.sheets[key]).toLowerCase())
  );
  return (
    existing.find((n) => n === PORTFOLIO_SHEETS[key]) ??
    existing.find((n) => names.has(n.trim().toLowerCase()))
  );
}
export const PORTFOLIO_TABLE = "CF_Portfolio";
/** Header row of CF_Portfolio. */
export const PORTFOLIO_TOP_ROW = 4;

/** Text from a hostile file: kept as text, and short enough for any cell and any reader. */
export const MAX_TEXT = 255;
export function clip(text: string): string {
  // Control characters (other than tab and line breaks) make an .xlsx file invalid: drop them.
  const t = Array.from(text)
    .filter((ch) => {
      const c = ch.charCodeAt(0);
      return c >= 32 || c === 9 || c === 10 || c === 13;
    })
    .join("");
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t;
}

/** The Segment column without a profit impact, and the Mismatch column's words: the active language's. */
export let NO_SEGMENT = englishPortfolio.noSegment as string;
export let MISMATCH_YES = "Yes";
export let MISMATCH_NO = "No";
/**
 * Inside Excel only: a last column recomputing each row's target model with COLLAB.MODEL from the
 * row's ten scores and perspective. Files written elsewhere never get it (Excel binds COLLAB.* only
 * when the add-in writes it; LibreOffice shows #NAME?). Its header in the active language.
 */
export let LIVE_MODEL_HEADER = englishPortfolio.headers.liveModel as string;

onLanguageChange(() => {
  NO_SEGMENT = portfolioTexts().noSegment;
  LIVE_MODEL_HEADER = portfolioTexts().headers.liveModel;
  MISMATCH_YES = namesTexts().yes;
  MISMATCH_NO = namesTexts().no;
});

type ConfidenceKey = keyof typeof englishPortfolio.confidence;
let confidenceKeys: Map<string, ConfidenceKey> | undefined;
/** A Confidence cell's key, written in any language we ship (any case), or undefined. */
function confidenceOf(v: unknown): ConfidenceKey | undefined {
  confidenceKeys ??= new Map(
    portfolioInEveryLanguage().flatMap((t) =>
      (Object.entries(t.confidence) as [ConfidenceKey, string][]).map(
        ([k, label]) => [label.toLowerCase(), k] as const
      )
    )
  );
  return typeof v === "string" ? confidenceKeys.get(v.trim().toLowerCase()) : undefined;
}

const serial = (iso: string): CellValue => (iso ? isoToSerial(iso) : null);
const pct = (v: number | null): CellValue => (v === null ? null : v);
const two = (v: number): number => Math.round(v * 100) / 100;

type FixedKey = Exclude<keyof typeof englishPortfolio.headers, "liveModel">;
/** A CF_Portfolio column's key: a fixed column's, or a dimension's for its score column. */
export type PortfolioKey = FixedKey | DimensionKey;

interface Column {
  key: PortfolioKey;
  width: number;
  value: (r: PortfolioRow) => CellValue;
  numberFormat?: string;
  wrap?: boolean;
}

/**
 * The columns of CF_Portfolio, in order: one place for keys, widths, values and formats. The headers
 * are catalogue labels in the language the workbook is written in (portfolioHeader); read-back
 * finds a column by its key in any language we ship (portfolioHeaderKey).
 */
export const PORTFOLIO_COLUMNS: readonly Column[] = [
  { key: "relationship", width: 30, value: (r) => clip(r.relationship) },
  { key: "ourOrganisation", width: 20, value: (r) => clip(r.ourOrganisation) },
  { key: "otherParty", width: 20, value: (r) => clip(r.otherParty) },
  { key: "perspective", width: 12, value: (r) => r.perspective },
  { key: "date", width: 13, value: (r) => serial(r.date), numberFormat: "yyyy-mm-dd" },
  { key: "reference", width: 24, value: (r) => r.assessmentId },
  { key: "file", width: 28, value: (r) => clip(r.file) },
  ...DIMENSION_KEYS.map((k): Column => ({
    key: k,
    width: 11,
    value: (r) => two(r.scores[k]),
    numberFormat: "0.0#",
  })),
  { key: "ourCoverage", width: 10, value: (r) => pct(r.coverage.us), numberFormat: "0%" },
  { key: "theirCoverage", width: 10, value: (r) => pct(r.coverage.them), numberFormat: "0%" },
  { key: "confidence", width: 11, value: (r) => portfolioTexts().confidence[r.confidence] },
  { key: "targetModel", width: 36, value: (r) => modelName(r.targetModel) },
  { key: "startModel", width: 36, value: (r) => modelName(r.startModel) },
  { key: "trustGap", width: 9, value: (r) => two(r.trustGap), numberFormat: "0.0#" },
  { key: "powerRegime", width: 18, value: (r) => portfolioTexts().power[r.powerRegime] },
  { key: "profitImpact", width: 9, value: (r) => r.profitImpact },
  {
    key: "segment",
    width: 16,
    value: (r) => (r.segment ? segmentLabel(r.segment) : NO_SEGMENT),
  },
  {
    key: "preferencing",
    width: 14,
    value: (r) => (r.preferencing ? preferencingName(r.preferencing) : null),
  },
  { key: "mismatch", width: 10, value: (r) => (r.mismatch ? MISMATCH_YES : MISMATCH_NO) },
  {
    key: "mismatchReason",
    width: 60,
    value: (r) => (r.mismatch ? mismatchText(r.mismatch) : null),
    wrap: true,
  },
  { key: "nextReview", width: 13, value: (r) => serial(r.nextReview), numberFormat: "yyyy-mm-dd" },
];

export const PORTFOLIO_KEYS: readonly PortfolioKey[] = PORTFOLIO_COLUMNS.map((c) => c.key);
const isDimension = (key: string): key is DimensionKey =>
  (DIMENSION_KEYS as readonly string[]).includes(key);

/** A CF_Portfolio column's header in the active language: the score columns' are dimension labels. */
export function portfolioHeader(key: PortfolioKey): string {
  return isDimension(key) ? dimensionLabel(key) : portfolioTexts().headers[key];
}

/** CF_Portfolio's headers in the active language, in column order (kept current by setLanguage). */
export const PORTFOLIO_HEADERS: readonly string[] = liveList(() =>
  PORTFOLIO_KEYS.map(portfolioHeader)
);

let headerKeys: Map<string, PortfolioKey | "liveModel"> | undefined;
let builtFrom: unknown;

/**
 * The key of a CF_Portfolio header written in any language we ship (exact, surrounding spaces
 * ignored: a header renamed is refused, not guessed), or undefined. English is every older
 * portfolio's: its headers are today's English labels.
 */
export function portfolioHeaderKey(text: unknown): PortfolioKey | "liveModel" | undefined {
  if (typeof text !== "string") return undefined;
  // The portfolio and method parts list their languages in the same order (textPartInEveryLanguage).
  const parts = portfolioInEveryLanguage();
  if (parts !== builtFrom) headerKeys = undefined;
  builtFrom = parts;
  if (!headerKeys) {
    const methods = methodInEveryLanguage();
    headerKeys = new Map(
      parts.flatMap((t, i) => [
        ...(Object.entries(t.headers) as [FixedKey | "liveModel", string][]).map(
          ([k, label]) => [label.trim(), k] as const
        ),
        ...DIMENSION_KEYS.map((k) => [methods[i].dimensions[k].label.trim(), k] as const),
      ])
    );
  }
  return headerKeys.get(text.trim());
}

/**
 * The live column's formula for body row `rowIndex` (0-based): the row's own cells, for a table whose
 * header starts at `topLeft` (where Excel has it: a user may have inserted rows above).
 */
export function liveModelFormula(rowIndex: number, topLeft = `A${PORTFOLIO_TOP_ROW}`): string {
  const tl = parseCell(topLeft);
  const r = tl.row + 1 + rowIndex;
  const at = (key: PortfolioKey) => cellAddress(tl.col + PORTFOLIO_KEYS.indexOf(key), r);
  const first = at(DIMENSION_KEYS[0]);
  const last = at(DIMENSION_KEYS[DIMENSION_KEYS.length - 1]);
  // The scores as one row in DIMENSION_KEYS order (COLLAB.MODEL's one-row form); no their_scores:
  // the row holds the effective scores, both sides already combined.
  return `COLLAB.MODEL(${first}:${last},,${at("perspective")})`;
}

/** Column letter of a CF_Portfolio column (table starts in column A). */
export function portfolioColumn(key: PortfolioKey): string {
  return columnLetter(PORTFOLIO_KEYS.indexOf(key) + 1);
}

/** Data bars (exceljs adapter only: the Office.js plan types have none yet). */
export interface DataBarPlan {
  sheet: string;
  range: string;
  color: string;
  min: number;
  max: number;
}

export interface PortfolioPlan {
  plan: WorkbookPlan;
  dataBars: DataBarPlan[];
}

const COLORS = {
  title: "#1F3864",
  header: "#D9E2F3",
  muted: "#595959",
  high: "#E2EFDA",
  low: "#FFF2CC",
  mismatch: "#FCE4D6",
  mismatchFont: "#9C0006",
  bar: "#9DC3E6",
} as const;

/**
 * A structured reference to a CF_Portfolio column, by the header written in the active language (the
 * one this plan writes): ' escapes the characters Excel reserves inside a column name.
 */
const ref = (key: PortfolioKey) =>
  `${PORTFOLIO_TABLE}[${portfolioHeader(key).replace(/['#[\]]/g, "'$&")}]`;
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** One relationship as a CF_Portfolio table row, in header order. */
export function portfolioValues(r: PortfolioRow): CellValue[] {
  return PORTFOLIO_COLUMNS.map((c) => c.value(r));
}

const at = (row: readonly CellValue[], key: PortfolioKey): CellValue =>
  row[PORTFOLIO_KEYS.indexOf(key)] ?? null;
const textAt = (row: readonly CellValue[], key: PortfolioKey): string => {
  const v = at(row, key);
  return v === null ? "" : String(v).trim();
};

function portfolioSheet(
  rows: readonly CellValue[][],
  summary: string,
  live: boolean,
  liveAt?: string
): SheetPlan {
  const top = PORTFOLIO_TOP_ROW;
  const last = top + rows.length;
  const table: TablePlan = {
    name: PORTFOLIO_TABLE,
    topLeft: `A${top}`,
    headers: live ? [...PORTFOLIO_HEADERS, LIVE_MODEL_HEADER] : [...PORTFOLIO_HEADERS],
    rows: rows.map((r) => (live ? [...r, null] : [...r])),
    // An empty table keeps one blank row: no formula there (it could only say #N/A).
    ...(live && rows.length
      ? { formulaColumns: { [LIVE_MODEL_HEADER]: (i: number) => liveModelFormula(i, liveAt) } }
      : {}),
    style: "TableStyleMedium2",
  };
  const width = table.headers.length;
  const columnWidths: Record<string, number> = {};
  const rangeStyles: SheetPlan["rangeStyles"] = [];
  PORTFOLIO_COLUMNS.forEach((c, i) => {
    const col = columnLetter(i + 1);
    columnWidths[col] = c.width;
    if (rows.length)
      rangeStyles.push({
        range: `${col}${top + 1}:${col}${last}`,
        style: {
          vertical: "top",
          ...(c.numberFormat ? { numberFormat: c.numberFormat, horizontal: "right" } : {}),
          ...(c.wrap ? { wrap: true } : {}),
        },
      });
  });
  if (live) {
    const col = columnLetter(width);
    columnWidths[col] = 36;
    if (rows.length)
      rangeStyles.push({ range: `${col}${top + 1}:${col}${last}`, style: { vertical: "top" } });
  }
  // Spreadsheets that ignore table styles (LibreOffice) still show a readable, wrapped header.
  rangeStyles.push({
    range: `A${top}:${columnLetter(width)}${top}`,
    style: { bold: true, wrap: true, vertical: "top", fill: COLORS.header },
  });
  const mismatchCol = portfolioColumn("mismatch");
  return {
    name: PORTFOLIO_SHEETS.portfolio,
    role: "portfolio",
    tabColor: COLORS.title,
    columnWidths,
    freeze: { rows: top, columns: 1 },
    cells: [
      {
        address: "A1",
        value: portfolioTexts().title,
        style: { bold: true, fontSize: 16, fontColor: COLORS.title },
      },
      { address: "A2", value: summary, style: { italic: true, fontColor: COLORS.muted } },
    ],
    rangeStyles,
    tables: [table],
    conditionalFormats: rows.length
      ? [
          {
            kind: "formula",
            range: `${mismatchCol}${top + 1}:${mismatchCol}${last}`,
            formula: `${mismatchCol}${top + 1}=${quoted(MISMATCH_YES)}`,
            fill: COLORS.mismatch,
            fontColor: COLORS.mismatchFont,
          },
        ]
      : [],
    // Too wide for one page at a readable size: printed across pages, header repeated.
    print: { landscape: true, fitToWidth: false, printTitleRows: `$${top}:$${top}` },
  };
}

/**
 * Each perspective's grid: [high y][low x, high x], then [low y][low x, high x]. Its title and axis
 * labels (x: low, high; y: high, low) are the catalogue's `segments.grids`.
 */
const GRIDS: Record<Perspective, [[Segment, Segment], [Segment, Segment]]> = {
  customer: [
    ["bottleneck", "strategic"],
    ["non-critical", "leverage"],
  ],
  supplier: [
    ["maintain", "key"],
    ["efficiency", "develop"],
  ],
};

/** At most this many names per quadrant cell; the count formula always counts all. */
const NAMES_PER_CELL = 30;

function namesOf(rows: readonly CellValue[][], segment: Segment): string {
  const names = rows
    .filter((r) => textAt(r, "segment") === segmentLabel(segment))
    .map((r) => clip(textAt(r, "otherParty") || textAt(r, "relationship")));
  if (names.length <= NAMES_PER_CELL) return names.join("; ");
  return portfolioTexts().segments.andMore(
    names.slice(0, NAMES_PER_CELL).join("; "),
    String(names.length - NAMES_PER_CELL)
  );
}

function segmentsSheet(
  rows: readonly CellValue[][],
  takenOn: string
): {
  sheet: SheetPlan;
  dataBars: DataBarPlan[];
} {
  const t = portfolioTexts().segments;
  const cells: CellWrite[] = [
    {
      address: "A1",
      value: t.title,
      style: { bold: true, fontSize: 16, fontColor: COLORS.title },
    },
    {
      address: "A2",
      value: t.note(takenOn, String(SEGMENT_THRESHOLDS.axisSplit)),
      style: { italic: true, fontColor: COLORS.muted },
    },
  ];
  const segCol = ref("segment");
  const bold = { bold: true };
  let row = 4;
  for (const perspective of ["customer", "supplier"] as const) {
    const g = t.grids[perspective];
    cells.push({ address: `A${row}`, value: g.title, style: { bold: true, fontSize: 13 } });
    row++;
    cells.push(
      {
        address: `B${row}`,
        value: g.x[0],
        style: { ...bold, fill: COLORS.header, horizontal: "center" },
      },
      {
        address: `C${row}`,
        value: g.x[1],
        style: { ...bold, fill: COLORS.header, horizontal: "center" },
      }
    );
    row++;
    GRIDS[perspective].forEach((pair, yi) => {
      cells.push({
        address: `A${row}`,
        value: g.y[yi],
        style: { ...bold, fill: COLORS.header, vertical: "top", wrap: true },
      });
      pair.forEach((segment, xi) => {
        const col = xi === 0 ? "B" : "C";
        const fill =
          yi === 0 && xi === 1 ? COLORS.high : yi === 1 && xi === 0 ? undefined : COLORS.low;
        const style = {
          ...(fill ? { fill } : {}),
          border: "thin" as const,
          vertical: "top" as const,
        };
        cells.push(
          {
            address: `${col}${row}`,
            value: t.usually(
              segmentLabel(segment),
              modelName(USUAL_MODEL[segment]).replace(/ \(.*$/, "")
            ),
            style: { ...style, bold: true },
          },
          {
            address: `${col}${row + 1}`,
            formula: `COUNTIF(${segCol},${quoted(segmentLabel(segment))})`,
            style: {
              ...style,
              fontSize: 14,
              horizontal: "left",
              numberFormat: `0 "${t.relationships}"`,
            },
          },
          {
            address: `${col}${row + 2}`,
            value: namesOf(rows, segment) || t.none,
            style: { ...style, wrap: true },
          }
        );
      });
      row += 3;
    });
    row++;
  }

  // How suppliers likely see us (customer perspective only).
  cells.push({
    address: `A${row}`,
    value: t.preferencing,
    style: { bold: true, fontSize: 13 },
  });
  row++;
  for (const p of PREFERENCING) {
    cells.push(
      { address: `B${row}`, value: preferencingLabel(p), style: { border: "thin" } },
      {
        address: `C${row}`,
        formula: `COUNTIF(${ref("preferencing")},${quoted(preferencingName(p))})`,
        style: { border: "thin", horizontal: "left" },
      }
    );
    row++;
  }
  row++;

  // Model by segment, right of the grids: counts of target models per segment, usual model, mismatches.
  const left = 5; // column E
  const colAt = (i: number) => columnLetter(left + i);
  let mrow = 4;
  cells.push({
    address: `${colAt(0)}${mrow}`,
    value: t.byModel,
    style: { bold: true, fontSize: 13 },
  });
  mrow++;
  const headerRow = mrow;
  const headers = [
    t.segment,
    ...MODELS.map((m) => modelName(m.id)),
    t.total,
    t.mismatches,
    t.usual,
  ];
  headers.forEach((h, i) =>
    cells.push({
      address: `${colAt(i)}${headerRow}`,
      value: h,
      style: { bold: true, fill: COLORS.header, wrap: true, vertical: "top", border: "thin" },
    })
  );
  mrow++;
  const segments: Array<Segment | null> = [
    ...segmentsFor("customer"),
    ...segmentsFor("supplier"),
    null,
  ];
  const firstCountRow = mrow;
  const segCell = (r: number) => `$${colAt(0)}${r}`;
  const totalCol = colAt(1 + MODELS.length);
  const mismatchCountCol = colAt(2 + MODELS.length);
  const usualCol = colAt(3 + MODELS.length);
  for (const segment of segments) {
    const label = segment ? segmentLabel(segment) : NO_SEGMENT;
    cells.push(
      { address: `${colAt(0)}${mrow}`, value: label, style: { bold: true, border: "thin" } },
      {
        address: `${usualCol}${mrow}`,
        value: segment ? modelName(USUAL_MODEL[segment]) : "—",
        style: { border: "thin", fontColor: COLORS.muted },
      }
    );
    MODELS.forEach((m, i) => {
      const col = colAt(1 + i);
      const far =
        segment !== null &&
        Math.abs(modelLevel(m.id) - modelLevel(USUAL_MODEL[segment])) >=
          SEGMENT_THRESHOLDS.mismatchLevels;
      cells.push({
        address: `${col}${mrow}`,
        formula: `COUNTIFS(${segCol},${segCell(mrow)},${ref("targetModel")},${col}$${headerRow})`,
        style: {
          border: "thin",
          horizontal: "center",
          ...(far ? { fill: COLORS.mismatch, fontColor: COLORS.mismatchFont } : {}),
        },
      });
    });
    cells.push(
      {
        address: `${totalCol}${mrow}`,
        formula: `SUM(${colAt(1)}${mrow}:${colAt(MODELS.length)}${mrow})`,
        style: { border: "thin", bold: true, horizontal: "left" },
      },
      {
        address: `${mismatchCountCol}${mrow}`,
        formula: `COUNTIFS(${segCol},${segCell(mrow)},${ref("mismatch")},${quoted(MISMATCH_YES)})`,
        style: { border: "thin", horizontal: "center" },
      }
    );
    mrow++;
  }
  const lastCountRow = mrow - 1;
  cells.push({
    address: `${colAt(0)}${mrow + 1}`,
    value: t.shaded,
    style: { italic: true, fontColor: COLORS.muted },
  });
  const dataBars: DataBarPlan[] = [
    {
      sheet: PORTFOLIO_SHEETS.segments,
      range: `${totalCol}${firstCountRow}:${totalCol}${lastCountRow}`,
      color: COLORS.bar,
      min: 0,
      max: Math.max(1, rows.length),
    },
  ];
  const widths: Record<string, number> = { A: 22, B: 36, C: 36, D: 3, [colAt(0)]: 16 };
  for (let i = 1; i <= MODELS.length + 2; i++) widths[colAt(i)] = 16;
  widths[usualCol] = 40;
  return {
    sheet: {
      name: PORTFOLIO_SHEETS.segments,
      role: "portfolio",
      tabColor: "#548235",
      columnWidths: widths,
      cells,
      charts: [
        {
          type: "bar",
          // Segment labels and one series per model: the model mix of each segment.
          sourceRange: `${colAt(0)}${headerRow}:${colAt(MODELS.length)}${lastCountRow}`,
          title: t.chart,
          anchor: `${colAt(0)}${mrow + 3}`,
          name: "CF_SegmentChart",
        },
      ],
      // Grids and model table side by side are too wide for one readable page.
      print: { landscape: true, fitToWidth: false },
    },
    dataBars,
  };
}

function skippedSheet(skipped: readonly SkippedFile[]): SheetPlan {
  const t = portfolioTexts().skippedSheet;
  const cells: CellWrite[] = [
    {
      address: "A1",
      value: t.title,
      style: { bold: true, fontSize: 16, fontColor: COLORS.title },
    },
    { address: "A3", value: t.file, style: { bold: true, fill: COLORS.header } },
    { address: "B3", value: t.why, style: { bold: true, fill: COLORS.header } },
  ];
  skipped.forEach((s, i) =>
    cells.push(
      { address: `A${4 + i}`, value: clip(s.file), style: { vertical: "top", wrap: true } },
      { address: `B${4 + i}`, value: clip(s.reason), style: { vertical: "top", wrap: true } }
    )
  );
  return {
    name: PORTFOLIO_SHEETS.skipped,
    role: "portfolio",
    tabColor: "#7F7F7F",
    columnWidths: { A: 40, B: 90 },
    cells,
    print: { landscape: true, fitToWidth: true },
  };
}

/** The portfolio workbook: CF Portfolio, CF Segments, and CF Skipped when a file was skipped. */
export function buildPortfolioPlan(
  rows: readonly PortfolioRow[],
  skipped: readonly SkippedFile[],
  takenOn: string,
  options: PortfolioPlanOptions = {}
): PortfolioPlan {
  return buildPortfolioPlanFromValues(rows.map(portfolioValues), skipped, takenOn, options);
}

export interface PortfolioPlanOptions {
  /** Add the LIVE_MODEL_HEADER column of COLLAB.MODEL formulas: for the Office.js adapter only. */
  live?: boolean;
  /** Where the existing table's header starts (an update writes the table where it stands). */
  tableTopLeft?: string;
}

/**
 * The same workbook from CF_Portfolio rows as values (header order): what an update inside Excel
 * has, where rows of files not picked again are only known by what the table holds.
 */
export function buildPortfolioPlanFromValues(
  rows: readonly CellValue[][],
  skipped: readonly SkippedFile[],
  takenOn: string,
  options: PortfolioPlanOptions = {}
): PortfolioPlan {
  const mismatches = rows.filter((r) => textAt(r, "mismatch") === MISMATCH_YES).length;
  const live = options.live === true;
  const t = portfolioTexts();
  const read = [
    t.read(String(rows.length), takenOn, String(mismatches)),
    ...(skipped.length ? [t.skipped(String(skipped.length), PORTFOLIO_SHEETS.skipped)] : []),
  ];
  const summary = `${read.join("; ")}. ${t.sortFreely}${live ? ` ${t.live(LIVE_MODEL_HEADER)}` : ""}`;
  const seg = segmentsSheet(rows, takenOn);
  const numeric = DIMENSION_KEYS.map((k) => portfolioColumn(k));
  const dataBars: DataBarPlan[] = rows.length
    ? numeric.map((col) => ({
        sheet: PORTFOLIO_SHEETS.portfolio,
        range: `${col}${PORTFOLIO_TOP_ROW + 1}:${col}${PORTFOLIO_TOP_ROW + rows.length}`,
        color: COLORS.bar,
        min: THRESHOLDS.scaleMin,
        max: THRESHOLDS.scaleMax,
      }))
    : [];
  const portfolio = portfolioSheet(rows, summary, live, options.tableTopLeft);
  // Inside Excel the score bars are conditional formats of the plan (the Office.js adapter writes
  // them, and an update clears and rewrites them over the grown body); files get them from dataBars.
  if (live)
    portfolio.conditionalFormats = [
      ...(portfolio.conditionalFormats ?? []),
      ...dataBars.map(({ range, color, min, max }) => ({
        kind: "dataBar" as const,
        range,
        color,
        min,
        max,
      })),
    ];
  const sheets = [portfolio, seg.sheet];
  if (skipped.length) sheets.push(skippedSheet(skipped));
  return {
    plan: {
      sheets,
      names: [],
      properties: {
        title: t.title,
        subject: t.subject,
        creator: commonTexts().productName,
      },
    },
    dataBars: [...dataBars, ...seg.dataBars],
  };
}

/** A CF_Portfolio table whose columns are not the ones we write: we refuse to touch it. */
export class PortfolioTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PortfolioTableError";
  }
}

export interface PortfolioMerge {
  rows: CellValue[][];
  added: number;
  updated: number;
  kept: number;
}

/**
 * The rows of an existing CF_Portfolio table with fresh relationships merged in: a row whose
 * assessment reference comes again is replaced where it stands (the analyst's sort order stays),
 * new references are appended, every other row is kept as it is. Blank rows (Excel keeps one in an
 * emptied table) are dropped. Headers must be ours, in our order, in any language we ship (older
 * English ones included): a column we did not write would be lost.
 */
export function mergePortfolioValues(
  existing: { headers: readonly unknown[]; rows: readonly (readonly unknown[])[] },
  fresh: readonly PortfolioRow[]
): PortfolioMerge {
  const headers = existing.headers.map((h) => (h === null || h === undefined ? "" : String(h)));
  const differs = PORTFOLIO_KEYS.findIndex((k, i) => portfolioHeaderKey(headers[i]) !== k);
  // The live column (written inside Excel) holds formulas, rewritten each time: not a user's data.
  const withLive =
    headers.length === PORTFOLIO_KEYS.length + 1 &&
    portfolioHeaderKey(headers[PORTFOLIO_KEYS.length]) === "liveModel";
  if (differs >= 0 || (headers.length !== PORTFOLIO_HEADERS.length && !withLive)) {
    const t = portfolioTexts().refusals;
    const where =
      differs >= 0
        ? t.column(
            columnLetter(differs + 1),
            clip(headers[differs] ?? "").slice(0, 40),
            PORTFOLIO_HEADERS[differs]
          )
        : t.columns(headers.length, PORTFOLIO_HEADERS.length);
    throw new PortfolioTableError(
      t.notOurColumns(PORTFOLIO_TABLE, where, PORTFOLIO_SHEETS.portfolio)
    );
  }
  const cell = (v: unknown): CellValue =>
    typeof v === "number" || typeof v === "boolean"
      ? v
      : v === null || v === undefined || v === ""
        ? null
        : String(v);
  const rows: CellValue[][] = existing.rows
    .map((r) => activeWords(PORTFOLIO_HEADERS.map((_, i) => cell(r[i]))))
    .filter((r) => r.some((v) => v !== null));
  const index = new Map<string, number>();
  rows.forEach((r, i) => {
    const ref = textAt(r, "reference");
    if (ref && !index.has(ref)) index.set(ref, i);
  });
  const before = rows.length;
  let added = 0;
  const updated = new Set<number>();
  for (const r of fresh) {
    const values = portfolioValues(r);
    const i = index.get(r.assessmentId);
    if (i === undefined) {
      index.set(r.assessmentId, rows.length);
      rows.push(values);
      added++;
    } else {
      rows[i] = values;
      // The same reference twice in one pick: the later file replaces the earlier, counted once.
      if (i < before) updated.add(i);
    }
  }
  return { rows, added, updated: updated.size, kept: before - updated.size };
}

const MISMATCH_AT = PORTFOLIO_KEYS.indexOf("mismatch");
const CONFIDENCE_AT = PORTFOLIO_KEYS.indexOf("confidence");

/**
 * A kept row's words in the active language: its Mismatch (Yes/No, which the Segments sheet's formulas
 * count) and Confidence, as written in any language we ship (a portfolio updated in another language).
 */
function activeWords(row: CellValue[]): CellValue[] {
  const yes = yesNoOf(row[MISMATCH_AT]);
  if (yes !== undefined) row[MISMATCH_AT] = yes ? MISMATCH_YES : MISMATCH_NO;
  const confidence = confidenceOf(row[CONFIDENCE_AT]);
  if (confidence) row[CONFIDENCE_AT] = portfolioTexts().confidence[confidence];
  return row;
}

/** What `portfolio --json` prints for one relationship. */
export function portfolioJsonRow(r: PortfolioRow): Record<string, unknown> {
  const mismatch = r.mismatch && { usual: r.mismatch.usual, reason: mismatchText(r.mismatch) };
  return { ...r, mismatch };
}
