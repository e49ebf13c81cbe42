/** The assessment workbook: its sheets in tab order, and the plan built from them. */
import {
  ITEM_SET_VERSION,
  PERSPECTIVES,
  itemSet,
  scoreItems,
  theirAnswersInOurFrame,
} from "../../method";
import type {
  AssessmentItem,
  DimensionScores,
  Recommendation,
  RoadmapRow,
} from "../../method/types";
import { isIsoDate } from "../../input";
import { isProfitImpact } from "../../method/segment";
import { perspectiveProblem, profitImpactProblem, type CoverKey } from "../cover-fields";
import { SHEET_NAMES, STEP_IDS, isItemTable, type SheetKey } from "../names";
import { commonTexts } from "../../texts/parts/common";
import { workbookTexts } from "../../texts/parts/workbook";
import type {
  AssessmentMeta,
  DefinedNamePlan,
  ItemTableValues,
  SheetPlan,
  WorkbookPlan,
} from "../plan";
import { buildActionsPlan, peopleOf } from "../actions";
import { buildResponseSummarySheet, buildResponsesSheet } from "../responses";
import { buildHistorySheet } from "../history";
import { withPrintSettings } from "../print";
import { buildSummaryPlan } from "../summary";
import type { AssessmentPlanOptions } from "./common";
import { buildCover, confidentialityOf, coverNames } from "./cover";
import { buildPrinciples } from "./principles";
import { buildResultsPlan, resultsNames } from "./results";
import { buildRoadmapPlan } from "./roadmap";
import { buildScoresSheet, scoresNames } from "./scores";
import { buildStepSheet } from "./step";

/**
 * The first cover field a new workbook cannot have, and why (its value and what is allowed), or
 * null: the caller names where the value came from (`collabfit new`: its option).
 */
export function metaProblem(meta: AssessmentMeta): { field: CoverKey; message: string } | null {
  if (!PERSPECTIVES.includes(meta.perspective))
    return { field: "perspective", message: perspectiveProblem(meta.perspective) };
  if (!isIsoDate(meta.date))
    return { field: "date", message: workbookTexts().cover.problems.newDate(meta.date) };
  const impact = meta.profitImpact;
  if (impact !== undefined && impact !== null && !isProfitImpact(impact))
    return { field: "profitImpact", message: profitImpactProblem(String(impact)) };
  return null;
}

/** Checks the cover fields before anything is written, so a bad value never reaches a sheet. */
export function validateMeta(meta: AssessmentMeta): void {
  const problem = metaProblem(meta);
  if (problem) throw new Error(problem.message);
}

/** What every sheet is built from (the results-refreshing sheets use only this). */
export interface ResultsInput {
  meta: AssessmentMeta;
  recommendation: Recommendation | null;
  roadmap: readonly RoadmapRow[];
  /** ISO date-time the snapshot was taken. */
  takenAt?: string;
  /** Both sides' dimension scores, theirs in our frame (the Summary shows them). */
  scores: { us: DimensionScores; them?: DimensionScores };
}

/** What the other sheets need besides: the question set and the plan's options. */
export interface SheetInput extends ResultsInput {
  items: readonly AssessmentItem[];
  opts: AssessmentPlanOptions;
}

/**
 * How a sheet follows a new recommendation (Update results in the pane, `collabfit recommend --out`):
 * "required" sheets must be in the workbook; "added" ones are added to a workbook made before them.
 */
export type Refresh = "required" | "added";

interface SheetBase {
  /** The sheet's key; its name is the active language's (SHEET_NAMES), looked up when used. */
  key: SheetKey;
  role: SheetPlan["role"];
  /** The defined names that point into this sheet. */
  names?: () => DefinedNamePlan[];
  /** Only in a workbook that has what it shows (respondents, a closed round): its builder may give null. */
  optional?: true;
}

/** One sheet of the assessment workbook: its builder gets null when the sheet is not in this one. */
export type SheetSpec = SheetBase &
  (
    | { refresh?: undefined; build: (input: SheetInput) => SheetPlan | null }
    | { refresh: Refresh; build: (input: ResultsInput) => SheetPlan }
  );

export type RefreshedSheet = Extract<SheetSpec, { refresh: Refresh }>;

