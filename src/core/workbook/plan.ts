/**
 * A workbook layout as plain data. The layout code builds a WorkbookPlan from the method; the
 * Office.js adapter (src/excel) and the exceljs adapter (src/xlsx) apply the same plan.
 * Addresses are A1 references local to their sheet ("B4", "A1:G20"). Formulas are written without
 * the leading "=" and use only native Excel functions, except cells marked `addinFormula`.
 */
import type { Perspective } from "../method/types";
import type { SheetRole } from "./names";

/** A literal cell value. Strings are always written as text, never interpreted as formulas. */
export type CellValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** Hex colour "#RRGGBB". */
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  /** Excel number format, e.g. "0.0", "yyyy-mm-dd". */
  numberFormat?: string;
  border?: "thin" | "none";
  /** Cell stays editable when the sheet is protected. */
  unlocked?: boolean;
}

export interface CellWrite {
  address: string;
  value?: CellValue;
  /** Native formula without "=". */
  formula?: string;
  /** Formula calls COLLAB.* custom functions (shows #NAME? without the add-in). */
  addinFormula?: boolean;
  /**
   * With addinFormula: what a file written outside Excel holds instead (the .xlsx adapter never
   * writes COLLAB.* text, which Excel would not bind); the pane writes the formula inside Excel.
   */
  offline?: CellValue;
  style?: CellStyle;
  /** Internal link to another sheet ("'Sheet name'!A1") or https URL. */
  hyperlink?: string;
  note?: string;
}

export interface RangeStyle {
  range: string;
  style: CellStyle;
}

export interface TablePlan {
  /** Table names start with "CF_". */
  name: string;
  /** Top-left cell of the header row. */
  topLeft: string;
  headers: string[];
  /** Body rows; a string starting with "=" is NOT a formula: use `formulaColumns` for formulas. */
  rows: CellValue[][];
  /** Column header -> formula per body row index (without "="), for computed columns. */
  formulaColumns?: Record<string, (rowIndex: number) => string>;
  style?: string; // Excel table style, e.g. "TableStyleMedium2"
  showTotals?: boolean;
  /**
   * On regeneration, the user's values in `columns` are kept for rows whose `key` column matches
   * a row of the table already in the workbook (see keepEdits in actions.ts). `keyOf` turns a
   * header of any language we ship into its column key, so a table written in another language counts.
   */
  keep?: { key: string; columns: string[]; keyOf: (header: unknown) => string | undefined };
}

export type ValidationPlan =
  | {
      kind: "list";
      range: string;
      /** Allowed values, written as an inline list ("1,2,3,4,5,N/A"). */
      values: string[];
      allowBlank: boolean;
      prompt?: { title: string; message: string };
      error: { title: string; message: string };
    }
  | {
      kind: "date";
      range: string;
      allowBlank: boolean;
      prompt?: { title: string; message: string };
      error: { title: string; message: string };
    };

export type ConditionalFormatPlan =
  | {
      kind: "colorScale";
      range: string;
      /** Colours "#RRGGBB" for the low, middle and high ends. */
      min: string;
      mid?: string;
      max: string;
      /** Fixed values for the ends (e.g. 1, 3, 5); default: lowest value, 50th percentile, highest. */
      minValue?: number;
      midValue?: number;
      maxValue?: number;
    }
  | {
      kind: "formula";
      range: string;
      /** Formula relative to the range's top-left cell, without "=". */
      formula: string;
      fill: string;
      fontColor?: string;
    }
  | {
      /** Issue 15: solid bars between fixed ends (e.g. the 1-5 scale), so bars compare across rows. */
      kind: "dataBar";
      range: string;
      color: string;
      min: number;
      max: number;
    };

