/** ExcelPort on the recording Excel stand-in (office-addin-mock): round trips and what it wrote. */
import { excelHost } from "./excel-global";
import ExcelJS from "exceljs";
import {
  QUESTIONNAIRE_NAMES,
  QUESTIONNAIRE_SHEETS,
  buildQuestionnairePlan,
} from "../../../src/core/exchange";
import { DIMENSION_KEYS, ITEMS, recommend } from "../../../src/core/method";
import { actionHeaders } from "../../../src/core/workbook/actions";
import { SUMMARY_DECISION_CELL, summaryScores } from "../../../src/core/workbook/summary";
import type { ItemAnswers } from "../../../src/core/method/types";
import { isoToSerial } from "../../../src/core/workbook/a1";
import { LAYOUT, buildAssessmentPlan, buildResultsPlan } from "../../../src/core/workbook/layout";
import { PERSPECTIVES } from "../../../src/core/method/types";
import {
  DEFINED_NAMES,
  ITEM_HEADERS,
  SHEET_NAMES,
  TABLE_NAMES,
} from "../../../src/core/workbook/names";
import type { AssessmentMeta } from "../../../src/core/workbook/plan";
import { assessmentToProfile } from "../../../src/core/workbook/readback";
import { planToBuffer } from "../../../src/xlsx";
import { readReturnedQuestionnaire } from "../../../src/xlsx/exchange";
import { COLLEAGUE_NAMES, respondentSide, sideCheck } from "../../../src/core/rounds/colleague";
import { phaseStatus } from "../../../src/core/rounds/history";
import { phaseStatusText } from "../../../src/core/workbook/roadmap-rounds";
import { ROUND_CHANGES_TOP, withRoundChanges } from "../../../src/core/workbook/results-rounds";
import { roundRecord } from "../../../src/core/rounds";
import { ExcelPort } from "../../../src/taskpane/excel-port";
import { REFRESHED_SHEETS } from "../../../src/core/workbook/sheets";

/** The sheets a new recommendation rewrites or adds, from the list of sheets (tests count from it). */
const refreshedNames = () => REFRESHED_SHEETS.map((s) => SHEET_NAMES[s.key]).sort();
import { planTables } from "../excel/plans";
import { peopleOf } from "../../../src/core/workbook/actions";
import { itemStep } from "../../../src/taskpane/pane-model";
import { type FakeExcel } from "../../fixtures/excel/fake-excel";
import { createStrictExcel } from "../../fixtures/excel/strict-excel";
import { fillQuestionnaire } from "../exchange/helpers";
import { dimensionLabel, modelName } from "../../../src/core/texts/method-words";
import { buildRoadmap } from "../../../src/core/texts/roadmap-words";
import { workbookTexts } from "../../../src/core/texts/parts/workbook";

/** CF_Actions' headers as the English workbooks of these tests have them. */
const ACTION_HEADERS = actionHeaders();
const ACTIONS_COLUMNS: string[] = Object.values(ACTION_HEADERS);

const ROUND_STATUS_HEADER = workbookTexts().roundStatus.header;

const META: AssessmentMeta = {
  title: "Facilities contract 2026",
  us: "Acme Foods",
  them: "CleanCo",
  perspective: "customer",
  date: "2026-03-31",
  assessors: "Ann, Bob",
  assessmentId: "CF-0A1B-2C3D-4E5F-6071",
};

const US: ItemAnswers = Object.fromEntries(ITEMS.map((it, i) => [it.id, (i % 5) + 1]));

/** The cover's named cells as Excel holds them (the date as a serial number). */
function coverNames(meta: AssessmentMeta = META): Record<string, unknown[][]> {
  return {
    [DEFINED_NAMES.title]: [[meta.title]],
    [DEFINED_NAMES.ourOrg]: [[meta.us]],
    [DEFINED_NAMES.otherParty]: [[meta.them]],
    [DEFINED_NAMES.perspective]: [[meta.perspective]],
    [DEFINED_NAMES.date]: [[isoToSerial(meta.date)]],
    [DEFINED_NAMES.assessors]: [[meta.assessors]],
    [DEFINED_NAMES.assessmentId]: [[meta.assessmentId ?? ""]],
  };
}

