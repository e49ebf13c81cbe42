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
  THRESHOLDS,
  type DimensionKey,
  type DimensionScores,
  type ItemAnswers,
  type ModelId,
  type Perspective,
  type Principle,
} from "../core/method";
import {
  FUNCTION_CELL,
  isBlankScore,
  isNotApplicable as isNotApplicableScore,
  isNumberText,
  parseScore as parseCellScore,
} from "../core/input";
import { invalidValue, notAvailable } from "./errors";

export type Grid = unknown[][];

const SCALE = `${THRESHOLDS.scaleMin} to ${THRESHOLDS.scaleMax}`;
export const SCORE_ALLOWED = `allowed: a number from ${SCALE}, N/A, or a blank cell`;

/** Lower case, letters and digits only: "Our dependence", "ourDependence" and "OUR_DEPENDENCE" match. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

const DIMENSION_LOOKUP = new Map<string, DimensionKey>();
for (const d of DIMENSIONS) {
  DIMENSION_LOOKUP.set(normalise(d.key), d.key);
  DIMENSION_LOOKUP.set(normalise(d.label), d.key);
}
const ITEM_LOOKUP = new Map<string, string>(ITEMS.map((i) => [normalise(i.id), i.id]));
const MODEL_LOOKUP = new Map<string, ModelId>();
for (const m of MODELS) {
  MODEL_LOOKUP.set(normalise(m.id), m.id);
  MODEL_LOOKUP.set(normalise(m.name), m.id);
}

export type RowKey = { kind: "dimension"; key: DimensionKey } | { kind: "item"; id: string };

function keyOf(cell: unknown): RowKey | null {
  if (typeof cell !== "string") return null;
  const n = normalise(cell);
  const dim = DIMENSION_LOOKUP.get(n);
  if (dim) return { kind: "dimension", key: dim };
  const id = ITEM_LOOKUP.get(n);
  if (id) return { kind: "item", id };
  return null;
}

function keyName(key: RowKey): string {
  return key.kind === "dimension" ? key.key : key.id;
}

// Blank, N/A and number text follow core/input's rules for a cell reaching a function.
function isBlank(cell: unknown): boolean {
  return isBlankScore(cell, FUNCTION_CELL);
}

function isNotApplicable(cell: unknown): boolean {
  return isNotApplicableScore(cell, FUNCTION_CELL);
}

/** A cell that holds a score, N/A or nothing (as opposed to a label or other text). */
function isScoreLike(cell: unknown): boolean {
  if (isBlank(cell) || isNotApplicable(cell) || typeof cell === "number") return true;
  return typeof cell === "string" && isNumberText(cell);
}

function show(cell: unknown): string {
  return typeof cell === "string" ? `"${cell}"` : String(cell);
}

/**
 * One score cell: a number in the scale, or null for blank / N/A. `where` names the cell for the
 * error message, e.g. "scores row 6 (trust)".
 */
export function parseScore(cell: unknown, where: string): number | null {
  const parsed = parseCellScore(cell, FUNCTION_CELL);
  if (!parsed.ok) throw invalidValue(`${where}: ${show(cell)} is not a score; ${SCORE_ALLOWED}`);
  return parsed.score;
}

/** A scalar argument that must be a score (blank = missing: #N/A naming the argument). */
export function requireScore(cell: unknown, argName: string): number {
  const value = parseScore(cell, argName);
  if (value === null)
    throw notAvailable(`${argName} is blank or N/A; it needs a score from ${SCALE}`);
  return value;
}

