/**
 * "Start a new round" inside Excel (issue 13): three syncs, the same history as `collabfit round`
 * makes of the same workbook, empty scores for the next round, and nothing written when refused.
 */
import { DIMENSION_KEYS, ITEMS } from "../../../src/core/method";
import { RoundCloseError } from "../../../src/core/rounds";
import { isoToSerial, parseCell, cellAddress } from "../../../src/core/workbook/a1";
import { buildAssessmentPlan } from "../../../src/core/workbook/layout";
import { DEMO_META } from "../../../src/core/workbook/demo";
import { ITEM_HEADERS, DEFINED_NAMES } from "../../../src/core/workbook/names";
import { ROUND_SHEETS, ROUND_TABLES } from "../../../src/core/workbook/round-names";
import { startRoundInExcel } from "../../../src/excel/round-close";
import { historyCharts } from "../../../src/core/workbook/history";
import { planToBuffer } from "../../../src/xlsx";
import { closeRoundBuffer } from "../../../src/xlsx/round-close";
import { fakeOfPlan } from "./plans";

const us = Object.fromEntries(ITEMS.map((it, i) => [it.id, (i % 5) + 1]));
const them = Object.fromEntries(ITEMS.map((it, i) => [it.id, ((i + 2) % 5) + 1]));
const PLAN = buildAssessmentPlan(DEMO_META, { answers: { us, them } });
const NEXT = "2026-09-01";

const writes = (f: ReturnType<typeof fakeOfPlan>) =>
  f.state.applied.filter((op) => op.kind === "set" || op.prop === "delete" || op.prop === "add");

test("three syncs; the history `collabfit round` makes; the next round has empty scores and the new date", async () => {
  const f = fakeOfPlan(PLAN);
  const spy = jest.spyOn(f.context, "sync");
  const out = await startRoundInExcel(f.ctx, NEXT);
  expect(spy).toHaveBeenCalledTimes(3);
  const fromFile = await closeRoundBuffer(await planToBuffer(PLAN), NEXT);
  expect(out.history).toEqual(fromFile.history);
  expect(out.history).toHaveLength(1);
  expect(Object.keys(out.history[0].us)).toEqual([...DIMENSION_KEYS]);

  expect(f.state.sheets.map((s) => s.name)).toContain(ROUND_SHEETS.history);
  expect(f.state.tables.map((t) => t.name)).toEqual(
    expect.arrayContaining([ROUND_TABLES.history, ROUND_TABLES.trend])
  );
  // Both typed columns emptied, on every item table.
  for (const s of PLAN.sheets)
    for (const t of (s.tables ?? []).filter((x) => x.name.startsWith("CF_Items"))) {
      const { row, col } = parseCell(t.topLeft);
      for (const h of [ITEM_HEADERS.our, ITEM_HEADERS.their]) {
        const c = col + t.headers.indexOf(h);
        t.rows.forEach((_, i) =>
          expect(f.cell(s.name, cellAddress(c, row + 1 + i))?.value).toBe("")
        );
      }
    }
  // The cover's date is the next round's, written through its defined name.
  const dated = f.state.applied.filter(
    (op) =>
      op.location === "Range.values" && JSON.stringify(op.value) === `[[${isoToSerial(NEXT)}]]`
  );
  expect(dated.map((op) => op.info.path)).toEqual([expect.stringContaining(DEFINED_NAMES.date)]);
});

test("a second round replaces CF History whole, two rows, oldest first", async () => {
  const first = await closeRoundBuffer(await planToBuffer(PLAN), NEXT);
  const plan = buildAssessmentPlan(
    { ...DEMO_META, date: NEXT },
    { answers: { us, them: us }, history: first.history }
  );
  const f = fakeOfPlan(plan);
  const spy = jest.spyOn(f.context, "sync");
  const out = await startRoundInExcel(f.ctx, "2027-03-01");
  expect(spy).toHaveBeenCalledTimes(3);
  expect(out.history.map((h) => h.date)).toEqual([DEMO_META.date, NEXT]);
  // The rounds' line charts, made again with the sheet (the old ones went with it), dated.
  expect(f.state.charts.filter((c) => c.sheet === ROUND_SHEETS.history).map((c) => c.name)).toEqual(
    historyCharts(2).map((c) => c.name)
  );
  const added = f.ops({ location: "ChartCollection.add", sheet: ROUND_SHEETS.history });
  expect(added.map((op) => op.args![0])).toEqual(["Line", "Line"]);
  const named = f.ops({ location: "ChartAxis.setCategoryNames" });
  expect(named).toHaveLength(2);
  // Two rounds: the dates of both rows of CF_History.
  expect(historyCharts(2).map((c) => c.categories)).toEqual(["B6:B7", "B6:B7"]);
  expect(f.ops({ location: "Worksheet.delete" }).map((o) => o.sheet)).toEqual([
    ROUND_SHEETS.history,
  ]);
});

test("refused with one line and nothing written: a date before the last round, a date that is not one, no scores", async () => {
  const first = await closeRoundBuffer(await planToBuffer(PLAN), NEXT);
  const later = buildAssessmentPlan(
    { ...DEMO_META, date: NEXT },
    { answers: { us, them }, history: first.history }
  );
  const cases: [typeof PLAN, string, RegExp, number][] = [
    [later, "2026-08-01", /2026-08-01/, 1],
    [PLAN, "2026-02-30", /is not a date; allowed: YYYY-MM-DD/, 0],
    [buildAssessmentPlan(DEMO_META), NEXT, /no answered item for dimension/, 1],
  ];
  for (const [plan, date, why, syncs] of cases) {
    const f = fakeOfPlan(plan);
    const spy = jest.spyOn(f.context, "sync");
    const err = await startRoundInExcel(f.ctx, date).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RoundCloseError);
    expect((err as Error).message).toMatch(why);
    expect((err as Error).message).not.toMatch(/\n/);
    expect(spy).toHaveBeenCalledTimes(syncs);
    expect(writes(f)).toEqual([]);
  }
});
