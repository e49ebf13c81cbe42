/**
 * Turns a WorkbookPlan into a flat list of queued Office.js operations. Nothing here syncs: the
 * caller packs the operations into as few requests as the payload allows and syncs once per request.
 */
import { isFormulaLike } from "../core/input";
import { cellAddress, columnLetter, parseCell } from "../core/workbook/a1";
import { portTexts } from "../core/texts/parts/port";
import type {
  CellStyle,
  CellValue,
  CellWrite,
  ChartPlan,
  ConditionalFormatPlan,
  SheetPlan,
  TablePlan,
  ValidationPlan,
  WorkbookPlan,
} from "../core/workbook/plan";

/** Worksheets created or fetched during one run, by name (proxies stay valid across syncs). */
export type SheetCache = Map<string, Excel.Worksheet>;

export interface Op {
  /** What the plan asked for, in words a user can act on. */
  label: string;
  sheet?: string;
  /** A1 address the operation touches (sheet-local), if any. */
  address?: string;
  /** Office.js members it calls ("Range.values"), to match Excel's debugInfo.errorLocation. */
  apis: string[];
  /** Estimated request payload in bytes. */
  bytes: number;
  run(context: Excel.RequestContext, sheets: SheetCache): void;
}

/**
 * How notes (CellWrite.note) are written: Excel notes need ExcelApi 1.18 (checked at run time by the
 * caller), comments 1.10 (within the floor, hence the default).
 */
export type NoteApi = "notes" | "comments" | "none";

export interface CompileOptions {
  noteApi?: NoteApi;
  /** Largest single values/formulas write, in estimated bytes; bigger blocks are split by rows. */
  maxWriteBytes?: number;
}

/** Default for CompileOptions.maxWriteBytes. */
export const MAX_WRITE_BYTES = 1_000_000;

/** Protected sheets still let the reader resize, filter and sort. */
export const PROTECT_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
  allowSort: true,
};

/** Fixed cost per queued statement in the request (object path, ids, property name). */
const OP_OVERHEAD = 120;

interface Box {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export function parseBox(address: string): Box {
  const [a, b] = address.split(":");
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  const top = Math.min(p.row, q.row);
  const left = Math.min(p.col, q.col);
  return {
    top,
    left,
    rows: Math.abs(q.row - p.row) + 1,
    cols: Math.abs(q.col - p.col) + 1,
  };
}

function boxAddress(b: Box): string {
  const tl = cellAddress(b.left, b.top);
  return b.rows === 1 && b.cols === 1
    ? tl
    : `${tl}:${cellAddress(b.left + b.cols - 1, b.top + b.rows - 1)}`;
}

function fill<T>(rows: number, cols: number, v: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => v));
}

/**
 * Excel reads a written string that looks like a formula (core/input's one test, shared with the
 * import) as a formula or a signed number. Decision: such strings get the Text number format "@" before the value is written, so the cell
 * keeps exactly the plan's string (an apostrophe prefix would leave a visible quote in the formula bar).
 */
export function looksLikeFormula(v: unknown): v is string {
  return typeof v === "string" && isFormulaLike(v);
}

/** What each operation is called when Excel refuses it (ExcelApplyError). */
const op = () => portTexts().excel.operations;

/** Gives formula-like strings the Text format before they are written (see looksLikeFormula). */
function keepAsTextOp(sheetName: string, addresses: string[], table?: string): Op {
  return {
    label:
      table === undefined
        ? op().keepAsText(addresses.length, sheetName)
        : op().keepAsTextInTable(addresses.length, table, sheetName),
    sheet: sheetName,
    apis: ["Range.numberFormat"],
    bytes: addresses.length * (OP_OVERHEAD + 12),
    run: (_c, sheets) => {
      const sh = sheetOf(sheets, sheetName);
      for (const a of addresses) sh.getRange(a).numberFormat = [["@"]];
    },
  };
}

function cellText(v: CellValue): string | number | boolean {
  return v === null ? "" : v;
}

function sheetOf(sheets: SheetCache, name: string): Excel.Worksheet {
  const s = sheets.get(name);
  if (!s) throw new Error(`Internal: sheet "${name}" used before it was created in this run`);
  return s;
}

