/**
 * The ledger of Office.js members (src/excel/api-ledger.ts) against what the adapters really touch,
 * against Microsoft's documented requirement sets, and against the pane's start-up check.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { buildDemoPlan, demoAssessment } from "../../../src/core/workbook/demo";
import { buildResultsPlan, buildRoadmapPlan } from "../../../src/core/workbook/layout";
import {
  EXCEL_API_LEDGER,
  requiredSets,
  requirementFloor,
  versionKey,
} from "../../../src/excel/api-ledger";
import { applyPlan, removeOurSheets, replaceResults } from "../../../src/excel";
import { compilePlan } from "../../../src/excel/ops";
import { readAssessmentFromWorkbook } from "../../../src/excel/read";
import { readExchangeCover } from "../../../src/excel/exchange";
import { EXCEL_REQUIREMENTS } from "../../../src/taskpane/requirements";
import { createFakeExcel } from "../../fixtures/excel/fake-excel";
import { createStrictExcel } from "../../fixtures/excel/strict-excel";
import { documentedExcelApis } from "./office-docs";
import { planTables } from "./plans";

const ctx = (f: { context: unknown }) => f.context as unknown as Excel.RequestContext;

/** Runs every adapter entry point that talks to a workbook; returns the members it touched. */
async function touchEverything(make: typeof createStrictExcel): Promise<Set<string>> {
  const plan = buildDemoPlan("2026-03-01T10:00:00Z");
  const f = make();
  await applyPlan(ctx(f), plan, { noteApi: "comments" });
  // The workbook now holds our tables: the same stand-in reads and refreshes them.
  const tables = planTables(plan);
  const g = make({
    sheets: plan.sheets.map((s) => s.name),
    tables,
    charts: [{ name: "CF_ScoresChart", sheet: plan.sheets.find((s) => s.charts)!.name }],
  });
  await readAssessmentFromWorkbook(ctx(g));
  await readExchangeCover(ctx(g));
  const d = demoAssessment();
  await replaceResults(ctx(g), {
    sheets: [buildResultsPlan(d.recommendation), buildRoadmapPlan(d.roadmap)],
  });
  await removeOurSheets(ctx(g));
  return new Set([...f.state.apis, ...g.state.apis]);
}

describe("the Office.js API ledger", () => {
  it("lists every member the adapters touch (the strict stand-in refuses any other)", async () => {
    const touched = await touchEverything(createStrictExcel);
    const missing = [...touched].filter((api) => !(api in EXCEL_API_LEDGER));
    expect(missing).toEqual([]);
    // The run really went through the adapters' main members.
    for (const api of ["Range.values", "Table.resize", "DataValidation.rule", "PageLayout.zoom"])
      expect(touched).toContain(api);
  });

  it("lists every member an operation declares it calls", () => {
    const plan = buildDemoPlan("2026-03-01T10:00:00Z");
    for (const noteApi of ["notes", "comments"] as const) {
      const apis = new Set(compilePlan(plan, { noteApi }).flatMap((op) => op.apis));
      const undocumented = [...apis].filter(
        (api) => !(api in EXCEL_API_LEDGER) && !/^Range(Format|Font|Fill|Border)$/.test(api)
      );
      expect(undocumented).toEqual([]);
    }
  });

  it("makes a sync fail with ApiNotFound when an adapter touches a member missing from it", async () => {
    const ledger = { ...EXCEL_API_LEDGER };
    delete (ledger as Record<string, unknown>)["Range.values"];
    const f = createFakeExcel({ ledger, apiVersion: requirementFloor() });
    const err = await applyPlan(ctx(f), buildDemoPlan("2026-03-01T10:00:00Z")).catch(
      (e: unknown) => e as Error & { code?: string }
    );
    expect(err).toBeInstanceOf(Error);
    expect((err as { code?: string }).code).toBe("ApiNotFound");
    expect((err as Error).message).toMatch(/Range\.values/);
  });

  it("gives each member the requirement set @types/office-js documents for it", () => {
    const docs = documentedExcelApis();
    const wrong = Object.entries(EXCEL_API_LEDGER)
      .map(([api, entry]) => ({ api, ledger: entry.version, documented: docs.get(api)?.version }))
      .filter((x) => x.documented !== x.ledger);
    expect(wrong).toEqual([]);
  });

  it("derives the start-up check and its floor from the members that are not optional", () => {
    const floor = requirementFloor();
    const highest = Object.values(EXCEL_API_LEDGER)
      .filter((e) => !e.optional)
      .map((e) => e.version)
      .sort((a, b) => versionKey(b) - versionKey(a))[0];
    expect(floor).toBe(highest);
    expect(EXCEL_REQUIREMENTS).toEqual(requiredSets());
    expect(EXCEL_REQUIREMENTS.map((n) => n.feature)).toContain(
      EXCEL_API_LEDGER["Table.resize"].feature
    );
    expect(EXCEL_REQUIREMENTS[EXCEL_REQUIREMENTS.length - 1].version).toBe(floor);
  });

  it("is the floor the README's Limits section states", () => {
    const readme = readFileSync(join(__dirname, "../../../README.md"), "utf8");
    const limits = readme.slice(readme.indexOf("## Limits"));
    expect(limits).toContain(`ExcelApi ${requirementFloor()}`);
  });

  it("is refused, as by a real Excel, one version below the floor", async () => {
    const below = (() => {
      const [a, b] = requirementFloor().split(".").map(Number);
      return `${a}.${b - 1}`;
    })();
    const d = demoAssessment();
    const roadmap = buildRoadmapPlan(d.roadmap);
    const f = createStrictExcel({
      apiVersion: below,
      sheets: [roadmap.name],
      tables: [
        {
          name: roadmap.tables![0].name,
          sheet: roadmap.name,
          topLeft: roadmap.tables![0].topLeft,
          headers: roadmap.tables![0].headers,
          rows: [],
        },
      ],
    });
    await expect(replaceResults(ctx(f), { sheets: [roadmap] })).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });

  it("covers every Excel.* function the pane's port calls directly", () => {
    const src = readFileSync(join(__dirname, "../../../src/taskpane/excel-port.ts"), "utf8");
    const exchange = readFileSync(join(__dirname, "../../../src/excel/exchange.ts"), "utf8");
    const calls = [...`${src}\n${exchange}`.matchAll(/\bExcel\.(\w+)\(/g)].map(
      (m) => `Excel.${m[1]}`
    );
    const direct = calls.filter((c) => c !== "Excel.run");
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.filter((c) => !(c in EXCEL_API_LEDGER))).toEqual([]);
  });
});
