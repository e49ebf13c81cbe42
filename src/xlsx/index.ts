/** The .xlsx adapter (exceljs). exceljs is imported only here and in CLI / preview code. */
export {
  WorkbookClashError,
  checkClashes,
  loadWorkbook,
  planToBuffer,
  replaceSheets,
  workbookToBuffer,
  writePlan,
} from "./write";
export { plainValue, readItemTables, readMeta } from "./read";
export {
  readWorkbookAssessment,
  workbookItemSet,
  replaceResults,
  workbookProfile,
  type WorkbookAssessment,
} from "./assessment";
