import ExcelJS from "exceljs";
import { LAYOUT } from "../../../src/core/workbook/layout";
import { parseCell } from "../../../src/core/workbook/a1";
import { buildDemoPlan } from "../../../src/core/workbook/demo";
import { SHEET_NAMES, STEP_IDS, TABLE_NAMES } from "../../../src/core/workbook/names";
import { REFRESHED_SHEETS } from "../../../src/core/workbook/sheets";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import type { SheetPlan, WorkbookPlan } from "../../../src/core/workbook/plan";
import {
  LINE_HEIGHT_PT,
  rowHeightForLines,
  wrappedLineCount,
} from "../../../src/core/workbook/text-fit";
import { fitRowHeights, writePlan } from "../../../src/xlsx/write";

// A 10-wide column holds floor(10 * 1.15) = 11 characters of 11 pt text a line.
const W = 10;

describe("wrappedLineCount", () => {
  it("keeps text that fits on one line", () => {
    expect(wrappedLineCount("", W)).toBe(1);
    expect(wrappedLineCount("abc def", W)).toBe(1);
    expect(wrappedLineCount("abcde fghij", W)).toBe(1); // exactly 11 characters
  });

  it("moves a word that does not fit to the next line (greedy, by words)", () => {
    expect(wrappedLineCount("abcde fghijk", W)).toBe(2);
    expect(wrappedLineCount("abcdefgh abcdefgh", W)).toBe(2);
    // Character count alone (20 / 11) says 2; by words it takes 3 lines.
    expect(wrappedLineCount("abcdef abcdef abcdef", W)).toBe(3);
  });

  it("cuts a word longer than a line and keeps the text's own line breaks", () => {
    expect(wrappedLineCount("x".repeat(23), W)).toBe(3);
    expect(wrappedLineCount("ab " + "y".repeat(11), W)).toBe(2);
    expect(wrappedLineCount("ab " + "y".repeat(12), W)).toBe(3);
    expect(wrappedLineCount("one\ntwo\n\nfour", W)).toBe(4);
    expect(wrappedLineCount("one\r\ntwo", W)).toBe(2);
  });

  it("needs more lines for larger or bold text and fewer for wider columns", () => {
    const text = "How much does the other party gain when this relationship succeeds?";
    const plain = wrappedLineCount(text, 24);
    expect(plain).toBe(3);
    expect(wrappedLineCount(text, 24, { size: 16 })).toBeGreaterThan(plain);
    expect(wrappedLineCount(text, 24, { bold: true })).toBeGreaterThanOrEqual(plain);
    expect(wrappedLineCount(text, 48)).toBe(2);
    expect(wrappedLineCount(text, 60)).toBe(1);
  });

  it("gives a line height of 15 pt per 11 pt line, scaled up for larger fonts", () => {
    expect(rowHeightForLines(1)).toBe(LINE_HEIGHT_PT);
    expect(rowHeightForLines(3)).toBe(45);
    expect(rowHeightForLines(2, 22)).toBe(60);
    expect(rowHeightForLines(2, 8)).toBe(30);
  });
});

function sheet(overrides: Partial<SheetPlan>): WorkbookPlan {
  return {
    sheets: [{ name: "CF Test", role: "results", cells: [], ...overrides }],
    names: [],
  };
}

const LONG = "word ".repeat(30).trim(); // 149 characters

