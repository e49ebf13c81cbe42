import { DIMENSION_KEYS, MODELS } from "../../../src/core/method";
import { buildDemoPlan, demoAssessment } from "../../../src/core/workbook/demo";
import { SHEET_NAMES } from "../../../src/core/workbook/names";
import { SUMMARY_DECISION_CELL } from "../../../src/core/workbook/summary";
import { modelName } from "../../../src/core/texts/method-words";

describe("CF Summary", () => {
  const plan = buildDemoPlan("2026-03-02T10:00:00Z");
  const s = plan.sheets.find((x) => x.name === SHEET_NAMES.summary)!;
  const demo = demoAssessment();
  const text = s.cells.map((c) => String(c.value ?? "")).join("\n");

  it("holds values only: no formula, nothing that can show an error", () => {
    expect(s.cells.filter((c) => c.formula !== undefined || c.addinFormula)).toEqual([]);
    expect(s.tables ?? []).toEqual([]);
  });

  it("marks where to start and where to aim on the five-model ladder", () => {
    for (const m of MODELS) expect(text).toContain(modelName(m.id));
    const row = (id: string) =>
      s.cells.find((c) => c.value === modelName(id as never))!.address.slice(1);
    const mark = (id: string) => s.cells.find((c) => c.address === `B${row(id)}`)?.value;
    expect(String(mark(demo.recommendation.targetModel))).toContain("Aim here");
    expect(String(mark(demo.recommendation.startModel))).toContain("Start here");
  });

  it("speaks plain English: labels not keys, no rule codes, no ISO timestamps", () => {
    for (const k of DIMENSION_KEYS.filter((k) => /[A-Z]/.test(k))) expect(text).not.toContain(k);
    expect(text).not.toMatch(/\bR\d\b/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it("lists the first five actions with owner and due date, and an editable decision cell", () => {
    const first = demo.roadmap.flatMap((r) => r.items).slice(0, 5);
    for (const a of first) expect(text).toContain(a.text);
    const decision = s.cells.find((c) => c.address === SUMMARY_DECISION_CELL)!;
    expect(decision.style?.unlocked).toBe(true);
    expect(String(decision.value)).toContain(modelName(demo.recommendation.targetModel));
  });
});
