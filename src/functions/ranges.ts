/**
 * Reading worksheet ranges into the engine's inputs. Excel hands a range to a custom function as a
 * 2-D array of numbers, strings and booleans; an empty cell arrives as "" (or as 0 when it comes
 * through a formula such as =Scores!B4), so 0 and "" both mean "not scored", never a score of 0.
 * No method logic here: keys, labels, the scale and the perspectives all come from the core.
 */
import {
  DEFAULT_PERSPECTIVE,
  DIMENSIONS,
  DIMENSION_KEYS,
  ITEMS,
  MODELS,
  PERSPECTIVES,
  PRINCIPLES,
  type DimensionKey,
  type DimensionScores,
  type ItemAnswers,
  type ModelId,
  type Perspective,
  type Principle,
} from "../core/method";
import { sourceDimensionLabel, sourceModelName } from "../core/texts/method-words";
// The scanner's own files rather than core/input's index: every cell calls them, and in the CommonJS
// build (CLI, bench) a name re-exported through an index is read through a getter on each call.
import { FUNCTION_CELL } from "../core/input/score";
import { SCORE_TEXT, inScoreScale, scoreTextKind, scoreTextNumber } from "../core/input/score-text";
import { gridPlace, inputError, type CellPlace, type LineUnit } from "./errors";

export type Grid = unknown[][];

/** Lower case, letters and digits only: "Our dependence", "ourDependence" and "OUR_DEPENDENCE" match. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export type RowKey =
  { kind: "dimension"; key: DimensionKey; index: number } | { kind: "item"; id: string };

// One RowKey object per dimension and item, shared by every call: reading a label allocates nothing.
const DIMENSION_LOOKUP = new Map<string, RowKey>();
for (const d of DIMENSIONS) {
  const key: RowKey = { kind: "dimension", key: d.key, index: DIMENSION_KEYS.indexOf(d.key) };
  DIMENSION_LOOKUP.set(normalise(d.key), key);
  // English labels and names, whatever the language: what sheets and formulas hold.
  DIMENSION_LOOKUP.set(normalise(sourceDimensionLabel(d.key)), key);
}
const ITEM_LOOKUP = new Map<string, RowKey>(
  ITEMS.map((i) => [normalise(i.id), { kind: "item", id: i.id }])
);
const MODEL_LOOKUP = new Map<string, ModelId>();
for (const m of MODELS) {
  MODEL_LOOKUP.set(normalise(m.id), m.id);
  MODEL_LOOKUP.set(normalise(sourceModelName(m.id)), m.id);
}

/**
 * Label text as typed -> key (or null). A column of formulas repeats the same few labels on every
 * row, so each distinct text is normalised once. Bounded: a hostile range cannot grow it forever.
 */
const LABEL_CACHE = new Map<string, RowKey | null>();
const LABEL_CACHE_LIMIT = 2048;

function keyOf(cell: unknown): RowKey | null {
  if (typeof cell !== "string") return null;
  let key = LABEL_CACHE.get(cell);
  if (key === undefined) {
    const n = normalise(cell);
    key = DIMENSION_LOOKUP.get(n) ?? ITEM_LOOKUP.get(n) ?? null;
    if (LABEL_CACHE.size >= LABEL_CACHE_LIMIT) LABEL_CACHE.clear();
    LABEL_CACHE.set(cell, key);
  }
  return key;
}

function keyName(key: RowKey): string {
  return key.kind === "dimension" ? key.key : key.id;
}

// What a cell holds, as far as scores go: core/input's scanner, under its rules for a cell reaching
// a function (FUNCTION_CELL: "NA" is N/A too, and 0 is an empty cell seen through a formula).
const Cell = { Blank: 0, NotApplicable: 1, Number: 2, Other: 3 } as const;
type Cell = (typeof Cell)[keyof typeof Cell];

