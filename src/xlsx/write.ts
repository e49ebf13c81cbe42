/**
 * The exceljs adapter: applies a WorkbookPlan to an .xlsx workbook. Charts are Office.js only
 * (exceljs cannot write them); the plan's colour scales stand in for them in the file.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseCell } from "../core/workbook/a1";
import {
  DEFAULT_COLUMN_WIDTH,
  LINE_HEIGHT_PT,
  rowHeightForLines,
  wrappedLineCount,
} from "../core/workbook/text-fit";
import { assertNoClashes } from "../core/workbook/clash";
import { isOurName } from "../core/workbook/names";
import { keepEdits } from "../core/workbook/actions";

export { WorkbookClashError } from "../core/workbook/clash";
import type {
  CellStyle,
  CellWrite,
  ConditionalFormatPlan,
  SheetPlan,
  TablePlan,
  ValidationPlan,
  WorkbookPlan,
} from "../core/workbook/plan";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  if (
    s.bold !== undefined ||
    s.italic !== undefined ||
    s.fontSize !== undefined ||
    s.fontColor !== undefined
  ) {
    cell.font = {
      ...cell.font,
      ...(s.bold !== undefined && { bold: s.bold }),
      ...(s.italic !== undefined && { italic: s.italic }),
      ...(s.fontSize !== undefined && { size: s.fontSize }),
      ...(s.fontColor !== undefined && { color: { argb: argb(s.fontColor) } }),
    };
  }
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.wrap !== undefined || s.horizontal || s.vertical) {
    cell.alignment = {
      ...cell.alignment,
      ...(s.wrap !== undefined && { wrapText: s.wrap }),
      ...(s.horizontal && { horizontal: s.horizontal }),
      ...(s.vertical && { vertical: s.vertical === "center" ? "middle" : s.vertical }),
    };
  }
  if (s.numberFormat) cell.numFmt = s.numberFormat;
  if (s.border === "thin") {
    const thin = { style: "thin" as const };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.unlocked !== undefined) cell.protection = { locked: !s.unlocked };
}

function quoteText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function writeCell(ws: ExcelJS.Worksheet, c: CellWrite): void {
  const cell = ws.getCell(c.address);
  if (c.addinFormula) {
    // Excel binds COLLAB.* only when the add-in writes it (it stores them under its own prefix):
    // outside Excel the cell holds the plan's plain sentence, or stays empty, never the formula.
    cell.value = c.offline ?? null;
  } else if (c.formula !== undefined) {
    cell.value = { formula: c.formula } as ExcelJS.CellFormulaValue;
  } else if (c.hyperlink && !/^https?:/i.test(c.hyperlink)) {
    // exceljs writes internal links as external relationships; a HYPERLINK formula works everywhere.
    const text = c.value === null || c.value === undefined ? c.hyperlink : String(c.value);
    cell.value = {
      formula: `HYPERLINK(${quoteText("#" + c.hyperlink)},${quoteText(text)})`,
      result: text,
    } as ExcelJS.CellFormulaValue;
  } else if (c.hyperlink) {
    cell.value = { text: String(c.value ?? c.hyperlink), hyperlink: c.hyperlink };
  } else {
    // A string is always text here: exceljs only makes formulas from { formula } objects.
    cell.value = c.value ?? null;
  }
  if (c.style) applyStyle(cell, c.style);
  if (c.note) cell.note = c.note;
}

function forEachCell(ws: ExcelJS.Worksheet, range: string, fn: (cell: ExcelJS.Cell) => void): void {
  const [a, b = a] = range.split(":");
  const from = parseCell(a);
  const to = parseCell(b);
  for (let r = from.row; r <= to.row; r++) {
    for (let col = from.col; col <= to.col; col++) fn(ws.getCell(r, col));
  }
}

function addTable(ws: ExcelJS.Worksheet, t: TablePlan): void {
  const formulaCols = Object.entries(t.formulaColumns ?? {}).map(([h, f]) => {
    const i = t.headers.indexOf(h);
    if (i < 0) throw new Error(`Table ${t.name}: formula column "${h}" is not one of its headers`);
    // Excel would not bind COLLAB.* written by another program (see CellWrite.addinFormula).
    if (/\bCOLLAB\./i.test(f(0)))
      throw new Error(
        `Table ${t.name}: formula column "${h}" calls COLLAB.*, which only the add-in can write`
      );
    return [i, f] as const;
  });
  const rows = t.rows.map((row, r) => {
    const out: ExcelJS.CellValue[] = t.headers.map((_, i) => (row[i] ?? null) as ExcelJS.CellValue);
    for (const [i, f] of formulaCols) out[i] = { formula: f(r) } as ExcelJS.CellFormulaValue;
    return out;
  });
  ws.addTable({
    name: t.name,
    ref: t.topLeft,
    headerRow: true,
    totalsRow: t.showTotals ?? false,
    style: {
      theme: (t.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: t.headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

function addValidation(ws: ExcelJS.Worksheet, v: ValidationPlan): void {
  const common = {
    allowBlank: v.allowBlank,
    showInputMessage: !!v.prompt,
    promptTitle: v.prompt?.title,
    prompt: v.prompt?.message,
    showErrorMessage: true,
    errorStyle: "stop" as const,
    errorTitle: v.error.title,
    error: v.error.message,
  };
  const dv: ExcelJS.DataValidation =
    v.kind === "list"
      ? { type: "list", formulae: [quoteText(v.values.join(","))], ...common }
      : {
          type: "date",
          operator: "greaterThan",
          formulae: [new Date(Date.UTC(1900, 0, 1))],
          ...common,
        };
  // Keyed by the whole range: exceljs writes it as one sqref.
  // The typings omit worksheet.dataValidations, which exceljs 4.4 has (doc/data-validations.js).
  (
    ws as unknown as { dataValidations: { add(range: string, dv: ExcelJS.DataValidation): void } }
  ).dataValidations.add(v.range, dv);
}

function addConditionalFormat(
  ws: ExcelJS.Worksheet,
  cf: ConditionalFormatPlan,
  priority: number
): void {
  if (cf.kind === "colorScale") {
    const cfvo: ExcelJS.Cvfo[] = [
      cf.minValue !== undefined ? { type: "num", value: cf.minValue } : { type: "min" },
    ];
    const color = [{ argb: argb(cf.min) }];
    if (cf.mid) {
      cfvo.push(
        cf.midValue !== undefined
          ? { type: "num", value: cf.midValue }
          : { type: "percentile", value: 50 }
      );
      color.push({ argb: argb(cf.mid) });
    }
    cfvo.push(cf.maxValue !== undefined ? { type: "num", value: cf.maxValue } : { type: "max" });
    color.push({ argb: argb(cf.max) });
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: "colorScale", priority, cfvo, color } as ExcelJS.ColorScaleRuleType],
    });
    return;
  }
  if (cf.kind === "dataBar") {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "dataBar",
          priority,
          cfvo: [
            { type: "num", value: cf.min },
            { type: "num", value: cf.max },
          ],
          color: { argb: argb(cf.color) },
          gradient: false,
        } as unknown as ExcelJS.DataBarRuleType,
      ],
    });
    return;
  }
  ws.addConditionalFormatting({
    ref: cf.range,
    rules: [
      {
        type: "expression",
        priority,
        formulae: [cf.formula],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
          ...(cf.fontColor && { font: { color: { argb: argb(cf.fontColor) } } }),
        },
      },
    ],
  });
}

function displayedText(v: ExcelJS.CellValue): string | null {
  if (typeof v === "string") return v;
  if (v && typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("result" in v && typeof v.result === "string") return v.result;
  }
  return null;
}

/**
 * A file has no layout engine: Excel and LibreOffice keep the stored row height, so a row of
 * wrapped text stays one line tall and its text runs into the rows below. Each row with wrapped
 * text gets the height of its tallest wrapped cell, estimated from text length and column width;
 * rows only grow.
 */
