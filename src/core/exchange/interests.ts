/**
 * Step 1 in the exchange: the questionnaire asks the other party for THEIR interests and objectives
 * (a small table in the shape of our S1 tables), and the import places what they typed into our
 * "Their interests and objectives" table as plain text. Our own side's table is never read or written.
 */
import {
  INTEREST_HEADERS,
  INTEREST_HEADER_KEYS,
  INTEREST_KINDS,
  INTEREST_KIND_KEYS,
  NAME_PREFIX,
  interestHeaderKey,
  interestKindOf,
} from "../workbook/names";
import { offsetCell, rangeAddress } from "../workbook/a1";
import type { CellValue, ItemTableValues, ReadProblem } from "../workbook/plan";
import { isFormulaLike } from "../input";
import { cutText, quoteText } from "./quote";
import { exchangeTexts } from "../texts/parts/exchange";

/** The questionnaire's table of their interests (on the answers sheet, below the questions). */
export const THEIR_INTERESTS_TABLE = `${NAME_PREFIX}YourInterests`;
/** Rows offered in the questionnaire: as many as a new workbook's "Their interests" table has. */
export const QUESTIONNAIRE_INTEREST_ROWS = 5;
/** A returned table with more rows than this is refused (the file can be edited outside Excel). */
export const MAX_INTEREST_ROWS = 50;
/** One interest, its priority or its note: a sentence or two. */
export const MAX_INTEREST_TEXT = 1000;

export interface InterestSkip {
  cell: string;
  value?: unknown;
  reason: string;
}

export interface TheirInterests {
  /** Non-blank rows, cleaned: [interest or objective, kind, priority, notes], text or number only. */
  rows: CellValue[][];
  skipped: InterestSkip[];
}

type Cell = unknown;

/**
 * Whether a table's headers are the interests table's, in order, in any language we ship (`exactly`:
 * and no more columns).
 */
function hasInterestHeaders(headers: readonly unknown[], exactly: boolean): boolean {
  return (
    (!exactly || headers.length === INTEREST_HEADER_KEYS.length) &&
    INTEREST_HEADER_KEYS.every((k, i) => interestHeaderKey(headers[i]) === k)
  );
}

/**
 * Reads their interests table from a returned file. No table (a questionnaire sent before this
 * existed) is no interests; a moved table or changed headers is a problem that refuses the file.
 * `clean` is answers.ts's note cleaning (controls, bidi overrides dropped; cut to a length).
 */
export function validateInterests(
  tables: ItemTableValues[],
  answersSheet: string,
  clean: (text: string, max: number) => { text: string; cut: boolean },
  problems: ReadProblem[]
): TheirInterests {
  const out: TheirInterests = { rows: [], skipped: [] };
  const table = tables.find((t) => t.tableName === THEIR_INTERESTS_TABLE);
  if (!table) return out;
  const say = exchangeTexts().interests;
  if (table.sheet !== answersSheet || !hasInterestHeaders(table.headers, true)) {
    problems.push({
      sheet: table.sheet,
      cell: table.topLeft,
      message: say.changed(THEIR_INTERESTS_TABLE, answersSheet, INTEREST_HEADERS.join(", ")),
    });
    return out;
  }
  if (table.rows.length > MAX_INTEREST_ROWS) {
    problems.push({
      sheet: table.sheet,
      cell: table.topLeft,
      message: say.tooMany(THEIR_INTERESTS_TABLE, table.rows.length, MAX_INTEREST_ROWS),
    });
    return out;
  }
  const kindCol = INTEREST_HEADER_KEYS.indexOf("kind");
  table.rows.forEach((row, r) => {
    const at = (c: number) => offsetCell(table.topLeft, c, r + 1);
    const cleaned: CellValue[] = INTEREST_HEADERS.map((_h, c) => {
      const v: Cell = row[c];
      if (v === null || v === undefined || v === "") return null;
      if (typeof v === "number" && Number.isFinite(v)) return v;
      let text: string;
      if (typeof v === "string") text = v;
      else if (typeof v === "boolean") text = String(v);
      else if (typeof v === "object" && typeof (v as { formula?: unknown }).formula === "string")
        // Their formula is kept as its text, never evaluated and never written as a formula.
        text = `=${(v as { formula: string }).formula}`;
      else {
        const what = (v as { unsupported?: unknown }).unsupported;
        out.skipped.push({
          cell: at(c),
          reason: say.unsupported(typeof what === "string" ? what : say.notText),
        });
        return null;
      }
      const { text: t, cut } = clean(text, MAX_INTEREST_TEXT);
      if (cut)
        out.skipped.push({
          cell: at(c),
          reason: say.cut(MAX_INTEREST_TEXT),
        });
      return t === "" ? null : t;
    });
    const kind = cleaned[kindCol];
    if (kind !== null) {
      // Their word in any language we ship, written in ours.
      const key = interestKindOf(String(kind));
      const k = key && INTEREST_KINDS[INTEREST_KIND_KEYS.indexOf(key)];
      if (!k) {
        out.skipped.push({
          cell: at(kindCol),
          value: kind,
          reason: say.kind(
            quoteText(String(kind), 40),
            INTEREST_KINDS.reduce((list, k) => exchangeTexts().orMore(list, k))
          ),
        });
      }
      cleaned[kindCol] = k ?? null;
    }
    if (cleaned.some((v) => v !== null)) out.rows.push(cleaned);
  });
  return out;
}

