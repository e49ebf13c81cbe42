/** The portfolio written inside Excel, on the strict stand-in: first write, update by reference, syncs. */
import { columnLetter } from "../../../src/core/workbook/a1";
import { DIMENSION_KEYS, THRESHOLDS, recommend } from "../../../src/core/method";
import {
  LIVE_MODEL_HEADER,
  PORTFOLIO_HEADERS,
  PORTFOLIO_KEYS,
  portfolioColumn,
  type PortfolioKey,
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLE,
  PORTFOLIO_TOP_ROW,
  PortfolioTableError,
  buildPortfolioPlan,
  portfolioRow,
  portfolioValues,
  type PortfolioRow,
} from "../../../src/core/workbook/portfolio";
import { writePortfolioInExcel } from "../../../src/excel/portfolio";
import { PORTFOLIO_CASES, caseProfile } from "../../support/portfolio";
import { fake } from "./plans";
import { dimensionLabel, modelName } from "../../../src/core/texts/method-words";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { namesTexts } from "../../../src/core/texts/parts/names";
import { portfolioTexts } from "../../../src/core/texts/parts/portfolio";

const TODAY = "2026-12-02";

function rowFor(i: number, profitImpact?: number): PortfolioRow {
  const c = PORTFOLIO_CASES[i];
  const profile = caseProfile(c);
  if (profitImpact !== undefined) profile.profitImpact = profitImpact;
  return portfolioRow({
    file: `${c.name}.xlsx`,
    meta: {
      title: `Relationship ${c.name}`,
      us: "Northwind",
      them: `Party ${i}`,
      perspective: c.perspective,
      date: "2026-03-15",
      assessors: "",
    },
    assessmentId: `CF-TEST-${String(i).padStart(4, "0")}`,
    itemSetVersion: "2026.1",
    profile,
  });
}

const CONFIDENCE = PORTFOLIO_HEADERS.indexOf("Confidence");
const MISMATCH = PORTFOLIO_HEADERS.indexOf("Mismatch");
const col = (header: string) => columnLetter(PORTFOLIO_HEADERS.indexOf(header) + 1);
const firstBody = PORTFOLIO_TOP_ROW + 1;

/** The CF_Portfolio body as the stand-in's cells hold it now, `n` rows. */
function bodyValues(f: ReturnType<typeof fake>, n: number): unknown[][] {
  return Array.from({ length: n }, (_, r) =>
    PORTFOLIO_HEADERS.map((h) => {
      const v = f.cell(PORTFOLIO_SHEETS.portfolio, `${col(h)}${firstBody + r}`)?.value;
      return v === "" || v === undefined ? null : v;
    })
  );
}

/**
 * Checks the live column of the first `rows.length` body rows: a COLLAB.MODEL formula on that row's
 * own ten score cells and Perspective cell, whose cells hold the row's values; and the engine, given
 * those ten scores, recommends what the row's model is (so the formula, once bound, agrees).
 */
function expectLiveColumn(
  f: ReturnType<typeof fake>,
  rows: PortfolioRow[],
  top = PORTFOLIO_TOP_ROW
): void {
  const live = columnLetter(PORTFOLIO_HEADERS.length + 1);
  expect(f.cell(PORTFOLIO_SHEETS.portfolio, `${live}${top}`)?.value).toBe(LIVE_MODEL_HEADER);
  const labels = DIMENSION_KEYS.map((k) => dimensionLabel(k));
  rows.forEach((row, i) => {
    const r = top + 1 + i;
    const formula = String(f.cell(PORTFOLIO_SHEETS.portfolio, `${live}${r}`)?.formula);
    const m = /^=COLLAB\.MODEL\(([A-Z]+)(\d+):([A-Z]+)(\d+),,([A-Z]+)(\d+)\)$/.exec(formula);
    expect(m).not.toBeNull();
    const [, from, fromRow, to, toRow, persp, perspRow] = m!;
    expect([fromRow, toRow, perspRow].map(Number)).toEqual([r, r, r]);
    expect([from, to, persp]).toEqual([
      col(labels[0]),
      col(labels[labels.length - 1]),
      col("Perspective"),
    ]);
    // The referenced cells are this row's: its perspective and its ten scores, in key order.
    expect(f.cell(PORTFOLIO_SHEETS.portfolio, `${persp}${r}`)?.value).toBe(row.perspective);
    const start = PORTFOLIO_HEADERS.indexOf(labels[0]);
    const scores = DIMENSION_KEYS.map(
      (_, k) =>
        f.cell(PORTFOLIO_SHEETS.portfolio, `${columnLetter(start + k + 1)}${r}`)?.value as number
    );
    const values = portfolioValues(row);
    expect(scores).toEqual(labels.map((l) => values[PORTFOLIO_HEADERS.indexOf(l)]));
    const engine = recommend({
      us: Object.fromEntries(DIMENSION_KEYS.map((k, j) => [k, scores[j]])),
      perspective: row.perspective,
    });
    expect(modelName(engine.targetModel)).toBe(modelName(row.targetModel));
  });
  // Nothing below the table: the column has exactly one formula per row.
  expect(
    f.cell(PORTFOLIO_SHEETS.portfolio, `${live}${top + 1 + rows.length}`)?.formula
  ).toBeUndefined();
}

