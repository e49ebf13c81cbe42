import fc from "fast-check";
import { DIMENSION_KEYS, ITEMS, scoreItems } from "../../../src/core/method";
import type { ItemAnswers } from "../../../src/core/method/types";
import {
  buildAssessmentPlan,
  itemColumn,
  itemTablesOfPlan,
} from "../../../src/core/workbook/layout";
import { ITEM_HEADERS, ITEM_TABLE_HEADERS, SHEET_NAMES } from "../../../src/core/workbook/names";
import type { ItemTableValues } from "../../../src/core/workbook/plan";
import {
  assessmentToProfile,
  formatProblem,
  parseScore,
  readAssessment,
} from "../../../src/core/workbook/readback";

const META = {
  title: "T",
  us: "A",
  them: "B",
  perspective: "customer" as const,
  date: "2026-01-05",
  assessors: "X",
};

function tables(answers: { us?: ItemAnswers; them?: ItemAnswers } = {}): ItemTableValues[] {
  return itemTablesOfPlan(buildAssessmentPlan(META, { answers }));
}

const OUR = ITEM_TABLE_HEADERS.indexOf(ITEM_HEADERS.our);
const THEIR = ITEM_TABLE_HEADERS.indexOf(ITEM_HEADERS.their);
const OUR_COL = itemColumn(ITEM_HEADERS.our);

describe("parseScore", () => {
  test.each([
    [3, 3],
    ["3", 3],
    [" 5 ", 5],
    ["N/A", null],
    ["n/a", null],
    ["", null],
    [null, null],
    [undefined, null],
  ])("%p reads as %p", (raw, want) => {
    expect(parseScore(raw)).toEqual({ ok: true, score: want });
  });
  test.each([[7], [0], [2.5], ["2.5"], ["three"], [true], [NaN]])("%p is refused", (raw) => {
    expect(parseScore(raw).ok).toBe(false);
  });
});

