import {
  DIMENSIONS,
  DIMENSION_KEYS,
  ITEMS,
  PRINCIPLES,
  THRESHOLDS,
} from "../../../src/core/method";
import { FunctionInputError } from "../../../src/functions/errors";
import {
  isOmitted,
  parseModel,
  parsePerspective,
  parsePrinciple,
  parseScore,
  parseScores,
} from "../../../src/functions/ranges";
import { dimensionLabel } from "../../../src/core/texts/method-words";

function inputError(call: () => unknown): FunctionInputError {
  try {
    call();
  } catch (err) {
    if (err instanceof FunctionInputError) return err;
    throw err;
  }
  throw new Error("expected a FunctionInputError");
}

describe("parseScore", () => {
  it.each([
    [3, 3],
    ["3", 3],
    [" 4.5 ", 4.5],
    [THRESHOLDS.scaleMin, THRESHOLDS.scaleMin],
    [THRESHOLDS.scaleMax, THRESHOLDS.scaleMax],
  ])("reads %p as %p", (cell, value) => {
    expect(parseScore(cell, "x")).toBe(value);
  });

  it.each([[""], ["   "], [0], [null], [undefined], ["N/A"], ["n/a"], ["NA"]])(
    "reads %p as not scored (empty cells are not a score of 0)",
    (cell) => {
      expect(parseScore(cell, "x")).toBeNull();
    }
  );

  it.each([[6], [0.5], [-1], ["7"], ["0"], ["three"], [true], [NaN], [{}]])(
    "rejects %p with a message naming the cell and what is allowed",
    (cell) => {
      const err = inputError(() => parseScore(cell, "scores row 6 (trust)"));
      expect(err.code).toBe("invalidValue");
      expect(err.message).toContain("scores row 6 (trust)");
      expect(err.message).toContain("1 to 5, N/A, or a blank cell");
    }
  );
});

