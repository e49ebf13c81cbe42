/** The portfolio's pure parts: one row from one assessment, confidence, hostile text, the plan. */
import {
  DIMENSION_KEYS,
  ITEM_SET_VERSION,
  ITEMS,
  MODELS,
  recommend,
} from "../../../src/core/method";
import {
  LIVE_MODEL_HEADER,
  MAX_TEXT,
  PORTFOLIO_COLUMNS,
  PORTFOLIO_HEADERS,
  PORTFOLIO_KEYS,
  portfolioHeaderKey,
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLE,
  PortfolioTableError,
  buildPortfolioPlan,
  clip,
  mergePortfolioValues,
  portfolioValues,
  portfolioRow,
} from "../../../src/core/workbook/portfolio";
import { assessmentToProfile } from "../../../src/core/workbook/readback";
import { namesTexts } from "../../../src/core/texts/parts/names";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { portfolioTexts } from "../../../src/core/texts/parts/portfolio";
import { PORTFOLIO_CASES, answersAt, caseProfile } from "../../support/portfolio";

const META = {
  title: '=HYPERLINK("http://x")',
  us: "Us",
  them: "Them\u0007 plc",
  perspective: "customer" as const,
  date: "2026-01-31",
  assessors: "",
};

function rowOf(i: number, coverage?: { us: number; them?: number }) {
  const c = PORTFOLIO_CASES[i];
  return portfolioRow({
    file: `f${i}.xlsx`,
    meta: { ...META, perspective: c.perspective },
    assessmentId: "CF-0000-0000-0000-0000",
    itemSetVersion: ITEM_SET_VERSION,
    profile: { ...caseProfile(c), ...(coverage ? { coverage } : {}) },
  });
}

describe("portfolioRow", () => {
  test("takes the engine's result and counts coverage per side; next review a year on", () => {
    const row = rowOf(0);
    const rec = recommend(caseProfile(PORTFOLIO_CASES[0]));
    expect(row.targetModel).toBe(rec.targetModel);
    expect(row.scores).toEqual(rec.effective);
    expect(row.coverage).toEqual({ us: 1, them: null });
    expect(row.confidence).toBe(rec.confidence);
    expect(row.nextReview).toBe("2027-01-31");
  });

  test("coverage (N/A unanswered) and confidence are the engine's, from the read-back profile", () => {
    const c = PORTFOLIO_CASES[0];
    const us = answersAt(c.us);
    const blank = ITEMS.filter((it) => it.dimension === "maturity").slice(1);
    for (const it of blank) us[it.id] = null;
    const { profile } = assessmentToProfile({ us, them: {}, weights: {} }, c);
    const row = rowOf(0, profile.coverage);
    expect(row.coverage.us).toBeCloseTo((ITEMS.length - blank.length) / ITEMS.length, 6);
    expect(row.confidence).toBe(recommend(profile).confidence);
    // Both sides fully answered: the engine's top level.
    expect(rowOf(2, { us: 1, them: 1 }).confidence).toBe("high");
  });

  test("the table shows confidence, segment and mismatch in words from the catalogue, not keys", () => {
    const at = (header: string) => PORTFOLIO_HEADERS.indexOf(header);
    const rows = PORTFOLIO_CASES.map((_, i) => rowOf(i));
    const t = portfolioTexts();
    for (const row of rows) {
      const values = portfolioValues(row);
      expect(values[at("Confidence")]).toBe(t.confidence[row.confidence]);
      expect(values[at("Confidence")]).not.toBe(row.confidence);
      expect(values[at("Mismatch")]).toBe(row.mismatch ? namesTexts().yes : namesTexts().no);
      if (!row.segment) expect(values[at("Segment")]).toBe(t.noSegment);
    }
    // The cases show a row without a segment (no profit impact).
    expect(rows.some((r) => !r.segment)).toBe(true);
  });
});

