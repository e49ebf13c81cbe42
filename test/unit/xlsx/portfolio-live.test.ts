/** Files written outside Excel never carry the portfolio's live COLLAB.MODEL column. */
import ExcelJS from "exceljs";
import { buildPortfolioPlan, portfolioRow } from "../../../src/core/workbook/portfolio";
import { portfolioToBuffer } from "../../../src/xlsx/portfolio";
import { PORTFOLIO_CASES, caseProfile } from "../../support/portfolio";

const rows = PORTFOLIO_CASES.slice(0, 3).map((c, i) =>
  portfolioRow({
    file: `${c.name}.xlsx`,
    meta: {
      title: c.name,
      us: "Us",
      them: `Them ${i}`,
      perspective: c.perspective,
      date: "",
      assessors: "",
    },
    assessmentId: `CF-LIVE-${i}`,
    itemSetVersion: "2026.2",
    profile: caseProfile(c),
  })
);

describe("the portfolio file (command line, preview download)", () => {
  test("holds no COLLAB.* formula anywhere", async () => {
    const wb = new ExcelJS.Workbook();
    const bytes = await portfolioToBuffer(buildPortfolioPlan(rows, [], "2026-12-02"));
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const formulas: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const f = (cell.value as { formula?: string } | null)?.formula;
          if (f) formulas.push(f);
        })
      )
    );
    expect(formulas.length).toBeGreaterThan(0); // the native COUNTIFS are there
    expect(formulas.filter((f) => /COLLAB\./i.test(f))).toEqual([]);
  });

  test("the .xlsx adapter refuses the Excel-only live plan instead of writing an unbound formula", async () => {
    await expect(
      portfolioToBuffer(buildPortfolioPlan(rows, [], "2026-12-02", { live: true }))
    ).rejects.toThrow(
      /formula column "Model \(live\)" calls COLLAB\.\*, which only the add-in can write/
    );
  });
});
