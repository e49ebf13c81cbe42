/** Whole-workbook operations the CLI and tests share: read an assessment, regenerate its results. */
import type ExcelJS from "exceljs";
import { ITEMS } from "../core/method";
import type { Profile, Recommendation, RoadmapRow } from "../core/method/types";
import {
  buildResultsPlan,
  buildRoadmapPlan,
  itemColumn,
  itemRows,
  stepOfDimension,
} from "../core/workbook/layout";
import { ITEM_HEADERS, SHEET_NAMES } from "../core/workbook/names";
import type { AssessmentMeta, ReadProblem } from "../core/workbook/plan";
import {
  assessmentToProfile,
  readAssessment,
  sortProblems,
  type ReadAssessment,
} from "../core/workbook/readback";
import { readItemTables, readMeta } from "./read";
import { replaceSheets } from "./write";

export interface WorkbookAssessment {
  meta: AssessmentMeta;
  read: ReadAssessment;
  /** Cover and item-table problems together, in reading order. */
  problems: ReadProblem[];
}

export function readWorkbookAssessment(wb: ExcelJS.Workbook): WorkbookAssessment {
  const { meta, problems: metaProblems } = readMeta(wb);
  const tables = readItemTables(wb);
  const read = readAssessment(tables);
  if (tables.length === 0) {
    read.problems.unshift({
      sheet: "(workbook)",
      cell: "A1",
      message:
        "no item table found (tables named CF_Items...); is this a CollabFit assessment workbook?",
    });
  }
  return { meta, read, problems: [...metaProblems, ...sortProblems(read.problems)] };
}

/** Rewrites only the Results and Roadmap sheets; every other sheet is left as it was. */
export function replaceResults(
  wb: ExcelJS.Workbook,
  rec: Recommendation,
  roadmap: readonly RoadmapRow[],
  takenAt: string
): ExcelJS.Workbook {
  return replaceSheets(wb, [buildResultsPlan(rec, { takenAt }), buildRoadmapPlan(roadmap)]);
}

/**
 * The engine's profile from a filled workbook, or every reason it cannot be made: bad cells, and
 * dimensions with no answered item (for "them" only when the other side answered at all).
 */
export function workbookProfile(wb: ExcelJS.Workbook): {
  meta: AssessmentMeta;
  profile: Profile | null;
  problems: ReadProblem[];
  /** The item answers behind the profile (item-level comparisons need them). */
  read?: ReadAssessment;
} {
  const { meta, read, problems } = readWorkbookAssessment(wb);
  if (problems.length) return { meta, profile: null, problems };
  const { profile, missing } = assessmentToProfile(read, meta);
  const missingProblems: ReadProblem[] = [];
  for (const [side, keys] of [
    ["us", missing.us],
    ["them", missing.them],
  ] as const) {
    for (const k of keys) {
      const step = stepOfDimension(k);
      const header = side === "us" ? ITEM_HEADERS.our : ITEM_HEADERS.their;
      const { first, last } = itemRows(step);
      const answers = read[side];
      // Answered, but every answered item weighs 0: the weights are the cells to fix.
      const answered = ITEMS.filter((i) => i.dimension === k && typeof answers[i.id] === "number");
      const col = itemColumn(answered.length ? ITEM_HEADERS.weight : header);
      missingProblems.push({
        sheet: SHEET_NAMES[step],
        cell: `${col}${first}:${col}${last}`,
        message: answered.length
          ? `every item of dimension ${k} answered in '${header}' has weight 0; allowed: a weight above 0 for at least one of them`
          : `no answered item for dimension ${k} in '${header}'; allowed: score at least one of its items 1-5${side === "them" ? " (or clear all of their scores for a one-sided assessment)" : ""}`,
      });
    }
  }
  if (missingProblems.length) return { meta, profile: null, problems: missingProblems };
  if (meta.title) profile.name = meta.title;
  return { meta, profile, problems: [], read };
}