export function isGrid(value: unknown): value is Grid {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

/** Checks that an argument is a non-empty rectangular range (Excel always passes one, but tests may not). */
export function checkGrid(value: unknown, argName: string): Grid {
  if (!isGrid(value) || value.length === 0 || value[0].length === 0) {
    throw invalidValue(`${argName} must be a range of cells`);
  }
  const width = value[0].length;
  if (value.some((row) => row.length !== width)) {
    throw invalidValue(`${argName} must be a rectangular range of cells`);
  }
  return value;
}

/** Optional range arguments arrive as null/undefined when omitted; an all-blank range counts as omitted. */
export function isOmitted(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (isGrid(value))
    return value.every((row) => row.every((cell) => isBlank(cell) || isNotApplicable(cell)));
  return isBlank(value);
}

/** Scores of one side, by dimension or by assessment item. */
export type SideScores =
  { kind: "dimension"; scores: DimensionScores } | { kind: "item"; answers: ItemAnswers };

export interface ParsedScores {
  us: SideScores;
  them?: SideScores;
}

interface Lines {
  /** Each line is one entry: [key, score] or [key, our score, their score]. */
  lines: unknown[][];
  /** "row" when entries run down the range, "column" when they run across it. */
  unit: "row" | "column";
  /** 1-based position of the first entry in `lines` (2 when a header was skipped). */
  first: number;
  /** Entries in the range including a header: what a 1-column `their_scores` must align with. */
  total: number;
}

function transpose(grid: Grid): Grid {
  return grid[0].map((_, c) => grid.map((row) => row[c]));
}

function countKeys(cells: unknown[]): number {
  return cells.filter((c) => keyOf(c) !== null).length;
}

/** A header line: an unrecognised label followed by text that is not a score ("Our score"). */
function isHeader(line: unknown[]): boolean {
  return (
    typeof line[0] === "string" &&
    keyOf(line[0]) === null &&
    line.slice(1).every((c) => typeof c === "string" && c.trim() !== "" && !isScoreLike(c))
  );
}

function toLines(grid: Grid, argName: string): Lines {
  const height = grid.length;
  const width = grid[0].length;
  const fitsRows = width === 2 || width === 3;
  const fitsColumns = height === 2 || height === 3;
  let unit: "row" | "column";
  if (fitsRows && fitsColumns) {
    unit = countKeys(grid.map((r) => r[0])) >= countKeys(grid[0]) ? "row" : "column";
  } else if (fitsRows) unit = "row";
  else if (fitsColumns) unit = "column";
  else {
    throw invalidValue(
      `${argName} is ${height}x${width} cells; give 2 columns (dimension or item, score), 3 columns ` +
        `(dimension, our score, their score), the same laid out across rows, or one column of ` +
        `${DIMENSION_KEYS.length} scores in the order ${DIMENSION_KEYS.join(", ")}`
    );
  }
  const all = unit === "row" ? grid : transpose(grid);
  const header = isHeader(all[0]);
  return { lines: header ? all.slice(1) : all, unit, first: header ? 2 : 1, total: all.length };
}

/** A single row or column of exactly ten scores, in DIMENSION_KEYS order (no labels). */
function positional(grid: Grid): unknown[] | null {
  const cells = grid.length === 1 ? grid[0] : grid[0].length === 1 ? grid.map((r) => r[0]) : null;
  if (!cells || cells.length !== DIMENSION_KEYS.length || !cells.every(isScoreLike)) return null;
  return cells;
}

interface Entry {
  key: RowKey;
  where: string;
}

function readEntries(lines: Lines, argName: string): (Entry | null)[] {
  const seen = new Map<string, number>();
  return lines.lines.map((line, i) => {
    const position = lines.first + i;
    const label = line[0];
    if (isBlank(label)) {
      if (line.slice(1).every((c) => isBlank(c))) return null;
      throw invalidValue(
        `${argName} ${lines.unit} ${position} has a score but no dimension or item id in its first cell`
      );
    }
    const key = keyOf(label);
    if (!key) {
      throw invalidValue(
        `${argName} ${lines.unit} ${position}: ${show(label)} is not a dimension or item id; ` +
          `allowed: ${DIMENSION_KEYS.join(", ")} (or their labels), or an item id such as ${ITEMS[0].id}`
      );
    }
    const name = keyName(key);
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      throw invalidValue(
        `${argName} lists ${name} twice (${lines.unit}s ${earlier} and ${position})`
      );
    }
    seen.set(name, position);
    return { key, where: `${argName} ${lines.unit} ${position} (${name})` };
  });
}

function collect(entries: (Entry | null)[], values: unknown[], argName: string): SideScores {
  const present = entries.filter((e): e is Entry => e !== null);
  const kinds = new Set(present.map((e) => e.key.kind));
  if (kinds.size > 1) {
    throw invalidValue(
      `${argName} mixes dimensions and item ids; use one kind per range (dimension scores or item answers)`
    );
  }
  if (kinds.has("item")) {
    const answers: ItemAnswers = {};
    entries.forEach((e, i) => {
      if (e && e.key.kind === "item") answers[e.key.id] = parseScore(values[i], e.where);
    });
    return { kind: "item", answers };
  }
  const scores: DimensionScores = {};
  entries.forEach((e, i) => {
    if (e && e.key.kind === "dimension") {
      const v = parseScore(values[i], e.where);
      if (v !== null) scores[e.key.key] = v;
    }
  });
  return { kind: "dimension", scores };
}

