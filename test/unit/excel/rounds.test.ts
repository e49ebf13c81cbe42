/**
 * Respondents and rounds read inside Excel (issue 13): one sync, and the same overview as the .xlsx
 * adapter reads from the same plan written to a file.
 */
import { DIMENSION_KEYS, ITEMS, recommend } from "../../../src/core/method";
import { roundRecord, type Respondent } from "../../../src/core/rounds";
import { roundsOverview } from "../../../src/core/rounds/overview";
import { buildAssessmentPlan } from "../../../src/core/workbook/layout";
import { DEMO_META } from "../../../src/core/workbook/demo";
import { isoToSerial } from "../../../src/core/workbook/a1";
import { DEFINED_NAMES } from "../../../src/core/workbook/names";
import { ANONYMITY_NAMES } from "../../../src/core/workbook/round-names";
import { readRoundsInExcel } from "../../../src/excel/rounds";
import { loadWorkbook, planToBuffer, readItemTables } from "../../../src/xlsx";
import { readAnonymity, readHistory, readRespondents } from "../../../src/xlsx/rounds";
import { readAssessment } from "../../../src/core/workbook/readback";
import { fake, planTables } from "./plans";

const all = (f: (i: number) => number | null) =>
  Object.fromEntries(ITEMS.map((it, i) => [it.id, f(i)]));
const PEOPLE: Respondent[] = [
  { name: "Ana", side: "them", role: "Buyer", answers: all((i) => (i === 0 ? 1 : 3)) },
  { name: "Ben", side: "them", answers: all((i) => (i === 0 ? 5 : i % 4 === 0 ? null : 4)) },
  { name: "Dana", side: "us", answers: all(() => 2) },
];
const us = all((i) => (i % 5) + 1);
const ROUND_US = Object.fromEntries(DIMENSION_KEYS.map((k, i) => [k, 1 + (i % 5)]));
const ROUND = roundRecord({
  date: "2026-01-15",
  itemSetVersion: "2026.1",
  us: ROUND_US,
  respondents: { us: 1, them: 2 },
  recommendation: recommend({ perspective: "customer", us: ROUND_US }),
});

test("one sync; respondents, status, anonymity, history and the open round as the .xlsx read gives them", async () => {
  const plan = buildAssessmentPlan(DEMO_META, {
    answers: { us },
    respondents: PEOPLE,
    history: [ROUND],
    anonymous: [],
  });
  const tables = planTables(plan);
  const f = fake({
    sheets: plan.sheets.map((s) => s.name),
    tables,
    namedRanges: {
      [ANONYMITY_NAMES.us]: [["No"]],
      [ANONYMITY_NAMES.them]: [["No"]],
      [DEFINED_NAMES.date]: [[isoToSerial(DEMO_META.date)]],
    },
  });
  const spy = jest.spyOn(f.context, "sync");
  const inExcel = await readRoundsInExcel(f.ctx);
  expect(spy).toHaveBeenCalledTimes(1);
  expect(inExcel.problems).toEqual([]);

  // The same plan as a file, read by the .xlsx adapter.
  const wb = await loadWorkbook(await planToBuffer(plan));
  const typed = readAssessment(readItemTables(wb), ITEMS);
  const fromFile = roundsOverview({
    respondents: readRespondents(wb).respondents,
    anonymous: readAnonymity(wb),
    history: readHistory(wb).history,
    typed: { us: typed.us, them: typed.them },
    items: ITEMS,
    date: DEMO_META.date,
  });
  expect(inExcel).toEqual(fromFile);

  expect(inExcel.respondents.map((r) => [r.side, r.name, r.status])).toEqual([
    ["us", "Dana", "answered"],
    ["them", "Ana", "answered"],
    ["them", "Ben", "partial"],
  ]);
  expect(inExcel.history).toEqual([ROUND]);
  expect(inExcel.anonymous).toEqual([]);
  // Not anonymous: item 0 (Ana 1, Ben 5) names who gave the lowest and highest.
  expect(inExcel.topics[0]).toMatch(new RegExp(`^${ITEMS[0].id} .*lowest: Ana; highest: Ben`));
  expect(inExcel.current.source).toEqual({ us: "respondents", them: "respondents" });
});

test("a workbook without respondents, history or the cover's setting: empty lists, the default anonymity", async () => {
  const plan = buildAssessmentPlan(DEMO_META, { answers: { us } });
  const tables = planTables(plan);
  const f = fake({ sheets: plan.sheets.map((s) => s.name), tables });
  const spy = jest.spyOn(f.context, "sync");
  const o = await readRoundsInExcel(f.ctx);
  expect(spy).toHaveBeenCalledTimes(1);
  expect(o.respondents).toEqual([]);
  expect(o.history).toEqual([]);
  expect(o.anonymous).toEqual(["them"]);
  expect(o.current.source).toEqual({ us: "typed", them: "none" });
});
