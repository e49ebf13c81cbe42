/** Whole-workbook operations the CLI and tests share: read an assessment, regenerate its results. */
import type ExcelJS from "exceljs";
import { portTexts } from "../core/texts/parts/port";
import { itemSetOf, type AssessmentItem } from "../core/method";
import type { Profile, Recommendation, RoadmapRow } from "../core/method/types";
import { LAYOUT } from "../core/workbook/layout";
import { refreshPlans, refreshedSheetNames } from "../core/workbook/sheets";
import { DEFINED_NAMES, SHEET_NAMES } from "../core/workbook/names";
import type { AssessmentMeta, ReadProblem } from "../core/workbook/plan";
import {
  assessmentToProfile,
  itemIdsOf,
  readAssessment,
  sortProblems,
  type ReadAssessment,
} from "../core/workbook/readback";
import { readItemTables, readMeta } from "./read";
import { profileOrProblems } from "../core/workbook/profile-problems";
import { replaceSheets, writePlan } from "./write";
import { applyRespondents, readHistory, readRespondents } from "./rounds";
import { withRoundStatus } from "../core/workbook/roadmap-rounds";
import { withRoundChanges } from "../core/workbook/results-rounds";
import { SUMMARY_DECISION_CELL, keepDecision, summaryScores } from "../core/workbook/summary";

export interface WorkbookAssessment {
  meta: AssessmentMeta;
  read: ReadAssessment;
  /** Cover and item-table problems together, in reading order. */
  problems: ReadProblem[];
  /** The question set named in the workbook's CF_ItemSetVersion, and its items. */
  itemSetVersion: string;
  items: readonly AssessmentItem[];
}

/** The question set a workbook was written with (CF_ItemSetVersion; blank = the current set). */
export function workbookItemSet(wb: ExcelJS.Workbook): {
  version: string;
  items: readonly AssessmentItem[];
} {
  const ranges = wb.definedNames.getRanges(DEFINED_NAMES.itemSetVersion)?.ranges ?? [];
  const m = ranges.length === 1 ? /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0]) : null;
  const raw = m ? wb.getWorksheet(m[1].replace(/''/g, "'"))?.getCell(`${m[2]}${m[3]}`).value : null;
  const text = typeof raw === "string" ? raw : null;
  // Rows are only looked at when the version cell is blank.
  return itemSetOf(text, text && text.trim() ? [] : itemIdsOf(readItemTables(wb)));
}

export function readWorkbookAssessment(wb: ExcelJS.Workbook): WorkbookAssessment {
  const { meta, problems: metaProblems } = readMeta(wb);
  const tables = readItemTables(wb);
  let set: ReturnType<typeof workbookItemSet>;
  try {
    set = workbookItemSet(wb);
  } catch (err) {
    const problem = {
      sheet: SHEET_NAMES.cover,
      cell: LAYOUT.cover.itemSetVersion,
      message: (err as Error).message,
    };
    return {
      meta,
      read: { us: {}, them: {}, weights: {}, problems: [] },
      problems: [...metaProblems, problem],
      items: [],
      itemSetVersion: "",
    };
  }
  const read = readAssessment(tables, set.items);
  // Issue 13: respondents recorded for a side replace its typed column.
  const responses = readRespondents(wb);
  read.problems.push(...responses.problems);
  applyRespondents(read, tables, responses.respondents, set.items);
  if (tables.length === 0) {
    read.problems.unshift({
      sheet: portTexts().problems.workbook,
      cell: "A1",
      message: portTexts().problems.noItemTable,
    });
  }
  return {
    meta,
    read,
    problems: [...metaProblems, ...sortProblems(read.problems)],
    items: set.items,
    itemSetVersion: set.version,
  };
}

/**
 * Rewrites the sheets that follow the results (REFRESHED_SHEETS: Results, Roadmap, the Summary and
 * the action log); every other sheet is left as it was. A workbook made before an "added" sheet
 * existed gets it, after the others.
 */
export function replaceResults(
  wb: ExcelJS.Workbook,
  rec: Recommendation,
  roadmap: readonly RoadmapRow[],
  takenAt: string
): ExcelJS.Workbook {
  const meta = readMeta(wb).meta;
  // The Summary shows both sides' scores from the answers as they are now.
  const { read, items } = readWorkbookAssessment(wb);
  const scores = summaryScores(assessmentToProfile(read, meta, items).profile);
  const plans = refreshPlans({ meta, recommendation: rec, roadmap, takenAt, scores });
  // The analyst's typed decision on the Summary is kept; the action log keeps its edits (write.ts).
  // Issue 13: each phase of the roadmap against the closed rounds and this one.
  const history = readHistory(wb).history;
  const kept = plans.map((s) =>
    s.role === "summary"
      ? keepDecision(s, wb.getWorksheet(s.name)?.getCell(SUMMARY_DECISION_CELL).value ?? null)
      : s.role === "roadmap"
        ? withRoundStatus(s, roadmap, history, rec.startModel)
        : s.role === "results"
          ? withRoundChanges(s, history, scores, rec.trustGap)
          : s
  );
  const required = refreshedSheetNames("required");
  // The sheets that must be there first, all at once: a missing one is refused before any change.
  replaceSheets(
    wb,
    kept.filter((s) => required.includes(s.name))
  );
  for (const s of kept.filter((x) => !required.includes(x.name))) {
    if (wb.getWorksheet(s.name)) replaceSheets(wb, [s]);
    else writePlan({ sheets: [s], names: [] }, wb);
  }
  return wb;
}

/**
 * The engine's profile from a filled workbook, or every reason it cannot be made: bad cells, and
 * dimensions with no answered item (for "them" only when the other side answered at all).
 */
export function workbookProfile(wb: ExcelJS.Workbook): {
  meta: AssessmentMeta;
  profile: Profile | null;
  problems: ReadProblem[];
  /** The item answers behind the profile (item-level comparisons need them) and their set. */
  read?: ReadAssessment;
  items?: readonly AssessmentItem[];
  /** The question set the workbook was read with. */
  itemSetVersion?: string;
} {
  const { meta, read, problems, items, itemSetVersion } = readWorkbookAssessment(wb);
  if (problems.length) return { meta, profile: null, problems };
  const made = profileOrProblems(read, meta, items);
  if (!made.profile) return { meta, profile: null, problems: made.problems };
  const profile = made.profile;
  return { meta, profile, problems: [], read, items, itemSetVersion };
}