function classifyText(text: string): Cell {
  switch (scoreTextKind(text)) {
    case SCORE_TEXT.blank:
      return Cell.Blank;
    case SCORE_TEXT.notApplicable:
    case SCORE_TEXT.notApplicableNoSlash:
      return Cell.NotApplicable;
    case SCORE_TEXT.number:
      return Cell.Number;
    default:
      return Cell.Other;
  }
}

function classify(cell: unknown): Cell {
  if (cell === null || cell === undefined || cell === 0) return Cell.Blank;
  if (typeof cell === "number") return Cell.Number;
  if (typeof cell === "string") return classifyText(cell);
  return Cell.Other;
}

function isBlank(cell: unknown): boolean {
  return classify(cell) === Cell.Blank;
}

/** A cell that holds a score, N/A or nothing (as opposed to a label or other text). */
function isScoreLike(cell: unknown): boolean {
  return classify(cell) !== Cell.Other;
}

const NA_WITHOUT_SLASH = FUNCTION_CELL.naWithoutSlash;
// Read once: in the CommonJS build a name from core/method's index is a getter call on each use.
const DIMENSION_COUNT = DIMENSION_KEYS.length;

function readTextScore(text: string): number | null | undefined {
  const value = scoreTextNumber(text, NA_WITHOUT_SLASH);
  return value === null || value === undefined ? value : inScoreScale(value);
}

/**
 * A score in the scale, null for blank / N/A, or undefined for a cell that is not a score (the caller
 * then builds the message: no text is made for cells that are fine).
 */
function readScore(cell: unknown): number | null | undefined {
  if (typeof cell === "number") return cell === 0 ? null : inScoreScale(cell);
  if (typeof cell === "string") return readTextScore(cell);
  if (cell === null || cell === undefined) return null;
  return undefined;
}

function notAScore(cell: unknown, where: CellPlace): Error {
  return inputError({ code: "notAScore", where, value: cell });
}

/**
 * One score cell: a number in the scale, or null for blank / N/A. `where` names the cell for the
 * error message: an argument's name, or a place such as "scores row 6 (trust)".
 */
export function parseScore(cell: unknown, where: CellPlace): number | null {
  const value = readScore(cell);
  if (value === undefined) throw notAScore(cell, where);
  return value;
}

/**
 * Cell `index` (reading order) of a range `width` cells wide, e.g. COLLAB.SCORE's: its place is
 * worked out only for a message.
 */
export function parseGridScore(
  cell: unknown,
  arg: string,
  index: number,
  width: number
): number | null {
  const value = readScore(cell);
  if (value === undefined) throw notAScore(cell, gridPlace(arg, index, width));
  return value;
}

/** A scalar argument that must be a score (blank = missing: #N/A naming the argument). */
export function requireScore(cell: unknown, argName: string): number {
  const value = parseScore(cell, argName);
  if (value === null) throw inputError({ code: "scoreBlank", arg: argName });
  return value;
}

export function isGrid(value: unknown): value is Grid {
  if (!Array.isArray(value)) return false;
  for (const row of value) if (!Array.isArray(row)) return false;
  return true;
}

/** Checks that an argument is a non-empty rectangular range (Excel always passes one, but tests may not). */
export function checkGrid(value: unknown, argName: string): Grid {
  const first: unknown = Array.isArray(value) ? value[0] : undefined;
  if (!Array.isArray(first) || first.length === 0) {
    throw inputError({ code: "notRange", arg: argName });
  }
  // One pass: a row that is not an array is "not a range", a row of another length "not rectangular".
  const width = first.length;
  let ragged = false;
  for (const row of value as unknown[]) {
    if (!Array.isArray(row)) throw inputError({ code: "notRange", arg: argName });
    if (row.length !== width) ragged = true;
  }
  if (ragged) {
    throw inputError({ code: "notRectangular", arg: argName });
  }
  return value as Grid;
}

/** Optional range arguments arrive as null/undefined when omitted; an all-blank range counts as omitted. */
export function isOmitted(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (isGrid(value)) {
    for (const row of value) {
      for (const cell of row) {
        const kind = classify(cell);
        if (kind !== Cell.Blank && kind !== Cell.NotApplicable) return false;
      }
    }
    return true;
  }
  return isBlank(value);
}

