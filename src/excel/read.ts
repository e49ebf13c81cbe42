/** Reading our objects back from the open workbook, each in a fixed number of round trips. */
import { itemSetOf, type AssessmentItem } from "../core/method";
import type { StepId } from "../core/method/types";
import { portTexts } from "../core/texts/parts/port";
import { LAYOUT } from "../core/workbook/layout";
import {
  COVER_FIELDS,
  coverRecord,
  type CoverKey,
  type CoverRead,
  type CoverRecord,
} from "../core/workbook/cover-fields";
import {
  DEFINED_NAMES,
  activeItemHeaders,
  isOurName,
  isOurSheet,
  SHEET_NAMES,
  STEP_IDS,
  TABLE_NAMES,
} from "../core/workbook/names";
import type { ItemTableValues, ReadProblem } from "../core/workbook/plan";
import { itemIdsOf, readAssessment, type ReadAssessment } from "../core/workbook/readback";
import { parseCell } from "../core/workbook/a1";
import { ROUND_TABLES } from "../core/workbook/round-names";
import { applyRespondents, parseResponses, type TableCells } from "../core/rounds/read-tables";

interface QueuedTable {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  header: Excel.Range;
  body: Excel.Range;
}

/** Queues a table (by name) with its header and body values; read it with `cellsOf` after the sync. */
export function queueTable(context: Excel.RequestContext, name: string): QueuedTable {
  // A missing table is a null object: its ranges are null objects too, checked after the sync.
  const table = context.workbook.tables.getItemOrNullObject(name);
  // isNullObject is known only for a loaded object.
  table.load("name");
  return {
    table,
    sheet: table.worksheet.load("name"),
    header: table.getHeaderRowRange().load("values, address"),
    body: table.getDataBodyRange().load("values"),
  };
}

/** The table's cells for the core parsers, or null when the workbook has no such table. */
export function cellsOf(q: QueuedTable): TableCells | null {
  if (q.table.isNullObject) return null;
  const address = q.header.address.slice(q.header.address.lastIndexOf("!") + 1);
  const top = parseCell(address.split(":")[0].replace(/\$/g, ""));
  return {
    sheet: q.sheet.name,
    headers: (q.header.values[0] ?? []).map((h) => String(h ?? "")),
    headerRow: top.row,
    firstCol: top.col,
    rows: q.body.values,
  };
}

/** Our sheets ("CF " prefix) that exist in the workbook, in tab order. One sync. */
export async function findOurSheets(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name).filter(isOurSheet);
}

/**
 * Deletes every sheet and defined name we own (after the user agreed to replace them). Two syncs:
 * one to list, one to delete. The user's own sheets and names are never touched.
 */
export async function removeOurSheets(
  context: Excel.RequestContext
): Promise<{ sheets: string[]; names: string[] }> {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  const ourSheets = sheets.items.filter((s) => isOurSheet(s.name));
  const ourNames = names.items.filter((n) => isOurName(n.name));
  // A workbook must keep one sheet: if all of them are ours, leave a blank one behind.
  if (ourSheets.length === sheets.items.length && ourSheets.length > 0)
    context.workbook.worksheets.add();
  ourNames.forEach((n) => n.delete());
  ourSheets.forEach((s) => s.delete());
  await context.sync();
  return { sheets: ourSheets.map((s) => s.name), names: ourNames.map((n) => n.name) };
}

function stripSheet(address: string): string {
  const i = address.lastIndexOf("!");
  return i < 0 ? address : address.slice(i + 1);
}

interface PendingTable {
  step: StepId;
  name: string;
  table: Excel.Table;
  sheet: Excel.Worksheet;
  header: Excel.Range;
  body: Excel.Range;
}

export interface ItemTablesRead {
  tables: ItemTableValues[];
  /** Item tables we expected but did not find (deleted or renamed). */
  missing: { step: StepId; tableName: string; sheet: string }[];
}

/**
 * Loads every item table (CF_Items_<step>) with its header and body values in ONE sync. The tables
 * are fetched by name: a collection's items cannot be listed and their ranges loaded in one trip.
 */
