/**
 * The roadmap's phases against the rounds (issue 13, METHOD.md P9), on the Roadmap sheet: beside each
 * phase's row, when its entry criteria were first met ("entry criteria met at round 2") or that they
 * are not met yet. Computed by phaseStatus (the same as `recommend --json`'s roadmapStatus); both
 * adapters add it to the sheet built by buildRoadmapPlan, so layout.ts stays as it is.
 */
import type { ModelId, RoadmapRow } from "../method/types";
import { phaseStatus, type PhaseRoundStatus } from "../rounds/history";
import { columnLetter, parseCell } from "./a1";
import { LAYOUT, ROADMAP_SHEET_COLUMNS } from "./layout";
import type { CellWrite, SheetPlan } from "./plan";
import { workbookTexts } from "../texts/parts/workbook";

/** Rows kept clear below the phases, so a shorter roadmap leaves no old status behind. */
const SPARE_ROWS = 8;

/** One phase's status as a person reads it. */
export function phaseStatusText(s: PhaseRoundStatus, rounds: number): string {
  const t = workbookTexts().roundStatus;
  if (s.entryMetAtRound === null) return t.notMet;
  const round = String(s.entryMetAtRound);
  return s.entryMetAtRound === rounds ? t.metNow(round) : t.metAt(round);
}

/**
 * The roadmap sheet with a status column beside the table (plain cells, not a table column, so the
 * roadmap table and everything reading it keep their shape). `closed` is the history, oldest first;
 * the open round, with `startModel`, is the last round.
 */
export function withRoundStatus(
  roadmapSheet: SheetPlan,
  roadmap: readonly RoadmapRow[],
  closed: readonly { startModel: ModelId }[],
  startModel: ModelId
): SheetPlan {
  const rounds = [...closed, { startModel }];
  const status = phaseStatus(roadmap, rounds);
  const top = parseCell(LAYOUT.roadmapTopLeft);
  const col = columnLetter(top.col + ROADMAP_SHEET_COLUMNS.length + 1);
  const cells: CellWrite[] = [
    {
      address: `${col}${top.row}`,
      value: workbookTexts().roundStatus.header,
      style: { bold: true, wrap: true },
    },
  ];
  for (let i = 0; i < status.length + SPARE_ROWS; i++)
    cells.push({
      address: `${col}${top.row + 1 + i}`,
      value: status[i] ? phaseStatusText(status[i], rounds.length) : null,
      style: { wrap: true, vertical: "top" },
    });
  return {
    ...roadmapSheet,
    columnWidths: { ...roadmapSheet.columnWidths, [col]: 26 },
    cells: [...roadmapSheet.cells, ...cells],
  };
}