/** A stand-in holding every sheet and table of a real assessment plan. */
function assessmentFake(
  answers: { us?: ItemAnswers; them?: ItemAnswers } = { us: US },
  namedRanges: Record<string, unknown[][]> = coverNames()
): FakeExcel {
  const plan = buildAssessmentPlan(META, { answers });
  const fake = createStrictExcel({
    sheets: plan.sheets.map((s) => s.name),
    tables: planTables(plan),
    namedRanges,
  });
  excelHost.fake = fake;
  return fake;
}

const port = new ExcelPort();
const writes = (f: FakeExcel) => f.state.applied.filter((op) => op.kind === "set");

beforeEach(() => excelHost.createWorkbook.mockClear());

describe("ExcelPort.openExisting (cover -> PaneMeta)", () => {
  it("reads every cover field in one sync and brings the cover to the front", async () => {
    const f = assessmentFake();
    const sync = jest.spyOn(f.context, "sync");
    expect(await port.openExisting()).toEqual(META);
    expect(sync).toHaveBeenCalledTimes(1);
    const activated = f.ops({ location: "Worksheet.activate" });
    expect(activated.map((op) => op.sheet)).toEqual([SHEET_NAMES.cover]);
    expect(writes(f)).toEqual([]);
  });

  it("takes a date typed as text and leaves out an empty assessment id", async () => {
    const names = coverNames();
    names[DEFINED_NAMES.date] = [[" 2026-04-01 "]];
    names[DEFINED_NAMES.assessmentId] = [[""]];
    assessmentFake({}, names);
    const meta = await port.openExisting();
    expect(meta?.date).toBe("2026-04-01");
    expect(meta && "assessmentId" in meta).toBe(false);
  });

  it("reads their contacts and the confidentiality label where the cover has them (Actions' owners, footers)", async () => {
    const names = {
      ...coverNames(),
      [DEFINED_NAMES.contacts]: [["Chris Contact; Dana Deal"]],
      [DEFINED_NAMES.confidentiality]: [["Restricted"]],
    };
    assessmentFake({}, names);
    const meta = await port.openExisting();
    expect(meta).toEqual({
      ...META,
      contacts: "Chris Contact; Dana Deal",
      confidentiality: "Restricted",
    });
    // Every person named on the cover is an owner to pick, ours and theirs.
    expect(peopleOf(meta!)).toEqual({
      ours: ["Ann", "Bob"],
      theirs: ["Chris Contact", "Dana Deal"],
    });
  });

  it("returns null when the cover has no perspective field at all", async () => {
    const names = coverNames();
    delete names[DEFINED_NAMES.perspective];
    assessmentFake({}, names);
    expect(await port.openExisting()).toBeNull();
  });

  it("refuses a perspective that is not one we know, naming the cell, the value and what is allowed", async () => {
    assessmentFake({}, { ...coverNames(), [DEFINED_NAMES.perspective]: [["partner"]] });
    await expect(port.openExisting()).rejects.toMatchObject({
      problems: [
        {
          sheet: SHEET_NAMES.cover,
          cell: LAYOUT.cover.perspective,
          value: "partner",
          message: `perspective "partner" is not allowed; allowed: ${PERSPECTIVES.join(", ")}`,
        },
      ],
    });
  });
});

describe("ExcelPort.readScores", () => {
  it("reads both sides from the item tables in one sync and writes nothing", async () => {
    const them: ItemAnswers = Object.fromEntries(ITEMS.map((it, i) => [it.id, ((i + 2) % 5) + 1]));
    const f = assessmentFake({ us: US, them });
    const sync = jest.spyOn(f.context, "sync");
    const read = await port.readScores();
    expect(sync).toHaveBeenCalledTimes(1);
    expect(read.problems).toEqual([]);
    expect(read.us).toEqual(US);
    expect(read.them).toEqual(them);
    expect(writes(f)).toEqual([]);
  });

  it("names the cell of a score it cannot use", async () => {
    const plan = buildAssessmentPlan(META, { answers: { us: US } });
    const sheet = plan.sheets.find((s) => s.name === SHEET_NAMES.S1);
    const table = sheet?.tables?.[0];
    if (!table) throw new Error("plan has no S1 item table");
    const col = table.headers.indexOf(ITEM_HEADERS.our);
    const rows = table.rows.map((r) => table.headers.map((_, i) => r[i] ?? ""));
    rows[1][col] = "seven";
    excelHost.fake = createStrictExcel({
      sheets: plan.sheets.map((s) => s.name),
      tables: [
        {
          name: table.name,
          sheet: SHEET_NAMES.S1,
          topLeft: table.topLeft,
          headers: table.headers,
          rows,
        },
      ],
    });
    const read = await port.readScores();
    const problem = read.problems.find((p) => p.sheet === SHEET_NAMES.S1);
    expect(problem?.message).toMatch(/seven/);
  });
});