function json(v: unknown): number {
  return JSON.stringify(v).length;
}

/** Column width in characters (as in the plan and in Excel's UI) -> points (Office.js unit). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;

function applyStyle(range: Excel.Range, box: Box, s: CellStyle): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.fontSize !== undefined) f.font.size = s.fontSize;
  if (s.fontColor) f.font.color = s.fontColor;
  if (s.fill) f.fill.color = s.fill;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.horizontal) f.horizontalAlignment = H_ALIGN[s.horizontal];
  if (s.vertical) f.verticalAlignment = V_ALIGN[s.vertical];
  if (s.numberFormat) range.numberFormat = fill(box.rows, box.cols, s.numberFormat);
  if (s.border) {
    const edges: `${Excel.BorderIndex}`[] = [
      Excel_Edge.top,
      Excel_Edge.bottom,
      Excel_Edge.left,
      Excel_Edge.right,
    ];
    // Inside edges on a single row/column are rejected by some hosts: only ask for real ones.
    if (box.rows > 1) edges.push(Excel_Edge.insideH);
    if (box.cols > 1) edges.push(Excel_Edge.insideV);
    for (const e of edges) {
      const b = f.borders.getItem(e);
      b.style = s.border === "thin" ? "Continuous" : "None";
      if (s.border === "thin") b.weight = "Thin";
    }
  }
  if (s.unlocked !== undefined) f.protection.locked = !s.unlocked;
}

// String values of Excel.BorderIndex, so this module needs no runtime `Excel` global.
const Excel_Edge = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
  insideH: "InsideHorizontal",
  insideV: "InsideVertical",
} as const satisfies Record<string, `${Excel.BorderIndex}`>;

function styleBytes(s: CellStyle, box: Box): number {
  return (
    json(s) +
    (s.numberFormat ? box.rows * box.cols * (s.numberFormat.length + 3) : 0) +
    6 * OP_OVERHEAD
  );
}

/** Rectangles of cells of one kind, so a block is written with one values/formulas call. */
export function blocks<T>(cells: Map<string, T>): { box: Box; data: T[][] }[] {
  const pos = [...cells.keys()].map((a) => ({ a, ...parseCell(a) }));
  pos.sort((x, y) => x.row - y.row || x.col - y.col);
  // Horizontal runs first, then stack runs with the same span on consecutive rows.
  const runs: Box[] = [];
  for (const p of pos) {
    const last = runs[runs.length - 1];
    if (last && last.top === p.row && last.left + last.cols === p.col) last.cols++;
    else runs.push({ top: p.row, left: p.col, rows: 1, cols: 1 });
  }
  const open = new Map<string, Box>(); // "left:cols" -> rectangle still growing
  const out: Box[] = [];
  for (const r of runs) {
    const key = `${r.left}:${r.cols}`;
    const prev = open.get(key);
    if (prev && prev.top + prev.rows === r.top) prev.rows++;
    else {
      const b = { ...r };
      open.set(key, b);
      out.push(b);
    }
  }
  return out.map((box) => ({
    box,
    data: Array.from({ length: box.rows }, (_, i) =>
      Array.from(
        { length: box.cols },
        (_, j) => cells.get(cellAddress(box.left + j, box.top + i)) as T
      )
    ),
  }));
}

/** Splits a block's rows into slices of at most maxBytes of JSON each (at least one row a slice). */
export function rowSlices<T>(box: Box, data: T[][], maxBytes: number): { box: Box; data: T[][] }[] {
  const out: { box: Box; data: T[][] }[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < data.length; i++) {
    const b = json(data[i]) + 1;
    if (i > start && size + b > maxBytes) {
      out.push({
        box: { ...box, top: box.top + start, rows: i - start },
        data: data.slice(start, i),
      });
      start = i;
      size = 0;
    }
    size += b;
  }
  out.push({
    box: { ...box, top: box.top + start, rows: data.length - start },
    data: data.slice(start),
  });
  return out;
}

function hyperlinkOf(link: string, text: string | undefined): Excel.RangeHyperlink {
  const h: Excel.RangeHyperlink = /^https?:\/\//i.test(link)
    ? { address: link }
    : { documentReference: link };
  if (text !== undefined) h.textToDisplay = text;
  return h;
}