export interface ChartPlan {
  /** Office.js only: exceljs cannot write charts, so the .xlsx relies on a colour scale instead. */
  type: "radar" | "bar" | "line";
  sourceRange: string;
  /** The category axis labels (e.g. the rounds' dates), when not the source's first column. */
  categories?: string;
  title: string;
  /** Cell where the chart's top-left corner sits. */
  anchor: string;
  name: string;
}

export interface SheetPlan {
  name: string;
  /** What this sheet is: the refresh inside Excel treats Results and the Summary by it. */
  role: SheetRole;
  tabColor?: string;
  columnWidths?: Record<string, number>; // column letter -> width in characters
  freeze?: { rows: number; columns: number };
  cells: CellWrite[];
  rangeStyles?: RangeStyle[];
  tables?: TablePlan[];
  validations?: ValidationPlan[];
  conditionalFormats?: ConditionalFormatPlan[];
  charts?: ChartPlan[];
  /**
   * Ranges shown as one cell, e.g. "A2:G2": a line of text (an intro, a legend) wrapped across the
   * columns of the printed page, so a longer language wraps instead of being cut at the page edge.
   * Only the top-left cell holds a value. Excel refuses to merge cells of a table.
   */
  merges?: string[];
  /**
   * Row number -> height in points, set after the rows are fitted: Excel's row autofit ignores
   * merged cells, so a wrapped merged cell's row gets its height from here (text-fit.ts).
   */
  rowHeights?: Record<number, number>;
  print?: {
    landscape: boolean;
    fitToWidth: boolean;
    printTitleRows?: string;
    /** Issue 14 (print.ts): what prints, columns repeated on pages that split, a fixed scale. */
    printArea?: string;
    printTitleColumns?: string;
    /** Fit the whole sheet on one page (the Summary). */
    onePage?: boolean;
    /** Percent; used when fitToWidth is false. */
    scale?: number;
    /** Sections use Excel's header/footer codes (&A sheet, &P page, &N pages; && is "&"). */
    header?: { left?: string; center?: string; right?: string };
    footer?: { left?: string; center?: string; right?: string };
  };
  /** Sheet protection; unlocked cells (style.unlocked) stay editable. */
  protect?: { password?: string };
}

export interface DefinedNamePlan {
  /** Names start with "CF_". */
  name: string;
  /** Absolute reference, e.g. "'Scores'!$B$2:$C$11". */
  refersTo: string;
  comment?: string;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  names: DefinedNamePlan[];
  /** Workbook properties for the file adapter. */
  properties?: { title?: string; subject?: string; creator?: string };
}

/** The values of one item table as an adapter read them (header row + body rows, raw cell values). */
export interface ItemTableValues {
  sheet: string;
  tableName: string;
  /** Address of the header row's first cell, e.g. "A6": lets problems name the exact cell. */
  topLeft: string;
  headers: string[];
  /** Raw values as the host returned them: numbers, strings ("3", "N/A", ""), booleans, null. */
  rows: unknown[][];
}

/** One thing wrong in what was read back, with where it is and what is allowed. */
export interface ReadProblem {
  sheet: string;
  /** A1 address of the offending cell (or of the table's header row for a structural problem). */
  cell: string;
  value?: unknown;
  message: string;
}

/** What the cover sheet records about one assessment. */
export interface AssessmentMeta {
  title: string;
  /** Our organisation. */
  us: string;
  /** The other party. */
  them: string;
  perspective: Perspective;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  /** Names of the people who scored, comma-separated. */
  assessors: string;
  /** Issue 14: the other party's contacts, comma-separated (owners of their actions). */
  contacts?: string;
  /** Issue 14: the label every page footer carries, e.g. "Confidential". */
  confidentiality?: string;
  /**
   * Exchange (issue 7): the id that ties a questionnaire to this assessment ("CF-XXXX-XXXX-XXXX-XXXX").
   * When absent, the layout stores one derived from the fields above.
   */
  assessmentId?: string;
  /** Portfolio segmentation (issue 15): 1-5, or absent/null when not given. */
  profitImpact?: number | null;
}