export function fitRowHeights(ws: ExcelJS.Worksheet): void {
  const defaultWidth = ws.properties.defaultColWidth ?? DEFAULT_COLUMN_WIDTH;
  ws.eachRow((row) => {
    let needed = 0;
    row.eachCell((cell) => {
      if (!cell.alignment?.wrapText || cell.isMerged) return;
      const text = displayedText(cell.value);
      if (!text) return;
      const width = ws.getColumn(cell.col).width ?? defaultWidth;
      const lines = wrappedLineCount(text, width, cell.font ?? {});
      if (lines > 1) needed = Math.max(needed, rowHeightForLines(lines, cell.font?.size));
    });
    if (needed > (row.height ?? LINE_HEIGHT_PT)) row.height = needed;
  });
}

function addSheet(wb: ExcelJS.Workbook, s: SheetPlan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(s.name, {
    properties: s.tabColor ? { tabColor: { argb: argb(s.tabColor) } } : {},
    views: s.freeze
      ? [{ state: "frozen", xSplit: s.freeze.columns, ySplit: s.freeze.rows }]
      : [{ state: "normal" }],
  });
  for (const [col, width] of Object.entries(s.columnWidths ?? {})) ws.getColumn(col).width = width;
  // Tables first: exceljs writes their values, then cells and styles may refine them.
  for (const t of s.tables ?? []) addTable(ws, t);
  for (const c of s.cells) writeCell(ws, c);
  for (const rs of s.rangeStyles ?? [])
    forEachCell(ws, rs.range, (cell) => applyStyle(cell, rs.style));
  for (const v of s.validations ?? []) addValidation(ws, v);
  let priority = 1;
  for (const cf of s.conditionalFormats ?? []) addConditionalFormat(ws, cf, priority++);
  for (const m of s.merges ?? []) ws.mergeCells(m);
  fitRowHeights(ws);
  for (const [row, height] of Object.entries(s.rowHeights ?? {}))
    ws.getRow(Number(row)).height = height;
  if (s.print) {
    ws.pageSetup.orientation = s.print.landscape ? "landscape" : "portrait";
    if (s.print.fitToWidth) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = 1;
      ws.pageSetup.fitToHeight = 0;
    }
    if (s.print.printTitleRows)
      ws.pageSetup.printTitlesRow = s.print.printTitleRows.replace(/\$/g, "");
    applyPrintExtras(ws, s.print);
  }
  if (s.protect)
    void ws.protect(s.protect.password ?? "", { formatColumns: true, formatRows: true });
  return ws;
}

