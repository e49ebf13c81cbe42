/** A1 address arithmetic, shared by the layout, read-back and adapters. */
import { parseIsoDate } from "../input/date";

export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1)
    throw new Error(`Column number must be a whole number ≥ 1, got ${col}`);
  let s = "";
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface CellRef {
  col: number;
  row: number;
}

export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: "${address}"`);
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

export function cellAddress(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Cell at an offset from an anchor ("A6" + (2, 1) -> "C7"). */
export function offsetCell(anchor: string, colOffset: number, rowOffset: number): string {
  const { col, row } = parseCell(anchor);
  return cellAddress(col + colOffset, row + rowOffset);
}

export function absolute(address: string): string {
  return address
    .split(":")
    .map((a) => {
      const { col, row } = parseCell(a);
      return `$${columnLetter(col)}$${row}`;
    })
    .join(":");
}

export function rangeAddress(topLeft: string, cols: number, rows: number): string {
  return `${topLeft}:${offsetCell(topLeft, cols - 1, rows - 1)}`;
}

/** Excel's date serial (1900 system) for an ISO date: a real date value in any spreadsheet. */
export function isoToSerial(iso: string): number {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`Not an ISO date (YYYY-MM-DD): "${iso}"`);
  const ms = Date.UTC(d[0], d[1] - 1, d[2]);
  return Math.round(ms / 86400000) + 25569;
}

export function serialToIso(serial: number): string {
  return new Date((serial - 25569) * 86400000).toISOString().slice(0, 10);
}
