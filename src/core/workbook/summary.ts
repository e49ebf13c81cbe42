/**
 * CF Summary: one printed page an analyst can put in front of a category manager. Values only (no
 * live formula, nothing that can show an error); plain English throughout.
 */
import { DIMENSION_KEYS, MODELS, swapPerspective } from "../method";
import { dimensionLabel, modelName } from "../texts/method-words";
import { confidenceText, marginsText, readableDate, regimeText } from "../texts/render";
import { workbookTexts } from "../texts/parts/workbook";
import type { DimensionScores, Profile, Recommendation, RoadmapRow } from "../method/types";
import { peopleOf } from "./actions";
import { onLanguageChange } from "../texts";
import { SHEET_NAMES } from "./names";
import type { AssessmentMeta, CellWrite, SheetPlan } from "./plan";

/** The Summary sheet's name in the active language (kept current by setLanguage). */
export let SUMMARY_SHEET = SHEET_NAMES.summary;
onLanguageChange(() => (SUMMARY_SHEET = SHEET_NAMES.summary));
/** The editable cell where the analyst states the decision asked for. */
export const SUMMARY_DECISION_CELL = "B29";

/** A score as the summaries show it: two decimals, or words when not scored. */
export function shownScore(x: number | undefined): number | string {
  return x === undefined ? workbookTexts().notScored : Math.round(x * 100) / 100;
}
const num = shownScore;

