/**
 * The portfolio in a real spreadsheet: LibreOffice opens the workbook, recalculates every native
 * formula without an error, and its counts equal the rows; an assessment re-saved by LibreOffice
 * (tables without style info) still reads into the portfolio with the same result.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { MODELS, SEGMENTS } from "../../src/core/method";
import { segmentLabel } from "../../src/core/texts/method-words";
import {
  NO_SEGMENT,
  PORTFOLIO_SHEETS,
  buildPortfolioPlan,
  type PortfolioRow,
} from "../../src/core/workbook/portfolio";
import { portfolioToBuffer, readPortfolioRow } from "../../src/xlsx/portfolio";
import { convertWithLibreOffice } from "../support/libreoffice";
import { PSEUDO_LOCALE, setLanguage } from "../../src/core/texts";
import { portfolioTexts } from "../../src/core/texts/parts/portfolio";
import { PORTFOLIO_CASES, writePortfolioCases } from "../support/portfolio";
import { modelName } from "../../src/core/texts/method-words";

jest.setTimeout(240_000);

let dir: string;
let rows: PortfolioRow[];
let calc: ExcelJS.Workbook;
/** The same portfolio written in the pseudo-locale: its Segments formulas name translated headers. */
let pseudoCalc: ExcelJS.Workbook;
let files: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cf-calc-portfolio-"));
  files = await writePortfolioCases(dir);
  rows = [];
  for (const f of files) rows.push(await readPortfolioRow(fs.readFileSync(f), f));
  const out = path.join(dir, "portfolio.xlsx");
  fs.writeFileSync(out, await portfolioToBuffer(buildPortfolioPlan(rows, [], "2026-05-04")));
  const pseudoOut = path.join(dir, "portfolio-pseudo.xlsx");
  setLanguage(PSEUDO_LOCALE);
  try {
    fs.writeFileSync(
      pseudoOut,
      await portfolioToBuffer(buildPortfolioPlan(rows, [], "2026-05-04"))
    );
  } finally {
    setLanguage("en");
  }
  const converted = await convertWithLibreOffice([out, pseudoOut], "xlsx");
  calc = new ExcelJS.Workbook();
  await calc.xlsx.readFile(path.join(converted, "portfolio.xlsx"));
  pseudoCalc = new ExcelJS.Workbook();
  await pseudoCalc.xlsx.readFile(path.join(converted, "portfolio-pseudo.xlsx"));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function formulaCells(wb: ExcelJS.Workbook) {
  const out: Array<{ at: string; formula: string; result: unknown }> = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // LibreOffice saves repeated formulas as shared ones: count those too.
        const v = cell.value as (ExcelJS.CellFormulaValue & { sharedFormula?: string }) | null;
        if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v))
          out.push({
            at: `${ws.name}!${cell.address}`,
            formula: v.formula ?? `shared:${v.sharedFormula}`,
            result: v.result,
          });
      })
    )
  );
  return out;
}

const isError = (r: unknown) => typeof r === "object" && r !== null && "error" in r;

function everyFormulaEvaluates(book: ExcelJS.Workbook) {
  const cells = formulaCells(book);
  const segmentsCount = 8 + 1; // every segment row plus "no profit impact"
  expect(cells.length).toBeGreaterThanOrEqual(segmentsCount * (MODELS.length + 2));
  expect(cells.filter((c) => isError(c.result)).map((c) => `${c.at} ${c.formula}`)).toEqual([]);
}

test("every formula of the portfolio evaluates in LibreOffice without an error", () => {
  everyFormulaEvaluates(calc);
});

test("the model-by-segment counts equal the rows, cell by cell", () => {
  countsEqualRows(calc);
});

test("in the pseudo-locale (CF_Portfolio[⟦…⟧] in the formulas) every formula evaluates and counts the rows", () => {
  setLanguage(PSEUDO_LOCALE);
  try {
    // The structured references name the headers as written, in the pseudo-locale.
    const segments = formulaCells(pseudoCalc).filter((c) => /CF_Portfolio\[⟦/.test(c.formula));
    expect(segments.length).toBeGreaterThan(0);
    everyFormulaEvaluates(pseudoCalc);
    countsEqualRows(pseudoCalc);
  } finally {
    setLanguage("en");
  }
});

/** The Segments sheet's model-by-segment table against the rows, in the active language's words. */
function countsEqualRows(book: ExcelJS.Workbook) {
  const ws = book.getWorksheet(PORTFOLIO_SHEETS.segments)!;
  // Find the table by its header row: "Segment" then the model names.
  let headerRow = 0;
  let firstCol = 0;
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (
        cell.value === portfolioTexts().segments.segment &&
        ws.getCell(r, c + 1).value === modelName(MODELS[0].id)
      ) {
        headerRow = r;
        firstCol = c;
      }
    })
  );
  expect(headerRow).toBeGreaterThan(0);
  // A formula cell (exceljs leaves out a result of 0); a plain number would mean no formula.
  const num = (v: ExcelJS.CellValue) => {
    if (typeof v !== "object" || v === null || !("formula" in v || "sharedFormula" in v))
      return NaN;
    return Number((v as { result?: unknown }).result ?? 0);
  };
  let checked = 0;
  for (let r = headerRow + 1; ws.getCell(r, firstCol).value; r++) {
    const label = String(ws.getCell(r, firstCol).value);
    const segment = label === NO_SEGMENT ? null : SEGMENTS.find((s) => segmentLabel(s) === label)!;
    MODELS.forEach((m, i) => {
      const expected = rows.filter((x) => x.segment === segment && x.targetModel === m.id).length;
      expect({ label, model: m.id, n: num(ws.getCell(r, firstCol + 1 + i).value) }).toEqual({
        label,
        model: m.id,
        n: expected,
      });
      checked++;
    });
    const total = rows.filter((x) => x.segment === segment).length;
    expect(num(ws.getCell(r, firstCol + 1 + MODELS.length).value)).toBe(total);
    const mismatches = rows.filter((x) => x.segment === segment && x.mismatch).length;
    expect(num(ws.getCell(r, firstCol + 2 + MODELS.length).value)).toBe(mismatches);
  }
  expect(checked).toBe(9 * MODELS.length);
  expect(rows).toHaveLength(PORTFOLIO_CASES.length);
  expect(modelName(rows[0].targetModel)).toBeTruthy();
}

test("an assessment saved by LibreOffice reads into the portfolio with the same row", async () => {
  const pick = [files[2], files[11]]; // a two-sided customer and a two-sided supplier
  const saved = await convertWithLibreOffice(
    pick.map((f) => {
      const copy = path.join(dir, `lo-${path.basename(f)}`);
      fs.copyFileSync(f, copy);
      return copy;
    }),
    "xlsx"
  );
  for (const f of pick) {
    const again = path.join(saved, `lo-${path.basename(f)}`);
    const row = await readPortfolioRow(fs.readFileSync(again), f);
    const original = rows[files.indexOf(f)];
    expect(row).toEqual(original);
  }
});
