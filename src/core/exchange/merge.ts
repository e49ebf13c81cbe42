/**
 * Where validated answers go in OUR workbook: the "Their score" column of each item table (the whole
 * column, so the result depends only on the returned file and importing twice equals importing once),
 * and their notes appended after a marker in "Notes" (only cells whose text changes). Pure: adapters
 * apply the writes.
 */
import { ITEMS } from "../method";
import type { AssessmentItem } from "../method/types";
import { offsetCell, parseCell } from "../workbook/a1";
import { ITEM_HEADERS } from "../workbook/names";
import type { CellValue, ItemTableValues, ReadProblem } from "../workbook/plan";
import type { ValidatedAnswers } from "./answers";
import { ExchangeError } from "./errors";
import { THEIR_NOTE_MARK } from "./names";
import { cutText } from "./quote";
import { exchangeTexts } from "../texts/parts/exchange";

/** Excel's limit on the characters of one cell: a merged Notes cell never goes beyond it. */
export const MAX_CELL_TEXT = 32_767;

/** Consecutive cells of one column, top to bottom, written as values (never formulas). */
export interface ColumnWrite {
  sheet: string;
  tableName: string;
  header: string;
  /** First cell, e.g. "K7". */
  firstCell: string;
  values: CellValue[];
}

export interface CellValueWrite {
  sheet: string;
  cell: string;
  value: CellValue;
}

export interface MergePlan {
  /** One per item table: the full "Their score" body column. */
  scores: ColumnWrite[];
  /** Notes cells whose text changes. */
  notes: CellValueWrite[];
  /** Their-score cells whose value changes (for the report; the whole column is written anyway). */
  changedScores: number;
  /** Notes cells where their note was cut (or left out) to stay within MAX_CELL_TEXT. */
  cutNotes: Array<{ itemId: string; sheet: string; cell: string }>;
}

/** Why their note stayed out of our Notes cell: a key (`--json` carries it), worded by the exchange part. */
export type NoteNotWrittenWhy = "formula";

/** A note that could not go into our Notes cell (it holds a formula): listed for the user instead. */
export interface NoteNotWritten {
  sheet: string;
  cell: string;
  note: string;
  why: NoteNotWrittenWhy;
}

/** Our part of a Notes cell: everything before their marked note. */
export function ourNotePart(existing: unknown): string {
  if (existing === null || existing === undefined) return "";
  const text = String(existing);
  const at = text.startsWith(THEIR_NOTE_MARK) ? 0 : text.indexOf(`\n${THEIR_NOTE_MARK}`);
  return (at < 0 ? text : text.slice(0, at)).trimEnd();
}

/** True when a Notes cell holds a note of theirs from an earlier import. */
function hasTheirNote(existing: unknown): boolean {
  return (
    typeof existing === "string" &&
    (existing.startsWith(THEIR_NOTE_MARK) || existing.includes(`\n${THEIR_NOTE_MARK}`))
  );
}

/**
 * Our note followed by theirs after the marker; re-running with the same note gives the same text.
 * Theirs is cut (never splitting a character pair) so the cell stays within Excel's limit.
 */
export function mergeNote(existing: unknown, theirs: string | undefined): CellValue {
  return mergeNoteChecked(existing, theirs).value;
}

function mergeNoteChecked(
  existing: unknown,
  theirs: string | undefined
): { value: CellValue; cut: boolean } {
  const ours = ourNotePart(existing);
  const head = ours ? `${ours}\n${THEIR_NOTE_MARK}` : THEIR_NOTE_MARK;
  let cut = false;
  let merged = ours;
  if (theirs) {
    const room = MAX_CELL_TEXT - head.length;
    cut = theirs.length > room;
    const kept = cut ? cutText(theirs, Math.max(0, room - 1)).trimEnd() : theirs;
    if (kept) merged = head + kept + (cut ? "…" : "");
  }
  return { value: merged === "" ? null : merged, cut };
}

function sameValue(a: unknown, b: CellValue): boolean {
  const blank = (v: unknown) => v === null || v === undefined || v === "";
  if (blank(a) && blank(b)) return true;
  if (typeof b === "number") return a === b || (typeof a === "string" && a.trim() === String(b));
  return typeof a === "string" && typeof b === "string" ? a === b : a === b;
}

/**
 * The writes that put `validated` into our item tables. Throws ExchangeError when our own tables
 * cannot take them (a header renamed, an item row missing or duplicated): nothing is written then.
 */
