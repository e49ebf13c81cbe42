/**
 * The Results sheet's texts must be true in both files it appears in: sheets the add-in wrote in
 * Excel (live formulas on) and files written outside Excel (values plus LIVE_FORMULAS_OFF).
 */
import { demoAssessment } from "../../../src/core/workbook/demo";
import { buildResultsPlan } from "../../../src/core/workbook/layout";
import type { CellWrite } from "../../../src/core/workbook/plan";
import { workbookTexts } from "../../../src/core/texts/parts/workbook";

const LIVE_FORMULAS_OFF = workbookTexts().results.liveOff;

const plan = buildResultsPlan(demoAssessment().recommendation, {
  takenAt: "2026-01-01T00:00:00Z",
});

/** What a cell shows, inside Excel (formulas written by the add-in) or outside (no COLLAB.*). */
function shown(c: CellWrite, inside: boolean): string | null {
  if (c.addinFormula) return inside ? null : typeof c.offline === "string" ? c.offline : null;
  return typeof c.value === "string" ? c.value : null;
}

const texts = (inside: boolean) =>
  plan.cells.map((c) => shown(c, inside)).filter((t): t is string => t !== null);
const sentences = (t: string) => t.split(/(?<=[.;:])\s+/);

describe("Results wording", () => {
  it.each([
    ["written inside Excel", true],
    ["written outside Excel", false],
  ])("%s: no text states #NAME? as a fact, only for live formulas that are on", (_, inside) => {
    const withName = texts(inside)
      .flatMap(sentences)
      .filter((s) => s.includes("#NAME?"));
    for (const s of withName) expect(s).toMatch(/formulas are on/i);
  });

  it("outside Excel, the sentence in the live column is backed by the note above it", () => {
    const outside = texts(false);
    expect(outside).toContain(LIVE_FORMULAS_OFF);
    // The note must admit that such a file has its live formulas off, not claim they recalculate.
    const notes = outside.filter((t) => /live column/i.test(t) && t !== LIVE_FORMULAS_OFF);
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n).toMatch(/outside Excel[^.]*\boff\b/i);
  });

  it("inside Excel, no text says the file is not live", () => {
    for (const t of texts(true)) expect(t).not.toMatch(/not live/i);
  });
});