/** Each of the first `n` rows' ten score cells carries exactly one data bar; the others none. */
function expectScoreBars(f: ReturnType<typeof fake>, n: number): void {
  const scoreCols = DIMENSION_KEYS.map((k) => col(dimensionLabel(k)));
  for (let i = 0; i < n; i++)
    for (const c of scoreCols)
      expect(
        f.cell(PORTFOLIO_SHEETS.portfolio, `${c}${firstBody + i}`)?.conditionalFormats
      ).toEqual(["DataBar"]);
  expect(
    f.cell(PORTFOLIO_SHEETS.portfolio, `${col("Relationship")}${firstBody}`)?.conditionalFormats
  ).toEqual([]);
  // Fixed to the scale's ends, as in the files the command line writes.
  const bounds = (loc: string) => f.ops({ location: loc }).map((op) => op.value);
  const scale = (v: number) => ({ type: "Number", formula: String(v) });
  expect(
    new Set(bounds("DataBarConditionalFormat.lowerBoundRule").map((v) => JSON.stringify(v)))
  ).toEqual(new Set([JSON.stringify(scale(THRESHOLDS.scaleMin))]));
  expect(
    new Set(bounds("DataBarConditionalFormat.upperBoundRule").map((v) => JSON.stringify(v)))
  ).toEqual(new Set([JSON.stringify(scale(THRESHOLDS.scaleMax))]));
}

