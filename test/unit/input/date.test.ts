import { daysInMonth, isIsoDate, parseIsoDate } from "../../../src/core/input";

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