export function planMerge(
  ourTables: ItemTableValues[],
  validated: Pick<ValidatedAnswers, "values" | "notes">,
  items: readonly AssessmentItem[] = ITEMS
): MergePlan {
  const problems: ReadProblem[] = [];
  const known = new Set(items.map((i) => i.id));
  const where = new Map<string, string>();
  const plan: MergePlan = { scores: [], notes: [], changedScores: 0, cutNotes: [] };
  const say = exchangeTexts().merge;
  if (ourTables.length === 0) {
    problems.push({
      sheet: exchangeTexts().wholeWorkbook,
      cell: "A1",
      message: say.noItemTables,
    });
  }
  for (const table of ourTables) {
    const headers = table.headers.map((h) => String(h ?? "").trim());
    const idCol = headers.indexOf(ITEM_HEADERS.id);
    const theirCol = headers.indexOf(ITEM_HEADERS.their);
    const notesCol = headers.indexOf(ITEM_HEADERS.notes);
    const missing = [
      [ITEM_HEADERS.id, idCol],
      [ITEM_HEADERS.their, theirCol],
      [ITEM_HEADERS.notes, notesCol],
    ].filter(([, c]) => c === -1);
    if (missing.length) {
      problems.push({
        sheet: table.sheet,
        cell: table.topLeft,
        message: say.noHeaders(
          table.tableName,
          missing.map(([h]) => `"${h}"`).reduce(exchangeTexts().orMore)
        ),
      });
      continue;
    }
    const values: CellValue[] = [];
    table.rows.forEach((row, r) => {
      const id = typeof row[idCol] === "string" ? (row[idCol] as string).trim() : "";
      const cell = (c: number) => offsetCell(table.topLeft, c, r + 1);
      if (!known.has(id)) {
        // Not an item of ours (a blank or foreign row): keep whatever is there.
        values.push((row[theirCol] ?? null) as CellValue);
        return;
      }
      const first = where.get(id);
      if (first) {
        problems.push({
          sheet: table.sheet,
          cell: cell(idCol),
          value: id,
          message: say.twice(id, first),
        });
      }
      where.set(id, `'${table.sheet}'!${cell(idCol)}`);
      const value: CellValue = validated.values[id] ?? null;
      values.push(value);
      if (!sameValue(row[theirCol], value)) plan.changedScores++;
      // Without a note of theirs, now or from an earlier import, our cell is left exactly as it is.
      const theirs = validated.notes[id];
      const { value: note, cut } = mergeNoteChecked(row[notesCol], theirs);
      if (cut) plan.cutNotes.push({ itemId: id, sheet: table.sheet, cell: cell(notesCol) });
      if ((theirs || hasTheirNote(row[notesCol])) && !sameValue(row[notesCol], note)) {
        plan.notes.push({ sheet: table.sheet, cell: cell(notesCol), value: note });
      }
    });
    plan.scores.push({
      sheet: table.sheet,
      tableName: table.tableName,
      header: ITEM_HEADERS.their,
      firstCell: offsetCell(table.topLeft, theirCol, 1),
      values,
    });
  }
  for (const it of items) {
    if (!where.has(it.id) && ourTables.length) {
      problems.push({
        sheet: ourTables[0].sheet,
        cell: ourTables[0].topLeft,
        message: say.noRow(it.id),
      });
    }
  }
  if (problems.length) throw new ExchangeError(problems);
  return plan;
}

/** The tables as they will read after the merge (used by tests and by in-memory previews). */
export function applyMergeToTables(tables: ItemTableValues[], plan: MergePlan): ItemTableValues[] {
  return tables.map((t) => {
    const rows = t.rows.map((r) => [...r]);
    const top = parseCell(offsetCell(t.topLeft, 0, 1));
    const put = (address: string, value: CellValue) => {
      const { col, row } = parseCell(address);
      rows[row - top.row][col - top.col] = value;
    };
    for (const w of plan.scores.filter((s) => s.sheet === t.sheet && s.tableName === t.tableName)) {
      w.values.forEach((v, i) => put(offsetCell(w.firstCell, 0, i), v));
    }
    for (const n of plan.notes.filter((x) => x.sheet === t.sheet)) {
      const { row } = parseCell(n.cell);
      if (row - top.row >= 0 && row - top.row < rows.length) put(n.cell, n.value);
    }
    return { ...t, rows };
  });
}