describe("writePlan: row heights", () => {
  it("grows a row to the tallest wrapped cell and leaves other rows alone", () => {
    const wb = writePlan(
      sheet({
        columnWidths: { A: 10, B: 40 },
        cells: [
          { address: "A1", value: LONG, style: { wrap: true } },
          { address: "B1", value: LONG, style: { wrap: true } },
          { address: "A2", value: LONG }, // not wrapped: spills to the right, one line
          { address: "B3", value: "short", style: { wrap: true } },
          { address: "A4", value: 12345678901234, style: { wrap: true } },
        ],
      })
    );
    const ws = wb.getWorksheet("CF Test")!;
    expect(ws.getRow(1).height).toBe(rowHeightForLines(wrappedLineCount(LONG, 10)));
    expect(ws.getRow(1).height).toBeGreaterThanOrEqual(10 * LINE_HEIGHT_PT);
    expect(ws.getRow(2).height).toBeUndefined();
    expect(ws.getRow(3).height).toBeUndefined();
    expect(ws.getRow(4).height).toBeUndefined();
  });

  it("counts wrapped text set by a range style over table cells, and the default column width", () => {
    const wb = writePlan(
      sheet({
        columnWidths: { B: 12 },
        tables: [
          {
            name: "CF_T",
            topLeft: "A1",
            headers: ["Id", "Text"],
            rows: [
              ["a", LONG],
              ["b", "fits"],
            ],
          },
        ],
        rangeStyles: [{ range: "A2:B3", style: { wrap: true } }],
        cells: [{ address: "C5", value: LONG, style: { wrap: true } }],
      })
    );
    const ws = wb.getWorksheet("CF Test")!;
    expect(ws.getRow(2).height).toBe(rowHeightForLines(wrappedLineCount(LONG, 12)));
    expect(ws.getRow(3).height).toBeUndefined();
    // Column C has no width in the plan: Excel's 8.43 applies.
    expect(ws.getRow(5).height).toBe(rowHeightForLines(wrappedLineCount(LONG, 8.43)));
  });

  it("only grows rows: a taller row keeps its height", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getColumn(1).width = 40;
    ws.getCell("A1").value = LONG;
    ws.getCell("A1").alignment = { wrapText: true };
    ws.getRow(1).height = 200;
    ws.getCell("A2").value = LONG;
    ws.getCell("A2").alignment = { wrapText: true };
    ws.getRow(2).height = 20;
    fitRowHeights(ws);
    expect(ws.getRow(1).height).toBe(200);
    expect(ws.getRow(2).height).toBe(rowHeightForLines(wrappedLineCount(LONG, 40)));
    expect(ws.getRow(2).height).toBeGreaterThan(20);
  });

  it("sizes the demo's wrapped rows: step questions, the Results 'Why' and the roadmap", () => {
    const plan = buildDemoPlan("2026-03-02T10:00:00Z");
    const wb = writePlan(plan);
    const heightOfCellWith = (sheetName: string, pred: (v: string) => boolean) => {
      const ws = wb.getWorksheet(sheetName)!;
      let found: number | undefined;
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (found === undefined && typeof c.value === "string" && pred(c.value))
            found = row.height;
        })
      );
      return found;
    };
    const results = plan.sheets.find((s) => s.name === SHEET_NAMES.results)!;
    const whyRow = results.cells.find((c) => c.value === "Why")!.address.replace(/^A/, "");
    const why = results.cells.find(
      (c) => c.address === `${LAYOUT.results.snapshotColumn}${whyRow}`
    )!;
    expect(heightOfCellWith(SHEET_NAMES.results, (v) => v === why.value)).toBeGreaterThanOrEqual(
      3 * LINE_HEIGHT_PT
    );
    expect(
      heightOfCellWith(SHEET_NAMES.S1, (v) => v.startsWith("How much does the other party gain"))
    ).toBeGreaterThanOrEqual(2 * LINE_HEIGHT_PT);
    const roadmap = wb.getWorksheet(SHEET_NAMES.roadmap)!;
    const heights: number[] = [];
    roadmap.eachRow((r, n) => {
      if (n > 4) heights.push(r.height ?? LINE_HEIGHT_PT);
    });
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(2 * LINE_HEIGHT_PT);
  });
});