describe("hostile text", () => {
  test("control characters are dropped, long text is cut, a formula-looking text stays text", () => {
    expect(clip("a\u0000b\u0007c\td\ne")).toBe("abc\td\ne");
    expect(clip("x".repeat(MAX_TEXT + 50))).toHaveLength(MAX_TEXT);
    const plan = buildPortfolioPlan([rowOf(0)], [], "2026-05-04").plan;
    const table = plan.sheets[0].tables![0];
    expect(table.rows[0][0]).toBe(META.title);
    expect(table.rows[0][2]).toBe("Them plc");
    // Only computed cells are formulas, and none comes from a file.
    expect(table.formulaColumns).toBeUndefined();
  });
});

describe("buildPortfolioPlan", () => {
  const rows = PORTFOLIO_CASES.map((_, i) => rowOf(i));
  const { plan, dataBars } = buildPortfolioPlan(
    rows,
    [{ file: "x.xlsx", reason: "junk" }],
    "2026-05-04"
  );

  test("a CF_Portfolio table with one row per relationship and every column", () => {
    const ws = plan.sheets.find((s) => s.name === PORTFOLIO_SHEETS.portfolio)!;
    const t = ws.tables![0];
    expect(t.name).toBe(PORTFOLIO_TABLE);
    expect(t.headers).toEqual([...PORTFOLIO_HEADERS]);
    expect(t.rows).toHaveLength(rows.length);
    for (const r of t.rows) expect(r).toHaveLength(PORTFOLIO_COLUMNS.length);
    expect(PORTFOLIO_HEADERS.filter((h) => h === "File")).toHaveLength(1);
  });

  test("segments sheet: count formulas over the table; model-by-segment for every model", () => {
    const ws = plan.sheets.find((s) => s.name === PORTFOLIO_SHEETS.segments)!;
    const formulas = ws.cells.filter((c) => c.formula);
    for (const c of formulas) expect(c.formula).toMatch(/^(COUNTIFS?\(CF_Portfolio\[|SUM\()/);
    const byModel = formulas.filter((c) => /Target model/.test(c.formula!));
    expect(byModel).toHaveLength((8 + 1) * MODELS.length);
    expect(ws.cells.some((c) => c.formula)).toBe(true);
  });

  test("data bars over the ten scores, fixed to the scale", () => {
    const onScores = dataBars.filter((b) => b.sheet === PORTFOLIO_SHEETS.portfolio);
    expect(onScores).toHaveLength(DIMENSION_KEYS.length);
    for (const b of onScores) expect([b.min, b.max]).toEqual([1, 5]);
  });

  test("the live COLLAB.MODEL column only when asked (inside Excel), never in a file's plan", () => {
    const addin = (p: typeof plan) =>
      p.sheets.flatMap((s) => [
        ...s.cells.filter((c) => /COLLAB\./i.test(c.formula ?? "")),
        ...(s.tables ?? []).flatMap((t) =>
          Object.entries(t.formulaColumns ?? {}).filter(([, f]) => /COLLAB\./i.test(f(0)))
        ),
      ]);
    expect(addin(plan)).toEqual([]);
    const t = (p: typeof plan) =>
      p.sheets.find((s) => s.name === PORTFOLIO_SHEETS.portfolio)!.tables![0];
    expect(t(plan).headers).not.toContain(LIVE_MODEL_HEADER);
    const live = buildPortfolioPlan(rows, [], "2026-05-04", { live: true }).plan;
    expect(t(live).headers).toEqual([...PORTFOLIO_HEADERS, LIVE_MODEL_HEADER]);
    expect(Object.keys(t(live).formulaColumns!)).toEqual([LIVE_MODEL_HEADER]);
    for (const r of t(live).rows) expect(r).toHaveLength(PORTFOLIO_HEADERS.length + 1);
    // The sheet says the column is live.
    const ws = live.sheets.find((s) => s.name === PORTFOLIO_SHEETS.portfolio)!;
    expect(ws.cells.find((c) => c.address === "A2")!.value).toMatch(
      new RegExp(`${LIVE_MODEL_HEADER.replace(/[()]/g, "\\$&")} is live: COLLAB\\.MODEL`)
    );
  });

  test("skipped files get a sheet of their own", () => {
    const skipped = plan.sheets.find((s) => s.name === PORTFOLIO_SHEETS.skipped)!;
    expect(skipped.cells.map((c) => c.value)).toEqual(expect.arrayContaining(["x.xlsx", "junk"]));
    expect(buildPortfolioPlan(rows, [], "2026-05-04").plan.sheets).toHaveLength(2);
  });
});

describe("mergePortfolioValues (an update inside Excel)", () => {
  const a = { ...rowOf(0), assessmentId: "CF-A" };
  const b = { ...rowOf(1), assessmentId: "CF-B" };
  const headers = [...PORTFOLIO_HEADERS];

  test("replaces by reference in place, appends new ones, keeps the others, drops the blank row Excel keeps", () => {
    const blank = PORTFOLIO_HEADERS.map(() => "");
    const b2 = { ...rowOf(2), assessmentId: "CF-B" };
    const c = { ...rowOf(3), assessmentId: "CF-C" };
    const m = mergePortfolioValues(
      { headers, rows: [portfolioValues(a), blank, portfolioValues(b)] },
      [b2, c, { ...c, file: "copy.xlsx" }]
    );
    expect(m.rows).toEqual([
      portfolioValues(a),
      portfolioValues(b2),
      portfolioValues({ ...c, file: "copy.xlsx" }),
    ]);
    expect({ added: m.added, updated: m.updated, kept: m.kept }).toEqual({
      added: 1,
      updated: 1,
      kept: 1,
    });
  });

  test("refuses a table whose columns are not ours, naming the column", () => {
    const renamed = [...headers];
    renamed[2] = "Supplier";
    expect(() => mergePortfolioValues({ headers: renamed, rows: [] }, [a])).toThrow(
      `column C is "Supplier", expected "${PORTFOLIO_HEADERS[2]}"`
    );
    expect(() => mergePortfolioValues({ headers: headers.slice(0, -1), rows: [] }, [a])).toThrow(
      PortfolioTableError
    );
    // Our live column is ours (rewritten each time); any other extra column is not.
    const live = mergePortfolioValues(
      { headers: [...headers, LIVE_MODEL_HEADER], rows: [[...portfolioValues(b), "Cooperative"]] },
      [a]
    );
    expect(live.rows).toEqual([portfolioValues(b), portfolioValues(a)]);
    expect(() =>
      mergePortfolioValues({ headers: [...headers, "My notes"], rows: [] }, [a])
    ).toThrow(PortfolioTableError);
  });

  test("finds its columns by key in any language we ship: a pseudo-locale table reads in English", () => {
    setLanguage(PSEUDO_LOCALE);
    let pseudo: string[];
    try {
      pseudo = [...PORTFOLIO_HEADERS, LIVE_MODEL_HEADER];
    } finally {
      setLanguage("en");
    }
    expect(pseudo.every((h) => /^⟦.*⟧$/.test(h))).toBe(true);
    expect(pseudo.map(portfolioHeaderKey)).toEqual([...PORTFOLIO_KEYS, "liveModel"]);
    // English, what every portfolio written before holds, reads to the same keys.
    expect([...headers, LIVE_MODEL_HEADER].map(portfolioHeaderKey)).toEqual([
      ...PORTFOLIO_KEYS,
      "liveModel",
    ]);
    const m = mergePortfolioValues({ headers: pseudo, rows: [[...portfolioValues(b), null]] }, [a]);
    expect(m.rows).toEqual([portfolioValues(b), portfolioValues(a)]);
    // A header renamed (here: a case changed) is still refused in any language.
    const renamed = [...pseudo];
    renamed[0] = renamed[0].toUpperCase();
    expect(() => mergePortfolioValues({ headers: renamed, rows: [] }, [a])).toThrow(
      PortfolioTableError
    );
  });
});