describe("the portfolio inside Excel", () => {
  const first = [0, 3, 5, 9, 10].map((i) => rowFor(i));

  it("first write: adds our two sheets (table, grids, chart) and leaves the user's sheet alone", async () => {
    const f = fake({ sheets: ["Budget"], cells: { Budget: { A1: "mine" } } });
    const sync = jest.spyOn(f.context, "sync");
    const report = await writePortfolioInExcel(f.ctx, first, TODAY);
    expect(report).toMatchObject({ mode: "created", added: first.length, rows: first.length });
    expect(sync).toHaveBeenCalledTimes(report.syncs);
    expect(f.state.sheets.map((s) => s.name)).toEqual([
      "Budget",
      PORTFOLIO_SHEETS.portfolio,
      PORTFOLIO_SHEETS.segments,
    ]);
    expect(f.state.tables.map((t) => t.name)).toEqual([PORTFOLIO_TABLE]);
    expect(f.ops({ sheet: "Budget" })).toEqual([]);
    expect(bodyValues(f, first.length)).toEqual(first.map(portfolioValues));
    expectLiveColumn(f, first);
    expectScoreBars(f, first.length);
    // The formulas ride in the rows' batch: still one sync to look and applyPlan's two.
    expect(report.syncs).toBe(3);
    // The chart of the segments, on our Segments sheet.
    const charts = f.ops({ location: "ChartCollection.add" });
    expect(charts).toHaveLength(1);
    expect(charts[0].sheet).toBe(PORTFOLIO_SHEETS.segments);
    // No CF Skipped in the workbook: the pane lists skipped files itself.
    expect(f.state.sheets.map((s) => s.name)).not.toContain(PORTFOLIO_SHEETS.skipped);
  });

  it("update: replaces rows by assessment reference where they stand, appends new ones, keeps the rest", async () => {
    const f = fake();
    await writePortfolioInExcel(f.ctx, first, TODAY);
    // The second relationship was re-assessed with another profit impact; a new one is added.
    const changed = rowFor(3, (first[1].profitImpact ?? 0) < 3 ? 5 : 1);
    expect(changed.assessmentId).toBe(first[1].assessmentId);
    expect(changed.segment).not.toBe(first[1].segment);
    const added = rowFor(14);
    const sync = jest.spyOn(f.context, "sync");
    const report = await writePortfolioInExcel(f.ctx, [changed, added], TODAY);
    expect(report).toMatchObject({
      mode: "updated",
      updated: 1,
      added: 1,
      kept: first.length - 1,
      rows: first.length + 1,
    });
    expect(sync).toHaveBeenCalledTimes(report.syncs);
    const merged = [first[0], changed, ...first.slice(2), added];
    const expected = merged.map(portfolioValues);
    expect(bodyValues(f, expected.length)).toEqual(expected);
    expectLiveColumn(f, merged);
    // The bars cover the grown body, cleared first: still one per cell.
    expectScoreBars(f, merged.length);
    expect(f.state.tables).toHaveLength(1);
    // The grids' names follow the merged rows (the counts are formulas over the table).
    const namesCell = (rows: PortfolioRow[]) => {
      const segments = buildPortfolioPlan(rows, [], TODAY).plan.sheets.find(
        (x) => x.name === PORTFOLIO_SHEETS.segments
      )!;
      return segments.cells.find(
        (c) => typeof c.value === "string" && c.value.split("; ").includes(changed.otherParty)
      )!.address;
    };
    const before = namesCell(first);
    const after = namesCell([first[0], changed, ...first.slice(2), added]);
    expect(after).not.toBe(before);
    const text = (address: string) =>
      String(f.cell(PORTFOLIO_SHEETS.segments, address)?.value).split("; ");
    expect(text(after)).toContain(changed.otherParty);
    expect(text(before)).not.toContain(changed.otherParty);
  });

  it("update of a table the user moved down: the live formulas name the rows where it stands", async () => {
    const top = PORTFOLIO_TOP_ROW + 3;
    const f = fake({
      sheets: [PORTFOLIO_SHEETS.portfolio, PORTFOLIO_SHEETS.segments],
      tables: [
        {
          name: PORTFOLIO_TABLE,
          sheet: PORTFOLIO_SHEETS.portfolio,
          topLeft: `A${top}`,
          // An older Excel-written table: no live column yet, which the update adds.
          headers: [...PORTFOLIO_HEADERS],
          rows: first.map(portfolioValues),
        },
      ],
    });
    const added = rowFor(14);
    const report = await writePortfolioInExcel(f.ctx, [added], TODAY);
    expect(report).toMatchObject({ mode: "updated", added: 1, kept: first.length });
    expectLiveColumn(f, [...first, added], top);
  });

  it("updates a portfolio written in another language in place, its words in the language in use", async () => {
    const all = PORTFOLIO_CASES.map((_, i) => rowFor(i));
    const kept = [all.find((r) => r.mismatch)!, all.find((r) => !r.mismatch)!];
    // Written in English (the first row as before confidence had labels: its key), updated in qps-ploc.
    const english = kept.map(portfolioValues);
    english[0][CONFIDENCE] = kept[0].confidence;
    const names = [PORTFOLIO_SHEETS.portfolio, PORTFOLIO_SHEETS.segments];
    const f = fake({
      sheets: names,
      tables: [
        {
          name: PORTFOLIO_TABLE,
          sheet: names[0],
          topLeft: `A${PORTFOLIO_TOP_ROW}`,
          headers: [...PORTFOLIO_HEADERS],
          rows: english,
        },
      ],
    });
    setLanguage(PSEUDO_LOCALE);
    try {
      expect(PORTFOLIO_SHEETS.portfolio).not.toBe(names[0]);
      const report = await writePortfolioInExcel(f.ctx, [rowFor(14)], TODAY);
      expect(report).toMatchObject({ mode: "updated", added: 1, kept: kept.length });
      // No sheet of the other language's name was added: the English ones were written.
      expect(f.state.sheets.map((s) => s.name)).toEqual(names);
      // The English headers were found by key; the table now has the language in use's.
      const at = (k: PortfolioKey, row: number) =>
        f.cell(names[0], `${portfolioColumn(k)}${row}`)?.value;
      expect(PORTFOLIO_KEYS.map((k) => at(k, PORTFOLIO_TOP_ROW))).toEqual([...PORTFOLIO_HEADERS]);
      const body = PORTFOLIO_KEYS.map((k) => at(k, firstBody));
      const words = portfolioTexts();
      expect(body[CONFIDENCE]).toBe(words.confidence[kept[0].confidence]);
      expect(body[MISMATCH]).toBe(namesTexts().yes);
      const second = at("mismatch", firstBody + 1);
      expect(second).toBe(namesTexts().no);
    } finally {
      setLanguage("en");
    }
  });

  it("keeps a constant number of syncs however many rows there are", async () => {
    const counts: number[] = [];
    for (const n of [1, PORTFOLIO_CASES.length]) {
      const f = fake();
      const rows = Array.from({ length: n }, (_, i) => rowFor(i));
      const sync = jest.spyOn(f.context, "sync");
      await writePortfolioInExcel(f.ctx, rows, TODAY);
      await writePortfolioInExcel(f.ctx, rows.slice(0, 1), TODAY);
      counts.push(sync.mock.calls.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it("refuses a user's sheet of our name without our table, and a table with columns we did not write", async () => {
    const own = fake({ sheets: [PORTFOLIO_SHEETS.portfolio] });
    await expect(writePortfolioInExcel(own.ctx, first, TODAY)).rejects.toThrow(PortfolioTableError);
    expect(own.ops({ kind: "set" })).toEqual([]);
    expect(own.state.sheets.map((s) => s.name)).toEqual([PORTFOLIO_SHEETS.portfolio]);

    const extra = fake({
      sheets: [PORTFOLIO_SHEETS.portfolio, PORTFOLIO_SHEETS.segments],
      tables: [
        {
          name: PORTFOLIO_TABLE,
          sheet: PORTFOLIO_SHEETS.portfolio,
          topLeft: `A${PORTFOLIO_TOP_ROW}`,
          headers: [...PORTFOLIO_HEADERS, "My notes"],
          rows: [[...portfolioValues(first[0]), "call them in May"]],
        },
      ],
    });
    await expect(writePortfolioInExcel(extra.ctx, first, TODAY)).rejects.toThrow(
      `it has ${PORTFOLIO_HEADERS.length + 1} columns, expected ${PORTFOLIO_HEADERS.length}`
    );
    expect(extra.ops({ kind: "set" })).toEqual([]);
  });
});
