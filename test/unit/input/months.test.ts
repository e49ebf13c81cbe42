import {
  isMonthsPerStep,
  MONTHS_PER_STEP_HINT,
  MONTHS_PER_STEP_MAX,
  MONTHS_PER_STEP_MIN,
} from "../../../src/core/input";
import { THRESHOLDS } from "../../../src/core/method";
import { MONTHS_MAX, MONTHS_MIN, validateSettings } from "../../../src/taskpane/views/RoadmapView";

describe("months per step: one range, from THRESHOLDS", () => {
  it("is THRESHOLDS' range, and the pane uses the same one", () => {
    expect([MONTHS_PER_STEP_MIN, MONTHS_PER_STEP_MAX]).toEqual([
      THRESHOLDS.minMonthsPerStep,
      THRESHOLDS.maxMonthsPerStep,
    ]);
    expect([MONTHS_MIN, MONTHS_MAX]).toEqual([MONTHS_PER_STEP_MIN, MONTHS_PER_STEP_MAX]);
    expect(MONTHS_PER_STEP_HINT).toBe(
      `a whole number from ${THRESHOLDS.minMonthsPerStep} to ${THRESHOLDS.maxMonthsPerStep}`
    );
  });

  it("accepts the ends of the range and refuses one past them", () => {
    const { minMonthsPerStep: min, maxMonthsPerStep: max } = THRESHOLDS;
    expect([min - 1, min, max, max + 1].map(isMonthsPerStep)).toEqual([false, true, true, false]);
  });

  it.each([[2.5], [Number.NaN], [Number.POSITIVE_INFINITY], ["3"], [null], [undefined]])(
    "refuses %p (a whole number is required)",
    (v) => {
      expect(isMonthsPerStep(v)).toBe(false);
    }
  );

  it("the pane refuses and accepts exactly what the engine does", () => {
    const { minMonthsPerStep: min, maxMonthsPerStep: max } = THRESHOLDS;
    for (let n = min - 2; n <= max + 2; n++) {
      expect({ n, paneOk: !validateSettings("2026-01-15", String(n)).months }).toEqual({
        n,
        paneOk: isMonthsPerStep(n),
      });
    }
  });

  it("the pane refuses an impossible start date like the engine", () => {
    expect(validateSettings("2026-02-30", "3").startDate).toBe(
      "Enter the start date as YYYY-MM-DD."
    );
    expect(validateSettings("2024-02-29", "3")).toEqual({});
  });
});
