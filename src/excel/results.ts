/**
 * Regenerates Results and Roadmap in place: rewrites the contents of our existing tables (resizing
 * their bodies) and the plan's cells on those sheets. Two syncs whatever the number of rows.
 */
import { portTexts } from "../core/texts/parts/port";
import { cellAddress } from "../core/workbook/a1";
import { keepEdits } from "../core/workbook/actions";
import { SUMMARY_DECISION_CELL, keepDecision } from "../core/workbook/summary";
import type { SheetPlan, WorkbookPlan } from "../core/workbook/plan";
import {
  MAX_WRITE_BYTES,
  PROTECT_OPTIONS,
  autofitRowsOps,
  bodyFormatOps,
  cellOps,
  cellsBox,
  compilePlan,
  parseBox,
  tableOps,
  type CompileOptions,
  type SheetCache,
} from "./ops";

export interface ReplaceReport {
  syncs: number;
  /** Sheets named optional that the workbook lacks (made before they existed): left for the caller. */
  skipped: string[];
  /** Optional sheets the workbook lacked, added whole in the same batch (`addMissing`). */
  added: string[];
  tables: { name: string; rows: number; previousRows: number }[];
}

interface Found {
  sheetPlan: SheetPlan;
  name: string;
  table: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
}

/**
 * `resultsPlan` holds the sheets to refresh (as the layout builds them: Results and Roadmap); only
 * their tables' contents and their cells are written. The sheets and tables must exist already.
 */
export async function replaceResults(
  context: Excel.RequestContext,
  plan: Pick<WorkbookPlan, "sheets">,
  options: CompileOptions & {
    optional?: readonly string[];
    addMissing?: boolean;
    /** More writes of the caller's, queued into the same write batch (after the refresh). */
    alsoQueue?: () => void;
    /**
     * Adjusts the sheets' cells once the first sync is done (the caller queued its own loads
     * before calling, so that sync fetched them too). Tables must stay as planned.
     */
    afterRead?: (sheets: SheetPlan[]) => SheetPlan[];
  } = {}
): Promise<ReplaceReport> {
  const wb = context.workbook;
  let resultsPlan = plan;
  const sheetProxies = resultsPlan.sheets.map((s) => {
    const ws = wb.worksheets.getItemOrNullObject(s.name);
    ws.load("name");
    return ws;
  });
  // A chart whose source moved with the layout (an older workbook) is pointed at the new source.
  const charts = resultsPlan.sheets.flatMap((s, i) =>
    (s.charts ?? []).map((c) => ({
      plan: c,
      sheetIndex: i,
      chart: sheetProxies[i].charts.getItemOrNullObject(c.name).load("name"),
    }))
  );
  const found: Found[] = resultsPlan.sheets.flatMap((sheetPlan) =>
    (sheetPlan.tables ?? []).map((t) => {
      const table = wb.tables.getItemOrNullObject(t.name);
      table.load("name");
      // A table that keeps the user's edits (CF_Actions) also reads its values, in the same sync.
      const header = table
        .getHeaderRowRange()
        .load(t.keep ? "address, columnCount, values" : "address, columnCount");
      const body = table
        .getDataBodyRange()
        .load(t.keep ? "address, rowCount, values" : "address, rowCount");
      return { sheetPlan, name: t.name, table, header, body };
    })
  );
  // The Summary's decision cell is the analyst's: read in the same sync, written back as typed.
  const decisions = resultsPlan.sheets.map((s, i) =>
    s.role === "summary" ? sheetProxies[i].getRange(SUMMARY_DECISION_CELL).load("values") : null
  );
  await context.sync();

  const optional = new Set(options.optional ?? []);
  const absent = resultsPlan.sheets.filter(
    (s, i) => sheetProxies[i].isNullObject && optional.has(s.name)
  );
  const skipped = absent.map((s) => s.name);
  const missingSheets = resultsPlan.sheets
    .filter((s, i) => sheetProxies[i].isNullObject && !optional.has(s.name))
    .map((s) => portTexts().excel.missingSheet(s.name));
  const missingTables = found
    .filter((f) => f.table.isNullObject && !skipped.includes(f.sheetPlan.name))
    .map((f) => portTexts().excel.missingTable(f.name));
  if (missingSheets.length || missingTables.length)
    throw new Error(
      portTexts().excel.cannotRefresh([...missingSheets, ...missingTables].join(", "))
    );

  const decided = resultsPlan.sheets.map((s, i) =>
    decisions[i] ? keepDecision(s, decisions[i]?.values?.[0]?.[0]) : s
  );
  const kept = options.afterRead ? options.afterRead(decided) : decided;
  const present = kept.filter((s) => !skipped.includes(s.name));
  const cache: SheetCache = new Map(
    resultsPlan.sheets.map((s, i) => [s.name, sheetProxies[i]] as const)
  );
  resultsPlan = { sheets: present };
  const maxBytes = options.maxWriteBytes ?? MAX_WRITE_BYTES;
  context.application.suspendApiCalculationUntilNextSync();
  for (const s of resultsPlan.sheets)
    if (s.protect) cache.get(s.name)?.protection.unprotect(s.protect.password);
  const report: ReplaceReport["tables"] = [];
  for (const f of found) {
    if (skipped.includes(f.sheetPlan.name)) continue;
    const planned = (f.sheetPlan.tables ?? []).find((x) => x.name === f.name);
    if (!planned) continue;
    const t = planned.keep
      ? keepEdits(planned, { headers: f.header.values[0], rows: f.body.values })
      : planned;
    const ws = cache.get(f.sheetPlan.name) as Excel.Worksheet;
    const oldHeader = parseBox(f.header.address.split("!").pop() as string);
    const oldRows = f.body.rowCount;
    const oldCols = f.header.columnCount;
    const rows = Math.max(1, t.rows.length);
    const cols = t.headers.length;
    // The plan decides where the table sits; Excel's table keeps its own position if they differ.
    const top = oldHeader.top;
    const left = oldHeader.left;
    const newAddress = `${cellAddress(left, top)}:${cellAddress(left + cols - 1, top + rows)}`;
    f.table.resize(newAddress);
    // Cells the table gave up keep nothing of the old contents.
    if (oldRows > rows)
      ws.getRange(
        `${cellAddress(left, top + rows + 1)}:${cellAddress(left + Math.max(cols, oldCols) - 1, top + oldRows)}`
      ).clear("All");
    if (oldCols > cols)
      ws.getRange(
        `${cellAddress(left + cols, top)}:${cellAddress(left + oldCols - 1, top + Math.min(rows, oldRows))}`
      ).clear("All");
    for (const op of tableOps(
      f.sheetPlan.name,
      { ...t, topLeft: cellAddress(left, top) },
      maxBytes,
      false
    ))
      op.run(context, cache);
    report.push({ name: f.name, rows: t.rows.length, previousRows: oldRows });
  }
  for (const s of resultsPlan.sheets) {
    // Results holds no table: its old cells go first, so a moved layout leaves nothing behind that
    // could block a spilled formula (#SPILL!) or show stale values.
    // The Summary likewise (its decision cell is written back from what was read).
    const box = s.role === "results" || s.role === "summary" ? cellsBox(s) : null;
    if (box) (cache.get(s.name) as Excel.Worksheet).getRange(box).clear("All");
    for (const op of [
      ...cellOps(s, options.noteApi ?? "none", maxBytes),
      // Number formats, drop-downs and highlights cover the whole body, however many rows it has.
      ...bodyFormatOps(s),
      ...autofitRowsOps(s),
    ])
      op.run(context, cache);
  }
  for (const c of charts) {
    if (c.chart.isNullObject || skipped.includes(plan.sheets[c.sheetIndex].name)) continue;
    const ws = cache.get(plan.sheets[c.sheetIndex].name) as Excel.Worksheet;
    const src = c.plan.sourceRange.split("!").pop() as string;
    c.chart.setData(ws.getRange(src), "Columns");
  }
  for (const s of resultsPlan.sheets)
    if (s.protect) cache.get(s.name)?.protection.protect(PROTECT_OPTIONS, s.protect.password);
  // An older workbook gets the sheets it lacks, whole, in this same batch (added last in the tab
  // order; the active sheet stays as it was). No other sheet is touched.
  if (options.addMissing && absent.length) {
    for (const op of compilePlan({ sheets: absent, names: [] }, options))
      if (!op.apis.includes("Worksheet.activate")) op.run(context, cache);
  }
  options.alsoQueue?.();
  await context.sync();
  const added = options.addMissing ? skipped : [];
  return { syncs: 2, skipped: options.addMissing ? [] : skipped, added, tables: report };
}