describe("parseScores", () => {
  const full = Object.fromEntries(DIMENSION_KEYS.map((k, i) => [k, (i % 5) + 1]));

  it("reads a 2-column range of keys and scores", () => {
    const parsed = parseScores(
      DIMENSION_KEYS.map((k) => [k, full[k]]),
      null
    );
    expect(parsed).toEqual({ us: { kind: "dimension", scores: full } });
  });

  it("accepts labels in any case and text scores", () => {
    const parsed = parseScores(
      DIMENSIONS.map((d) => [dimensionLabel(d.key).toUpperCase(), String(full[d.key])]),
      undefined
    );
    expect(parsed.us).toEqual({ kind: "dimension", scores: full });
  });

  it("leaves blank, 0 and N/A cells out instead of scoring them", () => {
    const parsed = parseScores(
      [
        ["trust", 0],
        ["stakes", ""],
        ["maturity", "N/A"],
        ["alignment", 2],
      ],
      null
    );
    expect(parsed.us).toEqual({ kind: "dimension", scores: { alignment: 2 } });
  });

  it("skips a header row and fully blank rows", () => {
    const parsed = parseScores(
      [
        ["Dimension", "Our score"],
        ["trust", 4],
        ["", ""],
        ["stakes", 2],
      ],
      null
    );
    expect(parsed.us).toEqual({ kind: "dimension", scores: { trust: 4, stakes: 2 } });
  });

  it("reads the same entries laid out across two rows", () => {
    const parsed = parseScores(
      [
        ["trust", "stakes", "maturity"],
        [4, 2, 3],
      ],
      null
    );
    expect(parsed.us).toEqual({ kind: "dimension", scores: { trust: 4, stakes: 2, maturity: 3 } });
  });

  it("reads one column of one score per dimension, in dimension order", () => {
    const parsed = parseScores(
      DIMENSION_KEYS.map((k) => [full[k]]),
      null
    );
    expect(parsed.us).toEqual({ kind: "dimension", scores: full });
  });

  it("reads a 3-column range as key, our score, their score", () => {
    const parsed = parseScores(
      [
        ["trust", 4, 2],
        ["stakes", 3, ""],
      ],
      null
    );
    expect(parsed.us).toEqual({ kind: "dimension", scores: { trust: 4, stakes: 3 } });
    expect(parsed.them).toEqual({ kind: "dimension", scores: { trust: 2 } });
  });

  it("aligns a 1-column their_scores row by row, header included", () => {
    const parsed = parseScores(
      [
        ["Dimension", "Our score"],
        ["trust", 4],
        ["stakes", 2],
      ],
      [["Their score"], [3], ["5"]]
    );
    expect(parsed.them).toEqual({ kind: "dimension", scores: { trust: 3, stakes: 5 } });
  });

  it("reads a keyed their_scores in its own order", () => {
    const parsed = parseScores(
      [
        ["trust", 4],
        ["stakes", 2],
      ],
      [
        ["stakes", 1],
        ["trust", 5],
      ]
    );
    expect(parsed.them).toEqual({ kind: "dimension", scores: { trust: 5, stakes: 1 } });
  });

  it("treats an all-blank their_scores as a one-sided assessment", () => {
    expect(parseScores([["trust", 4]], [[0]]).them).toBeUndefined();
    expect(parseScores([["trust", 4]], [[""]]).them).toBeUndefined();
    expect(isOmitted([[0], [""], ["N/A"]])).toBe(true);
    expect(isOmitted([[0], [3]])).toBe(false);
  });

  it("reads item answers keyed by item id", () => {
    const [a, b] = ITEMS;
    const parsed = parseScores(
      [
        [a.id.toLowerCase(), 4],
        [b.id, "N/A"],
      ],
      null
    );
    expect(parsed.us).toEqual({ kind: "item", answers: { [a.id]: 4, [b.id]: null } });
  });

  const errors: [string, unknown, unknown, RegExp][] = [
    [
      "unknown key",
      [["trustt", 3]],
      null,
      /scores row 1: "trustt" is not a dimension or item id; allowed: mutuality/,
    ],
    [
      "duplicate key",
      [
        ["trust", 3],
        ["Trust", 4],
      ],
      null,
      /scores lists trust twice \(rows 1 and 2\)/,
    ],
    [
      "score without key",
      [
        ["trust", 3],
        ["", 4],
      ],
      null,
      /scores row 2 has a score but no dimension/,
    ],
    [
      "out of range",
      [
        ["trust", 3],
        ["stakes", 9],
      ],
      null,
      /scores row 2 \(stakes\): 9 is not a score/,
    ],
    ["text score", [["trust", "high"]], null, /scores row 1 \(trust\): "high" is not a score/],
    [
      "bad shape",
      [
        [1, 2, 3, 4],
        [1, 2, 3, 4],
        [1, 2, 3, 4],
        [1, 2, 3, 4],
      ],
      null,
      /scores is 4x4 cells; give 2 columns/,
    ],
    ["ragged", [["trust", 3], ["stakes"]], null, /scores must be a rectangular range/],
    ["not a range", "trust", null, /scores must be a range of cells/],
    [
      "their length",
      [
        ["trust", 3],
        ["stakes", 2],
      ],
      [[3], [2], [1]],
      /their_scores has 3 cells but scores has 2 rows/,
    ],
    [
      "their without key",
      [
        ["trust", 3],
        ["", ""],
      ],
      [[3], [2]],
      /their_scores row 2 has a score but the matching row of scores names no dimension/,
    ],
    ["their out of range", [["trust", 3]], [[6]], /their_scores row 1 \(trust\): 6 is not a score/],
    [
      "mixed kinds",
      [
        ["trust", 3],
        [ITEMS[0].id, 2],
      ],
      null,
      /mixes dimensions and item ids/,
    ],
    [
      "kinds differ",
      [["trust", 3]],
      [[ITEMS[0].id, 2]],
      /scores holds dimension scores but their_scores holds item scores/,
    ],
    ["3 columns and their", [["trust", 3, 2]], [[3]], /already has a third column/],
  ];
  it.each(errors)(
    "rejects %s with a specific #VALUE! message",
    (_name, scores, theirs, message) => {
      const err = inputError(() => parseScores(scores, theirs));
      expect(err.code).toBe("invalidValue");
      expect(err.message).toMatch(message);
    }
  );
});

