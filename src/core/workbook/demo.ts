/**
 * A realistic, filled example: a logistics company (customer) and its warehouse-automation supplier,
 * scored by both sides. Used by `collabfit demo`, the benches and the spreadsheet tests.
 */
import { ITEMS, recommend } from "../method";
import { buildRoadmap } from "../texts/roadmap-words";
import type {
  AssessmentItem,
  DimensionKey,
  ItemAnswers,
  Recommendation,
  RoadmapRow,
} from "../method/types";
import { buildAssessmentPlan } from "./layout";
import type { AssessmentMeta, CellValue, WorkbookPlan } from "./plan";
import { assessmentToProfile, type AssessmentProfile } from "./readback";

export const DEMO_META: AssessmentMeta = {
  title: "Warehouse automation and maintenance",
  us: "Northwind Logistics",
  them: "Contoso Robotics",
  perspective: "customer",
  date: "2026-03-02",
  assessors: "R. de Vries (procurement), M. Okafor (operations)",
};

/** How each side sees the relationship, per dimension (their view is from their own side). */
const DEMO_LEVELS: Record<"us" | "them", Record<DimensionKey, number>> = {
  us: {
    mutuality: 4,
    alignment: 4,
    complementarity: 4.5,
    differenceRisk: 3,
    stakes: 4.5,
    trust: 3.5,
    ourDependence: 4,
    theirDependence: 3,
    partnershipFit: 3,
    maturity: 3,
  },
  them: {
    mutuality: 3.5,
    alignment: 3.5,
    complementarity: 4,
    differenceRisk: 2.5,
    stakes: 4,
    trust: 4,
    ourDependence: 3.5,
    theirDependence: 4,
    partnershipFit: 2.5,
    maturity: 3,
  },
};

// Answers scatter around each level the way real panels do; one item per side is left N/A.
const SPREAD = [0, 1, -1, 0, 1, -1];

function demoAnswers(side: "us" | "them", items: readonly AssessmentItem[]): ItemAnswers {
  const out: ItemAnswers = {};
  const seenPerDim = new Map<DimensionKey, number>();
  items.forEach((it) => {
    const i = seenPerDim.get(it.dimension) ?? 0;
    seenPerDim.set(it.dimension, i + 1);
    const level = DEMO_LEVELS[side][it.dimension];
    const raw = Math.round(level + SPREAD[(i + (side === "them" ? 1 : 0)) % SPREAD.length] * 0.6);
    const score = Math.min(5, Math.max(1, raw));
    out[it.id] = it.reverse ? 6 - score : score;
  });
  const na =
    side === "us"
      ? items.find((i) => i.dimension === "maturity")
      : items.find((i) => i.dimension === "stakes");
  if (na && items.filter((i) => i.dimension === na.dimension).length > 1) out[na.id] = null;
  return out;
}

export const DEMO_INTERESTS: { us: CellValue[][]; them: CellValue[][] } = {
  us: [
    ["Ship 99.5% of orders on the promised day", "Objective", "High", "Peak season is the test"],
    ["Lower cost per pick by 15% within two years", "Objective", "High", null],
    ["Avoid being locked into one robot platform", "Interest", "Medium", "Open interfaces"],
    ["Keep control over warehouse data", "Interest", "Medium", null],
  ],
  them: [
    ["A reference site for the logistics sector", "Interest", "High", "Site visits by prospects"],
    ["Predictable service revenue for five years", "Objective", "High", null],
    ["Early access to operational data to improve the software", "Interest", "Medium", null],
    ["Fewer change requests outside the agreed scope", "Objective", "Medium", null],
  ],
};

const DEMO_NOTES: Record<string, string> = {
  "TRU-5": "Two late deliveries of spare parts last winter; fixed since.",
  "MUT-1": "Their CEO calls us their showcase client.",
};

export interface DemoAssessment {
  meta: AssessmentMeta;
  answers: { us: ItemAnswers; them: ItemAnswers };
  assessed: AssessmentProfile;
  recommendation: Recommendation;
  roadmap: RoadmapRow[];
}

/** The demo, assessed on `date` (ISO; by default the fixed date that keeps tests repeatable). */
export function demoAssessment(
  items: readonly AssessmentItem[] = ITEMS,
  date: string = DEMO_META.date
): DemoAssessment {
  const meta = { ...DEMO_META, date };
  const answers = { us: demoAnswers("us", items), them: demoAnswers("them", items) };
  const assessed = assessmentToProfile({ ...answers, weights: {} }, meta, items);
  const recommendation = recommend(assessed.profile);
  const roadmap = buildRoadmap(assessed.profile, recommendation, { startDate: date });
  return { meta, answers, assessed, recommendation, roadmap };
}

/** The demo as a workbook plan, with results and roadmap filled in, its roadmap starting on `date`. */
export function buildDemoPlan(takenAt: string, date: string = DEMO_META.date): WorkbookPlan {
  const d = demoAssessment(ITEMS, date);
  return buildAssessmentPlan(d.meta, {
    answers: d.answers,
    notes: DEMO_NOTES,
    interests: DEMO_INTERESTS,
    recommendation: d.recommendation,
    roadmap: d.roadmap,
    takenAt,
  });
}
