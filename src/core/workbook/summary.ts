/**
 * CF Summary: one printed page an analyst can put in front of a category manager. Values only (no
 * live formula, nothing that can show an error); plain English throughout.
 */
import { DIMENSION_KEYS, MODELS, swapPerspective } from "../method";
import { dimensionLabel, modelName } from "../texts/method-words";
import { confidenceText, marginsText, readableDate, regimeText } from "../texts/render";
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

function num(x: number | undefined): number | string {
  return x === undefined ? "not scored" : Math.round(x * 100) / 100;
}

export function buildSummaryPlan(
  meta: AssessmentMeta,
  rec: Recommendation | null,
  roadmap: readonly RoadmapRow[],
  scores: { us: DimensionScores; them?: DimensionScores }
): SheetPlan {
  const bold = { bold: true, vertical: "top" as const };
  const head = { bold: true, fill: "#D9E2F3" };
  const wrap = { wrap: true, vertical: "top" as const };
  const cells: CellWrite[] = [
    { address: "A1", value: "Summary", style: { bold: true, fontSize: 16, fontColor: "#1F3864" } },
    { address: "A2", value: meta.title, style: { bold: true, fontSize: 12 } },
    {
      address: "A3",
      value: `${meta.us} and ${meta.them}; we are the ${meta.perspective}. Assessed ${meta.date ? readableDate(meta.date) : "(no date)"}${meta.assessors ? ` by ${meta.assessors}` : ""}.`,
    },
  ];
  if (!rec) {
    cells.push({
      address: "A5",
      value: "No recommendation yet: run `collabfit recommend` or use the task pane.",
    });
  } else {
    // The ladder, highest model first, with where to start and where to aim.
    cells.push({ address: "A5", value: "Collaboration model", style: head });
    cells.push({ address: "B5", value: "", style: head });
    [...MODELS].reverse().forEach((m, i) => {
      const mark = [
        m.id === rec.targetModel ? "Aim here" : "",
        m.id === rec.startModel ? "Start here" : "",
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
      { address: "A17", value: "Trust", style: bold },
      {
        address: "B17",
        value:
          rec.trustGap > 0
            ? `Trust falls ${num(rec.trustGap)} short of what ${modelName(rec.targetModel)} needs.`
            : "Trust is enough for the target.",
        style: wrap,
      },
      { address: "A18", value: "Power", style: bold },
      { address: "B18", value: regimeText(rec.powerRegime), style: wrap },
      { address: "A19", value: "Confidence", style: bold },
      { address: "B19", value: confidenceText(rec.confidence), style: wrap },
      { address: "A20", value: "Margins", style: bold },
      { address: "B20", value: marginsText(rec), style: wrap }
    );
    // Both sides' scores: the colour scale shows as in-cell shading in Excel and LibreOffice.
    cells.push(
      { address: "D5", value: "Dimension", style: head },
      { address: "E5", value: "Us", style: head },
      // Short: the last printed column, a longer header would be cut at the page's edge (D16 says more).
      { address: "F5", value: "Them", style: head }
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
      value: "Them: their view, in our frame.",
      style: { italic: true, fontColor: "#595959" },
    });
    const gaps = [...rec.perceptionGaps]
      .sort((a, b) => Math.abs(b.us - b.them) - Math.abs(a.us - a.them))
      .slice(0, 3);
    cells.push({ address: "D17", value: "Largest differences in view", style: bold });
    cells.push({
      address: "D18",
      value: gaps.length
        ? gaps
            .map((g) => `${dimensionLabel(g.dimension)}: us ${num(g.us)}, them ${num(g.them)}`)
            .join("\n")
        : "None above the flag level.",
      style: wrap,
    });
    // The first five actions, with owner and due date.
    const people = peopleOf(meta);
    const actions = roadmap.flatMap((r) => r.items.map((a) => ({ a, due: r.end }))).slice(0, 5);
    cells.push(
      { address: "A22", value: "Next actions", style: head },
      { address: "B22", value: "Owner", style: head },
      { address: "C22", value: "Due", style: head }
    );
    actions.forEach(({ a, due }, i) => {
      const owner = a.owner === "them" ? (people.theirs[0] ?? "Them") : (people.ours[0] ?? "Us");
      cells.push(
        { address: `A${23 + i}`, value: a.text, style: wrap },
        { address: `B${23 + i}`, value: owner, style: wrap },
        { address: `C${23 + i}`, value: readableDate(due), style: wrap }
      );
    });
  }
  cells.push(
    { address: "A29", value: "Decision asked for", style: bold },
    {
      address: SUMMARY_DECISION_CELL,
      value: rec
        ? `Approve starting as ${modelName(rec.startModel)} and working towards ${modelName(rec.targetModel)}, with the actions above.`
        : null,
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

const GENERATED_DECISION =
  /^Approve starting as .+ and working towards .+, with the actions above\.$/;

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
  if (typeof text !== "string" || text.trim() === "" || GENERATED_DECISION.test(text)) return plan;
  return {
    ...plan,
    cells: plan.cells.map((c) => (c.address === SUMMARY_DECISION_CELL ? { ...c, value: text } : c)),
  };
}
