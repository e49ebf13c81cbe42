/** The Results sheet: live COLLAB.* formulas beside a snapshot of the recommendation. */
import { DIMENSION_KEYS, MODELS, RULE_ORDER } from "../../method";
import { dimensionLabel, modelName } from "../../texts/method-words";
import {
  actionTexts,
  confidenceText,
  labelList,
  marginsText,
  readableTimestamp,
  reasonTexts,
  regimeText,
} from "../../texts/render";
import type { Recommendation } from "../../method/types";
import { commonTexts } from "../../texts/parts/common";
import { workbookTexts } from "../../texts/parts/workbook";
import { DEFINED_NAMES, SHEET_NAMES, sheetRef } from "../names";
import { absolute } from "../a1";
import type { CellValue, CellWrite, DefinedNamePlan, SheetPlan } from "../plan";
import { COLORS, LAYOUT, TAB_COLORS, scoreColorScale, titleCell } from "./common";
import { scoresRow } from "./scores";

/** The Scores sheet in formulas, in the language being written (RESULT_ROWS, built once, reads it through getters). */
const scoresRef = () => sheetRef(SHEET_NAMES.scores);
const ARGS = `${DEFINED_NAMES.ourScores},${DEFINED_NAMES.theirScores},${DEFINED_NAMES.perspective}`;

/**
 * The most lines COLLAB.EXPLAIN can return, from the engine's data: its fixed lines (target, start,
 * trust gap, power, rules fired, drivers), one reason per rule, every dimension as a partnership
 * blocker and as a perception gap, and the most actions one recommendation gathers (the largest
 * "put in place" list of a model, plus the trust, difference-risk and workshop actions R2, R7, R8 and
 * the gap check add: at most 1 + 3 + 2 + 1). test/unit/workbook/spill.test.ts holds the engine to it.
 */
export const EXPLAIN_MAX_LINES =
  6 +
  RULE_ORDER.length +
  DIMENSION_KEYS.length * 2 +
  Math.max(...MODELS.map((m) => m.putInPlace.length)) +
  1 +
  3 +
  2 +
  1;

export interface ResultRow {
  /** The row's label, from the catalogue when read (so the active language applies). */
  readonly label: string;
  /** Live formula (COLLAB.* or native), without "=". */
  live?: { formula: string; addin: boolean };
  /** The live formula spills: the most rows and columns its result can take (anchor included). */
  spill?: { rows: number; cols: number };
  snapshot: (rec: Recommendation) => CellValue;
  numberFormat?: string;
}

const list = (xs: readonly string[]) => (xs.length ? xs.join("; ") : commonTexts().none);

type RowKey = keyof ReturnType<typeof workbookTexts>["results"]["rows"];

/** A row whose label is read from the catalogue's `results.rows[key]` when asked. */
function labelled(key: RowKey, row: Omit<ResultRow, "label">): ResultRow {
  return Object.defineProperty(row, "label", {
    enumerable: true,
    get: () => workbookTexts().results.rows[key],
  }) as ResultRow;
}

/** The Results rows, in order; row i sits at sheet row LAYOUT.results.firstRow + i. */
export const RESULT_ROWS: readonly ResultRow[] = (() => {
  const r0 = LAYOUT.results.firstRow;
  const live = LAYOUT.results.liveColumn;
  return [
    labelled("target", {
      live: { formula: `COLLAB.MODEL(${ARGS})`, addin: true },
      snapshot: (rec) => modelName(rec.targetModel),
    }),
    labelled("start", {
      live: { formula: `COLLAB.START(${ARGS})`, addin: true },
      snapshot: (rec) => modelName(rec.startModel),
    }),
    labelled("trust", {
      live: {
        get formula() {
          return `${scoresRef()}!$E$${scoresRow("trust")}`;
        },
        addin: false,
      },
      snapshot: (rec) => rec.effective.trust,
      numberFormat: "0.00",
    }),
    labelled("trustGap", {
      live: { formula: `COLLAB.TRUSTGAP(${live}${r0},${live}${r0 + 2})`, addin: true },
      snapshot: (rec) => rec.trustGap,
      numberFormat: "0.00",
    }),
    labelled("ourDependence", {
      live: {
        get formula() {
          return `${scoresRef()}!$E$${scoresRow("ourDependence")}`;
        },
        addin: false,
      },
      snapshot: (rec) => rec.effective.ourDependence,
      numberFormat: "0.00",
    }),
    labelled("theirDependence", {
      live: {
        get formula() {
          return `${scoresRef()}!$E$${scoresRow("theirDependence")}`;
        },
        addin: false,
      },
      snapshot: (rec) => rec.effective.theirDependence,
      numberFormat: "0.00",
    }),
    labelled("power", {
      live: {
        formula: `COLLAB.POWER(${live}${r0 + 4},${live}${r0 + 5},${DEFINED_NAMES.perspective})`,
        addin: true,
      },
      snapshot: (rec) => regimeText(rec.powerRegime),
    }),
    labelled("why", {
      live: { formula: `COLLAB.EXPLAIN(${ARGS})`, addin: true },
      spill: { rows: EXPLAIN_MAX_LINES, cols: 1 },
      snapshot: (rec) => reasonTexts(rec).join("\n"),
    }),
    labelled("confidence", { snapshot: (rec) => confidenceText(rec.confidence) }),
    labelled("margins", { snapshot: (rec) => marginsText(rec) }),
    labelled("blockers", { snapshot: (rec) => labelList(rec.partnershipBlockers) }),
    labelled("gaps", {
      snapshot: (rec) =>
        list(
          rec.perceptionGaps.map((g) =>
            workbookTexts().results.perceptionGap(
              dimensionLabel(g.dimension),
              fmt(g.us),
              fmt(g.them)
            )
          )
        ),
    }),
    labelled("rules", {
      snapshot: (rec) => list(rec.reasons.map((r) => r.rule)),
    }),
    labelled("drivers", { snapshot: (rec) => labelList(rec.drivers) }),
    labelled("actions", { snapshot: (rec) => list(actionTexts(rec)) }),
  ];
})();

