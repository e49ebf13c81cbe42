import { checkStartDate } from "../../../src/cli/commands/recommend";
import { daysInMonth, isIsoDate, parseIsoDate } from "../../../src/core/input";
import { addDays } from "../../../src/core/method";
import { isoToSerial } from "../../../src/core/workbook/a1";
import { DEMO_META } from "../../../src/core/workbook/demo";
import { validateMeta as layoutMeta } from "../../../src/core/workbook/layout";
import { parseStartDate } from "../../../src/functions/roadmap-table";
import { validateMeta as paneMeta } from "../../../src/taskpane/views/NewAssessmentView";
import { validateSettings } from "../../../src/taskpane/views/RoadmapView";
import { buildAssessmentPlan, LAYOUT } from "../../../src/core/workbook/layout";
import { SHEET_NAMES } from "../../../src/core/workbook/names";
import { loadWorkbook, planToBuffer, readMeta } from "../../../src/xlsx";

describe("isIsoDate: a real calendar date written YYYY-MM-DD", () => {
  it.each([
    "2026-01-01",
    "2026-01-31",
    "2026-02-28",
    "2024-02-29", // leap year
    "2000-02-29", // divisible by 400: leap
    "2026-04-30",
    "2026-12-31",
    "0001-01-01",
    "9999-12-31",
  ])("accepts %s", (text) => {
    expect(isIsoDate(text)).toBe(true);
  });

  it.each([
    ["2026-02-30", "Date.parse rolls it to 2026-03-02"],
    ["2026-02-29", "2026 is not a leap year"],
    ["1900-02-29", "divisible by 100, not by 400: not leap"],
    ["2026-04-31", "April has 30 days"],
    ["2026-13-01", "month 13"],
    ["2026-00-10", "month 0"],
    ["2026-01-00", "day 0"],
    ["2026-01-32", "day 32"],
    ["2026-1-05", "one-digit month"],
    ["26-01-05", "two-digit year"],
    [" 2026-01-05", "leading space (callers trim if they allow it)"],
    ["2026-01-05T00:00", "a date-time"],
    ["2026/01/05", "slashes"],
    ["", "empty"],
  ])("refuses %p (%s)", (text) => {
    expect(isIsoDate(text)).toBe(false);
    expect(parseIsoDate(text)).toBeNull();
  });

  it("refuses values that are not text", () => {
    for (const v of [null, undefined, 46000, new Date(Date.UTC(2026, 0, 5))]) {
      expect(isIsoDate(v)).toBe(false);
    }
  });

  it("parses to year, month and day", () => {
    expect(parseIsoDate("2024-02-29")).toEqual([2024, 2, 29]);
  });

  it("agrees with the calendar on every day of a leap and a common year", () => {
    for (const year of [2024, 2026]) {
      for (let month = 1; month <= 12; month++) {
        const last = daysInMonth(year, month);
        const pad = (n: number) => String(n).padStart(2, "0");
        expect(isIsoDate(`${year}-${pad(month)}-${pad(last)}`)).toBe(true);
        expect(isIsoDate(`${year}-${pad(month)}-${pad(last + 1)}`)).toBe(false);
        // The JavaScript calendar agrees: the last day is followed by the 1st of the next month.
        expect(new Date(Date.UTC(year, month - 1, last + 1)).getUTCDate()).toBe(1);
      }
    }
  });
});

describe("every edge refuses the same dates", () => {
  const refuses = (f: () => unknown) => {
    try {
      f();
      return false;
    } catch {
      return true;
    }
  };
  const edges: Record<string, (date: string) => boolean> = {
    "pane, new assessment": (d) => "date" in paneMeta({ ...DEMO_META, date: d }),
    "pane, roadmap start": (d) => "startDate" in validateSettings(d, "3"),
    "workbook cover": (d) => refuses(() => layoutMeta({ ...DEMO_META, date: d })),
    "engine roadmap": (d) => refuses(() => addDays(d, 0)),
    "date serial": (d) => refuses(() => isoToSerial(d)),
    "COLLAB.ROADMAP start_date": (d) => refuses(() => parseStartDate(d, "start_date")),
    "collabfit recommend --start": (d) => refuses(() => checkStartDate(d)),
  };

  it.each(["2026-02-30", "2025-02-29", "2026-04-31", "2026-13-01", "2026-01-00", "2026/01/05"])(
    "%s is refused by every edge",
    (date) => {
      for (const [edge, refused] of Object.entries(edges)) {
        expect({ edge, refused: refused(date) }).toEqual({ edge, refused: true });
      }
    }
  );

  it.each(["2024-02-29", "2026-12-31", "2026-01-01"])("%s is accepted by every edge", (date) => {
    for (const [edge, refused] of Object.entries(edges)) {
      expect({ edge, refused: refused(date) }).toEqual({ edge, refused: false });
    }
  });
});

describe("a cover date typed as text in an .xlsx file", () => {
  async function readCoverDate(text: string) {
    const wb = await loadWorkbook(await planToBuffer(buildAssessmentPlan(DEMO_META)));
    wb.getWorksheet(SHEET_NAMES.cover)!.getCell(LAYOUT.cover.date).value = text;
    return readMeta(wb);
  }

  it("is read when it is a real date", async () => {
    const read = await readCoverDate("2024-02-29");
    expect(read.meta.date).toBe("2024-02-29");
    expect(read.problems).toEqual([]);
  });

  it("is a problem naming the cell when it is not (2026-02-30)", async () => {
    const read = await readCoverDate("2026-02-30");
    expect(read.problems).toEqual([
      expect.objectContaining({
        sheet: SHEET_NAMES.cover,
        cell: LAYOUT.cover.date,
        value: "2026-02-30",
        message: expect.stringMatching(/assessment date "2026-02-30" is not a date/),
      }),
    ]);
  });
});