describe("S1 interests tables", () => {
  it("put every text column of both free tables in a column at least 20 wide, and do not overlap", () => {
    const s1 = buildDemoPlan("2026-03-02T10:00:00Z").sheets.find((s) => s.name === SHEET_NAMES.S1)!;
    const boxes = (s1.tables ?? []).map((t) => {
      const tl = parseCell(t.topLeft);
      return {
        name: t.name,
        t,
        top: tl.row,
        bottom: tl.row + Math.max(1, t.rows.length),
        left: tl.col,
        right: tl.col + t.headers.length - 1,
      };
    });
    for (const name of [TABLE_NAMES.interestsUs, TABLE_NAMES.interestsThem]) {
      const b = boxes.find((x) => x.name === name)!;
      // Interest, Kind, Priority and Notes each need room for words, not IDs.
      b.t.headers.forEach((_, i) => {
        const letter = String.fromCharCode(64 + b.left + i);
        expect(s1.columnWidths?.[letter] ?? 8.43).toBeGreaterThanOrEqual(20);
      });
      // The first column, where the interest itself is written, wraps.
      expect(
        (s1.rangeStyles ?? []).some(
          (r) => r.style.wrap && parseCell(r.range.split(":")[0]).row === b.top + 1
        )
      ).toBe(true);
    }
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b)
          expect(a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left).toBe(
            true
          );
  });
});

describe("a step sheet's intro, how-to and colour legend (rows 2-4)", () => {
  const stepSheets = () => {
    const plan = buildDemoPlan("2026-03-02T10:00:00Z");
    return STEP_IDS.map((id) => plan.sheets.find((s) => s.name === SHEET_NAMES[id])!);
  };
  afterEach(() => setLanguage("en"));

  it.each(["en", PSEUDO_LOCALE])(
    "wrap in a merged cell within the first printed column group, as tall as their lines (%s)",
    (lang) => {
      setLanguage(lang);
      for (const s of stepSheets()) {
        // The first print area (print.ts) is the page the text must stay on.
        const firstArea = s.print!.printArea!.split(",")[0];
        const lastPrinted = parseCell(firstArea.split(":")[1]).col;
        for (const row of [2, 3, 4]) {
          const merge = s.merges!.find((m) => m.startsWith(`A${row}:`));
          expect(merge).toBeDefined();
          expect(parseCell(merge!.split(":")[1]).col).toBeLessThanOrEqual(lastPrinted);
          const text = String(s.cells.find((c) => c.address === `A${row}`)!.value);
          let width = 0;
          for (let c = 1; c <= parseCell(merge!.split(":")[1]).col; c++)
            width += s.columnWidths![String.fromCharCode(64 + c)];
          const lines = wrappedLineCount(text, width);
          expect(s.rowHeights?.[row] ?? LINE_HEIGHT_PT).toBe(rowHeightForLines(lines));
        }
      }
    }
  );

  it("the longer pseudo-locale legend takes more lines than English (the test above sees wrapping)", () => {
    const heights = (lang: string) => {
      setLanguage(lang);
      return stepSheets().map((s) => s.rowHeights?.[4] ?? LINE_HEIGHT_PT);
    };
    const en = heights("en");
    const pseudo = heights(PSEUDO_LOCALE);
    expect(pseudo.some((h, i) => h > en[i])).toBe(true);
  });

  it("are merged and sized in the .xlsx", () => {
    setLanguage(PSEUDO_LOCALE);
    const plan = buildDemoPlan("2026-03-02T10:00:00Z");
    const wb = writePlan(plan);
    for (const s of plan.sheets.filter((p) => p.merges?.length)) {
      const ws = wb.getWorksheet(s.name)!;
      for (const m of s.merges!) {
        const [a, b] = m.split(":");
        expect(ws.getCell(b).isMerged).toBe(true);
        expect(ws.getCell(b).master.address).toBe(a);
        expect(ws.getCell(a).alignment?.wrapText).toBe(true);
      }
      for (const [row, h] of Object.entries(s.rowHeights ?? {}))
        expect(ws.getRow(Number(row)).height).toBe(h);
    }
  });

  it("no sheet that refreshes with results merges cells (the refresh clears its cells)", () => {
    const plan = buildDemoPlan("2026-03-02T10:00:00Z");
    for (const r of REFRESHED_SHEETS)
      expect(plan.sheets.find((s) => s.name === SHEET_NAMES[r.key])?.merges ?? []).toEqual([]);
  });
});