function splitSheetRef(ref: string, defaultSheet: string): { sheet: string; address: string } {
  const i = ref.lastIndexOf("!");
  if (i < 0) return { sheet: defaultSheet, address: ref };
  let sheet = ref.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: ref.slice(i + 1).replace(/\$/g, "") };
}

/** Writes a table's header and body; with `create`, also adds the table over them. */
export function tableOps(sheetName: string, t: TablePlan, maxBytes: number, create = true): Op[] {
  const tl = parseCell(t.topLeft);
  const cols = t.headers.length;
  // A table needs at least one body row; an empty plan keeps one blank row.
  const bodyRows = Math.max(1, t.rows.length);
  t.rows.forEach((r, i) => {
    if (r.length !== cols)
      throw new Error(
        `Table ${t.name} on sheet "${sheetName}": body row ${i + 1} has ${r.length} values, the header has ${cols}`
      );
  });
  const box: Box = { top: tl.row, left: tl.col, rows: bodyRows + 1, cols };
  const address = boxAddress(box);
  const matrix: (string | number | boolean)[][] = [
    t.headers,
    ...(t.rows.length ? t.rows.map((r) => r.map(cellText)) : [fill(1, cols, "")[0]]),
  ];
  const guarded: string[] = [];
  matrix.forEach((r, i) =>
    r.forEach((v, j) => {
      if (looksLikeFormula(v)) guarded.push(cellAddress(tl.col + j, tl.row + i));
    })
  );
  const ops: Op[] = [];
  if (guarded.length)
    ops.push({
      ...keepAsTextOp(sheetName, guarded, t.name),
      address,
    });
  // One values write for header + body; only a block too large for one request is cut by rows.
  for (const part of rowSlices(box, matrix, maxBytes)) {
    const partAddress = boxAddress(part.box);
    ops.push({
      label: op().writeTable(t.rows.length, t.name, partAddress, sheetName),
      sheet: sheetName,
      address: partAddress,
      apis: ["Range.values"],
      bytes: json(part.data) + OP_OVERHEAD,
      run: (_c, sheets) => {
        sheetOf(sheets, sheetName).getRange(partAddress).values = part.data;
      },
    });
  }
  if (create)
    ops.push({
      label: op().createTable(t.name, address, sheetName),
      sheet: sheetName,
      address,
      apis: ["TableCollection.add", "Table.name", "Table.style", "Table.showTotals"],
      bytes: 4 * OP_OVERHEAD,
      run: (_c, sheets) => {
        const table = sheetOf(sheets, sheetName).tables.add(address, true);
        table.name = t.name;
        if (t.style) table.style = t.style;
        if (t.showTotals !== undefined) table.showTotals = t.showTotals;
      },
    });
  for (const [header, formulaOf] of Object.entries(t.formulaColumns ?? {})) {
    const j = t.headers.indexOf(header);
    if (j < 0)
      throw new Error(
        `Table ${t.name} on sheet "${sheetName}": formula column "${header}" is not one of its headers (${t.headers.join(", ")})`
      );
    const colBox: Box = { top: tl.row + 1, left: tl.col + j, rows: bodyRows, cols: 1 };
    const formulas = Array.from({ length: bodyRows }, (_, i) => [`=${formulaOf(i)}`]);
    const colAddress = boxAddress(colBox);
    ops.push({
      label: op().writeColumnFormulas(header, t.name, colAddress, sheetName),
      sheet: sheetName,
      address: colAddress,
      apis: ["Range.formulas"],
      bytes: json(formulas) + OP_OVERHEAD,
      run: (_c, sheets) => {
        sheetOf(sheets, sheetName).getRange(colAddress).formulas = formulas;
      },
    });
  }
  return ops;
}

