/** The one months-per-step rule: the pane, the functions, the CLI and the engine all ask here. */
import { THRESHOLDS } from "../method/method";

export const MONTHS_PER_STEP_MIN = THRESHOLDS.minMonthsPerStep;
export const MONTHS_PER_STEP_MAX = THRESHOLDS.maxMonthsPerStep;

/** Whether `months` is allowed as months per level step: a whole number in THRESHOLDS' range. */
export function isMonthsPerStep(months: unknown): months is number {
  return (
    typeof months === "number" &&
    Number.isInteger(months) &&
    months >= MONTHS_PER_STEP_MIN &&
    months <= MONTHS_PER_STEP_MAX
  );
}

/** What is allowed, in the words every message uses. */
export const MONTHS_PER_STEP_HINT = `a whole number from ${MONTHS_PER_STEP_MIN} to ${MONTHS_PER_STEP_MAX}`;
