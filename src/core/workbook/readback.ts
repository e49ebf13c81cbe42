/**
 * Read-back: turns the raw values of the item tables (as any adapter read them) into the engine's
 * input, and reports every problem with its sheet, cell and the values that are allowed.
 */
import {
  ITEMS,
  counterpartDimension,
  isProfitImpact,
  scoreItems,
  swapPerspective,
  theirAnswersInOurFrame,
} from "../method";
import { DIMENSION_KEYS, PERSPECTIVES } from "../method/types";
import type {
  AssessmentItem,
  DimensionKey,
  ItemAnswers,
  Perspective,
  Profile,
} from "../method/types";
import {
  ANSWER_CELL,
  parseScore as parseInputScore,
  type ParsedScore,
  type ScoreProblem,
} from "../input";
import { offsetCell, parseCell, rangeAddress } from "./a1";
import {
  ITEM_HEADERS,
  NA_TEXT,
  REQUIRED_ITEM_HEADERS,
  REQUIRED_ITEM_KEYS,
  COMPUTED_ITEM_KEYS,
  SHEET_NAMES,
  REVERSE_NO,
  REVERSE_YES,
  isNotApplicableText,
  itemHeaderKey,
  sheetRef,
  yesNoOf,
  type ItemHeaderKey,
} from "./names";
import type { AssessmentMeta, ItemTableValues, ReadProblem } from "./plan";
import { problemsTexts } from "../texts/parts/problems";

/** What a score cell may hold, as every score problem ends. */
export function allowedScoresText(): string {
  return problemsTexts().allowedScores(NA_TEXT);
}

/** Why a value is not a score, in words (the value as the workbook holds it). */
export function scoreProblemText(p: ScoreProblem): string {
  const t = problemsTexts().scoreProblem;
  switch (p.rule) {
    case "text":
      return t.text(p.value);
    case "notScore":
      return t.notScore(JSON.stringify(p.value));
    case "notNumber":
      return t.notNumber;
    case "notWhole":
      return t.notWhole(String(p.value));
    case "outsideScale":
      return t.outsideScale(String(p.value), String(p.min), String(p.max));
  }
}

/** A cover cell's value as text: "" for an empty cell, trimmed otherwise. */
export function coverText(v: unknown): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

/** A perspective cell in any case and spacing, or null when it holds none of PERSPECTIVES. */
export function coverPerspective(v: unknown): Perspective | null {
  const p = coverText(v).toLowerCase();
  return PERSPECTIVES.find((x) => x === p) ?? null;
}

/**
 * The cover's profit impact (issue 15): null when blank, the number when 1-5 (typed as a number or
 * as text), undefined when the cell holds anything else (the caller names the cell).
 */
export function coverProfitImpact(v: unknown): number | null | undefined {
  const t = coverText(v);
  if (t === "") return null;
  const n = typeof v === "number" ? v : /^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : NaN;
  return isProfitImpact(n) ? n : undefined;
}

export interface ReadAssessment {
  us: ItemAnswers;
  them: ItemAnswers;
  /** Weights as found on the sheets (item id -> weight) when valid; the layout writes the item's weight. */
  weights: Record<string, number>;
  problems: ReadProblem[];
}

/**
 * 3 and "3" are the same answer; "N/A" (in any language we ship) and blank mean not answered (the
 * rules: core/input).
 */
export function parseScore(raw: unknown): ParsedScore {
  return parseInputScore(isNotApplicableText(raw) ? null : raw, ANSWER_CELL);
}