function existingTableNames(wb: ExcelJS.Workbook): string[] {
  const names: string[] = [];
  wb.eachSheet((ws) => {
    for (const t of ws.getTables() as unknown as Array<{
      name?: string;
      table?: { name: string };
    }>) {
      const name = t.table?.name ?? t.name;
      if (name) names.push(name);
    }
  });
  return names;
}

/** Refuses any name the plan would reuse; a user's sheet is never renamed or overwritten. */
export function checkClashes(plan: WorkbookPlan, wb: ExcelJS.Workbook): void {
  const sheets: string[] = [];
  wb.eachSheet((ws) => sheets.push(ws.name));
  const definedNames = (wb.definedNames.model as Array<{ name: string }>).map((m) => m.name);
  assertNoClashes(plan, {
    sheets,
    tablesAndNames: [...existingTableNames(wb), ...definedNames],
  });
}

function addName(wb: ExcelJS.Workbook, name: string, refersTo: string): void {
  if (!isOurName(name)) throw new Error(`Defined name ${name} must start with CF_`);
  wb.definedNames.add(refersTo, name);
}

/** Writes the plan into `workbook` (a new one by default) and returns it. */
export function writePlan(plan: WorkbookPlan, workbook?: ExcelJS.Workbook): ExcelJS.Workbook {
  const wb = workbook ?? new ExcelJS.Workbook();
  checkClashes(plan, wb);
  for (const s of plan.sheets) addSheet(wb, s);
  for (const n of plan.names) addName(wb, n.name, n.refersTo);
  if (plan.properties) {
    if (plan.properties.title) wb.title = plan.properties.title;
    if (plan.properties.subject) wb.subject = plan.properties.subject;
    if (plan.properties.creator) wb.creator = plan.properties.creator;
  }
  wb.calcProperties = { fullCalcOnLoad: true };
  return wb;
}