function parseOneSide(
  grid: Grid,
  argName: string
): { side: SideScores; lines?: Lines; entries?: (Entry | null)[] } {
  const cells = positional(grid);
  if (cells) {
    const scores: DimensionScores = {};
    cells.forEach((cell, i) => {
      const key = DIMENSION_KEYS[i];
      const v = parseScore(cell, `${argName} cell ${i + 1} (${key})`);
      if (v !== null) scores[key] = v;
    });
    return { side: { kind: "dimension", scores } };
  }
  const lines = toLines(grid, argName);
  const entries = readEntries(lines, argName);
  return {
    side: collect(
      entries,
      lines.lines.map((l) => l[1]),
      argName
    ),
    lines,
    entries,
  };
}

/**
 * Reads `scores` and the optional `their_scores`. `their_scores` may be a keyed range like `scores`,
 * or a single column (row) aligned entry by entry with `scores`; a 3-column `scores` carries both sides.
 */
export function parseScores(
  scoresArg: unknown,
  theirArg: unknown,
  names: { us: string; them: string } = { us: "scores", them: "their_scores" }
): ParsedScores {
  const grid = checkGrid(scoresArg, names.us);
  const us = parseOneSide(grid, names.us);
  const threeWide = us.lines !== undefined && us.lines.lines[0]?.length === 3;
  if (threeWide) {
    if (!isOmitted(theirArg)) {
      throw invalidValue(
        `${names.us} already has a third ${us.lines!.unit === "row" ? "column" : "row"} with their ` +
          `scores; leave ${names.them} empty or give ${names.us} only 2 ${us.lines!.unit === "row" ? "columns" : "rows"}`
      );
    }
    const them = collect(
      us.entries!,
      us.lines!.lines.map((l) => l[2]),
      `${names.us} (their scores)`
    );
    return isSideEmpty(them) ? { us: us.side } : { us: us.side, them };
  }
  if (isOmitted(theirArg)) return { us: us.side };
  const theirGrid = checkGrid(theirArg, names.them);
  const single = us.lines?.unit === "column" ? theirGrid.length === 1 : theirGrid[0].length === 1;
  if (single) {
    const cells = theirGrid.length === 1 ? theirGrid[0] : theirGrid.map((r) => r[0]);
    if (!us.lines) {
      return { us: us.side, them: parseOneSide([cells], names.them).side };
    }
    if (cells.length !== us.lines.total) {
      throw invalidValue(
        `${names.them} has ${cells.length} cells but ${names.us} has ${us.lines.total} ${us.lines.unit}s; ` +
          `give one cell per ${us.lines.unit} of ${names.us}, or a 2-column (dimension, score) range`
      );
    }
    const aligned = cells.slice(us.lines.first - 1);
    const entries = us.entries!.map((e) =>
      e ? { key: e.key, where: e.where.replace(names.us, names.them) } : null
    );
    aligned.forEach((cell, i) => {
      if (!entries[i] && !isBlank(cell)) {
        throw invalidValue(
          `${names.them} ${us.lines!.unit} ${us.lines!.first + i} has a score but the matching ${us.lines!.unit} of ${names.us} names no dimension`
        );
      }
    });
    return { us: us.side, them: collect(entries, aligned, names.them) };
  }
  const them = parseOneSide(theirGrid, names.them).side;
  if (them.kind !== us.side.kind) {
    throw invalidValue(
      `${names.us} holds ${us.side.kind} scores but ${names.them} holds ${them.kind} scores; use the same kind on both sides`
    );
  }
  return { us: us.side, them };
}

function isSideEmpty(side: SideScores): boolean {
  const values =
    side.kind === "dimension" ? Object.values(side.scores) : Object.values(side.answers);
  return values.every((v) => v === null || v === undefined);
}

export function parsePerspective(value: unknown, argName = "perspective"): Perspective {
  if (isBlank(value)) return DEFAULT_PERSPECTIVE;
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  const found = PERSPECTIVES.find((p) => p === text);
  if (!found) {
    throw invalidValue(
      `${argName}: ${show(value)} is not a perspective; allowed: ${PERSPECTIVES.join(", ")}`
    );
  }
  return found;
}

/** A model given by id ("cooperative") or name ("Cooperative (preferred supplier)"), any case. */
export function parseModel(value: unknown, argName: string): ModelId {
  const id = typeof value === "string" ? MODEL_LOOKUP.get(normalise(value)) : undefined;
  if (!id) {
    if (isBlank(value)) throw notAvailable(`${argName} is blank; it needs a collaboration model`);
    throw invalidValue(
      `${argName}: ${show(value)} is not a collaboration model; allowed: ${MODELS.map((m) => m.id).join(", ")} (or their names)`
    );
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
    throw invalidValue(
      `${argName}: ${show(value)} is not a principle; allowed: ${PRINCIPLES.map((p) => p.id).join(", ")} or 1 to ${PRINCIPLES.length}`
    );
  }
  return found;
}