describe("ExcelPort.writeResults", () => {
  it("rewrites Results and Roadmap in two syncs and touches no other sheet", async () => {
    const f = assessmentFake();
    const sync = jest.spyOn(f.context, "sync");
    const { profile } = assessmentToProfile({ us: US, them: {}, weights: {} }, META);
    const recommendation = recommend(profile);
    const roadmap = buildRoadmap(profile, recommendation, {
      startDate: "2026-05-01",
      monthsPerStep: 3,
    });
    const progress: string[] = [];
    await port.writeResults({ meta: META, recommendation, roadmap, profile }, (m) =>
      progress.push(m)
    );
    expect(sync).toHaveBeenCalledTimes(2);
    expect(progress).toEqual(["Writing Results and Roadmap"]);
    const touched = new Set(writes(f).map((op) => op.sheet));
    expect([...touched].sort()).toEqual(refreshedNames());
    const written = JSON.stringify(writes(f).map((op) => op.value));
    expect(written).toContain(modelName(recommendation.targetModel));
    for (const row of roadmap) expect(written).toContain(row.phase);
    // Issue 13: each phase against the rounds (no CF_History: the open round is round 1).
    const status = phaseStatus(roadmap, [{ startModel: recommendation.startModel }]);
    for (const st of status) expect(written).toContain(JSON.stringify(phaseStatusText(st, 1)));
    expect(written).toContain(ROUND_STATUS_HEADER);
  });
});

describe("ExcelPort.writeResults against the closed rounds (issue 13)", () => {
  it("adds the changes since the last and the first round to Results, still in two syncs", async () => {
    const { profile } = assessmentToProfile({ us: US, them: {}, weights: {} }, META);
    const recommendation = recommend(profile);
    const roadmap = buildRoadmap(profile, recommendation, {
      startDate: "2026-05-01",
      monthsPerStep: 3,
    });
    const earlier = (by: number, date: string) =>
      roundRecord({
        date,
        itemSetVersion: "",
        us: Object.fromEntries(DIMENSION_KEYS.map((k) => [k, profile.us[k]! - by])),
        respondents: { us: 1, them: 0 },
        recommendation: { ...recommendation, trustGap: recommendation.trustGap + by },
      });
    const closed = [earlier(1, "2026-01-10"), earlier(0.5, "2026-03-10")];
    const plan = buildAssessmentPlan(META, { answers: { us: US }, history: closed });
    const f = createStrictExcel({
      sheets: plan.sheets.map((s) => s.name),
      tables: planTables(plan),
      namedRanges: coverNames(),
    });
    excelHost.fake = f;
    const sync = jest.spyOn(f.context, "sync");
    await port.writeResults({ meta: META, recommendation, roadmap, profile });
    expect(sync).toHaveBeenCalledTimes(2);
    // What the Results sheet gets is what the core block gives for this history.
    const block = withRoundChanges(
      buildResultsPlan(recommendation),
      closed,
      summaryScores(profile),
      recommendation.trustGap
    ).cells.filter((c) => Number(/\d+$/.exec(c.address)![0]) >= ROUND_CHANGES_TOP);
    expect(block.length).toBeGreaterThan(DIMENSION_KEYS.length);
    const written = JSON.stringify(
      writes(f)
        .filter((op) => op.sheet === SHEET_NAMES.results)
        .map((op) => op.value)
    );
    for (const c of block) if (c.value !== null) expect(written).toContain(JSON.stringify(c.value));
    expect(written).toContain("Ours since round 2 (10 March 2026)");
  });
});

