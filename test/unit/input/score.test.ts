import {
  ANSWER_CELL,
  FUNCTION_CELL,
  isNotApplicable,
  parseScore,
  type ScoreRules,
} from "../../../src/core/input";
import { THRESHOLDS } from "../../../src/core/method";
import { parseScore as functionScore } from "../../../src/functions/ranges";
import { parseScore as readbackScore, scoreProblemText } from "../../../src/core/workbook/readback";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { untranslated } from "../../support/untranslated";

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
    expect(parseScore(2.5, ANSWER_CELL)).toEqual({
      ok: false,
      problem: { rule: "notWhole", value: 2.5 },
    });
    expect(parseScore(2.5, FUNCTION_CELL)).toEqual({ ok: true, score: 2.5 });
  });

  it("the number 0 is a wrong answer in an item cell but an empty cell reaching a function", () => {
    expect(parseScore(0, ANSWER_CELL)).toEqual({
      ok: false,
      problem: { rule: "outsideScale", value: 0, min: MIN, max: MAX },
    });
    expect(parseScore(0, FUNCTION_CELL)).toEqual({ ok: true, score: null });
  });

  it('"NA" without the slash is N/A for a function, but not in an item cell (the sheet counts it otherwise)', () => {
    expect(isNotApplicable("NA", FUNCTION_CELL)).toBe(true);
    expect(isNotApplicable("NA", ANSWER_CELL)).toBe(false);
    expect(parseScore("NA", ANSWER_CELL)).toEqual({
      ok: false,
      problem: { rule: "text", value: "NA" },
    });
  });

  it("says why as data, worded where the message that names the cell is made", () => {
    const why = (raw: unknown) => {
      const parsed = parseScore(raw, ANSWER_CELL);
      return parsed.ok ? "a score" : scoreProblemText(parsed.problem);
    };
    expect(why(MAX + 1)).toBe(`${MAX + 1} is outside ${MIN}-${MAX}`);
    expect(why(`${MAX + 1}`)).toBe(`${MAX + 1} is outside ${MIN}-${MAX}`);
    expect(why("x")).toBe('text "x" is not a score');
    expect(why(2.5)).toBe("2.5 is not a whole number");
    expect(why(true)).toBe("true is not a score");
    expect(why({ a: 1 })).toBe('{"a":1} is not a score');
    expect(why(Infinity)).toBe("is not a number");
  });

  it("the words come from the catalogue (pseudo-locale), the value stays as the cell holds it", () => {
    setLanguage(PSEUDO_LOCALE);
    try {
      for (const raw of [MAX + 1, "x", 2.5, true, Infinity]) {
        const parsed = parseScore(raw, ANSWER_CELL);
        if (parsed.ok) throw new Error(`${String(raw)} parsed`);
        const text = scoreProblemText(parsed.problem);
        expect(text).toMatch(/^⟦.*⟧$/);
        expect(untranslated(text)).toEqual([]);
      }
    } finally {
      setLanguage("en");
    }
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
