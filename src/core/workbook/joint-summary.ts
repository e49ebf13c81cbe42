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
import { shownScore as num } from "./summary";
import { commonTexts } from "../texts/parts/common";
import { workbookTexts } from "../texts/parts/workbook";

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
  const t = workbookTexts().joint;
  const cells: CellWrite[] = [];
  let row = 1;
  const put = (col: string, value: string | number | null, style?: CellWrite["style"]) =>
    cells.push({ address: `${col}${row}`, value, ...(style && { style }) });

  put("A", t.title, { bold: true, fontSize: 16, fontColor: "#1F3864" });
  row++;
  put("A", meta.title, { bold: true, fontSize: 12 });
  row++;
  put("A", t.sharedAfter(meta.us, meta.them, meta.date ? readableDate(meta.date) : ""));
  row += 2;
  put("A", t.startAim, bold);
  put("B", t.startAs(modelName(rec.startModel), modelName(rec.targetModel)), wrap);
  row += 2;

  // Both sides' scores. Their view is shown in our frame (mirrored dimensions swapped), and the
  // gap is the difference of the two numbers shown, so a reader can check it.
  put("A", t.dimension, head);
  put("B", t.us(meta.us), head);
  put("C", t.themInOurFrame(meta.them), head);
  put("D", t.gap, head);
  row++;
  const firstScoreRow = row;
  for (const k of DIMENSION_KEYS) {
    const us = scores.us[k];
    const them = scores.them?.[k];
    put("A", dimensionLabel(k));
    put("B", num(us), { numberFormat: "0.00" });
    put("C", scores.them ? num(them) : t.notAnswered, { numberFormat: "0.00" });
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
  put("A", t.ourFrame, { italic: true, wrap: true, vertical: "top" });
  row += 2;

  put("A", t.agreedGaps, head);
  put("B", "", head);
  row++;
  const gaps = [...rec.perceptionGaps].sort(
    (a, b) => Math.abs(b.us - b.them) - Math.abs(a.us - a.them)
  );
  if (!gaps.length) {
    put("A", t.noGaps, wrap);
    row++;
  }
  for (const g of gaps) {
    put("A", dimensionLabel(g.dimension), wrap);
    put(
      "B",
      t.gapLine(
        meta.us,
        String(num(g.us)),
        meta.them,
        String(num(g.them)),
        String(num(Math.abs(g.us - g.them)))
      ),
      wrap
    );
    row++;
  }
  row++;

  if (options.includeBlockers && rec.partnershipBlockers.length) {
    put("A", t.blockers, head);
    put("B", "", head);
    row++;
    for (const b of rec.partnershipBlockers) {
      put("A", t.blocker(dimensionLabel(b as DimensionKey)), wrap);
      row++;
    }
    row++;
  }

  if (options.signOff?.length) {
    put("A", t.signOff, head);
    put("B", t.name, head);
    put("C", t.date, head);
    row++;
    for (const s of options.signOff) {
      put("A", s.role, wrap);
      put("B", s.name, wrap);
      put("C", s.date ? readableDate(s.date) : t.notDated, wrap);
      row++;
    }
    row++;
  }

  put("A", t.roadmap, head);
  const roadmapHeadRow = row;
  put("B", t.action, head);
  put("C", t.owner, head);
  put("D", t.due, head);
  row++;
  const owner = { us: meta.us, them: meta.them, joint: t.both } as const;
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

  put("A", t.ownActions(meta.us), {
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
  // Without a creator the file said "Unknown" (exceljs's default) where our workbooks say CollabFit.
  return {
    sheets: [sheet],
    names: [],
    properties: { title: meta.title, creator: commonTexts().productName },
  };
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
  const label = workbookTexts().joint.label(meta.us, meta.them);
  return { ...plan, sheets: plan.sheets.map((s) => withPrintSettings(s, meta, label)) };
}