function fmt(n: number): string {
  return (Math.round(n * 100) / 100).toString();
}

/** The last sheet row a spilled live formula of Results may fill. */
function spillBottom(): number {
  const { firstRow } = LAYOUT.results;
  return Math.max(
    firstRow + RESULT_ROWS.length,
    ...RESULT_ROWS.map((r, i) => (r.spill ? firstRow + i + r.spill.rows - 1 : 0))
  );
}

/** Below the room every spilled live formula needs (see spillBottom), after one blank row. */
export const CHART_TABLE_TOP = spillBottom() + 2;

/** The Results sheet, alone: regenerate it after a new recommendation without touching the rest. */
export function buildResultsPlan(
  rec: Recommendation | null,
  opts: { takenAt?: string } = {}
): SheetPlan {
  const { firstRow, liveColumn, snapshotColumn } = LAYOUT.results;
  const t = workbookTexts().results;
  const cells: CellWrite[] = [
    titleCell(t.title),
    {
      address: "A2",
      // True both where the live formulas are on (sheets the add-in wrote in Excel) and off.
      value: t.liveNote,
      style: { fontColor: COLORS.muted },
    },
  ];
  const hdr = { bold: true, fill: COLORS.header, border: "thin" as const };
  cells.push(
    { address: `A${firstRow - 1}`, value: t.result, style: hdr },
    { address: `${liveColumn}${firstRow - 1}`, value: t.live, style: hdr },
    { address: `${snapshotColumn}${firstRow - 1}`, value: t.snapshot, style: hdr }
  );
  const firstLive = RESULT_ROWS.findIndex((r) => r.live?.addin);
  RESULT_ROWS.forEach((r, i) => {
    const row = firstRow + i;
    const style = { numberFormat: r.numberFormat, wrap: true, vertical: "top" as const };
    cells.push({ address: `A${row}`, value: r.label, style: { bold: true, vertical: "top" } });
    if (r.live) {
      cells.push({
        address: `${liveColumn}${row}`,
        formula: r.live.formula,
        addinFormula: r.live.addin,
        // A file written outside Excel holds no COLLAB.* formula: the first says why.
        ...(r.live.addin && { offline: i === firstLive ? t.liveOff : null }),
        style,
      });
    }
    cells.push({
      address: `${snapshotColumn}${row}`,
      value: rec ? r.snapshot(rec) : null,
      style,
    });
  });
  const after = firstRow + RESULT_ROWS.length + 1;
  cells.push(
    { address: `A${after}`, value: t.snapshotTaken, style: { bold: true } },
    {
      address: `${snapshotColumn}${after}`,
      value: rec ? (opts.takenAt ? readableTimestamp(opts.takenAt) : null) : t.notComputed,
    }
  );

  // A small copy of both sides' scores: the chart's source, and readable without the add-in.
  const top = CHART_TABLE_TOP;
  cells.push(
    { address: `A${top}`, value: t.chart.dimension, style: hdr },
    { address: `B${top}`, value: t.chart.us, style: hdr },
    // Their view read from our side, as on the Scores sheet, so the chart compares like with like.
    { address: `C${top}`, value: t.chart.them, style: hdr }
  );
  DIMENSION_KEYS.forEach((k, i) => {
    const row = top + 1 + i;
    const src = scoresRow(k);
    cells.push(
      { address: `A${row}`, value: dimensionLabel(k) },
      { address: `B${row}`, formula: `${scoresRef()}!B${src}`, style: { numberFormat: "0.00" } },
      { address: `C${row}`, formula: `${scoresRef()}!C${src}`, style: { numberFormat: "0.00" } }
    );
  });
  const chartEnd = top + DIMENSION_KEYS.length;
  return {
    name: SHEET_NAMES.results,
    role: "results",
    tabColor: TAB_COLORS.results,
    columnWidths: { A: 32, B: 34, C: 56, E: 12 },
    cells,
    conditionalFormats: [scoreColorScale(`B${top + 1}:C${chartEnd}`)],
    charts: [
      {
        type: "radar",
        sourceRange: `A${top}:C${chartEnd}`,
        title: t.chart.title,
        anchor: "E3",
        name: "CF_ScoresChart",
      },
    ],
    // The chart's source table (below the spill room) is on the Summary and Scores already: printed
    // here it took a page of its own.
    print: { landscape: true, fitToWidth: true, printArea: `A1:${snapshotColumn}${after}` },
  };
}

/** CF_SnapshotTime: when the snapshot column was taken. */
export function resultsNames(): DefinedNamePlan[] {
  const { snapshotColumn, firstRow } = LAYOUT.results;
  return [
    {
      name: DEFINED_NAMES.snapshotTime,
      refersTo: `${sheetRef(SHEET_NAMES.results)}!${absolute(`${snapshotColumn}${firstRow + RESULT_ROWS.length + 1}`)}`,
    },
  ];
}
