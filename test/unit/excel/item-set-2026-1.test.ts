/**
 * A workbook written by the 2026.1 release, after the bump to the current question set: read,
 * recommended, questioned and imported with the set it names, through both adapters (exceljs, and
 * Office.js on the strict stand-in), and recommending exactly what that release recommended.
 */
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import {
  ANSWER_HEADERS,
  ANSWER_TABLE_HEADERS,
  ANSWERS_TABLE,
  QUESTIONNAIRE_NAMES,
} from "../../../src/core/exchange";
import { ITEM_SET_VERSION, ITEM_SETS, recommend } from "../../../src/core/method";
import type { Recommendation } from "../../../src/core/method/types";
import { offsetCell } from "../../../src/core/workbook/a1";
import { DEFINED_NAMES, ITEM_HEADERS } from "../../../src/core/workbook/names";
import type { WorkbookPlan } from "../../../src/core/workbook/plan";
import { importAnswersInExcel, questionnairePlanFromExcel } from "../../../src/excel/exchange";
import { readAssessmentFromWorkbook } from "../../../src/excel/read";
import { readRoundsInExcel } from "../../../src/excel/rounds";
import { buildProfile } from "../../../src/taskpane/pane-model";
import {
  loadWorkbook,
  planToBuffer,
  readItemTables,
  readMeta,
  workbookProfile,
} from "../../../src/xlsx";
import {
  buildQuestionnaireBuffer,
  importAnswersBuffer,
  readReturnedQuestionnaire,
} from "../../../src/xlsx/exchange";
import { createStrictExcel } from "../../fixtures/excel/strict-excel";
import { fillQuestionnaire } from "../exchange/helpers";

const OLD = "2026.1";
const dir = path.join(__dirname, "../../fixtures/workbooks");
const fixture = () => fs.readFileSync(path.join(dir, "assessment-2026.1.xlsx"));
const before = JSON.parse(
  fs.readFileSync(path.join(dir, "assessment-2026.1.recommendation.json"), "utf8")
) as Recommendation & Record<string, unknown>;
const oldIds = ITEM_SETS[OLD].map((i) => i.id);

/** What decides the recommendation (the roadmap's actions changed since, by design: item-gaps test). */
const DECISION = [
  "targetModel",
  "startModel",
  "trustGap",
  "powerRegime",
  "partnershipBlockers",
  "perceptionGaps",
  "rulesFired",
  "effective",
] as const;
const decision = (r: Record<string, unknown>) => Object.fromEntries(DECISION.map((k) => [k, r[k]]));

/** The value behind each single-cell defined name of ours (what Excel would hand back per name). */
function namedValues(wb: ExcelJS.Workbook): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const { name } of wb.definedNames.model as Array<{ name: string }>) {
    const ranges = wb.definedNames.getRanges(name)?.ranges ?? [];
    const m = ranges.length === 1 ? /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0]) : null;
    if (!m) continue;
    const v = wb.getWorksheet(m[1].replace(/''/g, "'"))?.getCell(`${m[2]}${m[3]}`).value;
    out[name] = [[v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? "")]];
  }
  return out;
}

/** The fixture as the strict Office.js stand-in holds it: its item tables and its named cells. */
async function fixtureInExcel() {
  const wb = await loadWorkbook(fixture());
  const tables = readItemTables(wb);
  const f = createStrictExcel({
    sheets: wb.worksheets.map((ws) => ws.name),
    tables: tables.map((t) => ({
      name: t.tableName,
      sheet: t.sheet,
      topLeft: t.topLeft,
      headers: t.headers,
      rows: t.rows.map((r) => [...r]),
    })),
    namedRanges: namedValues(wb),
  });
  return { wb, f, ctx: f.context as unknown as Excel.RequestContext };
}

function answerIds(plan: WorkbookPlan): string[] {
  const sheet = plan.sheets.find((s) => s.tables?.some((t) => t.name === ANSWERS_TABLE));
  const table = sheet!.tables!.find((t) => t.name === ANSWERS_TABLE)!;
  const col = ANSWER_TABLE_HEADERS.indexOf(ANSWER_HEADERS.id);
  return table.rows.map((r) => String(r[col]));
}

test("the fixture names question set 2026.1, and the current set is a newer one", async () => {
  const wb = await loadWorkbook(fixture());
  expect(namedValues(wb)[DEFINED_NAMES.itemSetVersion]).toEqual([[OLD]]);
  expect(ITEM_SET_VERSION).not.toBe(OLD);
  expect(ITEM_SETS[ITEM_SET_VERSION].map((i) => i.id)).not.toEqual(oldIds);
});