export function buildSummaryPlan(
  meta: AssessmentMeta,
  rec: Recommendation | null,
  roadmap: readonly RoadmapRow[],
  scores: { us: DimensionScores; them?: DimensionScores }
): SheetPlan {
  const bold = { bold: true, vertical: "top" as const };
  const head = { bold: true, fill: "#D9E2F3" };
  const wrap = { wrap: true, vertical: "top" as const };
  const all = workbookTexts();
  const t = all.summary;
  const cells: CellWrite[] = [
    { address: "A1", value: t.title, style: { bold: true, fontSize: 16, fontColor: "#1F3864" } },
    { address: "A2", value: meta.title, style: { bold: true, fontSize: 12 } },
    {
      address: "A3",
      value: t.intro(
        meta.us,
        meta.them,
        meta.perspective,
        meta.date ? readableDate(meta.date) : t.noDate,
        meta.assessors
      ),
    },
  ];
  if (!rec) {
    cells.push({ address: "A5", value: t.noRecommendation });
  } else {
    // The ladder, highest model first, with where to start and where to aim.
    cells.push({ address: "A5", value: t.ladder, style: head });
    cells.push({ address: "B5", value: "", style: head });
    [...MODELS].reverse().forEach((m, i) => {
      const mark = [
        m.id === rec.targetModel ? t.aimHere : "",
        m.id === rec.startModel ? t.startHere : "",
      ]
        .filter(Boolean)
        .join(" · ");
      const on = mark ? { bold: true, fill: "#E2EFDA" } : {};
      cells.push(
        { address: `A${6 + i}`, value: modelName(m.id), style: on },
        { address: `B${6 + i}`, value: mark || null, style: on }
      );
    });
    cells.push(
      { address: "A17", value: t.trust, style: bold },
      {
        address: "B17",
        value:
          rec.trustGap > 0
            ? t.trustShort(String(num(rec.trustGap)), modelName(rec.targetModel))
            : t.trustEnough,
        style: wrap,
      },
      { address: "A18", value: t.power, style: bold },
      { address: "B18", value: regimeText(rec.powerRegime), style: wrap },
      { address: "A19", value: t.confidence, style: bold },
      { address: "B19", value: confidenceText(rec.confidence), style: wrap },
      { address: "A20", value: t.margins, style: bold },
      { address: "B20", value: marginsText(rec), style: wrap }
    );
    // Both sides' scores: the colour scale shows as in-cell shading in Excel and LibreOffice.
    cells.push(
      { address: "D5", value: t.dimension, style: head },
      { address: "E5", value: t.us, style: head },
      // Short: the last printed column, a longer header would be cut at the page's edge (D16 says more).
      { address: "F5", value: t.them, style: head }
    );
    DIMENSION_KEYS.forEach((k, i) => {
      cells.push(
        { address: `D${6 + i}`, value: dimensionLabel(k) },
        { address: `E${6 + i}`, value: num(scores.us[k]), style: { numberFormat: "0.00" } },
        {
          address: `F${6 + i}`,
          value: scores.them ? num(scores.them[k]) : null,
          style: { numberFormat: "0.00" },
        }
      );
    });
    cells.push({
      address: "D16",
      value: t.themNote,
      style: { italic: true, fontColor: "#595959" },
    });
    const gaps = [...rec.perceptionGaps]
      .sort((a, b) => Math.abs(b.us - b.them) - Math.abs(a.us - a.them))
      .slice(0, 3);
    cells.push({ address: "D17", value: t.largestGaps, style: bold });
    cells.push({
      address: "D18",
      value: gaps.length
        ? gaps
            .map((g) => t.gap(dimensionLabel(g.dimension), String(num(g.us)), String(num(g.them))))
            .join("\n")
        : t.noGaps,
      style: wrap,
    });
    // The first five actions, with owner and due date.
    const people = peopleOf(meta);
    const actions = roadmap.flatMap((r) => r.items.map((a) => ({ a, due: r.end }))).slice(0, 5);
    cells.push(
      { address: "A22", value: t.nextActions, style: head },
      { address: "B22", value: t.owner, style: head },
      { address: "C22", value: t.due, style: head }
    );
    actions.forEach(({ a, due }, i) => {
      const owner =
        a.owner === "them"
          ? (people.theirs[0] ?? all.owners.them)
          : (people.ours[0] ?? all.owners.us);
      cells.push(
        { address: `A${23 + i}`, value: a.text, style: wrap },
        { address: `B${23 + i}`, value: owner, style: wrap },
        { address: `C${23 + i}`, value: readableDate(due), style: wrap }
      );
    });
  }
  cells.push(
    { address: "A29", value: t.decisionAsked, style: bold },
    {
      address: SUMMARY_DECISION_CELL,
      value: rec ? t.decision(modelName(rec.startModel), modelName(rec.targetModel)) : null,
      style: { unlocked: true, fill: "#FFF2CC", border: "thin", wrap: true, vertical: "top" },
    }
  );
  return {
    name: SUMMARY_SHEET,
    role: "summary",
    tabColor: "#C55A11",
    // Column A holds the longest model name; the page fits at 8 pt or more.
    columnWidths: { A: 42, B: 32, C: 15, D: 22, E: 8, F: 8 },
    cells,
    conditionalFormats: rec
      ? [
          {
            kind: "colorScale",
            range: "E6:F15",
            min: "#F8696B",
            mid: "#FFEB84",
            max: "#63BE7B",
            minValue: 1,
            midValue: 3,
            maxValue: 5,
          },
        ]
      : [],
    print: { landscape: true, fitToWidth: true, onePage: true },
  };
}

/**
 * Whether a decision text is our own generated wording, in English (a workbook made before its
 * language was another) or in the active language, for any two models.
 */
function isGeneratedDecision(text: string): boolean {
  if (/^Approve starting as .+ and working towards .+, with the actions above\.$/.test(text))
    return true;
  const decision = workbookTexts().summary.decision;
  return MODELS.some((a) =>
    MODELS.some((b) => decision(modelName(a.id), modelName(b.id)) === text)
  );
}

/** Both sides' scores as the Summary shows them: theirs in our frame (a profile holds them in theirs). */
export function summaryScores(profile: Pick<Profile, "us" | "them">): {
  us: DimensionScores;
  them?: DimensionScores;
} {
  return { us: profile.us, them: profile.them ? swapPerspective(profile.them) : undefined };
}

/** The Summary plan with the analyst's decision text in place of ours (read back from the sheet). */
export function keepDecision(plan: SheetPlan, typed: unknown): SheetPlan {
  const text = typeof typed === "number" ? String(typed) : typed;
  // Our own generated wording (untouched) follows the new models; anything else is the analyst's.
  if (typeof text !== "string" || text.trim() === "" || isGeneratedDecision(text)) return plan;
  return {
    ...plan,
    cells: plan.cells.map((c) => (c.address === SUMMARY_DECISION_CELL ? { ...c, value: text } : c)),
  };
}
