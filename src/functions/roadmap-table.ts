/** Arguments and table shape of COLLAB.ROADMAP; the roadmap itself comes from the engine. */
import {
  THRESHOLDS,
  isMonthsPerStep,
  modelLevel,
  type ModelId,
  type Perspective,
  type RoadmapRow,
} from "../core/method";
import { isIsoDate } from "../core/input";
import { buildPathRoadmap, roadmapCells, roadmapHeaders } from "../core/texts/roadmap-words";
import { serialToIso } from "../core/workbook/a1";
import { invalidValue, notAvailable } from "./errors";

/** Serials below 61 (1900-03-01) count a 29 Feb 1900 that never was, so they are refused. */
const FIRST_SERIAL = 61;
/** 9999-12-31, the last date Excel shows. */
const LAST_SERIAL = 2_958_465;

/** A date cell (Excel serial number) or ISO text, as ISO YYYY-MM-DD. */
export function parseStartDate(value: unknown, argName: string): string {
  if (value === null || value === undefined || value === "" || value === 0) {
    throw notAvailable(`${argName} is blank; it needs a date (a date cell or text YYYY-MM-DD)`);
  }
  if (typeof value === "number" && Number.isFinite(value)) {
    if (value < FIRST_SERIAL || value > LAST_SERIAL) {
      throw invalidValue(
        `${argName}: ${value} is not a date Excel can show from 1900-03-01 on; give a date cell or text YYYY-MM-DD`
      );
    }
    return serialToIso(value);
  }
  if (typeof value === "string" && isIsoDate(value.trim())) return value.trim();
  throw invalidValue(
    `${argName}: ${JSON.stringify(value)} is not a date; give a date cell or text YYYY-MM-DD (e.g. 2026-01-15)`
  );
}

/** Months per level step: a whole number in the engine's range, or undefined (its default) when blank. */
export function parseMonths(value: unknown, argName: string): number | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  const n =
    typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : NaN;
  if (!isMonthsPerStep(n)) {
    throw invalidValue(
      `${argName}: ${JSON.stringify(value)} is not allowed; give a whole number of months from ${THRESHOLDS.minMonthsPerStep} to ${THRESHOLDS.maxMonthsPerStep}`
    );
  }
  return n;
}

/**
 * Dates stay ISO text: a spilled array cannot carry a date format, and text reads the same everywhere.
 * The header row is in the active language, like the cells under it (nothing of ours looks it up).
 */
export function roadmapRowsToTable(rows: RoadmapRow[]): string[][] {
  return [roadmapHeaders(), ...rows.map((r) => roadmapCells(r, (iso) => iso))];
}

/**
 * ROADMAP has only the two models, no scores, so it is the engine's generic path without
 * gap-specific actions (a roadmap with those comes from the scores: the task pane, the CLI).
 */
export function roadmapTable(
  from: ModelId,
  to: ModelId,
  startDate: string,
  monthsPerStep: number | undefined,
  perspective: Perspective
): string[][] {
  // Checked here too so the error names the arguments and shows as #VALUE!.
  if (modelLevel(from) > modelLevel(to)) {
    throw invalidValue(
      `model_from (${from}) is above model_to (${to}); a roadmap climbs from the start model up to the target`
    );
  }
  return roadmapRowsToTable(buildPathRoadmap(from, to, perspective, { startDate, monthsPerStep }));
}