function validationOp(sheetName: string, v: ValidationPlan): Op {
  const t = op();
  const what = v.kind === "list" ? t.listValidation(v.values.join(",")) : t.dateValidation;
  return {
    label: t.addValidation(what, v.range, sheetName),
    sheet: sheetName,
    address: v.range,
    apis: [
      "DataValidation.rule",
      "DataValidation.prompt",
      "DataValidation.errorAlert",
      "DataValidation.ignoreBlanks",
    ],
    bytes: json(v) + 4 * OP_OVERHEAD,
    run: (_c, sheets) => {
      const dv = sheetOf(sheets, sheetName).getRange(v.range).dataValidation;
      dv.rule =
        v.kind === "list"
          ? { list: { inCellDropDown: true, source: v.values.join(",") } }
          : // Any real date; the rule exists to refuse text such as "next week".
            { date: { formula1: "1900-01-01", operator: "GreaterThanOrEqualTo" } };
      dv.ignoreBlanks = v.allowBlank;
      if (v.prompt)
        dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
      dv.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: v.error.title,
        message: v.error.message,
      };
    },
  };
}

function dataBarOp(sheetName: string, cf: Extract<ConditionalFormatPlan, { kind: "dataBar" }>): Op {
  return {
    label: op().addDataBars(String(cf.min), String(cf.max), cf.range, sheetName),
    sheet: sheetName,
    address: cf.range,
    apis: [
      "ConditionalFormatCollection.add",
      "ConditionalFormat.dataBar",
      "DataBarConditionalFormat.lowerBoundRule",
      "DataBarConditionalFormat.upperBoundRule",
      "DataBarConditionalFormat.positiveFormat",
      "ConditionalDataBarPositiveFormat.fillColor",
      "ConditionalDataBarPositiveFormat.gradientFill",
    ],
    bytes: json(cf) + 6 * OP_OVERHEAD,
    run: (_c, sheets) => {
      const bar = sheetOf(sheets, sheetName)
        .getRange(cf.range)
        .conditionalFormats.add("DataBar").dataBar;
      // Fixed ends keep a 3 the same length in every row (Excel's default scales to the range).
      bar.lowerBoundRule = { type: "Number", formula: String(cf.min) };
      bar.upperBoundRule = { type: "Number", formula: String(cf.max) };
      bar.positiveFormat.fillColor = cf.color;
      bar.positiveFormat.gradientFill = false;
    },
  };
}

function conditionalOp(sheetName: string, cf: ConditionalFormatPlan): Op {
  if (cf.kind === "dataBar") return dataBarOp(sheetName, cf);
  return {
    label:
      cf.kind === "colorScale"
        ? op().addColourScale(cf.range, sheetName)
        : op().addFormulaRule(cf.formula, cf.range, sheetName),
    sheet: sheetName,
    address: cf.range,
    apis: [
      "ConditionalFormatCollection.add",
      "ColorScaleConditionalFormat.criteria",
      "ConditionalFormatRule.formula",
      "CustomConditionalFormat.rule",
    ],
    bytes: json(cf) + 4 * OP_OVERHEAD,
    run: (_c, sheets) => {
      const range = sheetOf(sheets, sheetName).getRange(cf.range);
      if (cf.kind === "colorScale") {
        const format = range.conditionalFormats.add("ColorScale");
        // Fixed anchors (1/3/5 on score cells) keep colours comparable across sheets and sides.
        const at = (
          value: number | undefined,
          color: string,
          fallback: "LowestValue" | "HighestValue"
        ) =>
          value !== undefined
            ? { type: "Number" as const, formula: String(value), color }
            : { type: fallback, color };
        format.colorScale.criteria = {
          minimum: at(cf.minValue, cf.min, "LowestValue"),
          ...(cf.mid
            ? {
                midpoint:
                  cf.midValue !== undefined
                    ? { type: "Number" as const, formula: String(cf.midValue), color: cf.mid }
                    : { formula: "50", type: "Percentile" as const, color: cf.mid },
              }
            : {}),
          maximum: at(cf.maxValue, cf.max, "HighestValue"),
        };
      } else {
        const format = range.conditionalFormats.add("Custom");
        format.custom.rule.formula = `=${cf.formula}`;
        format.custom.format.fill.color = cf.fill;
        if (cf.fontColor) format.custom.format.font.color = cf.fontColor;
      }
    },
  };
}

const CHART_TYPES = { radar: "Radar", bar: "BarClustered", line: "Line" } as const;