/** The assessment workbook's sheets, in tab order: the one list the plan and the refresh follow. */
export const SHEETS: readonly SheetSpec[] = [
  {
    key: "cover",
    role: "cover",
    names: coverNames,
    // Links to every workbook's other sheets: a new sheet is listed without editing the cover.
    build: (i) =>
      buildCover(
        i.meta,
        SHEETS.filter((s) => !s.optional && s.key !== "cover").map((s) => s.key),
        i.opts.itemSetVersion,
        i.opts.anonymous
      ),
  },
  {
    key: "summary",
    role: "summary",
    refresh: "added",
    build: (i) => buildSummaryPlan(i.meta, i.recommendation, i.roadmap, i.scores),
  },
  ...STEP_IDS.map((step): SheetSpec => ({
    key: step,
    role: "step",
    build: (i) => buildStepSheet(step, i.opts),
  })),
  {
    key: "scores",
    role: "scores",
    names: scoresNames,
    build: (i) => buildScoresSheet(i.items),
  },
  {
    key: "results",
    role: "results",
    refresh: "required",
    names: resultsNames,
    build: (i) => buildResultsPlan(i.recommendation, { takenAt: i.takenAt }),
  },
  {
    key: "roadmap",
    role: "roadmap",
    refresh: "required",
    build: (i) => buildRoadmapPlan(i.roadmap),
  },
  {
    key: "actions",
    role: "actions",
    refresh: "added",
    build: (i) => buildActionsPlan(i.roadmap, peopleOf(i.meta)),
  },
  { key: "principles", role: "principles", build: buildPrinciples },
  // Issue 13: respondents and rounds, after our fixed sheets, once there are any.
  {
    key: "responses",
    role: "responses",
    optional: true,
    build: (i) => (i.opts.respondents ? buildResponsesSheet(i.opts.respondents, i.items) : null),
  },
  {
    key: "responseSummary",
    role: "responses",
    optional: true,
    build: (i) =>
      i.opts.respondents
        ? buildResponseSummarySheet(i.opts.respondents, {
            items: i.items,
            anonymous: i.opts.anonymous,
          })
        : null,
  },
  {
    key: "history",
    role: "history",
    optional: true,
    build: (i) => (i.opts.history?.length ? buildHistorySheet(i.opts.history) : null),
  },
];

/** The names of the sheets every assessment workbook has, in tab order (the active language's). */
export function sheetNamesOfEveryWorkbook(): string[] {
  return SHEETS.filter((s) => !s.optional).map((s) => SHEET_NAMES[s.key]);
}

/** The sheets that follow a new recommendation, in tab order. */
export const REFRESHED_SHEETS: readonly RefreshedSheet[] = SHEETS.filter(
  (s): s is RefreshedSheet => s.refresh !== undefined
);

/** The names of the refreshed sheets that must be there, or that are added when missing. */
export function refreshedSheetNames(refresh: Refresh): string[] {
  return REFRESHED_SHEETS.filter((s) => s.refresh === refresh).map((s) => SHEET_NAMES[s.key]);
}

/** The refreshed sheets for a new recommendation, printed as at creation, in REFRESHED_SHEETS order. */
export function refreshPlans(input: ResultsInput): SheetPlan[] {
  return REFRESHED_SHEETS.map((s) => printed(s.build(input), input.meta));
}

function printed(sheet: SheetPlan, meta: AssessmentMeta): SheetPlan {
  return withPrintSettings(sheet, meta, confidentialityOf(meta));
}

export function buildAssessmentPlan(
  meta: AssessmentMeta,
  opts: AssessmentPlanOptions = {}
): WorkbookPlan {
  validateMeta(meta);
  // The items of the version named, so the cover's version and the rows can never disagree.
  const items = opts.items ?? itemSet(opts.itemSetVersion ?? ITEM_SET_VERSION);
  const input: SheetInput = {
    meta,
    items,
    opts,
    recommendation: opts.recommendation ?? null,
    roadmap: opts.roadmap ?? [],
    takenAt: opts.takenAt,
    scores: {
      us: scoreItems(opts.answers?.us ?? {}, items).scores,
      // Their view in our frame (mirrored items crosswise), as every "their" column shows it.
      them: opts.answers?.them
        ? scoreItems(theirAnswersInOurFrame(opts.answers.them, items), items).scores
        : undefined,
    },
  };
  return {
    sheets: SHEETS.flatMap((s) => s.build(input) ?? []).map((s) => printed(s, meta)),
    names: SHEETS.flatMap((s) => s.names?.() ?? []),
    properties: {
      title: meta.title,
      subject: workbookTexts().subject,
      creator: commonTexts().productName,
    },
  };
}

/** The item tables of a plan as an adapter would read them back (formula columns left blank). */
export function itemTablesOfPlan(plan: WorkbookPlan): ItemTableValues[] {
  return plan.sheets.flatMap((s) =>
    (s.tables ?? [])
      .filter((t) => isItemTable(t.name))
      .map((t) => ({
        sheet: s.name,
        tableName: t.name,
        topLeft: t.topLeft,
        headers: [...t.headers],
        rows: t.rows.map((r) => [...r]),
      }))
  );
}