export async function loadItemTables(context: Excel.RequestContext): Promise<ItemTablesRead> {
  const pending: PendingTable[] = STEP_IDS.map((step) => {
    const name = TABLE_NAMES.items(step);
    const table = context.workbook.tables.getItemOrNullObject(name);
    const sheet = table.worksheet.load("name");
    const header = table.getHeaderRowRange().load("values, address");
    const body = table.getDataBodyRange().load("values");
    table.load("name");
    return { step, name, table, sheet, header, body };
  });
  await context.sync();
  const tables: ItemTableValues[] = [];
  const missing: ItemTablesRead["missing"] = [];
  for (const p of pending) {
    if (p.table.isNullObject) {
      missing.push({ step: p.step, tableName: p.name, sheet: SHEET_NAMES[p.step] });
      continue;
    }
    tables.push({
      sheet: p.sheet.name,
      tableName: p.name,
      topLeft: stripSheet(p.header.address).split(":")[0].replace(/\$/g, ""),
      // In the active language, whatever language wrote the table (names.ts).
      headers: activeItemHeaders(p.header.values[0] ?? []),
      rows: p.body.values,
    });
  }
  return { tables, missing };
}

/** The item tables' raw values, ready for readAssessment. One sync. */
export async function readItemTables(context: Excel.RequestContext): Promise<ItemTableValues[]> {
  return (await loadItemTables(context)).tables;
}

/**
 * Queues the load of the cover's CF_ItemSetVersion cell; read it with `itemSetOfCell` after the next
 * sync (a caller's own sync fetches it, so no round trip is added).
 */
export function queueItemSetVersion(context: Excel.RequestContext): Excel.Range {
  return context.workbook.names
    .getItemOrNullObject(DEFINED_NAMES.itemSetVersion)
    .getRangeOrNullObject()
    .load("values");
}

export interface WorkbookItemSet {
  version: string;
  items: readonly AssessmentItem[];
}

/** The question set a loaded version cell names (no cell or blank: the set the rows hold). */
export function itemSetOfCell(range: Excel.Range, tables: ItemTableValues[]): WorkbookItemSet {
  const raw = range.isNullObject ? null : range.values?.[0]?.[0];
  const text = raw === null || raw === undefined ? null : String(raw);
  return itemSetOf(text, itemIdsOf(tables));
}

export type WorkbookRead = ReadAssessment & {
  /** The question set named in CF_ItemSetVersion ("" when it is not one we know). */
  itemSetVersion: string;
  items: readonly AssessmentItem[];
};

/**
 * Reads and checks the scores with the workbook's own question set: the engine's input plus every
 * problem, a missing table or an unknown question set included. One sync.
 */
export async function readAssessmentFromWorkbook(
  context: Excel.RequestContext
): Promise<WorkbookRead> {
  const version = queueItemSetVersion(context);
  // Issue 13: respondents recorded for a side replace its typed column (as the .xlsx read does).
  const responses = queueTable(context, ROUND_TABLES.responses);
  const { tables, missing } = await loadItemTables(context);
  let set: WorkbookItemSet;
  try {
    set = itemSetOfCell(version, tables);
  } catch (err) {
    return {
      us: {},
      them: {},
      weights: {},
      problems: [
        {
          sheet: SHEET_NAMES.cover,
          cell: LAYOUT.cover.itemSetVersion,
          message: (err as Error).message,
        },
      ],
      itemSetVersion: "",
      items: [],
    };
  }
  const result = readAssessment(tables, set.items);
  const people = parseResponses(cellsOf(responses));
  result.problems.push(...people.problems);
  applyRespondents(result, tables, people.respondents, set.items);
  const more: ReadProblem[] = missing.map((m) => ({
    sheet: m.sheet,
    cell: "A1",
    message: portTexts().excel.tableMissing(m.tableName),
  }));
  return {
    ...result,
    problems: [...more, ...result.problems],
    itemSetVersion: set.version,
    items: set.items,
  };
}

// ------------------------------------------------------------------------------------ the cover

export type QueuedCover = Record<CoverKey, Excel.Range>;

/** Queues the load of every cover field's named cell; read them with `coverOf` after the next sync. */
export function queueCover(context: Excel.RequestContext): QueuedCover {
  return Object.fromEntries(
    COVER_FIELDS.map((f) => [
      f.key,
      context.workbook.names
        .getItemOrNullObject(f.name)
        .getRangeOrNullObject()
        .load("values, address"),
    ])
  ) as QueuedCover;
}

/** The cover as a record (core/workbook/cover-fields); a field whose name is missing reads blank. */
export function coverOf(queued: QueuedCover): CoverRecord {
  const read: Partial<Record<CoverKey, CoverRead>> = {};
  for (const f of COVER_FIELDS) {
    const r = queued[f.key];
    if (r.isNullObject) continue;
    // "'CF Cover'!B6": problems name the cell the name points at.
    const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)/.exec(typeof r.address === "string" ? r.address : "");
    read[f.key] = {
      value: r.values?.[0]?.[0] ?? null,
      ...(m && { sheet: m[1].replace(/''/g, "'"), cell: `${m[2]}${m[3]}` }),
    };
  }
  return coverRecord(read);
}