function chartOp(sheetName: string, c: ChartPlan): Op {
  const src = splitSheetRef(c.sourceRange, sheetName);
  return {
    label: op().addChart(c.type, c.name, c.sourceRange, c.anchor, sheetName),
    sheet: sheetName,
    address: c.anchor,
    apis: [
      "ChartCollection.add",
      "Chart.name",
      "ChartTitle.text",
      "Chart.setPosition",
      ...(c.categories
        ? ["Chart.axes", "ChartAxes.categoryAxis", "ChartAxis.setCategoryNames"]
        : []),
    ],
    bytes: json(c) + 4 * OP_OVERHEAD,
    run: (_c, sheets) => {
      const source = sheetOf(sheets, src.sheet).getRange(src.address);
      const chart = sheetOf(sheets, sheetName).charts.add(CHART_TYPES[c.type], source, "Columns");
      chart.name = c.name;
      chart.title.text = c.title;
      chart.setPosition(c.anchor);
      if (c.categories)
        chart.axes.categoryAxis.setCategoryNames(sheetOf(sheets, src.sheet).getRange(c.categories));
    },
  };
}

/** Value, formula, style, hyperlink and note writes of a sheet's cells. */
export function cellOps(
  s: Pick<SheetPlan, "name" | "cells">,
  noteApi: NoteApi,
  maxBytes: number
): Op[] {
  const name = s.name;
  const ops: Op[] = [];
  const values = new Map<string, string | number | boolean>();
  const formulas = new Map<string, string>();
  const seen = new Set<string>();
  for (const c of s.cells) {
    const a = boxAddress(parseBox(c.address));
    if (a.includes(":"))
      throw new Error(`Sheet "${name}": cell write at "${c.address}" must name a single cell`);
    if (seen.has(a)) throw new Error(`Sheet "${name}": cell ${a} is written twice by the plan`);
    seen.add(a);
    if (c.formula !== undefined && c.value !== undefined)
      throw new Error(`Sheet "${name}": cell ${a} has both a value and a formula; give one`);
    if (c.formula !== undefined) formulas.set(a, `=${c.formula.replace(/^=/, "")}`);
    else if (c.value !== undefined) values.set(a, cellText(c.value));
  }
  for (const c of s.cells.filter((x) => x.style))
    ops.push(styleOp(name, c.address, c.style as CellStyle));
  const guarded = [...values].filter(([, v]) => looksLikeFormula(v)).map(([a]) => a);
  if (guarded.length) ops.push(keepAsTextOp(name, guarded));
  for (const { box, data } of blocks(values).flatMap((b) => rowSlices(b.box, b.data, maxBytes))) {
    const address = boxAddress(box);
    ops.push({
      label: op().writeValues(address, name),
      sheet: name,
      address,
      apis: ["Range.values"],
      bytes: json(data) + OP_OVERHEAD,
      run: (_c, sheets) => {
        sheetOf(sheets, name).getRange(address).values = data;
      },
    });
  }
  for (const { box, data } of blocks(formulas).flatMap((b) => rowSlices(b.box, b.data, maxBytes))) {
    const address = boxAddress(box);
    ops.push({
      label: op().writeFormulas(address, name, String(data[0][0])),
      sheet: name,
      address,
      apis: ["Range.formulas"],
      bytes: json(data) + OP_OVERHEAD,
      run: (_c, sheets) => {
        sheetOf(sheets, name).getRange(address).formulas = data;
      },
    });
  }
  const linked = s.cells.filter((c) => c.hyperlink);
  if (linked.length)
    ops.push({
      label: op().addLinks(linked.length, name, linked[0].address),
      sheet: name,
      apis: ["Range.hyperlink"],
      bytes:
        json(linked.map((c) => [c.address, c.hyperlink, c.value])) + linked.length * OP_OVERHEAD,
      run: (_c, sheets) => {
        const sh = sheetOf(sheets, name);
        for (const c of linked) {
          const text =
            c.formula === undefined && c.value !== undefined && c.value !== null
              ? String(c.value)
              : undefined;
          sh.getRange(c.address).hyperlink = hyperlinkOf(c.hyperlink as string, text);
        }
      },
    });
  const noted = s.cells.filter((c): c is CellWrite & { note: string } => !!c.note);
  if (noted.length && noteApi !== "none")
    ops.push({
      label: op().addNotes(noted.length, name, noted[0].address),
      sheet: name,
      apis: ["NoteCollection.add", "CommentCollection.add"],
      bytes: json(noted.map((c) => [c.address, c.note])) + noted.length * OP_OVERHEAD,
      run: (context, sheets) => {
        const sh = sheetOf(sheets, name);
        for (const c of noted) {
          if (noteApi === "notes") sh.notes.add(c.address, c.note);
          else context.workbook.comments.add(sh.getRange(c.address), c.note);
        }
      },
    });
  return ops;
}