/** The Results cells that hold a COLLAB.* formula in Excel (the same whatever the recommendation). */
function liveCells(resultsPlan: SheetPlan): SheetPlan["cells"] {
  return resultsPlan.cells.filter((c) => c.addinFormula && c.formula !== undefined);
}

/**
 * Whether the Results sheet lacks its live formulas (a file written outside Excel, an imported or
 * older file). Two syncs: the sheet first, then its live cells. False when there is no Results sheet.
 */
export async function liveFormulasMissing(
  context: Excel.RequestContext,
  resultsPlan: SheetPlan
): Promise<boolean> {
  const ws = context.workbook.worksheets.getItemOrNullObject(resultsPlan.name);
  ws.load("name");
  await context.sync();
  if (ws.isNullObject) return false;
  const ranges = liveCells(resultsPlan).map((c) => ws.getRange(c.address).load("formulas"));
  await context.sync();
  return ranges.some((r) => !/^=\s*COLLAB\./i.test(String(r.formulas?.[0]?.[0] ?? "")));
}

/**
 * Writes the Results sheet's COLLAB.* formulas through Office.js, in one batch: Excel binds them
 * to the add-in only when written this way. Two syncs; throws when the Results sheet is missing.
 */
export async function writeLiveFormulas(
  context: Excel.RequestContext,
  resultsPlan: SheetPlan,
  options: CompileOptions = {}
): Promise<{ syncs: number; formulas: number }> {
  const ws = context.workbook.worksheets.getItemOrNullObject(resultsPlan.name);
  ws.load("name");
  await context.sync();
  if (ws.isNullObject) throw new Error(portTexts().excel.cannotTurnOnLive(resultsPlan.name));
  const cells = liveCells(resultsPlan);
  const cache: SheetCache = new Map([[resultsPlan.name, ws]]);
  context.application.suspendApiCalculationUntilNextSync();
  for (const op of cellOps(
    { name: resultsPlan.name, cells },
    options.noteApi ?? "none",
    options.maxWriteBytes ?? MAX_WRITE_BYTES
  ))
    op.run(context, cache);
  await context.sync();
  return { syncs: 2, formulas: cells.length };
}