describe("exceljs adapter (command line, preview)", () => {
  test("reads every answer with 2026.1 and recommends what the 2026.1 release recommended", async () => {
    const { profile, problems, items } = workbookProfile(await loadWorkbook(fixture()));
    expect(problems).toEqual([]);
    expect(items!.map((i) => i.id)).toEqual(oldIds);
    expect(decision(recommend(profile!) as never)).toEqual(decision(before));
  });

  test("its questionnaire asks 2026.1, and their answers to it import onto its rows", async () => {
    const q = await buildQuestionnaireBuffer(fixture());
    const returned = await readReturnedQuestionnaire(q.buffer);
    expect(returned.names[QUESTIONNAIRE_NAMES.itemSetVersion]?.value).toBe(OLD);
    const scores = Object.fromEntries(oldIds.map((id, i) => [id, (i % 5) + 1]));
    const filled = await fillQuestionnaire(q.buffer, { scores });
    const out = await importAnswersBuffer(fixture(), filled, "Questionnaire.xlsx");
    expect(out.report.imported.map((a) => a.itemId).sort()).toEqual([...oldIds].sort());
    const merged = workbookProfile(await loadWorkbook(out.buffer));
    expect(merged.problems).toEqual([]);
    expect(merged.items!.map((i) => i.id)).toEqual(oldIds);
  });
});

describe("Office.js adapter (strict stand-in)", () => {
  test("reads with the set the cover names in one sync; the pane recommends as that release did", async () => {
    const { wb, f, ctx } = await fixtureInExcel();
    const spy = jest.spyOn(f.context, "sync");
    const read = await readAssessmentFromWorkbook(ctx);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(read.problems).toEqual([]);
    expect(read.itemSetVersion).toBe(OLD);
    // The same answers the exceljs adapter reads from the same file.
    const viaFile = workbookProfile(wb);
    const { profile } = buildProfile(readMeta(wb).meta, read);
    expect(profile.us).toEqual(viaFile.profile!.us);
    expect(profile.them).toEqual(viaFile.profile!.them);
    expect(decision(recommend(profile) as never)).toEqual(decision(before));
  });

  test("the Respondents view's read (rounds) scores the open round with 2026.1 too, in one sync", async () => {
    const { wb, f, ctx } = await fixtureInExcel();
    const spy = jest.spyOn(f.context, "sync");
    const rounds = await readRoundsInExcel(ctx);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(rounds.problems).toEqual([]);
    // The open round's dimension scores are the ones the whole read gives (not the current set's,
    // whose item ids this workbook's rows mostly lack).
    const viaFile = workbookProfile(wb).profile!;
    const keys = Object.keys(viaFile.us) as (keyof typeof viaFile.us)[];
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(rounds.current.us[k]).toBeCloseTo(viaFile.us[k]!, 6);
  });

  test("the questionnaire asks 2026.1 and its answers import into the 2026.1 rows in one batch", async () => {
    const { f, ctx } = await fixtureInExcel();
    const plan = await questionnairePlanFromExcel(ctx);
    expect(answerIds(plan)).toEqual(oldIds);
    const scores = Object.fromEntries(oldIds.map((id, i) => [id, ((i + 2) % 5) + 1]));
    const filled = await fillQuestionnaire(await planToBuffer(plan), {
      scores,
      notes: { "TRU-1": "Two late deliveries" },
    });
    const returned = await readReturnedQuestionnaire(filled);
    const syncs = f.state.syncs;
    const out = await importAnswersInExcel(ctx, returned);
    expect(f.state.syncs - syncs).toBe(2);
    expect(out.report.imported.map((a) => a.itemId).sort()).toEqual([...oldIds].sort());
    expect(out.merge.scores.length).toBeGreaterThan(0);
    // Their TRU-1 note lands on TRU-1's Notes cell (a 2026.1 item the current set no longer has).
    const note = out.merge.notes.find((n) => String(n.value).includes("Two late deliveries"));
    expect(note).toBeDefined();
    const t = readItemTables(await loadWorkbook(fixture())).find((x) => x.sheet === note!.sheet)!;
    const idCol = t.headers.indexOf(ITEM_HEADERS.id);
    const r = t.rows.findIndex((row) => row[idCol] === "TRU-1");
    expect(r).toBeGreaterThanOrEqual(0);
    expect(note!.cell).toBe(offsetCell(t.topLeft, t.headers.indexOf(ITEM_HEADERS.notes), r + 1));
  });
});