function styleOp(sheetName: string, address: string, style: CellStyle): Op {
  const box = parseBox(address);
  return {
    label: op().format(address, sheetName),
    sheet: sheetName,
    address,
    apis: [
      "RangeFormat",
      "RangeFont",
      "RangeFill",
      "RangeBorder",
      "Range.numberFormat",
      "FormatProtection.locked",
    ],
    bytes: styleBytes(style, box),
    run: (_c, sheets) => applyStyle(sheetOf(sheets, sheetName).getRange(address), box, style),
  };
}

/** The smallest A1 box holding every cell the sheet plan writes, or null when it writes none. */
export function cellsBox(s: Pick<SheetPlan, "cells">): string | null {
  if (!s.cells.length) return null;
  const boxes = s.cells.map((c) => parseBox(c.address));
  const top = Math.min(...boxes.map((b) => b.top));
  const left = Math.min(...boxes.map((b) => b.left));
  const bottom = Math.max(...boxes.map((b) => b.top + b.rows - 1));
  const right = Math.max(...boxes.map((b) => b.left + b.cols - 1));
  return boxAddress({ top, left, rows: bottom - top + 1, cols: right - left + 1 });
}

/**
 * A refresh re-applies the sheet's range styles, validations and conditional formats over the ranges
 * the plan gives now (a grown table's whole body). Old rules go first so they are not stacked.
 */
export function bodyFormatOps(
  s: Pick<SheetPlan, "name" | "rangeStyles" | "validations" | "conditionalFormats">
): Op[] {
  const name = s.name;
  const ops: Op[] = (s.rangeStyles ?? []).map((rs) => styleOp(name, rs.range, rs.style));
  for (const v of s.validations ?? [])
    ops.push(
      {
        label: op().clearValidation(v.range, name),
        sheet: name,
        address: v.range,
        apis: ["DataValidation.clear"],
        bytes: OP_OVERHEAD,
        run: (_c, sheets) => sheetOf(sheets, name).getRange(v.range).dataValidation.clear(),
      },
      validationOp(name, v)
    );
  const cfRanges = [...new Set((s.conditionalFormats ?? []).map((cf) => cf.range))];
  for (const range of cfRanges)
    ops.push({
      label: op().clearConditionalFormats(range, name),
      sheet: name,
      address: range,
      apis: ["ConditionalFormatCollection.clearAll"],
      bytes: OP_OVERHEAD,
      run: (_c, sheets) => sheetOf(sheets, name).getRange(range).conditionalFormats.clearAll(),
    });
  for (const cf of s.conditionalFormats ?? []) ops.push(conditionalOp(name, cf));
  return ops;
}

/** First and last sheet row of the cells the plan wraps, or null when nothing wraps. */
export function wrappedRowSpan(
  s: Pick<SheetPlan, "cells" | "rangeStyles">
): { top: number; bottom: number } | null {
  const boxes = [
    ...s.cells.filter((c) => c.style?.wrap).map((c) => parseBox(c.address)),
    ...(s.rangeStyles ?? []).filter((r) => r.style.wrap).map((r) => parseBox(r.range)),
  ];
  if (!boxes.length) return null;
  return {
    top: Math.min(...boxes.map((b) => b.top)),
    bottom: Math.max(...boxes.map((b) => b.top + b.rows - 1)),
  };
}

/**
 * Wrapped text only shows in full when its row is tall enough: Excel sizes the rows itself once the
 * values and column widths are in place, queued in the same request (no extra sync). Excel's fit
 * ignores merged cells, so the rows the plan sizes itself (`rowHeights`) are set after it.
 */