export async function planToBuffer(plan: WorkbookPlan): Promise<Buffer> {
  return workbookToBuffer(writePlan(plan));
}

export async function workbookToBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  let data: ArrayBuffer | Uint8Array = await wb.xlsx.writeBuffer();
  if (wb.worksheets.some((ws) => ws.pageSetup?.printArea?.includes("&&")))
    data = await mergePrintAreas(data);
  // The task pane runs in a browser, where there is no Node Buffer: there it gets the same bytes
  // as a Uint8Array (Buffer's base class), which is all its callers use.
  if (typeof Buffer === "undefined") return new Uint8Array(data as ArrayBuffer) as Buffer;
  return Buffer.from(data as ArrayBuffer);
}

const PRINT_AREA =
  /<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">([^<]*)<\/definedName>/g;

/**
 * exceljs writes a print area of several ranges as one defined name per range; Excel wants one
 * name per sheet listing them all (and would repair the file otherwise). Ranges made absolute.
 */
async function mergePrintAreas(data: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const bodies = new Map<string, string[]>();
  for (const [, id, body] of xml.matchAll(PRINT_AREA))
    bodies.set(id, [...(bodies.get(id) ?? []), body]);
  const done = new Set<string>();
  const merged = xml.replace(PRINT_AREA, (_m, id: string) => {
    if (done.has(id)) return "";
    done.add(id);
    // exceljs writes "$A1:$G9", a row-relative range LibreOffice reads as starting elsewhere.
    const body = bodies
      .get(id)!
      .map((r) => r.replace(/\$([A-Z]{1,3})(\d+)/g, "$$$1$$$2"))
      .join(",");
    return `<definedName name="_xlnm.Print_Area" localSheetId="${id}">${body}</definedName>`;
  });
  zip.file("xl/workbook.xml", merged);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const unescapeXml = (t: string): string =>
  t
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Sheets' print areas of several ranges, by sheet name, as exceljs spells them ("A1:G9&&H5:P9"). */
async function multiRangePrintAreas(data: Buffer | ArrayBuffer): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let xml: string | undefined;
  try {
    xml = await (await JSZip.loadAsync(data)).file("xl/workbook.xml")?.async("string");
  } catch {
    return found; // exceljs reports what is wrong with the file
  }
  if (!xml) return found;
  const sheets = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1]));
  for (const [, id, body] of xml.matchAll(PRINT_AREA)) {
    const ranges = unescapeXml(body)
      .split(",")
      .map((r) => r.replace(/^.*!/, "").replace(/\$/g, ""));
    const sheet = sheets[Number(id)];
    if (ranges.length > 1 && sheet) found.set(sheet, ranges.join("&&"));
  }
  return found;
}

/**
 * Worksheet nodes that hold no cell value (formats, validations, print settings, views, column
 * widths). Merged cells and hyperlinks are not among them: exceljs reads a merged cell's value from
 * its master and a link's text from the link.
 */
export const VALUELESS_NODES: readonly string[] = [
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "headerFooter",
  "pageSetup",
  "printOptions",
  "pageMargins",
  "rowBreaks",
  "colBreaks",
  "sheetViews",
  "cols",
  "autoFilter",
  "sheetProtection",
  "sheetPr",
];

/**
 * A workbook read for its values only, never written back: exceljs skips VALUELESS_NODES (a data
 * validation over many cells otherwise costs one object per cell, after the package check let it through).
 */
export async function loadValues(data: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    data as ArrayBuffer,
    { ignoreNodes: [...VALUELESS_NODES] } as unknown as Partial<ExcelJS.XlsxReadOptions>
  );
  return wb;
}

export async function loadWorkbook(data: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  // exceljs keeps only the first range of a print area, and marks every sheet it read as restarting
  // its page numbers at 1; put both back as the file had them.
  const areas = await multiRangePrintAreas(data);
  for (const ws of wb.worksheets) {
    const area = areas.get(ws.name);
    if (area) ws.pageSetup.printArea = area;
    const setup = ws.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
    if (!setup.useFirstPageNumber) setup.firstPageNumber = undefined;
  }
  return wb;
}