/** Scores of one side, by dimension or by assessment item. */
export type SideScores =
  { kind: "dimension"; scores: DimensionScores } | { kind: "item"; answers: ItemAnswers };

export interface ParsedScores {
  us: SideScores;
  them?: SideScores;
}

/**
 * One side as read: dimension scores in a vector (DIMENSION_KEYS order, NaN = not scored), so that
 * reading a row stores numbers by index instead of building an object, or item answers.
 */
export type SideVector =
  { kind: "dimension"; values: Float64Array } | { kind: "item"; answers: ItemAnswers };

type DimensionSide = Extract<SideVector, { kind: "dimension" }>;

export interface ParsedVectors {
  us: SideVector;
  them?: SideVector;
}

/**
 * How a keyed range is laid out, worked out once per range: entries are then read by index, without
 * copying or transposing the grid.
 */
interface Lines {
  grid: Grid;
  /** "row" when entries run down the range, "column" when they run across it. */
  unit: LineUnit;
  /** Cells per entry: [key, score] or [key, our score, their score]. */
  width: number;
  /** 0-based index of the first entry (1 when a header was skipped). */
  start: number;
  /** Entries in the range including a header: what a 1-column `their_scores` must align with. */
  total: number;
}

/** Cell `k` of entry line `line` (0-based, header included). */
function at(lines: Lines, line: number, k: number): unknown {
  return lines.unit === "row" ? lines.grid[line][k] : lines.grid[k][line];
}

function countKeysInColumn(grid: Grid): number {
  let n = 0;
  for (const row of grid) if (keyOf(row[0]) !== null) n++;
  return n;
}

function countKeysInRow(cells: unknown[]): number {
  let n = 0;
  for (const cell of cells) if (keyOf(cell) !== null) n++;
  return n;
}

/** A header line: an unrecognised label followed by text that is not a score ("Our score"). */
function isHeader(lines: Lines): boolean {
  const label = at(lines, 0, 0);
  if (typeof label !== "string" || keyOf(label) !== null) return false;
  for (let k = 1; k < lines.width; k++) {
    const c = at(lines, 0, k);
    if (typeof c !== "string" || classifyText(c) !== Cell.Other) return false;
  }
  return true;
}

function toLines(grid: Grid, argName: string): Lines {
  const height = grid.length;
  const width = grid[0].length;
  const fitsRows = width === 2 || width === 3;
  const fitsColumns = height === 2 || height === 3;
  let unit: "row" | "column";
  if (fitsRows && fitsColumns) {
    unit = countKeysInColumn(grid) >= countKeysInRow(grid[0]) ? "row" : "column";
  } else if (fitsRows) unit = "row";
  else if (fitsColumns) unit = "column";
  else {
    throw inputError({ code: "badShape", arg: argName, height, width });
  }
  const lines: Lines =
    unit === "row"
      ? { grid, unit, width, start: 0, total: height }
      : { grid, unit, width: height, start: 0, total: width };
  if (isHeader(lines)) lines.start = 1;
  return lines;
}

/** A single row or column of exactly ten cells: scores in DIMENSION_KEYS order when no cell is a label. */
function lineOfTen(grid: Grid): unknown[] | null {
  let cells: unknown[] | null = null;
  if (grid.length === 1) cells = grid[0];
  else if (grid[0].length === 1 && grid.length === DIMENSION_COUNT) cells = grid.map((r) => r[0]);
  return cells && cells.length === DIMENSION_COUNT ? cells : null;
}

/** The keys of the entry lines (null for a fully blank line), checked: known, not repeated, one kind. */
interface Entries {
  keys: (RowKey | null)[];
  kind: RowKey["kind"];
}

/** 1-based position of entry i, as the messages count rows/columns of the range. */
function positionOf(lines: Lines, i: number): number {
  return lines.start + i + 1;
}