export function autofitRowsOps(
  s: Pick<SheetPlan, "name" | "cells" | "rangeStyles" | "rowHeights">
): Op[] {
  const span = wrappedRowSpan(s);
  const ops: Op[] = [];
  if (span) {
    const address = `${span.top}:${span.bottom}`;
    ops.push({
      label: op().fitRows(address, s.name),
      sheet: s.name,
      address,
      apis: ["RangeFormat.autofitRows"],
      bytes: OP_OVERHEAD,
      run: (_c, sheets) => sheetOf(sheets, s.name).getRange(address).format.autofitRows(),
    });
  }
  const heights = Object.entries(s.rowHeights ?? {});
  if (heights.length)
    ops.push({
      label: op().rowHeights(s.name),
      sheet: s.name,
      apis: ["RangeFormat.rowHeight"],
      bytes: heights.length * OP_OVERHEAD,
      run: (_c, sheets) => {
        const sh = sheetOf(sheets, s.name);
        for (const [row, height] of heights) sh.getRange(`${row}:${row}`).format.rowHeight = height;
      },
    });
  return ops;
}

/** Cells shown as one (a wrapped intro or legend across the printed columns). */
function mergeOps(s: Pick<SheetPlan, "name" | "merges">): Op[] {
  return (s.merges ?? []).map((range) => ({
    label: op().merge(range, s.name),
    sheet: s.name,
    address: range,
    apis: ["Range.merge"],
    bytes: OP_OVERHEAD,
    run: (_c, sheets) => sheetOf(sheets, s.name).getRange(range).merge(false),
  }));
}

