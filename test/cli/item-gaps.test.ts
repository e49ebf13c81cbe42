/**
 * `collabfit recommend FILE.xlsx --json`: item-level perception gaps in our frame, and a workbook
 * written by an earlier release (question set 2026.1) recommends as it did then.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { ITEMS, ITEM_SETS, type ItemAnswers } from "../../src/core/method";
import { buildAssessmentPlan } from "../../src/core/workbook/layout";
import { planToBuffer } from "../../src/xlsx";
import { buildCliIfMissing, root, runCli as run } from "../support/cli";

let tmp: string;
beforeAll(() => {
  buildCliIfMissing();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-item-gaps-"));
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const META = {
  title: "Chip supply",
  us: "Devices Ltd",
  them: "SoleChip",
  perspective: "customer" as const,
  date: "2026-03-02",
  assessors: "Analyst",
};

test("itemPerceptionGaps: their answer in our frame, biggest difference first, agreed mirrors left out", async () => {
  const us: ItemAnswers = Object.fromEntries(ITEMS.map((it) => [it.id, 3]));
  const them: ItemAnswers = { ...us };
  // Both say the customer gains a lot and the supplier little, each from its own side.
  Object.assign(us, { "MUT-1": 1, "MUT-2": 5 });
  Object.assign(them, { "MUT-1": 5, "MUT-2": 1 });
  // Real differences: a shared fact seen apart, and our dependence they see as lower.
  Object.assign(us, { "ALI-1": 5, "ODP-1": 5 });
  Object.assign(them, { "ALI-1": 1, "TDP-1": 2 });
  const file = path.join(tmp, "gaps.xlsx");
  fs.writeFileSync(file, await planToBuffer(buildAssessmentPlan(META, { answers: { us, them } })));
  const r = run("recommend", file, "--json", "--start", "2026-03-02");
  expect(r.stderr).toBe("");
  expect(JSON.parse(r.stdout).itemPerceptionGaps).toEqual([
    { itemId: "ALI-1", dimension: "alignment", us: 5, them: 1 },
    { itemId: "ODP-1", dimension: "ourDependence", us: 5, them: 2 },
  ]);
});

test("a workbook written by the 2026.1 release recommends what it recommended then", () => {
  const dir = path.join(root, "test/fixtures/workbooks");
  const before = JSON.parse(
    fs.readFileSync(path.join(dir, "assessment-2026.1.recommendation.json"), "utf8")
  );
  const r = run(
    "recommend",
    path.join(dir, "assessment-2026.1.xlsx"),
    "--json",
    "--start",
    "2026-03-02"
  );
  expect(r.stderr).toBe("");
  const now = JSON.parse(r.stdout);
  for (const key of [
    "targetModel",
    "startModel",
    "trustGap",
    "powerRegime",
    "partnershipBlockers",
    "perceptionGaps",
    "rulesFired",
    "effective",
  ]) {
    expect({ key, value: now[key] }).toEqual({ key, value: before[key] });
  }
  // The same path of phases. Their actions come from the roadmap catalogue, which chooses them by
  // who holds the power since that release, and the re-assessment became a dated milestone.
  type Phase = { phase: string; fromModel: string; toModel: string; start: string; end: string };
  const path_ = (roadmap: Phase[]) =>
    roadmap.map((p) => [p.phase, p.fromModel, p.toModel].join(" | "));
  expect(path_(now.roadmap)).toEqual(path_(before.roadmap));
  const dated = (roadmap: Phase[]) => roadmap.slice(0, -1).map((p) => `${p.start}..${p.end}`);
  expect(dated(now.roadmap)).toEqual(dated(before.roadmap));
});

test.each(Object.keys(ITEM_SETS))(
  "a workbook on question set %s is read, recommended and questioned with that set",
  async (version) => {
    const items = ITEM_SETS[version];
    const us: ItemAnswers = Object.fromEntries(items.map((it, i) => [it.id, (i % 5) + 1]));
    const file = path.join(tmp, `set-${version}.xlsx`);
    const plan = buildAssessmentPlan(META, { items, itemSetVersion: version, answers: { us } });
    fs.writeFileSync(file, await planToBuffer(plan));
    const r = run("recommend", file, "--json", "--start", "2026-03-02");
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).targetModel).toEqual(expect.any(String));
    const q = path.join(tmp, `q-${version}.xlsx`);
    const made = run("questionnaire", file, "--out", q);
    expect(made.stderr).toBe("");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(q);
    const ws = wb.getWorksheet("Your answers")!;
    const ids: string[] = [];
    for (let row = 5; ws.getCell(`A${row}`).value; row++)
      ids.push(String(ws.getCell(`A${row}`).value));
    expect(ids).toEqual(items.map((i) => i.id));
  }
);