function readEntries(lines: Lines, argName: string): Entries {
  const count = lines.total - lines.start;
  const keys: (RowKey | null)[] = new Array<RowKey | null>(count);
  // Short ranges (the usual ten dimensions) compare keys pairwise; long ones use a map.
  const seen = count > 32 ? new Map<RowKey, number>() : null;
  let kind: RowKey["kind"] | null = null;
  let mixed = false;
  for (let i = 0; i < count; i++) {
    const line = lines.start + i;
    const label = at(lines, line, 0);
    // A known label (the usual case) is looked up first: a blank cell is never a known label.
    const key = keyOf(label);
    if (!key && isBlank(label)) {
      for (let k = 1; k < lines.width; k++) {
        if (!isBlank(at(lines, line, k))) {
          throw inputError({
            code: "scoreWithoutKey",
            arg: argName,
            unit: lines.unit,
            position: positionOf(lines, i),
          });
        }
      }
      keys[i] = null;
      continue;
    }
    if (!key) {
      throw inputError({
        code: "notKey",
        arg: argName,
        unit: lines.unit,
        position: positionOf(lines, i),
        value: label,
      });
    }
    let earlier = -1;
    if (seen) {
      earlier = seen.get(key) ?? -1;
      seen.set(key, i);
    } else {
      for (let j = 0; j < i; j++) {
        if (keys[j] === key) {
          earlier = j;
          break;
        }
      }
    }
    if (earlier >= 0) {
      throw inputError({
        code: "repeatedKey",
        arg: argName,
        key: keyName(key),
        unit: lines.unit,
        first: positionOf(lines, earlier),
        second: positionOf(lines, i),
      });
    }
    keys[i] = key;
    if (kind === null) kind = key.kind;
    else if (kind !== key.kind) mixed = true;
  }
  // Reported after every label was checked: an unknown or repeated label is the more specific mistake.
  if (mixed) {
    throw inputError({ code: "mixedKinds", arg: argName });
  }
  return { keys, kind: kind ?? "dimension" };
}

/** A keyed range's labels and the entries read from them. */
interface Layout {
  unit: Lines["unit"];
  start: number;
  labels: unknown[];
  entries: Entries;
}

/**
 * The last layout read for each argument name. A column of formulas passes ranges of one shape with
 * the same labels on every row, so the labels are looked up and checked (known, not repeated, one
 * kind) once, then compared cell by cell. Only a layout whose every line has a label is kept: a
 * blank label's line needs its other cells checked on each call.
 */
const LAYOUTS = new Map<string, Layout>();

function sameLabels(layout: Layout, lines: Lines): boolean {
  const { labels } = layout;
  if (
    layout.unit !== lines.unit ||
    layout.start !== lines.start ||
    labels.length !== lines.total - lines.start
  )
    return false;
  for (let i = 0; i < labels.length; i++)
    if (at(lines, lines.start + i, 0) !== labels[i]) return false;
  return true;
}

function entriesOf(lines: Lines, argName: string): Entries {
  const known = LAYOUTS.get(argName);
  if (known && sameLabels(known, lines)) return known.entries;
  const entries = readEntries(lines, argName);
  if (!entries.keys.includes(null)) {
    const labels = entries.keys.map((_, i) => at(lines, lines.start + i, 0));
    LAYOUTS.set(argName, { unit: lines.unit, start: lines.start, labels, entries });
  }
  return entries;
}

/**
 * Where an entry's value is: cell `k` of the entry's own line, or (`aligned` set) the matching cell of
 * a one-row or one-column `their_scores`. Plain parameters rather than a callback: nothing to allocate.
 */
interface Aligned {
  grid: Grid;
  across: boolean;
}

function alignedCell(aligned: Aligned, index: number): unknown {
  return aligned.across ? aligned.grid[0][index] : aligned.grid[index][0];
}

function whereOf(whereArg: string, lines: Lines, i: number, key: RowKey): CellPlace {
  return {
    kind: "line",
    arg: whereArg,
    unit: lines.unit,
    position: positionOf(lines, i),
    key: keyName(key),
  };
}

