/**
 * The Results sheet against the closed rounds (issue 13, METHOD.md P9): per dimension and side, the
 * change since the last round and since the first, and whether the trust gap is closing. Values of
 * the moment the results were updated, like the snapshot column; both adapters add the block to the
 * sheet buildResultsPlan builds (below the chart's table), so the sheet's own builder stays as it is.
 */
import { DIMENSION_KEYS } from "../method";
import { dimensionLabel } from "../texts/method-words";
import type { DimensionScores } from "../method/types";
import { compareRounds, sideRecord, type RoundRecord } from "../rounds/history";
import { readableDate } from "../texts/render";
import { workbookTexts } from "../texts/parts/workbook";
import { CHANGE_FORMAT, trustGapChangeFormat } from "./history";
import type { CellWrite, SheetPlan } from "./plan";
import { CHART_TABLE_TOP } from "./sheets/results";
import { COLORS } from "./sheets/common";

/** The block's header row: its title one blank row below the chart's table, then the header. */
export const ROUND_CHANGES_TOP = CHART_TABLE_TOP + DIMENSION_KEYS.length + 3;

/**
 * `closed`: the history, oldest first; `scores`: both sides' dimension scores now, theirs in our
 * frame (as the history keeps them); `trustGap`: the recommendation's. No history: the sheet as is.
 */
export function withRoundChanges(
  results: SheetPlan,
  closed: readonly RoundRecord[],
  scores: { us: DimensionScores; them?: DimensionScores },
  trustGap: number
): SheetPlan {
  if (!closed.length) return results;
  const cmp = compareRounds(closed, {
    us: sideRecord(scores.us),
    them: sideRecord(scores.them),
    trustGap,
  });
  const last = closed[closed.length - 1];
  const top = ROUND_CHANGES_TOP;
  const hdr = { bold: true, fill: COLORS.header, border: "thin" as const, wrap: true };
  const t = workbookTexts().roundChanges;
  const since = t.since(String(closed.length), readableDate(last.date));
  const first = t.since("1", readableDate(closed[0].date));
  const cells: CellWrite[] = [
    { address: `A${top - 1}`, value: t.title, style: { bold: true } },
    { address: `A${top}`, value: t.dimension, style: hdr },
    { address: `B${top}`, value: t.ours(since), style: hdr },
    { address: `C${top}`, value: t.ours(first), style: hdr },
    { address: `D${top}`, value: t.theirs(since), style: hdr },
    { address: `E${top}`, value: t.theirs(first), style: hdr },
  ];
  const change = (side: "us" | "them", k: (typeof DIMENSION_KEYS)[number]) =>
    cmp.changes.find((c) => c.side === side && c.dimension === k)!;
  DIMENSION_KEYS.forEach((k, i) => {
    const row = top + 1 + i;
    const num = (value: number | null): Omit<CellWrite, "address"> => ({
      value,
      style: { numberFormat: CHANGE_FORMAT },
    });
    cells.push(
      { address: `A${row}`, value: dimensionLabel(k) },
      { address: `B${row}`, ...num(change("us", k).sincePrevious) },
      { address: `C${row}`, ...num(change("us", k).sinceBaseline) },
      { address: `D${row}`, ...num(change("them", k).sincePrevious) },
      { address: `E${row}`, ...num(change("them", k).sinceBaseline) }
    );
  });
  // The trust gap (positive: trust short of what the target needs) against the last round.
  const gapRow = top + DIMENSION_KEYS.length + 1;
  const { now, previous } = cmp.trustGap;
  const f = (x: number) => (Math.round(x * 100) / 100).toFixed(2);
  cells.push(
    { address: `A${gapRow}`, value: t.trustGap, style: { bold: true } },
    {
      address: `B${gapRow}`,
      value: previous === null ? null : Math.round((now - previous) * 1e6) / 1e6,
      style: { numberFormat: trustGapChangeFormat() },
    },
    {
      address: `C${gapRow}`,
      value: t.trustGapNow(f(now), f(previous ?? now), String(closed.length)),
    }
  );
  return {
    ...results,
    // The two columns of their side, narrow on a sheet without rounds, hold a change and its header.
    columnWidths: { ...results.columnWidths, D: 18, E: 18 },
    cells: [...results.cells, ...cells],
  };
}