describe("readAssessment", () => {
  test("a clean generated workbook reads back with no problem and every item present", () => {
    const r = readAssessment(tables());
    expect(r.problems).toEqual([]);
    expect(Object.keys(r.us).sort()).toEqual(ITEMS.map((i) => i.id).sort());
    expect(Object.values(r.us).every((v) => v === null)).toBe(true);
  });

  test("numbers and numeric text are the same answer", () => {
    const t = tables();
    t[0].rows[0][OUR] = 4;
    t[0].rows[1][OUR] = "4";
    t[0].rows[2][THEIR] = "N/A";
    const r = readAssessment(t);
    expect(r.problems).toEqual([]);
    expect(r.us[String(t[0].rows[0][0])]).toBe(4);
    expect(r.us[String(t[0].rows[1][0])]).toBe(4);
    expect(r.them[String(t[0].rows[2][0])]).toBeNull();
  });

  test("7, 2.5 and text are reported with sheet, exact cell and allowed values", () => {
    const t = tables();
    t[1].rows[0][OUR] = 7;
    t[1].rows[2][OUR] = 2.5;
    t[1].rows[3][THEIR] = "good";
    const r = readAssessment(t);
    const first = Number(/\d+$/.exec(t[1].topLeft)![0]) + 1;
    expect(r.problems.map((p) => [p.sheet, p.cell, p.value])).toEqual([
      [SHEET_NAMES.S2, `${OUR_COL}${first}`, 7],
      [SHEET_NAMES.S2, `${OUR_COL}${first + 2}`, 2.5],
      [SHEET_NAMES.S2, `${itemColumn(ITEM_HEADERS.their)}${first + 3}`, "good"],
    ]);
    for (const p of r.problems) expect(p.message).toMatch(/allowed: 1, 2, 3, 4, 5, N\/A or blank/);
    expect(formatProblem(r.problems[0])).toBe(
      `'${SHEET_NAMES.S2}'!${OUR_COL}${first}: ${r.problems[0].message}`
    );
  });

  test("a deleted row is reported as a missing item on its sheet", () => {
    const t = tables();
    const [gone] = t[2].rows.splice(1, 1);
    const r = readAssessment(t);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].sheet).toBe(SHEET_NAMES.S3);
    expect(r.problems[0].message).toContain(`item ${String(gone[0])}`);
  });

  test("a renamed header is reported at that header cell; the table's scores are not guessed", () => {
    const t = tables();
    t[0].headers[OUR] = "our score";
    const r = readAssessment(t);
    const header = r.problems.find((p) => p.message.includes('"Our score"'));
    expect(header).toMatchObject({
      sheet: SHEET_NAMES.S1,
      cell: `${OUR_COL}5`,
      value: "our score",
    });
    expect(r.us[String(t[0].rows[0][0])]).toBeUndefined();
  });

  test("a renamed header with an unknown new name is pointed at; a deleted one is reported on the header row", () => {
    const renamed = tables();
    renamed[3].headers[THEIR] = "Theirs";
    expect(readAssessment(renamed).problems[0]).toMatchObject({
      cell: `${itemColumn(ITEM_HEADERS.their)}5`,
      value: "Theirs",
    });
    const t = tables();
    t[3].headers.splice(THEIR, 1);
    t[3].rows.forEach((r) => r.splice(THEIR, 1));
    const r = readAssessment(t);
    expect(
      r.problems.some((p) => p.cell.startsWith("A5:") && p.message.includes('"Their score"'))
    ).toBe(true);
  });

  test("a deleted computed column (Our value, Their value, Reverse) is reported: the Scores sheet reads it", () => {
    for (const h of [ITEM_HEADERS.ourValue, ITEM_HEADERS.theirValue, ITEM_HEADERS.reverse]) {
      const t = tables({ us: { [ITEMS[0].id]: 4 } });
      const at = ITEM_TABLE_HEADERS.indexOf(h);
      t[2].headers.splice(at, 1);
      t[2].rows.forEach((r) => r.splice(at, 1));
      const problems = readAssessment(t).problems;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ sheet: t[2].sheet, cell: expect.stringMatching(/^A5:/) });
      expect(problems[0].message).toContain(`no "${h}" column`);
      expect(problems[0].message).toContain(SHEET_NAMES.scores);
    }
    expect(readAssessment(tables()).problems).toEqual([]);
  });

  test("unknown and duplicated IDs are reported at the ID cell", () => {
    const t = tables();
    t[0].rows[0][0] = "ZZZ-9";
    t[1].rows[0][0] = t[1].rows[1][0];
    const r = readAssessment(t);
    const cells = r.problems.map((p) => `${p.sheet}!${p.cell}`);
    expect(cells).toContain(`${SHEET_NAMES.S1}!A6`);
    expect(cells).toContain(`${SHEET_NAMES.S2}!A7`); // the second occurrence
    expect(r.problems.find((p) => p.cell === "A6" && p.sheet === SHEET_NAMES.S1)!.message).toMatch(
      /unknown/
    );
    expect(r.problems.find((p) => p.sheet === SHEET_NAMES.S2 && p.cell === "A7")!.message).toMatch(
      /appears twice/
    );
  });

  test("a changed weight is read and used; a bad weight is a problem", () => {
    const t = tables({ us: Object.fromEntries(ITEMS.map((i, n) => [i.id, (n % 5) + 1])) });
    const w = ITEM_TABLE_HEADERS.indexOf(ITEM_HEADERS.weight);
    t[0].rows[0][w] = 3;
    t[0].rows[1][w] = "heavy";
    const r = readAssessment(t);
    expect(r.weights[String(t[0].rows[0][0])]).toBe(3);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].cell).toBe(`${itemColumn(ITEM_HEADERS.weight)}7`);
  });
});

