import {
  ANSWER_CELL,
  FUNCTION_CELL,
  isNotApplicable,
  parseScore,
  type ScoreRules,
} from "../../../src/core/input";
import { THRESHOLDS } from "../../../src/core/method";
import { parseScore as functionScore } from "../../../src/functions/ranges";
import { parseScore as readbackScore } from "../../../src/core/workbook/readback";

const { scaleMin: MIN, scaleMax: MAX } = THRESHOLDS;
const BOTH: [string, ScoreRules][] = [
  ["an answer cell", ANSWER_CELL],
  ["a function cell", FUNCTION_CELL],
];

describe.each(BOTH)("parseScore, %s", (_name, rules) => {
  it("takes every whole number of the scale, as a number or as text", () => {
    for (let n = MIN; n <= MAX; n++) {
      for (const raw of [n, String(n), ` ${n} `, `${n}.0`, `+${n}`]) {
        expect({ raw, parsed: parseScore(raw, rules) }).toEqual({
          raw,
          parsed: { ok: true, score: n },
        });
      }
    }
  });

  it("leaves blank and N/A out (score null)", () => {
    for (const raw of [null, undefined, "", "   ", "N/A", "n/a", " N/A "]) {
      expect(parseScore(raw, rules)).toEqual({ ok: true, score: null });
    }
  });

  it("refuses one past each end of the scale and anything that is not a number", () => {
    // Just below the scale: 0 itself is blank for a function cell (see below), so half a point under.
    const below = rules.zeroIsBlank ? MIN - 0.5 : MIN - 1;
    for (const raw of [
      below,
      MAX + 1,
      `${MAX + 1}`,
      "x",
      "3 points",
      true,
      Number.NaN,
      Infinity,
      { a: 1 },
    ]) {
      expect({ raw, ok: parseScore(raw, rules).ok }).toEqual({ raw, ok: false });
    }
  });

  it("refuses the text 0: only an empty cell seen through a formula arrives as the number 0", () => {
    expect(parseScore("0", rules).ok).toBe(false);
  });
});

describe("the two rule sets differ only where the cells do", () => {
  it("an answer is a whole number; a function cell may hold a mean", () => {
    expect(parseScore(2.5, ANSWER_CELL)).toEqual({ ok: false, why: "2.5 is not a whole number" });
    expect(parseScore(2.5, FUNCTION_CELL)).toEqual({ ok: true, score: 2.5 });
  });

  it("the number 0 is a wrong answer in an item cell but an empty cell reaching a function", () => {
    expect(parseScore(0, ANSWER_CELL)).toEqual({ ok: false, why: `0 is outside ${MIN}-${MAX}` });
    expect(parseScore(0, FUNCTION_CELL)).toEqual({ ok: true, score: null });
  });

  it('"NA" without the slash is N/A for a function, but not in an item cell (the sheet counts it otherwise)', () => {
    expect(isNotApplicable("NA", FUNCTION_CELL)).toBe(true);
    expect(isNotApplicable("NA", ANSWER_CELL)).toBe(false);
    expect(parseScore("NA", ANSWER_CELL)).toEqual({ ok: false, why: 'text "NA" is not a score' });
  });

  it("says why, for the message that names the cell", () => {
    expect(parseScore(MAX + 1, ANSWER_CELL)).toEqual({
      ok: false,
      why: `${MAX + 1} is outside ${MIN}-${MAX}`,
    });
    expect(parseScore("x", ANSWER_CELL)).toEqual({ ok: false, why: 'text "x" is not a score' });
  });
});

describe("every edge parses with the one parser", () => {
  const cases: unknown[] = [null, "", "N/A", "NA", 0, "0", 1, "3", 2.5, 6, "x", true];

  it("read-back of item tables uses the answer-cell rules", () => {
    for (const raw of cases) {
      expect({ raw, got: readbackScore(raw) }).toEqual({ raw, got: parseScore(raw, ANSWER_CELL) });
    }
  });

  it("the COLLAB.* functions use the function-cell rules", () => {
    for (const raw of cases) {
      const want = parseScore(raw, FUNCTION_CELL);
      if (want.ok) expect({ raw, got: functionScore(raw, "x") }).toEqual({ raw, got: want.score });
      else expect(() => functionScore(raw, "x")).toThrow(/x: .* is not a score; allowed/);
    }
  });
});
