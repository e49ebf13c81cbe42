/**
 * A round started inside Excel on a workbook whose sides are scored by respondents (issue 13): the
 * history row is the respondents' scores, the same as `collabfit round` records for the same
 * workbook, and the next round starts with no respondents and empty typed columns.
 */
import { DIMENSION_KEYS, ITEMS } from "../../../src/core/method";
import { buildAssessmentPlan } from "../../../src/core/workbook/layout";
import { DEMO_META } from "../../../src/core/workbook/demo";
import { ROUND_SHEETS, ROUND_TABLES } from "../../../src/core/workbook/round-names";
import { importRespondentsInExcel } from "../../../src/excel/respondents";
import { startRoundInExcel } from "../../../src/excel/round-close";
import { planToBuffer } from "../../../src/xlsx";
import { buildQuestionnaireBuffer } from "../../../src/xlsx/exchange";
import { importRespondentsBuffer, readReturnedFiles } from "../../../src/xlsx/respondents-import";
import { closeRoundBuffer } from "../../../src/xlsx/round-close";
import { fillQuestionnaire } from "../exchange/helpers";
import { fakeOfPlan } from "./plans";

const typedUs = Object.fromEntries(ITEMS.map((it, i) => [it.id, (i % 5) + 1]));
const PLAN = buildAssessmentPlan(DEMO_META, { answers: { us: typedUs } });
const scores = (f: (i: number) => number | "N/A") =>
  Object.fromEntries(ITEMS.map((it, i) => [it.id, f(i)]));
// Two respondents on their side who disagree, so the recorded score is their combination, not either one.
const FILLS = {
  Ana: scores((i) => (i % 5) + 1),
  Ben: scores((i) => (i % 4 === 0 ? "N/A" : ((i + 2) % 5) + 1)),
};
const NEXT = "2026-09-01";

let files: { data: Buffer; fileName: string }[];
let ours: Buffer;

beforeAll(async () => {
  ours = Buffer.from(await planToBuffer(PLAN));
  const q = (await buildQuestionnaireBuffer(ours)).buffer;
  files = [];
  for (const [name, s] of Object.entries(FILLS))
    files.push({ data: await fillQuestionnaire(q, { scores: s }), fileName: `${name}.xlsx` });
}, 60_000);

test("the history row is the respondents' scores, as the command line records them; the next round has none", async () => {
  const f = fakeOfPlan(PLAN);
  await importRespondentsInExcel(f.ctx, await readReturnedFiles(files));
  const spy = jest.spyOn(f.context, "sync");
  const out = await startRoundInExcel(f.ctx, NEXT);
  expect(spy).toHaveBeenCalledTimes(3);

  const imported = await importRespondentsBuffer(ours, files);
  const fromFile = await closeRoundBuffer(imported.buffer, NEXT);
  expect(out.history).toEqual(fromFile.history);
  expect(out.history).toHaveLength(1);
  const [row] = out.history;
  // Their side came from the two respondents: a score for every dimension, and not our typed side's.
  expect(Object.keys(row.them)).toEqual([...DIMENSION_KEYS]);
  expect(row.them).not.toEqual(row.us);

  // The next round: no respondent left (an Excel table keeps one blank body row), the history has the round.
  const responses = f.state.tables.find((t) => t.name === ROUND_TABLES.responses);
  expect(responses).toBeDefined();
  // The stand-in keeps a table's body rows beside its name (its type names only what every table has).
  const rows = (responses as { rows?: unknown[][] }).rows ?? [];
  const filled = rows.filter((r) => r.some((v) => v !== "" && v !== null));
  expect(filled).toEqual([]);
  expect(f.state.sheets.map((s) => s.name)).toContain(ROUND_SHEETS.history);
});
