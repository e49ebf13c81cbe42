/**
 * The assessment workbook as data: one layout for both adapters (Office.js and exceljs). Each sheet
 * is built in its own file under sheets/; sheets/index.ts lists them (SHEETS) and builds the plan.
 * This module is the layout's public face, so importers need not know which file a sheet lives in.
 *
 * Contract with the custom functions: the Scores sheet has one row per dimension in DIMENSION_KEYS
 * order, column A = dimension key, B = our score, C = their score in our frame (what people read),
 * I = their own score from their side; CF_OurScores names A:B of those rows, CF_TheirScores names I
 * (COLLAB.* swap it themselves), CF_Perspective names the cover's perspective cell.
 */
export { COLOUR_MEANING, LAYOUT, type AssessmentPlanOptions } from "./sheets/common";
export { COVER_PEOPLE, confidentialityOf, signOffRoles } from "./sheets/cover";
export {
  CHART_TABLE_TOP,
  EXPLAIN_MAX_LINES,
  RESULT_ROWS,
  buildResultsPlan,
  type ResultRow,
} from "./sheets/results";
export {
  ROADMAP_SHEET_COLUMNS,
  buildRoadmapPlan,
  buildRoadmapRows,
  roadmapSheetHeaders,
} from "./sheets/roadmap";
export { SCORES_COLUMNS, scoresHeaders, scoresRow } from "./sheets/scores";
export { comparisonText, itemColumn, itemRows, itemsOfStep, stepOfDimension } from "./sheets/step";
export {
  buildAssessmentPlan,
  itemTablesOfPlan,
  sheetNamesOfEveryWorkbook,
  metaProblem,
  validateMeta,
} from "./sheets";