/**
 * One side's scores from the entry keys and a value per entry. `whereArg` names the range in a
 * cell's message, e.g. "scores row 6 (trust)".
 */
function collect(
  lines: Lines,
  entries: Entries,
  k: number,
  aligned: Aligned | null,
  whereArg: string,
  out: DimensionSide
): SideVector {
  const { keys } = entries;
  if (entries.kind === "item") {
    const answers: ItemAnswers = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!key || key.kind !== "item") continue;
      const line = lines.start + i;
      const cell = aligned ? alignedCell(aligned, line) : at(lines, line, k);
      const v = readScore(cell);
      if (v === undefined) throw notAScore(cell, whereOf(whereArg, lines, i, key));
      answers[key.id] = v;
    }
    return { kind: "item", answers };
  }
  const values = out.values.fill(NaN);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!key || key.kind !== "dimension") continue;
    const line = lines.start + i;
    const cell = aligned ? alignedCell(aligned, line) : at(lines, line, k);
    const v = readScore(cell);
    if (v === undefined) throw notAScore(cell, whereOf(whereArg, lines, i, key));
    if (v !== null) values[key.index] = v;
  }
  return out;
}

function parseOneSide(
  grid: Grid,
  argName: string,
  out: DimensionSide
): { side: SideVector; lines?: Lines; entries?: Entries } {
  const cells = lineOfTen(grid);
  if (cells) {
    // Read first, classify only when a cell is not a score: a cell that reads as a score, blank or
    // N/A is never a label, so a line that reads whole is positional scores.
    // Every position is written (NaN = not scored); a line that stops early is not returned.
    const { values } = out;
    let i = 0;
    for (; i < cells.length; i++) {
      const v = readScore(cells[i]);
      if (v === undefined) break;
      values[i] = v === null ? NaN : v;
    }
    if (i === cells.length) return { side: out };
    // Score-like but outside the scale: that cell's message. Otherwise a label: a keyed range.
    if (cells.every(isScoreLike))
      throw notAScore(cells[i], {
        kind: "cell",
        arg: argName,
        position: i + 1,
        key: DIMENSION_KEYS[i],
      });
  }
  const lines = toLines(grid, argName);
  const entries = entriesOf(lines, argName);
  const side = collect(lines, entries, 1, null, argName, out);
  return { side, lines, entries };
}

const DEFAULT_NAMES = { us: "scores", them: "their_scores" } as const;

/**
 * Reads `scores` and the optional `their_scores`. `their_scores` may be a keyed range like `scores`,
 * or a single column (row) aligned entry by entry with `scores`; a 3-column `scores` carries both sides.
 */
export function parseScores(
  scoresArg: unknown,
  theirArg: unknown,
  names: { us: string; them: string } = DEFAULT_NAMES
): ParsedScores {
  const read = parseScoreVectors(scoresArg, theirArg, names);
  const us = sideScores(read.us);
  return read.them ? { us, them: sideScores(read.them) } : { us };
}

function sideScores(side: SideVector): SideScores {
  if (side.kind === "item") return side;
  const scores: DimensionScores = {};
  DIMENSION_KEYS.forEach((key, i) => {
    if (!Number.isNaN(side.values[i])) scores[key] = side.values[i];
  });
  return { kind: "dimension", scores };
}

// Where each call's dimension scores are read into: a column of 10,000 formulas reuses two vectors
// instead of allocating two per row. Valid until the next call (functions run one at a time).
const US_SIDE: DimensionSide = {
  kind: "dimension",
  values: new Float64Array(DIMENSION_KEYS.length),
};
const THEM_SIDE: DimensionSide = {
  kind: "dimension",
  values: new Float64Array(DIMENSION_KEYS.length),
};

/**
 * parseScores() into vectors: the dimension scores of `us` and `them` are views of two shared
 * vectors, overwritten by the next call; read them before parsing again.
 */
