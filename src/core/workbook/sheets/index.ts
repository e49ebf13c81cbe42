/** The assessment workbook: its sheets in tab order, and the plan built from them. */
import {
  DIMENSION_KEYS,
  ITEM_SET_VERSION,
  PERSPECTIVES,
  itemSet,
  scoreItems,
  theirAnswersInOurFrame,
} from "../../method";
import { isIsoDate } from "../../input";
import { PROFIT_IMPACT_ALLOWED, isProfitImpact } from "../../method/segment";
import { absolute } from "../a1";
import { DEFINED_NAMES, SHEET_NAMES, isItemTable, sheetRef } from "../names";
import type {
  AssessmentMeta,
  DefinedNamePlan,
  ItemTableValues,
  SheetPlan,
  WorkbookPlan,
} from "../plan";
import { buildActionsPlan, peopleOf } from "../actions";
import { buildRespondentSheets } from "../responses";
import { buildHistorySheet } from "../history";
import { withPrintSettings } from "../print";
import { buildSummaryPlan } from "../summary";
import { LAYOUT, type AssessmentPlanOptions } from "./common";
import { buildCover, confidentialityOf } from "./cover";
import { buildPrinciples } from "./principles";
import { RESULT_ROWS, buildResultsPlan } from "./results";
import { buildRoadmapPlan } from "./roadmap";
import { buildScoresSheet } from "./scores";
import { buildStepSheet } from "./step";
import { STEP_IDS } from "../names";

/** Checks the cover fields before anything is written, so a bad value never reaches a sheet. */
export function validateMeta(meta: AssessmentMeta): void {
  if (!PERSPECTIVES.includes(meta.perspective)) {
    throw new Error(
      `perspective "${String(meta.perspective)}" is not allowed; allowed: ${PERSPECTIVES.join(", ")}`
    );
  }
  if (!isIsoDate(meta.date)) {
    throw new Error(`date "${meta.date}" is not a date; allowed: YYYY-MM-DD, e.g. 2026-03-31`);
  }
  if (
    meta.profitImpact !== undefined &&
    meta.profitImpact !== null &&
    !isProfitImpact(meta.profitImpact)
  ) {
    throw new Error(
      `profit impact ${String(meta.profitImpact)} is not allowed; allowed: ${PROFIT_IMPACT_ALLOWED}`
    );
  }
}

export function buildAssessmentPlan(
  meta: AssessmentMeta,
  opts: AssessmentPlanOptions = {}
): WorkbookPlan {
  validateMeta(meta);
  // The items of the version named, so the cover's version and the rows can never disagree.
  const items = opts.items ?? itemSet(opts.itemSetVersion ?? ITEM_SET_VERSION);
  const cover = buildCover(meta, opts.itemSetVersion, opts.anonymous);
  const sheets: SheetPlan[] = [
    cover.sheet,
    buildSummaryPlan(meta, opts.recommendation ?? null, opts.roadmap ?? [], {
      us: scoreItems(opts.answers?.us ?? {}, items).scores,
      // Their view in our frame (mirrored items crosswise), as every "their" column shows it.
      them: opts.answers?.them
        ? scoreItems(theirAnswersInOurFrame(opts.answers.them, items), items).scores
        : undefined,
    }),
    ...STEP_IDS.map((s) => buildStepSheet(s, opts)),
    buildScoresSheet(items),
    buildResultsPlan(opts.recommendation ?? null, { takenAt: opts.takenAt }),
    buildRoadmapPlan(opts.roadmap ?? []),
    buildActionsPlan(opts.roadmap ?? [], peopleOf(meta)),
    buildPrinciples(),
  ];
  // Issue 13: respondents and rounds, after our fixed sheets.
  if (opts.respondents)
    sheets.push(...buildRespondentSheets(opts.respondents, { items, anonymous: opts.anonymous }));
  if (opts.history?.length) sheets.push(buildHistorySheet(opts.history));
  const scores = (a: string) => `${sheetRef(SHEET_NAMES.scores)}!${absolute(a)}`;
  const { firstRow } = LAYOUT.scores;
  const lastRow = firstRow + DIMENSION_KEYS.length - 1;
  const names: DefinedNamePlan[] = [
    ...cover.names,
    {
      name: DEFINED_NAMES.ourScores,
      refersTo: scores(`A${firstRow}:B${lastRow}`),
      comment: "Dimension key and our score, one row per dimension",
    },
    {
      name: DEFINED_NAMES.theirScores,
      refersTo: scores(`I${firstRow}:I${lastRow}`),
      comment: "Their own score (from their side), aligned with CF_OurScores",
    },
    {
      name: DEFINED_NAMES.snapshotTime,
      refersTo: `${sheetRef(SHEET_NAMES.results)}!${absolute(`${LAYOUT.results.snapshotColumn}${LAYOUT.results.firstRow + RESULT_ROWS.length + 1}`)}`,
    },
  ];
  return {
    sheets: sheets.map((s) => withPrintSettings(s, meta, confidentialityOf(meta))),
    names,
    properties: {
      title: meta.title,
      subject: "Collaboration model assessment",
      creator: "CollabFit",
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
