/**
 * The portfolio inside the open workbook (issue 15): the first time, CF Portfolio and CF Segments are
 * created from the plan (with the chart of the segments); after that the CF_Portfolio table is
 * updated in place: rows of the files picked again (matched by assessment reference) are replaced,
 * new ones appended, the others kept. Only our own sheets are written, never a user's. Three syncs
 * whatever the number of rows: one to look, then applyPlan's or replaceResults' two. Only here does
 * CF_Portfolio get its live COLLAB.MODEL column (written by the add-in, so Excel binds it).
 */
import { SHEET_PREFIX } from "../core/workbook/names";
import { portTexts } from "../core/texts/parts/port";
import { portfolioTexts } from "../core/texts/parts/portfolio";
import {
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLE,
  PortfolioTableError,
  buildPortfolioPlan,
  buildPortfolioPlanFromValues,
  findPortfolioSheet,
  mergePortfolioValues,
  type PortfolioRow,
} from "../core/workbook/portfolio";
import { applyPlan, type ApplyOptions } from "./apply";
import { replaceResults } from "./results";

export interface PortfolioWriteReport {
  /** "created": the sheets were added; "updated": the existing table was merged into. */
  mode: "created" | "updated";
  added: number;
  updated: number;
  kept: number;
  /** Rows in CF_Portfolio afterwards. */
  rows: number;
  syncs: number;
}

/** Writes `rows` (as read from the picked files) into the open workbook's portfolio. */
export async function writePortfolioInExcel(
  context: Excel.RequestContext,
  rows: readonly PortfolioRow[],
  takenOn: string,
  options: Pick<ApplyOptions, "onProgress" | "noteApi"> = {}
): Promise<PortfolioWriteReport> {
  const wb = context.workbook;
  // Our sheets are found by name in any language we ship: load every sheet's name in the same sync.
  const sheets = wb.worksheets.load("items/name");
  const table = wb.tables.getItemOrNullObject(PORTFOLIO_TABLE);
  table.load("name");
  // Read in the same sync: where the table is, its headers and every row it holds.
  const tableSheet = table.worksheet.load("name");
  const header = table.getHeaderRowRange().load("values, address");
  const body = table.getDataBodyRange().load("values");
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  const portfolioSheet = findPortfolioSheet(names, "portfolio");
  const segmentsSheet = findPortfolioSheet(names, "segments");

  if (!portfolioSheet && !segmentsSheet && table.isNullObject) {
    // Files that could not be read are listed in the pane; the workbook gets the relationships.
    const report = await applyPlan(
      context,
      buildPortfolioPlan(rows, [], takenOn, { live: true }).plan,
      options
    );
    return {
      mode: "created",
      added: rows.length,
      updated: 0,
      kept: 0,
      rows: rows.length,
      syncs: 1 + report.syncs,
    };
  }
  const t = portfolioTexts().refusals;
  const portfolioName = portfolioSheet ?? PORTFOLIO_SHEETS.portfolio;
  const segmentsName = segmentsSheet ?? PORTFOLIO_SHEETS.segments;
  if (table.isNullObject)
    throw new PortfolioTableError(
      t.sheetWithoutTable(portfolioName, segmentsName, PORTFOLIO_TABLE, SHEET_PREFIX)
    );
  if (!portfolioSheet || !segmentsSheet)
    throw new PortfolioTableError(
      t.tableWithoutSheets(PORTFOLIO_TABLE, portfolioName, segmentsName, SHEET_PREFIX)
    );
  if (tableSheet.name !== portfolioSheet)
    throw new PortfolioTableError(
      t.tableElsewhere(PORTFOLIO_TABLE, tableSheet.name, portfolioSheet)
    );
  const merged = mergePortfolioValues({ headers: header.values[0] ?? [], rows: body.values }, rows);
  options.onProgress?.(portTexts().progress.updatingRows(merged.rows.length));
  const built = buildPortfolioPlanFromValues(merged.rows, [], takenOn, {
    live: true,
    // The live formulas name the rows where replaceResults writes them: where the table stands.
    tableTopLeft: header.address.split("!").pop()?.split(":")[0].replace(/\$/g, ""),
  }).plan;
  // The sheets keep the names they have (a portfolio written in another language is updated in place).
  const existing: Record<string, string> = {
    [PORTFOLIO_SHEETS.portfolio]: portfolioSheet,
    [PORTFOLIO_SHEETS.segments]: segmentsSheet,
  };
  const plan = {
    ...built,
    sheets: built.sheets.map((s) => ({ ...s, name: existing[s.name] ?? s.name })),
  };
  const report = await replaceResults(context, plan, { noteApi: options.noteApi });
  return {
    mode: "updated",
    added: merged.added,
    updated: merged.updated,
    kept: merged.kept,
    rows: merged.rows.length,
    syncs: 1 + report.syncs,
  };
}
