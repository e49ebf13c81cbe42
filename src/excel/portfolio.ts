/**
 * The portfolio inside the open workbook (issue 15): the first time, CF Portfolio and CF Segments are
 * created from the plan (with the chart of the segments); after that the CF_Portfolio table is
 * updated in place: rows of the files picked again (matched by assessment reference) are replaced,
 * new ones appended, the others kept. Only our own sheets are written, never a user's. Three syncs
 * whatever the number of rows: one to look, then applyPlan's or replaceResults' two. Only here does
 * CF_Portfolio get its live COLLAB.MODEL column (written by the add-in, so Excel binds it).
 */
import { SHEET_PREFIX } from "../core/workbook/names";
import {
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLE,
  PortfolioTableError,
  buildPortfolioPlan,
  buildPortfolioPlanFromValues,
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
  const portfolioSheet = wb.worksheets.getItemOrNullObject(PORTFOLIO_SHEETS.portfolio);
  portfolioSheet.load("name");
  const segmentsSheet = wb.worksheets.getItemOrNullObject(PORTFOLIO_SHEETS.segments);
  segmentsSheet.load("name");
  const table = wb.tables.getItemOrNullObject(PORTFOLIO_TABLE);
  table.load("name");
  // Read in the same sync: where the table is, its headers and every row it holds.
  const tableSheet = table.worksheet.load("name");
  const header = table.getHeaderRowRange().load("values, address");
  const body = table.getDataBodyRange().load("values");
  await context.sync();

  if (portfolioSheet.isNullObject && segmentsSheet.isNullObject && table.isNullObject) {
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
  const ours = `${PORTFOLIO_SHEETS.portfolio} and ${PORTFOLIO_SHEETS.segments}`;
  if (table.isNullObject || portfolioSheet.isNullObject || segmentsSheet.isNullObject)
    throw new PortfolioTableError(
      `This workbook has ${
        table.isNullObject
          ? `a sheet named "${PORTFOLIO_SHEETS.portfolio}" or "${PORTFOLIO_SHEETS.segments}" but no ${PORTFOLIO_TABLE} table`
          : `the ${PORTFOLIO_TABLE} table but not both of ${ours}`
      }, so nothing was written. Sheets whose names start with "${SHEET_PREFIX}" are CollabFit's: rename yours, or build the portfolio in a new workbook.`
    );
  if (tableSheet.name !== PORTFOLIO_SHEETS.portfolio)
    throw new PortfolioTableError(
      `The ${PORTFOLIO_TABLE} table is on sheet "${tableSheet.name}", not on ${PORTFOLIO_SHEETS.portfolio}, so nothing was written. Rename that table, or move it back.`
    );
  const merged = mergePortfolioValues({ headers: header.values[0] ?? [], rows: body.values }, rows);
  options.onProgress?.(`Updating ${merged.rows.length} rows`);
  const plan = buildPortfolioPlanFromValues(merged.rows, [], takenOn, {
    live: true,
    // The live formulas name the rows where replaceResults writes them: where the table stands.
    tableTopLeft: header.address.split("!").pop()?.split(":")[0].replace(/\$/g, ""),
  }).plan;
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
