/** Arguments and table shape of COLLAB.ROADMAP; the roadmap itself comes from the engine. */
import {
  isMonthsPerStep,
  modelLevel,
  type ModelId,
  type Perspective,
  type RoadmapRow,
} from "../core/method";
import { isIsoDate } from "../core/input";
import { buildPathRoadmap, roadmapCells, roadmapHeaders } from "../core/texts/roadmap-words";
import { serialToIso } from "../core/workbook/a1";
import { inputError } from "./errors";

/** Serials below 61 (1900-03-01) count a 29 Feb 1900 that never was, so they are refused. */
const FIRST_SERIAL = 61;
/** 9999-12-31, the last date Excel shows. */
const LAST_SERIAL = 2_958_465;

/** A date cell (Excel serial number) or ISO text, as ISO YYYY-MM-DD. */
export function parseStartDate(value: unknown, argName: string): string {
  if (value === null || value === undefined || value === "" || value === 0) {
    throw inputError({ code: "dateBlank", arg: argName });
  }
  if (typeof value === "number" && Number.isFinite(value)) {
    if (value < FIRST_SERIAL || value > LAST_SERIAL) {
      throw inputError({
        code: "dateOutOfRange",
        arg: argName,
        value,
        first: serialToIso(FIRST_SERIAL),
      });
    }
    return serialToIso(value);
  }
  if (typeof value === "string" && isIsoDate(value.trim())) return value.trim();
  throw inputError({ code: "notADate", arg: argName, value });
}

/** Months per level step: a whole number in the engine's range, or undefined (its default) when blank. */
export function parseMonths(value: unknown, argName: string): number | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  const n =
    typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : NaN;
  if (!isMonthsPerStep(n)) {
    throw inputError({ code: "badMonths", arg: argName, value });
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
    throw inputError({
      code: "modelsReversed",
      fromArg: "model_from",
      toArg: "model_to",
      from,
      to,
    });
  }
  return roadmapRowsToTable(buildPathRoadmap(from, to, perspective, { startDate, monthsPerStep }));
}
