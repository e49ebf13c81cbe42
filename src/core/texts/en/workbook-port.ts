/**
 * What the pane says while it works on the workbook inside Excel (progress), why a step there cannot
 * go on, and the last resort when the pane itself cannot start. Only the Excel port's chunk and the
 * pane's entry import this part.
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
  },
  /** Going to an item's cell. */
  goTo: {
    unknownItem: (id: string) => `Unknown item ${id}.`,
    noTable: (table: string, sheet: string) =>
      `Table ${table} was not found on sheet ${sheet}; it may have been renamed or deleted. Restore its name or regenerate the assessment.`,
    noRow: (id: string, table: string, sheet: string) =>
      `Item ${id} is not in table ${table} on sheet ${sheet}; it may have been deleted.`,
  },
  /** Before the pane is up: said on the page instead of a blank pane. */
  couldNotStart: (why: string) => `CollabFit could not start: ${why}. Reload the pane.`,
} as const;
