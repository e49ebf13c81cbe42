/** The Roadmap sheet: one phase a row, from the start model to the target. */
import { ROADMAP_COLUMNS } from "../../method";
import { roadmapTexts } from "../../texts/parts/roadmap";
import { roadmapCells, roadmapHeaders } from "../../texts/roadmap-words";
import type { RoadmapRow } from "../../method/types";
import { columnLetter, isoToSerial, parseCell } from "../a1";
import { ROADMAP_STATUSES, SHEET_NAMES, TABLE_NAMES } from "../names";
import type { CellValue, SheetPlan } from "../plan";
import { workbookTexts } from "../../texts/parts/workbook";
import { COLORS, LAYOUT, TAB_COLORS, dateValidation, joinedBy, titleCell } from "./common";

/**
 * CF_Roadmap's columns by key: the shared roadmap columns, plus the Status a team keeps up to date
 * on the sheet. The headers are the roadmap part's labels in the active language (roadmapSheetHeaders);
 * nothing reads the table back by its headers, and its formats address columns by letter.
 */
export const ROADMAP_SHEET_COLUMNS = [...ROADMAP_COLUMNS, "status"] as const;

/** CF_Roadmap's headers in the active language, in column order. */
export function roadmapSheetHeaders(): string[] {
  return [...roadmapHeaders(), roadmapTexts().columns.status];
}

/** Roadmap rows as table values: dates become real date serials, status starts at "Not started". */
export function buildRoadmapRows(rows: readonly RoadmapRow[]): CellValue[][] {
  return rows.map((r) => [...roadmapCells(r, isoToSerial), ROADMAP_STATUSES[0]]);
}

/** The Roadmap sheet, alone: regenerate it without touching the rest. */
export function buildRoadmapPlan(rows: readonly RoadmapRow[]): SheetPlan {
  const values = rows.length ? buildRoadmapRows(rows) : [ROADMAP_SHEET_COLUMNS.map(() => null)];
  const top = LAYOUT.roadmapTopLeft;
  const first = parseCell(top).row + 1;
  const last = first + values.length - 1;
  const lastCol = columnLetter(ROADMAP_SHEET_COLUMNS.length);
  const status = lastCol;
  const t = workbookTexts();
  const statuses = joinedBy(ROADMAP_STATUSES, t.commaMore);
  return {
    name: SHEET_NAMES.roadmap,
    role: "roadmap",
    tabColor: TAB_COLORS.roadmap,
    // Printed in three column groups (print.ts) at 8 pt or more, the phase repeated on each.
    columnWidths: {
      A: 28,
      B: 22,
      C: 22,
      D: 12,
      E: 12,
      F: 30,
      G: 48,
      H: 32,
      I: 8,
      J: 10,
      K: 32,
      L: 12,
    },
    freeze: { rows: first - 1, columns: 1 },
    cells: [
      titleCell(t.roadmap.title),
      {
        address: "A2",
        value: rows.length ? t.roadmap.intro : t.roadmap.empty,
        style: { fontColor: COLORS.muted },
      },
    ],
    rangeStyles: [
      { range: `D${first}:E${last}`, style: { numberFormat: "yyyy-mm-dd", unlocked: true } },
      { range: `A${first}:${lastCol}${last}`, style: { wrap: true, vertical: "top" } },
    ],
    tables: [
      {
        name: TABLE_NAMES.roadmap,
        topLeft: top,
        headers: roadmapSheetHeaders(),
        rows: values,
        style: "TableStyleMedium5",
      },
    ],
    validations: [
      {
        kind: "list",
        range: `${status}${first}:${status}${last}`,
        values: [...ROADMAP_STATUSES],
        allowBlank: true,
        prompt: {
          title: t.roadmap.statusPrompt.title,
          message: t.roadmap.statusPrompt.message(statuses),
        },
        error: { title: t.statusError, message: t.allowed(statuses) },
      },
      dateValidation(`D${first}:E${last}`),
    ],
    conditionalFormats: [
      {
        kind: "formula",
        range: `A${first}:${lastCol}${last}`,
        formula: `AND(ISNUMBER($D${first}),ISNUMBER($E${first}),TODAY()>=$D${first},TODAY()<=$E${first})`,
        fill: COLORS.current,
      },
      {
        kind: "formula",
        range: `A${first}:${lastCol}${last}`,
        formula: `AND(ISNUMBER($E${first}),TODAY()>$E${first},$${status}${first}<>"${ROADMAP_STATUSES[2]}")`,
        fill: "#FFFFFF",
        fontColor: COLORS.overdue,
      },
    ],
    print: { landscape: true, fitToWidth: true, printTitleRows: `$${first - 1}:$${first - 1}` },
  };
}