describe("ExcelPort.writeResults: CF Summary and CF Actions", () => {
  const rescore = (answers: ItemAnswers) => {
    const { profile } = assessmentToProfile({ us: answers, them: US, weights: {} }, META);
    const recommendation = recommend(profile);
    const roadmap = buildRoadmap(profile, recommendation, { startDate: "2026-05-01" });
    return { profile, recommendation, roadmap };
  };
  /** A stand-in holding a generated assessment (with its roadmap) as the analyst left it. */
  function generatedFake(
    cells: Record<string, Record<string, unknown>>,
    editActions?: (headers: unknown[], rows: unknown[][]) => void,
    without: string[] = []
  ): FakeExcel {
    const first = rescore(US);
    const plan = buildAssessmentPlan(META, {
      answers: { us: US, them: US },
      recommendation: first.recommendation,
      roadmap: first.roadmap,
    });
    const sheets = plan.sheets.filter((s) => !without.includes(s.name));
    const tables = planTables({ sheets });
    const actions = tables.find((t) => t.name === TABLE_NAMES.actions);
    if (actions && editActions) editActions(actions.headers, actions.rows);
    const fake = createStrictExcel({
      sheets: sheets.map((s) => s.name),
      tables,
      cells,
      namedRanges: coverNames(),
    });
    excelHost.fake = fake;
    return fake;
  }

  it("shows the new scores on CF Summary, keeps the typed decision and the action edits, in two syncs", async () => {
    const typed = "Approve the pilot for the north region only.";
    let editedId = "";
    const f = generatedFake(
      { [SHEET_NAMES.summary]: { [SUMMARY_DECISION_CELL]: typed } },
      (h, rows) => {
        editedId = String(rows[0][h.indexOf(ACTION_HEADERS.id)]);
        rows[0][h.indexOf(ACTION_HEADERS.owner)] = "Pat Analyst";
        rows[0][h.indexOf(ACTION_HEADERS.status)] = "In progress";
      }
    );
    const sync = jest.spyOn(f.context, "sync");
    // Every item of ours re-scored at 1: the Summary must move with it.
    const next = rescore(Object.fromEntries(ITEMS.map((it) => [it.id, 1])));
    await port.writeResults({ meta: META, ...next });
    expect(sync).toHaveBeenCalledTimes(2);
    const shown = summaryScores(next.profile);
    DIMENSION_KEYS.forEach((k, i) => {
      expect(f.cell(SHEET_NAMES.summary, `D${6 + i}`)?.value).toBe(dimensionLabel(k));
      expect(f.cell(SHEET_NAMES.summary, `E${6 + i}`)?.value).toBe(
        Math.round(shown.us[k]! * 100) / 100
      );
      expect(f.cell(SHEET_NAMES.summary, `F${6 + i}`)?.value).toBe(
        Math.round(shown.them![k]! * 100) / 100
      );
    });
    expect(f.cell(SHEET_NAMES.summary, SUMMARY_DECISION_CELL)?.value).toBe(typed);
    // The action log: the analyst's owner and status come back with the same action id.
    const written = writes(f).filter((op) => op.sheet === SHEET_NAMES.actions);
    const rows = written.flatMap((op) =>
      Array.isArray(op.value) ? (op.value as unknown[][]) : []
    );
    const row = rows.find(
      (r) => Array.isArray(r) && r[ACTIONS_COLUMNS.indexOf(ACTION_HEADERS.id)] === editedId
    );
    // The first action is the same whatever the scores (its phase opens every roadmap).
    expect(next.roadmap.some((p) => p.items.some((a) => a.id === editedId))).toBe(true);
    expect(row?.[ACTIONS_COLUMNS.indexOf(ACTION_HEADERS.owner)]).toBe("Pat Analyst");
    expect(row?.[ACTIONS_COLUMNS.indexOf(ACTION_HEADERS.status)]).toBe("In progress");
  });

  it("writes our generated decision wording for the new models when the analyst left it", async () => {
    const f = generatedFake({});
    const next = rescore(Object.fromEntries(ITEMS.map((it) => [it.id, 1])));
    await port.writeResults({ meta: META, ...next });
    expect(String(f.cell(SHEET_NAMES.summary, SUMMARY_DECISION_CELL)?.value)).toContain(
      modelName(next.recommendation.startModel)
    );
  });

  it("adds CF Summary and CF Actions to a workbook made before them, in the same two syncs, touching no other sheet", async () => {
    const f = generatedFake({}, undefined, [SHEET_NAMES.summary, SHEET_NAMES.actions]);
    const sync = jest.spyOn(f.context, "sync");
    const next = rescore(US);
    await port.writeResults({ meta: META, ...next });
    expect(sync).toHaveBeenCalledTimes(2);
    const touched = new Set(writes(f).map((op) => op.sheet));
    expect([...touched].sort()).toEqual(refreshedNames());
    // The added sheets hold the new result: the Summary's ladder and every action of the roadmap.
    expect(f.cell(SHEET_NAMES.summary, "A1")?.value).toBe("Summary");
    const actionText = JSON.stringify(
      writes(f)
        .filter((op) => op.sheet === SHEET_NAMES.actions)
        .map((op) => op.value)
    );
    for (const a of next.roadmap.flatMap((p) => p.items)) expect(actionText).toContain(a.id);
  });
});