describe("readAssessment: cells the Scores formulas read, edited by hand", () => {
  const DIM = ITEM_TABLE_HEADERS.indexOf(ITEM_HEADERS.dimension);
  const REV = ITEM_TABLE_HEADERS.indexOf(ITEM_HEADERS.reverse);
  test("a Reverse cell flipped on the sheet is a problem: the Scores sheet would count that item the other way", () => {
    const reverse = ITEMS.find((i) => i.reverse)!;
    const plain = ITEMS.find((i) => !i.reverse)!;
    const all = tables();
    const place = (id: string) => {
      for (const t of all) {
        const r = t.rows.findIndex((row) => row[0] === id);
        if (r >= 0) return { t, r };
      }
      throw new Error(id);
    };
    const a = place(reverse.id);
    const b = place(plain.id);
    a.t.rows[a.r][REV] = "No";
    b.t.rows[b.r][REV] = "Yes";
    const problems = readAssessment(all).problems;
    const find = (sheet: string, row: number) =>
      problems.find(
        (p) => p.sheet === sheet && p.cell === `${itemColumn(ITEM_HEADERS.reverse)}${6 + row}`
      );
    expect(problems).toHaveLength(2);
    expect(find(a.t.sheet, a.r)?.message).toMatch(/reverse.*allowed: "Yes"/i);
    expect(find(b.t.sheet, b.r)?.message).toMatch(/reverse.*allowed: "No"/i);
  });

  test("Reverse in another case reads as the same flag (spreadsheets compare text without case)", () => {
    const reverse = ITEMS.find((i) => i.reverse)!;
    const all = tables();
    for (const t of all)
      t.rows.forEach((row) => {
        if (row[0] === reverse.id) row[REV] = "yes";
      });
    expect(readAssessment(all).problems).toEqual([]);
  });

  test("a Dimension cell with a stray space is a problem: the Scores formulas would leave that row out", () => {
    const all = tables();
    const t = all.find((x) => x.sheet === SHEET_NAMES.S3)!;
    const r = t.rows.findIndex((row) => String(row[0]).startsWith("TRU"));
    t.rows[r][DIM] = `${String(t.rows[r][DIM])} `;
    const problems = readAssessment(all).problems;
    expect(problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual([
      `${SHEET_NAMES.S3}!${itemColumn(ITEM_HEADERS.dimension)}${6 + r}`,
    ]);
  });
});

describe("assessmentToProfile", () => {
  test("property: answers written into the layout read back unchanged and score like the engine", () => {
    const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
    const answers = fc.record(
      Object.fromEntries(ITEMS.map((i) => [i.id, score])) as Record<
        string,
        fc.Arbitrary<number | null>
      >
    );
    fc.assert(
      fc.property(answers, answers, (us, them) => {
        const r = readAssessment(tables({ us, them }));
        expect(r.problems).toEqual([]);
        expect(r.us).toEqual(us);
        expect(r.them).toEqual(them);
        const { profile, missing } = assessmentToProfile(r, META);
        const want = scoreItems(us);
        expect(profile.us).toEqual(want.scores);
        expect(missing.us).toEqual(want.missing);
        const anyThem = Object.values(them).some((v) => v !== null);
        expect(profile.them === undefined).toBe(!anyThem);
      }),
      { numRuns: 40 }
    );
  });

  test("sheet weights change the dimension score", () => {
    const us = Object.fromEntries(ITEMS.map((i) => [i.id, 3])) as ItemAnswers;
    const item = ITEMS.find((i) => !i.reverse)!;
    us[item.id] = 5;
    const r = readAssessment(tables({ us }));
    const plain = assessmentToProfile(r, META).profile.us[item.dimension]!;
    r.weights[item.id] = 4;
    const heavier = assessmentToProfile(r, META).profile.us[item.dimension]!;
    expect(heavier).toBeGreaterThan(plain);
    expect(DIMENSION_KEYS).toContain(item.dimension);
  });
});
