/** Rounds over time: records, date order, and the change since the previous round and the baseline. */
import { DIMENSION_KEYS, recommend } from "../../../src/core/method";
import type { DimensionScores } from "../../../src/core/method/types";
import {
  RoundError,
  appendRound,
  checkHistory,
  checkRoundDate,
  compareRounds,
  phaseStatus,
  roundRecord,
  sideRecord,
  validIsoDate,
  type RoundRecord,
} from "../../../src/core/rounds";

const flat = (v: number): DimensionScores =>
  Object.fromEntries(DIMENSION_KEYS.map((k) => [k, v])) as DimensionScores;

function round(date: string, us: DimensionScores, them?: DimensionScores): RoundRecord {
  const recommendation = recommend({ perspective: "customer", us, ...(them ? { them } : {}) });
  return roundRecord({
    date,
    itemSetVersion: "2026.1",
    us,
    them,
    respondents: { us: 2, them: them ? 3 : 0 },
    recommendation,
  });
}

describe("round record", () => {
  test("keeps date, version, ten scores per side, respondents and the recommendation's facts", () => {
    const us = { ...flat(3), trust: 2.333333333 };
    const r = round("2026-01-10", us, flat(4));
    const rec = recommend({ perspective: "customer", us, them: flat(4) });
    expect(Object.keys(r.us)).toEqual([...DIMENSION_KEYS]);
    expect(r.us.trust).toBe(2.333333);
    expect(r.them.stakes).toBe(4);
    expect(r).toMatchObject({
      date: "2026-01-10",
      itemSetVersion: "2026.1",
      respondents: { us: 2, them: 3 },
      targetModel: rec.targetModel,
      startModel: rec.startModel,
      trustGap: rec.trustGap,
      powerRegime: rec.powerRegime,
    });
  });

  test("a one-sided round has no scores for them", () => {
    expect(Object.values(round("2026-01-10", flat(3)).them).every((v) => v === null)).toBe(true);
    expect(sideRecord({ trust: 4 }).mutuality).toBeNull();
  });

  test("a date that is not on the calendar is refused", () => {
    expect(validIsoDate("2026-02-29")).toBe(false);
    expect(validIsoDate("2028-02-29")).toBe(true);
    expect(validIsoDate("2026-1-5")).toBe(false);
    expect(() => round("2026-13-01", flat(3))).toThrow(
      /"2026-13-01" is not a date; allowed: YYYY-MM-DD/
    );
  });
});

describe("round dates", () => {
  const h = [round("2026-01-10", flat(3)), round("2027-01-12", flat(3.5))];

  test("a round before the last one is refused with the last date; the same day is allowed", () => {
    expect(() => checkRoundDate(h, "2027-01-11")).toThrow(RoundError);
    expect(() => checkRoundDate(h, "2027-01-11")).toThrow(
      "round date 2027-01-11 is before the last round (2027-01-12); allowed: 2027-01-12 or later"
    );
    expect(checkRoundDate(h, "2027-01-12")).toBe("2027-01-12");
    expect(checkRoundDate([], "1999-01-01")).toBe("1999-01-01");
    expect(() => appendRound(h, round("2026-06-01", flat(3)))).toThrow(/before the last round/);
    expect(appendRound(h, round("2028-01-01", flat(3)))).toHaveLength(3);
  });

  test("a history out of order is named by round", () => {
    expect(() => checkHistory([h[1], h[0]])).toThrow(
      "round 2 (2026-01-10) is dated before round 1 (2027-01-12); allowed: rounds oldest first"
    );
    expect(() => checkHistory(h)).not.toThrow();
  });
});

describe("change since the previous round and the baseline", () => {
  const base = round("2026-01-10", { ...flat(3), trust: 2 }, flat(3));
  const second = round(
    "2026-07-10",
    { ...flat(3), trust: 3, stakes: 2.5 },
    { ...flat(3), trust: 3.5 }
  );

  test("per side and dimension (hand computed), and a dimension missing in a round gives no change", () => {
    const now = round("2027-01-10", { ...flat(3), trust: 3.75, stakes: 4 }, flat(4));
    const c = compareRounds([base, second], now);
    expect(c.changes).toHaveLength(2 * DIMENSION_KEYS.length);
    const get = (side: "us" | "them", k: string) =>
      c.changes.find((x) => x.side === side && x.dimension === k)!;
    expect(get("us", "trust")).toMatchObject({
      now: 3.75,
      sincePrevious: 0.75,
      sinceBaseline: 1.75,
    });
    expect(get("us", "stakes")).toMatchObject({ sincePrevious: 1.5, sinceBaseline: 1 });
    expect(get("them", "trust")).toMatchObject({ now: 4, sincePrevious: 0.5, sinceBaseline: 1 });
    const oneSided = compareRounds([round("2026-01-10", flat(3))], now);
    expect(oneSided.changes.find((x) => x.side === "them")!.sincePrevious).toBeNull();
  });

  test("without history there is nothing to compare", () => {
    const c = compareRounds([], base);
    expect(c.changes.every((x) => x.sincePrevious === null && x.sinceBaseline === null)).toBe(true);
    expect(c.trustGap.trend).toBe("no earlier round");
  });

  test("trust gap: closing, widening, unchanged, closed", () => {
    const withGap = (g: number) => ({ ...base, trustGap: g });
    expect(compareRounds([withGap(1.5)], withGap(0.5)).trustGap).toEqual({
      now: 0.5,
      previous: 1.5,
      trend: "closing",
    });
    expect(compareRounds([withGap(0.5)], withGap(1)).trustGap.trend).toBe("widening");
    expect(compareRounds([withGap(0.5)], withGap(0.5)).trustGap.trend).toBe("unchanged");
    expect(compareRounds([withGap(0.5)], withGap(-0.5)).trustGap.trend).toBe("closed");
    // Compared with the previous round, not the baseline.
    expect(compareRounds([withGap(0.2), withGap(1.5)], withGap(1)).trustGap.trend).toBe("closing");
  });
});

describe("roadmap phases against the rounds", () => {
  const phases = [
    { code: "BASE", phase: "Baseline", toModel: "transactional" as const },
    { code: "STEP1", phase: "To cooperative", toModel: "cooperative" as const },
    { code: "STEP2", phase: "To collaborative", toModel: "collaborative" as const },
  ];
  test("a phase's entry is met at the first round whose start model reaches its model", () => {
    const s = phaseStatus(phases, [
      { startModel: "transactional" },
      { startModel: "cooperative" },
      { startModel: "transactional" },
    ]);
    expect(s.map((p) => [p.code, p.entryMetAtRound])).toEqual([
      ["BASE", 1],
      ["STEP1", 2],
      ["STEP2", null],
    ]);
  });
  test("no round at all: nothing met", () => {
    expect(phaseStatus(phases, []).every((p) => p.entryMetAtRound === null)).toBe(true);
  });
});
