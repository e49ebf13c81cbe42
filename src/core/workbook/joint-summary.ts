/**
 * The joint summary: what we share with the other party after the joint workshop. Values only
 * (nothing that can show an error), plain English, and nothing private: no item answers, notes,
 * evidence, weights, sign-off or assessor names, and the partnership blockers only when the analyst
 * asks for them.
 */
import { DIMENSION_KEYS } from "../method";
import { dimensionLabel, modelName } from "../texts/method-words";
import { readableDate } from "../texts/render";
import type { DimensionKey, DimensionScores, Recommendation, RoadmapRow } from "../method/types";
import type { AssessmentMeta, CellWrite, SheetPlan, WorkbookPlan } from "./plan";
import { withPrintSettings } from "./print";

export const JOINT_SHEET = "Joint summary";

export interface SignOff {
  role: string;
  name: string;
  /** ISO date, or null when not dated. */
  date: string | null;
}

export interface JointOptions {
  includeBlockers?: boolean;
  /** The cover's sign-off, only when the analyst chooses to share it. */
  signOff?: readonly SignOff[];
}

function num(x: number | undefined): number | string {
  return x === undefined ? "not scored" : Math.round(x * 100) / 100;
}

export function buildJointSummaryPlan(
  meta: Pick<AssessmentMeta, "title" | "us" | "them" | "date">,
  rec: Recommendation,
  roadmap: readonly RoadmapRow[],
  scores: { us: DimensionScores; them?: DimensionScores },
  options: JointOptions = {}
): WorkbookPlan {
  const head = { bold: true, fill: "#D9E2F3", wrap: true, vertical: "top" as const };
  const bold = { bold: true, vertical: "top" as const };
  const wrap = { wrap: true, vertical: "top" as const };
  const cells: CellWrite[] = [];
  let row = 1;
  const put = (col: string, value: string | number | null, style?: CellWrite["style"]) =>
    cells.push({ address: `${col}${row}`, value, ...(style && { style }) });

  put("A", "Joint summary", { bold: true, fontSize: 16, fontColor: "#1F3864" });
  row++;
  put("A", meta.title, { bold: true, fontSize: 12 });
  row++;
  put(
    "A",
    `Shared between ${meta.us} and ${meta.them} after the joint workshop${meta.date ? `; assessment of ${readableDate(meta.date)}` : ""}.`
  );
  row += 2;
  put("A", "Where we start and where we aim", bold);
  put(
    "B",
    `Start as ${modelName(rec.startModel)}; work towards ${modelName(rec.targetModel)}.`,
    wrap
  );
  row += 2;

  // Both sides' scores. Their view is shown in our frame (mirrored dimensions swapped), and the
  // gap is the difference of the two numbers shown, so a reader can check it.
  put("A", "Dimension", head);
  put("B", `${meta.us} (us)`, head);
  put("C", `${meta.them}, in our frame`, head);
  put("D", "Gap (us minus them)", head);
  row++;
  const firstScoreRow = row;
  for (const k of DIMENSION_KEYS) {
    const us = scores.us[k];
    const them = scores.them?.[k];
    put("A", dimensionLabel(k));
    put("B", num(us), { numberFormat: "0.00" });
    put("C", scores.them ? num(them) : "not answered", { numberFormat: "0.00" });
    put(
      "D",
      // From the rounded numbers shown, so the gap column agrees with what the reader sees.
      us !== undefined && them !== undefined
        ? Math.round((num(us) as number) * 100 - (num(them) as number) * 100) / 100
        : null,
      { numberFormat: "+0.00;-0.00;0.00" }
    );
    row++;
  }
  const lastScoreRow = row - 1;
  put(
    "A",
    "In our frame: where a question is about one side (for example, dependence), their answer is placed under the side it describes.",
    { italic: true, wrap: true, vertical: "top" }
  );
  row += 2;

  put("A", "Agreed gaps in view", head);
  put("B", "", head);
  row++;
  const gaps = [...rec.perceptionGaps].sort(
    (a, b) => Math.abs(b.us - b.them) - Math.abs(a.us - a.them)
  );
  if (!gaps.length) {
    put("A", "No dimension where our views differ by the flag level or more.", wrap);
    row++;
  }
  for (const g of gaps) {
    put("A", dimensionLabel(g.dimension), wrap);
    put(
      "B",
      `${meta.us} ${num(g.us)}, ${meta.them} ${num(g.them)} (a difference of ${num(Math.abs(g.us - g.them))}).`,
      wrap
    );
    row++;
  }
  row++;

  if (options.includeBlockers && rec.partnershipBlockers.length) {
    put("A", "What stands in the way of a partnership", head);
    put("B", "", head);
    row++;
    for (const b of rec.partnershipBlockers) {
      put("A", `${dimensionLabel(b as DimensionKey)} is below what a partnership needs.`, wrap);
      row++;
    }
    row++;
  }

  if (options.signOff?.length) {
    put("A", "Sign-off", head);
    put("B", "Name", head);
    put("C", "Date", head);
    row++;
    for (const s of options.signOff) {
      put("A", s.role, wrap);
      put("B", s.name, wrap);
      put("C", s.date ? readableDate(s.date) : "not dated", wrap);
      row++;
    }
    row++;
  }

  put("A", "Shared roadmap", head);
  const roadmapHeadRow = row;
  put("B", "Action (shared)", head);
  put("C", "Owner", head);
  put("D", "Due", head);
  row++;
  const owner = { us: meta.us, them: meta.them, joint: "Both" } as const;
  // Only the actions both sides share or the other party owns: our own actions (hedging our
  // dependence, internal reflection) are our business and would weaken our position if shared.
  for (const r of roadmap) {
    for (const a of r.items.filter((x) => x.owner !== "us")) {
      put("A", r.phase, wrap);
      put("B", a.text, wrap);
      put("C", owner[a.owner], wrap);
      put("D", readableDate(r.end), wrap);
      row++;
    }
  }

  put("A", `Actions ${meta.us} takes on its own are not listed.`, {
    italic: true,
    wrap: true,
    vertical: "top",
  });
  row++;

  const sheet: SheetPlan = {
    name: JOINT_SHEET,
    role: "summary",
    tabColor: "#2F5597",
    columnWidths: { A: 30, B: 50, C: 20, D: 18 },
    cells,
    conditionalFormats: [
      {
        kind: "colorScale",
        range: `B${firstScoreRow}:C${lastScoreRow}`,
        min: "#F8696B",
        mid: "#FFEB84",
        max: "#63BE7B",
        minValue: 1,
        midValue: 3,
        maxValue: 5,
      },
    ],
    // The roadmap runs over pages: its header row repeats on each.
    print: {
      landscape: true,
      fitToWidth: false,
      printTitleRows: `$${roadmapHeadRow}:$${roadmapHeadRow}`,
    },
  };
  return { sheets: [sheet], names: [], properties: { title: meta.title } };
}

/** The joint summary as written (CLI and pane): printed like our sheets, with a "Shared between" footer. */
export function printedJointSummary(
  meta: Pick<AssessmentMeta, "title" | "us" | "them" | "date">,
  rec: Recommendation,
  roadmap: readonly RoadmapRow[],
  scores: { us: DimensionScores; them?: DimensionScores },
  options: JointOptions = {}
): WorkbookPlan {
  const plan = buildJointSummaryPlan(meta, rec, roadmap, scores, options);
  const label = `Shared between ${meta.us} and ${meta.them}`;
  return { ...plan, sheets: plan.sheets.map((s) => withPrintSettings(s, meta, label)) };
}