/** One row of our "Their interests" table to write, as values. */
export interface InterestRowWrite {
  sheet: string;
  /** The row's cells, e.g. "D60:G60". */
  address: string;
  values: CellValue[];
  /** Addresses in the row whose text would read as a formula: adapters keep them as text. */
  textCells: string[];
}

export interface InterestsPlan {
  writes: InterestRowWrite[];
  /** Their rows that found no blank row in our table (listed for the analyst, never lost silently). */
  notPlaced: CellValue[][];
  /** Their rows already in our table (from an earlier import): not written again. */
  alreadyThere: number;
}

const blank = (v: unknown) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const same = (a: unknown, b: CellValue) =>
  (blank(a) && blank(b)) || String(a ?? "").trim() === String(b ?? "").trim();

/**
 * Their rows go into the blank rows of our "Their interests and objectives" table, top to bottom.
 * What the analyst typed there is never overwritten; a row already present is not added twice, so
 * importing the same file again changes nothing.
 */
export function planInterests(
  ours: ItemTableValues | undefined,
  theirs: CellValue[][]
): InterestsPlan {
  const plan: InterestsPlan = { writes: [], notPlaced: [], alreadyThere: 0 };
  if (theirs.length === 0) return plan;
  const headersOk = ours !== undefined && hasInterestHeaders(ours.headers, false);
  if (!ours || !headersOk) {
    plan.notPlaced = theirs.map((r) => [...r]);
    return plan;
  }
  const n = INTEREST_HEADERS.length;
  const rowOf = (r: number) => ours.rows[r] ?? [];
  const free = ours.rows
    .map((_row, r) => r)
    .filter((r) => Array.from({ length: n }, (_x, c) => rowOf(r)[c]).every(blank));
  for (const row of theirs) {
    if (ours.rows.some((o) => row.every((v, c) => same(o[c], v)))) {
      plan.alreadyThere++;
      continue;
    }
    const r = free.shift();
    if (r === undefined) {
      plan.notPlaced.push([...row]);
      continue;
    }
    const first = offsetCell(ours.topLeft, 0, r + 1);
    plan.writes.push({
      sheet: ours.sheet,
      address: rangeAddress(first, n, 1),
      values: [...row],
      textCells: row.flatMap((v, c) => (isFormulaLike(v) ? [offsetCell(first, c, 0)] : [])),
    });
  }
  return plan;
}

/** A row not placed, as one line for a person (their text quoted and bounded). */
export function describeInterestRow(row: CellValue[]): string {
  const t = exchangeTexts().interests;
  return row
    .map((v, c) =>
      v === null ? "" : t.cell(INTEREST_HEADERS[c], quoteText(cutText(String(v), 200), 220))
    )
    .filter(Boolean)
    .join("; ");
}