function cellOf(table: ItemTableValues, colIndex: number, rowIndex: number): string {
  // rowIndex is 0-based within the body; the header row is topLeft's row.
  return offsetCell(table.topLeft, colIndex, rowIndex + 1);
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function readAssessment(
  tables: ItemTableValues[],
  items: readonly AssessmentItem[] = ITEMS
): ReadAssessment {
  const byId = new Map(items.map((i) => [i.id, i]));
  const us: ItemAnswers = {};
  const them: ItemAnswers = {};
  const weights: Record<string, number> = {};
  const problems: ReadProblem[] = [];
  const seen = new Map<string, string>(); // id -> where first seen
  const tableOfDimension = new Map<DimensionKey, ItemTableValues>();
  const say = problemsTexts().items;

  for (const table of tables) {
    // Columns are found by key: a header in any language we ship (or an older English one) counts.
    const norm = table.headers.map((h) => String(h ?? "").trim());
    const keys = table.headers.map(itemHeaderKey);
    const col = (k: ItemHeaderKey) => keys.indexOf(k);
    const headerRange = rangeAddress(table.topLeft, Math.max(1, norm.length), 1);
    const absent = REQUIRED_ITEM_KEYS.filter((k) => col(k) < 0).map((k) => ITEM_HEADERS[k]);
    // One unexpected header and one required header missing: that cell is almost surely the renamed one.
    const strangers = keys
      .map((k, i) => [k, i] as const)
      .filter(([k]) => k === undefined)
      .map(([, i]) => i);
    for (const h of absent) {
      const sameButCase = norm.findIndex((n) => n.toLowerCase() === h.toLowerCase());
      const near =
        sameButCase >= 0
          ? sameButCase
          : absent.length === 1 && strangers.length === 1
            ? strangers[0]
            : -1;
      problems.push({
        sheet: table.sheet,
        cell: near >= 0 ? offsetCell(table.topLeft, near, 0) : headerRange,
        value: near >= 0 ? norm[near] : undefined,
        message: say.noHeader(table.tableName, h, REQUIRED_ITEM_HEADERS.join(", ")),
      });
    }
    // Computed columns: the engine does not read them, but the Scores sheet's formulas do, and
    // without them those formulas go blank while a recommendation would still come out.
    for (const k of COMPUTED_ITEM_KEYS) {
      if (col(k) >= 0 || absent.length) continue;
      const h = ITEM_HEADERS[k];
      problems.push({
        sheet: table.sheet,
        cell: headerRange,
        message: say.noComputedColumn(table.tableName, h, SHEET_NAMES.scores),
      });
    }
    const idCol = col("id");
    if (idCol < 0) continue;
    const dimCol = col("dimension");
    const weightCol = col("weight");
    const reverseCol = col("reverse");
    const sides: Array<[number, ItemAnswers]> = [
      [col("our"), us],
      [col("their"), them],
    ];

    table.rows.forEach((row, r) => {
      const rawId = row[idCol];
      if (isBlank(rawId)) {
        if (row.some((v) => !isBlank(v))) {
          problems.push({
            sheet: table.sheet,
            cell: cellOf(table, idCol, r),
            value: rawId,
            message: say.noId,
          });
        }
        return;
      }
      const id = String(rawId).trim();
      const here = `${sheetRef(table.sheet)}!${cellOf(table, idCol, r)}`;
      const item = byId.get(id);
      if (!item) {
        problems.push({
          sheet: table.sheet,
          cell: cellOf(table, idCol, r),
          value: rawId,
          message: say.unknownId(id, String(items.length), items[0]?.id ?? say.noExample),
        });
        return;
      }
      const first = seen.get(id);
      if (first) {
        problems.push({
          sheet: table.sheet,
          cell: cellOf(table, idCol, r),
          value: rawId,
          message: say.twice(id, first),
        });
        return;
      }
      seen.set(id, here);
      if (!tableOfDimension.has(item.dimension)) tableOfDimension.set(item.dimension, table);

      // The Scores formulas match this cell to the dimension key exactly (no trim): so do we.
      if (dimCol >= 0 && String(row[dimCol] ?? "") !== item.dimension) {
        problems.push({
          sheet: table.sheet,
          cell: cellOf(table, dimCol, r),
          value: row[dimCol],
          message: say.dimensionChanged(id, item.dimension),
        });
      }
      // The sheet's value formulas turn a score round when this cell is "Yes" (any case), the
      // engine when the item set says so: a flipped cell would make the two disagree.
      if (reverseCol >= 0) {
        const onSheet = yesNoOf(row[reverseCol]) === true;
        if (onSheet !== item.reverse) {
          problems.push({
            sheet: table.sheet,
            cell: cellOf(table, reverseCol, r),
            value: row[reverseCol],
            message: say.reverseChanged(id, item.reverse ? REVERSE_YES : REVERSE_NO),
          });
        }
      }
      if (weightCol >= 0) {
        const w = row[weightCol];
        const n =
          typeof w === "number" ? w : typeof w === "string" && w.trim() !== "" ? Number(w) : NaN;
        if (Number.isFinite(n) && n >= 0) weights[id] = n;
        else
          problems.push({
            sheet: table.sheet,
            cell: cellOf(table, weightCol, r),
            value: w,
            message: say.weight(id, String(item.weight)),
          });
      }
      for (const [c, answers] of sides) {
        if (c < 0) continue;
        const parsed = parseScore(row[c]);
        if (parsed.ok) answers[id] = parsed.score;
        else
          problems.push({
            sheet: table.sheet,
            cell: cellOf(table, c, r),
            value: row[c],
            message: say.score(id, scoreProblemText(parsed.problem), allowedScoresText()),
          });
      }
    });
  }

  for (const item of items) {
    if (seen.has(item.id)) continue;
    const table = tableOfDimension.get(item.dimension) ?? tables[0];
    problems.push({
      sheet: table?.sheet ?? problemsTexts().noItemTable,
      cell: table ? table.topLeft : "A1",
      message: say.missing(item.id, item.dimension),
    });
  }
  return { us, them, weights, problems };
}

export { formatProblem } from "./problem-text";

/** The item ids in the tables' ID columns (to tell which question set a workbook without a version holds). */
export function itemIdsOf(tables: readonly ItemTableValues[]): string[] {
  const ids: string[] = [];
  for (const t of tables) {
    const col = t.headers.findIndex((h) => itemHeaderKey(h) === "id");
    if (col >= 0) for (const row of t.rows) ids.push(String(row[col] ?? "").trim());
  }
  return ids;
}

/** Problems in sheet order, then row, then column: the order a reader walks the workbook. */
export function sortProblems(problems: ReadProblem[]): ReadProblem[] {
  const key = (p: ReadProblem) => {
    try {
      const c = parseCell(p.cell.split(":")[0]);
      return c.row * 1000 + c.col;
    } catch {
      return 0;
    }
  };
  return [...problems].sort((a, b) => (a.sheet === b.sheet ? key(a) - key(b) : 0));
}

export interface AssessmentProfile {
  profile: Profile;
  /** Dimensions with no answered item, per side ("them" is empty when the other side did not answer at all). */
  missing: { us: DimensionKey[]; them: DimensionKey[] };
}

function hasAnswer(a: ItemAnswers): boolean {
  return Object.values(a).some((v) => v !== null && v !== undefined);
}

/** Dimension scores of both sides as the engine computes them, with the sheet's weights applied. */
export function assessmentToProfile(
  read: Pick<ReadAssessment, "us" | "them" | "weights">,
  meta: Pick<AssessmentMeta, "perspective">,
  items: readonly AssessmentItem[] = ITEMS
): AssessmentProfile {
  const weighted = items.map((i) =>
    read.weights[i.id] !== undefined ? { ...i, weight: read.weights[i.id] } : i
  );
  const us = scoreItems(read.us, weighted);
  // One side alone is a valid assessment: no answer at all from them means no "them" profile.
  // Their answers are scored in our frame (mirrored items read crosswise, with our rows' weights),
  // then handed over from their side, as a profile carries them.
  const them = hasAnswer(read.them)
    ? scoreItems(theirAnswersInOurFrame(read.them, items), weighted)
    : undefined;
  const profile: Profile = { perspective: meta.perspective, us: us.scores };
  if (them) profile.them = swapPerspective(them.scores);
  // Confidence rests on how much of the question set each side answered.
  const answered = (a: Record<string, unknown>) =>
    items.filter((i) => typeof a[i.id] === "number").length / Math.max(1, items.length);
  profile.coverage = { us: answered(read.us) };
  if (them) profile.coverage.them = answered(read.them);
  const theirMissing = them
    ? DIMENSION_KEYS.filter((k) => them.missing.includes(counterpartDimension(k)))
    : [];
  return { profile, missing: { us: us.missing, them: theirMissing } };
}