export function parseScoreVectors(
  scoresArg: unknown,
  theirArg: unknown,
  names: { us: string; them: string } = DEFAULT_NAMES
): ParsedVectors {
  const grid = checkGrid(scoresArg, names.us);
  const us = parseOneSide(grid, names.us, US_SIDE);
  const threeWide =
    us.lines !== undefined && us.lines.width === 3 && us.lines.total > us.lines.start;
  if (threeWide) {
    const lines = us.lines!;
    if (!isOmitted(theirArg)) {
      throw inputError({
        code: "thirdLineTaken",
        us: names.us,
        them: names.them,
        unit: lines.unit,
      });
    }
    const them = collect(lines, us.entries!, 2, null, names.us, THEM_SIDE);
    return isSideEmpty(them) ? { us: us.side } : { us: us.side, them };
  }
  if (isOmitted(theirArg)) return { us: us.side };
  const theirGrid = checkGrid(theirArg, names.them);
  const single = us.lines?.unit === "column" ? theirGrid.length === 1 : theirGrid[0].length === 1;
  if (single) {
    const aligned: Aligned = { grid: theirGrid, across: theirGrid.length === 1 };
    const across = aligned.across;
    const length = across ? theirGrid[0].length : theirGrid.length;
    if (!us.lines) {
      const cells = across ? theirGrid[0] : theirGrid.map((r) => r[0]);
      return { us: us.side, them: parseOneSide([cells], names.them, THEM_SIDE).side };
    }
    const lines = us.lines;
    if (length !== lines.total) {
      throw inputError({
        code: "alignedLength",
        us: names.us,
        them: names.them,
        unit: lines.unit,
        cells: length,
        lines: lines.total,
      });
    }
    const entries = us.entries!;
    for (let i = 0; i < entries.keys.length; i++) {
      if (!entries.keys[i] && !isBlank(alignedCell(aligned, lines.start + i))) {
        throw inputError({
          code: "alignedWithoutKey",
          us: names.us,
          them: names.them,
          unit: lines.unit,
          position: positionOf(lines, i),
        });
      }
    }
    return {
      us: us.side,
      them: collect(lines, entries, 1, aligned, names.them, THEM_SIDE),
    };
  }
  const them = parseOneSide(theirGrid, names.them, THEM_SIDE).side;
  if (them.kind !== us.side.kind) {
    throw inputError({
      code: "kindMismatch",
      us: names.us,
      them: names.them,
      ours: us.side.kind,
      theirs: them.kind,
    });
  }
  return { us: us.side, them };
}

function isSideEmpty(side: SideVector): boolean {
  if (side.kind === "dimension") return side.values.every(Number.isNaN);
  return Object.values(side.answers).every((v) => v === null || v === undefined);
}

export function parsePerspective(value: unknown, argName = "perspective"): Perspective {
  if (isBlank(value)) return DEFAULT_PERSPECTIVE;
  // The usual cell text ("customer", "supplier") needs no trimmed, lower-cased copy.
  if ((PERSPECTIVES as readonly unknown[]).includes(value)) return value as Perspective;
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  const found = PERSPECTIVES.find((p) => p === text);
  if (!found) {
    throw inputError({ code: "notPerspective", arg: argName, value });
  }
  return found;
}

/** A model given by id ("cooperative") or name ("Cooperative (preferred supplier)"), any case. */
export function parseModel(value: unknown, argName: string): ModelId {
  const id = typeof value === "string" ? MODEL_LOOKUP.get(normalise(value)) : undefined;
  if (!id) {
    if (isBlank(value)) throw inputError({ code: "modelBlank", arg: argName });
    throw inputError({ code: "notModel", arg: argName, value });
  }
  return id;
}

/** A principle by id ("P5") or number (5). */
export function parsePrinciple(value: unknown, argName: string): Principle {
  const text =
    typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  const found = PRINCIPLES.find(
    (p) => p.id.toLowerCase() === text.toLowerCase() || String(p.number) === text
  );
  if (!found) {
    throw inputError({ code: "notPrinciple", arg: argName, value });
  }
  return found;
}