function sheetOps(s: SheetPlan, options: CompileOptions): Op[] {
  const name = s.name;
  const ops: Op[] = [
    {
      label: op().addSheet(name),
      sheet: name,
      apis: ["WorksheetCollection.add", "Worksheet.tabColor"],
      bytes: 2 * OP_OVERHEAD,
      run: (context, sheets) => {
        const ws = context.workbook.worksheets.add(name);
        if (s.tabColor) ws.tabColor = s.tabColor;
        sheets.set(name, ws);
      },
    },
  ];
  const widths = Object.entries(s.columnWidths ?? {});
  if (widths.length)
    ops.push({
      label: op().columnWidths(name),
      sheet: name,
      apis: ["RangeFormat.columnWidth"],
      bytes: widths.length * OP_OVERHEAD,
      run: (_c, sheets) => {
        const sh = sheetOf(sheets, name);
        for (const [col, w] of widths)
          sh.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(w);
      },
    });
  for (const rs of s.rangeStyles ?? []) ops.push(styleOp(name, rs.range, rs.style));
  const maxBytes = options.maxWriteBytes ?? MAX_WRITE_BYTES;
  ops.push(...cellOps(s, options.noteApi ?? "comments", maxBytes));
  for (const t of s.tables ?? []) ops.push(...tableOps(name, t, maxBytes));
  for (const v of s.validations ?? []) ops.push(validationOp(name, v));
  for (const cf of s.conditionalFormats ?? []) ops.push(conditionalOp(name, cf));
  ops.push(...mergeOps(s));
  // After every value, width and style of the sheet: the fit depends on all of them.
  ops.push(...autofitRowsOps(s));
  if (s.freeze && (s.freeze.rows > 0 || s.freeze.columns > 0)) {
    const { rows, columns } = s.freeze;
    ops.push({
      label: op().freeze(rows, columns, name),
      sheet: name,
      apis: [
        "WorksheetFreezePanes.freezeAt",
        "WorksheetFreezePanes.freezeRows",
        "WorksheetFreezePanes.freezeColumns",
      ],
      bytes: OP_OVERHEAD,
      run: (_c, sheets) => {
        const fp = sheetOf(sheets, name).freezePanes;
        if (rows > 0 && columns > 0) fp.freezeAt(`A1:${columnLetter(columns)}${rows}`);
        else if (rows > 0) fp.freezeRows(rows);
        else fp.freezeColumns(columns);
      },
    });
  }
  const print = s.print;
  if (print)
    ops.push({
      label: op().printLayout(name),
      sheet: name,
      apis: ["PageLayout.orientation", "PageLayout.zoom", "PageLayout.setPrintTitleRows"],
      bytes: 3 * OP_OVERHEAD,
      run: (_c, sheets) => {
        const pl = sheetOf(sheets, name).pageLayout;
        pl.orientation = print.landscape ? "Landscape" : "Portrait";
        if (print.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (print.printTitleRows) pl.setPrintTitleRows(print.printTitleRows);
      },
    });
  if (print) ops.push(...printExtrasOps(name, print));
  for (const c of s.charts ?? []) ops.push(chartOp(name, c));
  return ops;
}

const HEADER_FOOTER_FIELDS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;

/**
 * Issue 14: print area, repeated columns, a fixed scale where fitting would print below 8 pt, and
 * the header and footer (ExcelApi 1.9, like the rest of PageLayout).
 */
function printExtrasOps(name: string, print: NonNullable<SheetPlan["print"]>): Op[] {
  if (!print.printArea && !print.header && !print.footer && !print.scale && !print.onePage)
    return [];
  return [
    {
      label: op().printArea(name),
      sheet: name,
      apis: [
        "PageLayout.setPrintArea",
        "PageLayout.setPrintTitleColumns",
        "PageLayout.zoom",
        "PageLayout.headersFooters",
        "HeaderFooterGroup.defaultForAllPages",
        ...HEADER_FOOTER_FIELDS.map((f) => `HeaderFooter.${f}`),
      ],
      bytes: 4 * OP_OVERHEAD + JSON.stringify([print.header, print.footer]).length,
      run: (_c, sheets) => {
        const pl = sheetOf(sheets, name).pageLayout;
        if (print.printArea) pl.setPrintArea(print.printArea);
        if (print.printTitleColumns) pl.setPrintTitleColumns(print.printTitleColumns);
        if (!print.fitToWidth && print.scale) pl.zoom = { scale: print.scale };
        if (print.onePage) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
        const hf = pl.headersFooters.defaultForAllPages;
        if (print.header?.left !== undefined) hf.leftHeader = print.header.left;
        if (print.header?.center !== undefined) hf.centerHeader = print.header.center;
        if (print.header?.right !== undefined) hf.rightHeader = print.header.right;
        if (print.footer?.left !== undefined) hf.leftFooter = print.footer.left;
        if (print.footer?.center !== undefined) hf.centerFooter = print.footer.center;
        if (print.footer?.right !== undefined) hf.rightFooter = print.footer.right;
      },
    },
  ];
}

/** All operations for a plan, in the order Excel must run them. */
export function compilePlan(plan: WorkbookPlan, options: CompileOptions = {}): Op[] {
  const ops: Op[] = [];
  for (const s of plan.sheets) ops.push(...sheetOps(s, options));
  // Charts may read another sheet of the plan: all sheets exist by now, so order is safe.
  for (const n of plan.names)
    ops.push({
      label: op().addName(n.name, n.refersTo),
      apis: ["NamedItemCollection.add"],
      bytes: json(n) + OP_OVERHEAD,
      run: (context) => {
        context.workbook.names.add(
          n.name,
          n.refersTo.startsWith("=") ? n.refersTo : `=${n.refersTo}`,
          n.comment
        );
      },
    });
  // Protection last: a protected sheet refuses the writes above.
  for (const s of plan.sheets.filter((x) => x.protect))
    ops.push({
      label: op().protect(s.name),
      sheet: s.name,
      apis: ["WorksheetProtection.protect"],
      bytes: OP_OVERHEAD,
      run: (_c, sheets) => {
        const p = s.protect as { password?: string };
        sheetOf(sheets, s.name).protection.protect(PROTECT_OPTIONS, p.password);
      },
    });
  if (plan.sheets.length)
    ops.push({
      label: op().activate(plan.sheets[0].name),
      sheet: plan.sheets[0].name,
      apis: ["Worksheet.activate"],
      bytes: OP_OVERHEAD,
      run: (_c, sheets) => sheetOf(sheets, plan.sheets[0].name).activate(),
    });
  return ops;
}

/** Packs operations, in order, into requests of at most `budget` estimated bytes each. */
export function packOps(ops: Op[], budget: number): Op[][] {
  const chunks: Op[][] = [];
  let cur: Op[] = [];
  let size = 0;
  for (const op of ops) {
    if (cur.length && size + op.bytes > budget) {
      chunks.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(op);
    size += op.bytes;
  }
  if (cur.length) chunks.push(cur);
  return chunks;
}