/**
 * Replaces whole sheets of ours (Results, Roadmap) with fresh plans, keeping their place in the tab
 * order. Only sheets that already exist under the plan's name and are ours are replaced.
 */
export function replaceSheets(wb: ExcelJS.Workbook, sheets: SheetPlan[]): ExcelJS.Workbook {
  for (const s of sheets) {
    const old = wb.getWorksheet(s.name);
    if (!old) throw new Error(`the workbook has no sheet '${s.name}' to regenerate`);
    const orderNo = (old as unknown as { orderNo: number }).orderNo;
    const kept = withKeptEdits(old, s);
    wb.removeWorksheet(old.id);
    const ws = addSheet(wb, kept);
    (ws as unknown as { orderNo: number }).orderNo = orderNo;
  }
  return wb;
}

// ------------------------------------------------- issue 14: keep the user's edits on regenerate

/** A table's header and body values as they are in the sheet (dates as Date), or null. */
export function tableValues(
  ws: ExcelJS.Worksheet,
  name: string
): { headers: unknown[]; rows: unknown[][] } | null {
  const models = (
    ws.getTables() as unknown as Array<{ table?: TableRefModel } & TableRefModel>
  ).map((t) => t.table ?? t);
  const t = models.find((m) => m.name === name);
  const ref = t?.tableRef ?? t?.ref;
  if (!t || !ref) return null;
  const [a, b = a] = ref.split(":");
  const from = parseCell(a);
  const to = parseCell(b);
  const row = (r: number) => {
    const out: unknown[] = [];
    for (let c = from.col; c <= to.col; c++) out.push(plainCell(ws.getCell(r, c).value));
    return out;
  };
  const rows: unknown[][] = [];
  for (let r = from.row + 1; r <= (t.totalsRow ? to.row - 1 : to.row); r++) rows.push(row(r));
  return { headers: row(from.row), rows };
}

interface TableRefModel {
  name: string;
  tableRef?: string;
  ref?: string;
  totalsRow?: boolean;
}

function plainCell(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined || v instanceof Date || typeof v !== "object") return v ?? null;
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) return (v as ExcelJS.CellFormulaValue).result ?? null;
  if ("hyperlink" in v) return (v as ExcelJS.CellHyperlinkValue).text;
  return null;
}

/** The plan with its `keep` tables carrying over the user's values from the sheet it replaces. */
function withKeptEdits(old: ExcelJS.Worksheet, s: SheetPlan): SheetPlan {
  if (!(s.tables ?? []).some((t) => t.keep)) return s;
  return { ...s, tables: s.tables!.map((t) => keepEdits(t, tableValues(old, t.name))) };
}

// ------------------------------------------------- issue 14: print area, scale, header and footer

function headerFooterText(h?: {
  left?: string;
  center?: string;
  right?: string;
}): string | undefined {
  if (!h) return undefined;
  return `${h.left ? `&L${h.left}` : ""}${h.center ? `&C${h.center}` : ""}${h.right ? `&R${h.right}` : ""}`;
}

function applyPrintExtras(ws: ExcelJS.Worksheet, p: NonNullable<SheetPlan["print"]>): void {
  // Several ranges are comma-separated in the plan (Excel's spelling), "&&" in exceljs.
  if (p.printArea) ws.pageSetup.printArea = p.printArea.split(",").join("&&");
  if (p.onePage) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 1;
  }
  if (p.printTitleColumns) ws.pageSetup.printTitlesColumn = p.printTitleColumns.replace(/\$/g, "");
  if (!p.fitToWidth && p.scale) {
    ws.pageSetup.fitToPage = false;
    ws.pageSetup.scale = p.scale;
  }
  const header = headerFooterText(p.header);
  const footer = headerFooterText(p.footer);
  if (header || footer) {
    ws.headerFooter = {
      ...ws.headerFooter,
      ...(header && { oddHeader: header }),
      ...(footer && { oddFooter: footer }),
    };
  }
}
