/** The Their view tab's texts (questionnaire and import) (views/ExchangeView.tsx). */

export const paneExchange = {
  heading: "Their view",
  otherParty: "the other party",
  intro: (them: string) =>
    `Half of the picture is how ${them} sees the relationship. Send them a questionnaire of their own: it holds the questions only, none of our scores, notes or results.`,
  createFirst: "Create the assessment sheets first (New tab).",
  sendHeading: "1. Send the questionnaire",
  sendExcel:
    "It opens as a new workbook: save it and send it to them. They need Excel, not this add-in.",
  sendPreview: "It downloads as an .xlsx file to send to them. They need Excel, not this add-in.",
  shareEvidence: "Share our evidence (shown beside the questions)",
  prepare: (them: string) => `Prepare questionnaire for ${them}`,
  reference: "Reference on the questionnaire:",
  importHeading: "2. Import their answers",
  importHelp:
    "Pick the file they returned. Every answer is checked first; only the Their score column (and their notes) change, and a refused file changes nothing.",
  fileInput: "Returned questionnaire (.xlsx)",
  import: "Import their answers",
  reportHeading: "Import report",
  reportFrom: (fileName: string, reference: string) =>
    `From “${fileName}” (reference ${reference}):`,
  imported: (count: number) => `${count} answers imported`,
  skippedCounts: (skipped: number, blank: number) => `, ${skipped} skipped, ${blank} not answered.`,
  notAnswered: (items: string) => `Not answered: ${items}.`,
  skippedList: "Skipped answers",
  skipped: (item: string, column: string, reason: string) => `(${item}, ${column}): ${reason}`,
  /** The questionnaire's column a skipped answer was in, as `skipped` names it. */
  answerColumns: { score: "score", notes: "notes" },
  topicsHeading: "Topics for the joint workshop",
  noTopics: "No big differences: the two views agree within the method's thresholds.",
  topics: "Workshop topics",
  gapsTable: "Perception gaps by dimension",
  columns: { dimension: "Dimension", us: "Us", them: "Them (our frame)" },
} as const;
