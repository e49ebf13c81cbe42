/** The Office.js adapter: applies a WorkbookPlan inside Excel and reads our tables back. */
export {
  applyPlan,
  measurePlanPayload,
  validatePlan,
  REQUEST_BUDGET_BYTES,
  WorkbookClashError,
  ExcelApplyError,
  type ApplyOptions,
  type ApplyReport,
  type Clash,
  type PayloadMeasure,
} from "./apply";
export {
  findOurSheets,
  removeOurSheets,
  readItemTables,
  loadItemTables,
  readAssessmentFromWorkbook,
} from "./read";
export {
  replaceResults,
  liveFormulasMissing,
  writeLiveFormulas,
  type ReplaceReport,
} from "./results";
export { looksLikeFormula, charsToPoints, type NoteApi } from "./ops";
