/**
 * What the pane says while it works on the workbook (progress, inside Excel and in the browser
 * preview) and why a step there cannot go on. Only the ports' chunks and the Office.js adapter import
 * this part, so it stays out of the pane's first chunk (the start-up failure is in the pane part).
 */
export const port = {
  progress: {
    buildingWorkbook: "Building the new workbook",
    openingInExcel: "Opening it in Excel",
    writingResults: "Writing Results and Roadmap",
    readingCover: "Reading the cover",
    buildingQuestionnaire: "Building the questionnaire",
    checkingFiles: (count: number) => `Checking ${count} file(s)`,
    writingRespondents: "Writing the respondents",
    readingRespondents: "Reading the respondents",
    closingRound: "Closing the round",
    buildingJointSummary: "Building the joint summary",
    checkingReturnedFile: "Checking the returned file",
    writingTheirAnswers: "Writing their answers",
    readingBothSides: "Reading both sides",
    loadingReader: "Loading the workbook reader",
    readingFile: (n: number, total: number) => `Reading file ${n} of ${total}`,
    writingPortfolio: "Writing the portfolio",
    readingWorkbook: "Reading the workbook",
    /** The preview: exceljs is fetched when the first workbook is built. */
    loadingBuilder: "Loading the workbook builder",
    writingSheets: "Writing sheets",
    buildingPortfolio: "Building the portfolio workbook",
    /** The Office.js adapter (src/excel): a plan written in several requests, a portfolio updated. */
    checkingExisting: "Checking the workbook for existing sheets and names",
    writingSheetsCount: (count: number) => `Writing ${count} sheets`,
    writingSheetsRequest: (n: number, total: number) => `Writing sheets (request ${n} of ${total})`,
    done: "Done",
    updatingRows: (count: number) => `Updating ${count} rows`,
  },
  /** The preview before the New form has built a workbook. */
  noAssessment: "No assessment yet: create the assessment sheets first.",
  /** Going to an item's cell. */
  goTo: {
    unknownItem: (id: string) => `Unknown item ${id}.`,
    /** The preview: the item is in no item table of the in-browser workbook. */
    notInTables: (id: string) => `Item ${id} is not in the workbook's item tables.`,
    noTable: (table: string, sheet: string) =>
      `Table ${table} was not found on sheet ${sheet}; it may have been renamed or deleted. Restore its name or regenerate the assessment.`,
    noRow: (id: string, table: string, sheet: string) =>
      `Item ${id} is not in table ${table} on sheet ${sheet}; it may have been deleted.`,
  },
  /** The Office.js adapter (src/excel) refusing or failing a step. */
  excel: {
    /** Excel refused a write; `detail` is Excel's own code and message, `at` where it says it failed. */
    refused: (operation: string, detail: string) => `Excel refused to ${operation}: ${detail}.`,
    errorDetail: (code: string, message: string) => `${code} (${message})`,
    errorAt: (detail: string, where: string) => `${detail} at ${where}`,
    /** When Excel names no operation: "one of 12 operations on CF Cover, CF S1 Interests". */
    someOperation: (count: number, sheets: string) => `one of ${count} operations on ${sheets}`,
    removed: (sheets: number, names: number) =>
      `The ${sheets} sheet(s) and ${names} name(s) this run had created were removed.`,
    notRemoved: (detail: string, prefix: string) =>
      `Removing the sheets and names this run had created then failed as well: ${detail}. Delete the sheets whose names start with "${prefix}" that this run added before trying again.`,
    missingSheet: (sheet: string) => `sheet "${sheet}"`,
    missingTable: (table: string) => `table ${table}`,
    cannotRefresh: (missing: string) =>
      `Cannot refresh the results: ${missing} not found. Generate the assessment first.`,
    cannotTurnOnLive: (sheet: string) =>
      `Cannot turn on live formulas: sheet "${sheet}" not found. Generate the assessment first.`,
    /** A read-back problem: an item table the cover's layout names is gone. */
    tableMissing: (table: string) =>
      `table ${table} was not found (deleted or renamed); its items cannot be read — regenerate the assessment or restore the table's name`,
    colleagueFile:
      "this questionnaire was prepared for a colleague on our side; allowed here: the other party's questionnaire (add a colleague's file under Respondents)",
  },
} as const;