describe("ExcelPort.goToItem", () => {
  it.each([
    ["us", ITEM_HEADERS.our],
    ["them", ITEM_HEADERS.their],
  ] as const)("selects the item's %s score cell on its step sheet", async (side, header) => {
    const item = ITEMS[7];
    const step = itemStep(item);
    const f = assessmentFake();
    const sync = jest.spyOn(f.context, "sync");
    await port.goToItem(item.id, side);
    // The table is checked first (a null object has no members to use), then read, then selected.
    expect(sync).toHaveBeenCalledTimes(3);
    const row = ITEMS.filter((it) => itemStep(it) === step).indexOf(item);
    const selected = f.ops({ location: "Range.select" });
    expect(selected).toHaveLength(1);
    expect(selected[0].info.path).toBe(
      `workbook.tables.getItemOrNullObject(${JSON.stringify(TABLE_NAMES.items(step))}).columns.getItem(${JSON.stringify(header)}).getDataBodyRange().getCell(${row}, 0)`
    );
    const activated = f.ops({ location: "Worksheet.activate" });
    expect(activated).toHaveLength(1);
    expect(activated[0].info.path).toBe(`${selected[0].info.path}.worksheet`);
    expect(writes(f)).toEqual([]);
  });

  it("says which table lacks an item that was deleted, and selects nothing", async () => {
    const plan = buildAssessmentPlan(META, {});
    const sheet = plan.sheets.find((s) => s.name === SHEET_NAMES.S1);
    const table = sheet?.tables?.[0];
    if (!table) throw new Error("plan has no S1 item table");
    const first = String(table.rows[0][0]);
    const f = createStrictExcel({
      sheets: [SHEET_NAMES.S1],
      tables: [
        {
          name: table.name,
          sheet: SHEET_NAMES.S1,
          topLeft: table.topLeft,
          headers: table.headers,
          rows: table.rows.slice(1).map((r) => table.headers.map((_, i) => r[i] ?? "")),
        },
      ],
    });
    excelHost.fake = f;
    await expect(port.goToItem(first, "us")).rejects.toThrow(
      `Item ${first} is not in table ${table.name} on sheet ${SHEET_NAMES.S1}`
    );
    expect(f.ops({ location: "Range.select" })).toEqual([]);
    await expect(port.goToItem("NOPE-1", "us")).rejects.toThrow("Unknown item NOPE-1.");
  });

  it("says the table was not found when it was renamed, instead of Excel's ItemNotFound", async () => {
    const f = createStrictExcel({ sheets: [SHEET_NAMES.S1] });
    excelHost.fake = f;
    const item = ITEMS.find((it) => itemStep(it) === "S1")!;
    await expect(port.goToItem(item.id, "us")).rejects.toThrow(
      `Table ${TABLE_NAMES.items("S1")} was not found on sheet ${SHEET_NAMES.S1}`
    );
    expect(f.ops({ location: "Range.select" })).toEqual([]);
  });
});

async function workbookFromBase64(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  return wb;
}