describe("scalar arguments", () => {
  it("reads the perspective, blank meaning customer", () => {
    expect(parsePerspective(undefined)).toBe("customer");
    expect(parsePerspective(0)).toBe("customer");
    expect(parsePerspective(" Supplier ")).toBe("supplier");
    expect(inputError(() => parsePerspective("buyer")).message).toBe(
      'perspective: "buyer" is not a perspective; allowed: customer, supplier'
    );
  });

  it("reads a model by id or name", () => {
    expect(parseModel("COOPERATIVE", "m")).toBe("cooperative");
    expect(parseModel("Cooperative (preferred supplier)", "m")).toBe("cooperative");
    expect(inputError(() => parseModel("friendly", "m")).code).toBe("invalidValue");
    expect(inputError(() => parseModel("", "m")).code).toBe("notAvailable");
  });

  it("reads a principle by id or number", () => {
    expect(parsePrinciple("p5", "x").id).toBe("P5");
    expect(parsePrinciple(7, "x").id).toBe("P7");
    const n = PRINCIPLES.length;
    expect(inputError(() => parsePrinciple(n + 1, "x")).message).toMatch(
      new RegExp(`allowed: P1, .*P${n} or 1 to ${n}`)
    );
  });
});

describe("parseScores on a column of calls (layouts read once, then compared)", () => {
  const keyed = (values: unknown[], labels: unknown[] = [...DIMENSION_KEYS]) =>
    labels.map((label, i) => [label, values[i]]);
  const threes = DIMENSION_KEYS.map(() => 3);

  it("reads each call's own scores when the labels repeat", () => {
    for (let n = 0; n < DIMENSION_KEYS.length; n++) {
      const values = DIMENSION_KEYS.map((_, i) => (i === n ? 5 : 2));
      const parsed = parseScores(keyed(values), null);
      expect(parsed.us).toEqual({
        kind: "dimension",
        scores: Object.fromEntries(DIMENSION_KEYS.map((k, i) => [k, values[i]])),
      });
    }
  });

  it("reads the labels again when they change: other order, a repeat, an unknown label", () => {
    parseScores(keyed(threes), null);
    const reversed = [...DIMENSION_KEYS].reverse();
    const values = DIMENSION_KEYS.map((_, i) => 1 + (i % 5));
    expect(parseScores(keyed(values, reversed), null).us).toEqual({
      kind: "dimension",
      scores: Object.fromEntries(reversed.map((k, i) => [k, values[i]])),
    });
    const repeated: unknown[] = [...DIMENSION_KEYS];
    repeated[DIMENSION_KEYS.length - 1] = DIMENSION_KEYS[0];
    expect(inputError(() => parseScores(keyed(threes, repeated), null)).message).toContain(
      `lists ${DIMENSION_KEYS[0]} twice`
    );
    const unknown: unknown[] = [...DIMENSION_KEYS];
    unknown[2] = "weather";
    expect(inputError(() => parseScores(keyed(threes, unknown), null)).message).toContain(
      '"weather" is not a dimension or item id'
    );
  });

  it("checks a blank label's row on every call, not only the first", () => {
    const labels: unknown[] = [...DIMENSION_KEYS, ""];
    expect(parseScores(keyed([...threes, ""], labels), null).us.kind).toBe("dimension");
    const err = inputError(() => parseScores(keyed([...threes, 4], labels), null));
    expect(err.message).toContain(
      `row ${DIMENSION_KEYS.length + 1} has a score but no dimension or item id`
    );
  });

  it("tells a row of ten scores with one out of the scale from a row with a label in it", () => {
    const row = [...threes];
    row[4] = 7;
    expect(inputError(() => parseScores([row], null)).message).toContain(
      `scores cell 5 (${DIMENSION_KEYS[4]}): 7 is not a score`
    );
    const labelled: unknown[] = [...threes];
    labelled[4] = 7;
    labelled[6] = "trust";
    expect(inputError(() => parseScores([labelled], null)).message).toContain(
      `scores is 1x${DIMENSION_KEYS.length} cells`
    );
  });
});
