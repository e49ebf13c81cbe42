import { DEMO_META } from "../../../src/core/workbook/demo";
import { buildDemoPlan } from "../../../src/core/workbook/demo";
import { buildAssessmentPlan, confidentialityOf } from "../../../src/core/workbook/layout";
import { MIN_SCALE, effectiveScale } from "../../../src/core/workbook/print";

describe("print settings on every sheet", () => {
  const plan = buildDemoPlan("2026-03-02T10:00:00Z");
  it.each(plan.sheets.map((s) => [s.name, s] as const))(
    "%s: print area, header/footer with relationship, sheet, page x of y, confidentiality; never below 8 pt",
    (_name, s) => {
      const p = s.print!;
      // One range, or column groups: the first from A1, the rest from the header row down.
      expect(p.printArea).toMatch(/^A1:[A-Z]+\d+(,[A-Z]+\d+:[A-Z]+\d+)*$/);
      if (p.printArea!.includes(",")) expect(p.printTitleColumns).toBe("$A:$A");
      expect(p.footer).toEqual({
        left: `${DEMO_META.title} · ${confidentialityOf(DEMO_META)}`,
        right: "&A · Page &P of &N",
      });
      expect(p.header?.right).toBe(confidentialityOf(DEMO_META));
      expect(effectiveScale(s)).toBeGreaterThanOrEqual(MIN_SCALE - 0.01);
    }
  );
  it("escapes & in user text so it is not read as a header/footer code", () => {
    const p = buildAssessmentPlan({ ...DEMO_META, title: "R&D tooling &P" });
    for (const s of p.sheets) expect(s.print!.header!.left).toBe("R&&D tooling &&P");
  });
});