describe("ExcelPort exchange", () => {
  it("opens the questionnaire as a new workbook after one sync, with our assessment id", async () => {
    const f = assessmentFake();
    const sync = jest.spyOn(f.context, "sync");
    const progress: string[] = [];
    const outcome = await port.prepareQuestionnaire((m) => progress.push(m));
    expect(sync).toHaveBeenCalledTimes(1);
    expect(writes(f)).toEqual([]);
    expect(outcome).toEqual({ delivered: "opened", assessmentId: META.assessmentId });
    expect(progress).toContain("Opening it in Excel");
    expect(excelHost.createWorkbook).toHaveBeenCalledTimes(1);
    const wb = await workbookFromBase64(excelHost.createWorkbook.mock.calls[0][0]);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(Object.values(QUESTIONNAIRE_SHEETS));
    const [ref] = wb.definedNames.getRanges(QUESTIONNAIRE_NAMES.assessmentId).ranges;
    const [sheet, cell] = ref.replace(/'/g, "").replace(/\$/g, "").split("!");
    expect(wb.getWorksheet(sheet)?.getCell(cell).value).toBe(META.assessmentId);
    // None of our private cover facts travel with it.
    const text = JSON.stringify(wb.worksheets.map((ws) => ws.getSheetValues()));
    expect(text).not.toContain(META.title);
    expect(text).not.toContain(META.assessors);
  });

  it("opens a colleague's questionnaire (issue 13) after one sync: our side, tied to this assessment", async () => {
    const f = assessmentFake();
    const sync = jest.spyOn(f.context, "sync");
    const outcome = await port.prepareColleagueQuestionnaire!();
    expect(sync).toHaveBeenCalledTimes(1);
    expect(writes(f)).toEqual([]);
    expect(outcome).toEqual({ delivered: "opened", assessmentId: META.assessmentId });
    const bytes = Buffer.from(excelHost.createWorkbook.mock.calls[0][0], "base64");
    const returned = await readReturnedQuestionnaire(bytes, "Colleague.xlsx");
    expect(returned.names[COLLEAGUE_NAMES.side]?.value).toBe(META.perspective);
    expect(returned.names[COLLEAGUE_NAMES.check]?.value).toBe(
      sideCheck(META.assessmentId as string, META.title)
    );
    // The import puts its answers on our side, as for a file from `questionnaire --side us`.
    const ours = {
      assessmentId: META.assessmentId as string,
      title: META.title,
      perspective: META.perspective,
    };
    expect(respondentSide(returned, ours, "Colleague.xlsx")).toBe("us");
    // The other party's questionnaire claims no side.
    await port.prepareQuestionnaire();
    const theirs = Buffer.from(excelHost.createWorkbook.mock.calls[1][0], "base64");
    expect(respondentSide(await readReturnedQuestionnaire(theirs, "Theirs.xlsx"), ours, "x")).toBe(
      "them"
    );
  });

  it("imports their answers into the Their score column and returns both sides", async () => {
    const f = assessmentFake();
    const theirs: Record<string, string> = Object.fromEntries(
      ITEMS.map((it, i) => [it.id, String(((i + 3) % 5) + 1)])
    );
    const questionnaire = await planToBuffer(
      buildQuestionnairePlan({ assessmentId: META.assessmentId as string, meta: META })
    );
    const file = await fillQuestionnaire(questionnaire, { scores: theirs });
    const sync = jest.spyOn(f.context, "sync");
    const out = await port.importAnswers({
      name: "Questionnaire CleanCo.xlsx",
      data: new Uint8Array(file),
    });
    // Validate (1 sync), write in one batch (1), read both sides back (1).
    expect(sync).toHaveBeenCalledTimes(3);
    expect(out.report.imported).toHaveLength(ITEMS.length);
    expect(out.report.skipped).toEqual([]);
    const valueWrites = f.ops({ prop: "values" });
    const written = valueWrites.flatMap((op) => (op.value as unknown[][]).map((r) => r[0]));
    expect(written.sort()).toEqual(Object.values(theirs).map(Number).sort());
    expect(new Set(valueWrites.map((op) => op.sheet)).size).toBe(4);
  });

  it("refuses a questionnaire of another assessment and writes nothing", async () => {
    const f = assessmentFake();
    const questionnaire = await planToBuffer(
      buildQuestionnairePlan({ assessmentId: "CF-FFFF-FFFF-FFFF-FFFF", meta: META })
    );
    const file = await fillQuestionnaire(questionnaire, { scores: { [ITEMS[0].id]: "3" } });
    await expect(
      port.importAnswers({ name: "q.xlsx", data: new Uint8Array(file) })
    ).rejects.toMatchObject({ name: "ExchangeError" });
    expect(writes(f)).toEqual([]);
  });
});
