/**
 * The portfolio workbook's own words (CF Portfolio, CF Segments, CF Skipped): sheet names after the
 * "CF " prefix, titles, notes, the segment grids' axes, power regimes and confidence as the table shows
 * them, the CF_Portfolio table's headers (read back by key in any language we ship, see
 * core/workbook/portfolio.ts), and why a file is skipped or a portfolio table left alone. Yes/No are
 * the names part's; segment and model names and the score columns' dimension labels the method's.
 */
export const portfolio = {
  /** After "CF ": read back in any language we ship. At most 20 characters (names.ts). */
  sheets: {
    portfolio: "Portfolio",
    segments: "Segments",
    skipped: "Skipped",
  },
  /**
   * CF_Portfolio's headers by column key, the ten score columns (dimension labels) apart. The Segments
   * sheet's formulas name these columns (CF_Portfolio[Segment]): they are built with the label written.
   */
  headers: {
    relationship: "Relationship",
    ourOrganisation: "Our organisation",
    otherParty: "Other party",
    perspective: "Perspective",
    date: "Assessment date",
    reference: "Assessment reference",
    file: "File",
    ourCoverage: "Our coverage",
    theirCoverage: "Their coverage",
    confidence: "Confidence",
    targetModel: "Target model",
    startModel: "Start model",
    trustGap: "Trust gap",
    powerRegime: "Power regime",
    profitImpact: "Profit impact",
    segment: "Segment",
    preferencing: "How they see us",
    mismatch: "Mismatch",
    mismatchReason: "Mismatch reason",
    nextReview: "Next review",
    /** The live COLLAB.MODEL column written inside Excel only. */
    liveModel: "Model (live)",
  },
  /** The Confidence column (the engine's long sentences are in the engine part). */
  confidence: {
    high: "High",
    medium: "Medium",
    low: "Low",
  },
  /** The Segment column of a relationship without a profit impact. */
  noSegment: "No profit impact",
  title: "Collaboration portfolio",
  subject: "CollabFit portfolio",
  read: (count: string, takenOn: string, mismatches: string) =>
    `${count} relationship(s) read on ${takenOn}; ${mismatches} with a mismatch between target model and segment`,
  skipped: (count: string, sheet: string) => `${count} file(s) skipped (see ${sheet})`,
  sortFreely: "Sort and filter the table freely; the Segments sheet counts from it.",
  live: (header: string) =>
    `${header} is live: COLLAB.MODEL on the row's ten scores and perspective follows your edits (Target model, as read, also weighed any wide gap between the two sides' views).`,
  power: {
    interdependence: "Interdependence",
    "buyer-dominance": "Buyer dominates",
    "supplier-dominance": "Supplier dominates",
    independence: "Independence",
    balanced: "Balanced",
  },
  segments: {
    title: "Portfolio segments and collaboration models",
    note: (takenOn: string, split: string) =>
      `Counts are live formulas over the CF_Portfolio table (edit a row and they follow); the names are as read on ${takenOn}. Both axes split at ${split} on the 1-5 scale.`,
    grids: {
      customer: {
        title: "Where we buy (Kraljic): supply risk against profit impact",
        x: ["Profit impact below 3", "Profit impact 3 or more"],
        y: ["Supply risk 3 or more", "Supply risk below 3"],
      },
      supplier: {
        title: "Where we supply (key accounts): our position against account attractiveness",
        x: ["Attractiveness below 3", "Attractiveness 3 or more"],
        y: ["Customer needs us: 3 or more", "Customer needs us: below 3"],
      },
    },
    usually: (segment: string, model: string) => `${segment} (usually ${model})`,
    /** Shown by the count's number format (no quote marks inside). */
    relationships: "relationship(s)",
    none: "none",
    andMore: (names: string, more: string) => `${names}; and ${more} more`,
    preferencing: "How our suppliers likely see us (customer view)",
    byModel: "Target model by segment",
    segment: "Segment",
    total: "Total",
    mismatches: "Mismatches",
    usual: "Usual model",
    shaded:
      "Shaded cells are two or more levels from the segment's usual model: a relationship counted there is flagged as a mismatch in the portfolio.",
    chart: "Target models per segment",
  },
  /** Why a picked file is not in the portfolio (CF Skipped, the pane, the CLI). */
  skip: {
    notXlsxName: "not an .xlsx file; allowed: .xlsx assessment workbooks",
    cannotOpen: "not an .xlsx workbook (it cannot be opened)",
    questionnaire:
      "a questionnaire for the other party, not an assessment; import its answers into the assessment (collabfit import) and give that workbook instead",
    /** The first read-back problem, and how many more. */
    more: (problem: string, more: number) => `${problem} (and ${more} more)`,
    duplicate: (reference: string, first: string) =>
      `the same assessment (reference ${reference}) as ${first}, which is used`,
  },
  /** A CF_Portfolio table or sheets of ours that are not as CollabFit wrote them: nothing is written. */
  refusals: {
    column: (column: string, found: string, expected: string) =>
      `column ${column} is "${found}", expected "${expected}"`,
    columns: (found: number, expected: number) => `it has ${found} columns, expected ${expected}`,
    notOurColumns: (table: string, where: string, sheet: string) =>
      `The ${table} table's columns are not the ones CollabFit writes (${where}), so it is left as it is. Restore the columns, or rename the ${sheet} sheet and its table to keep them and build a new portfolio.`,
    sheetWithoutTable: (portfolio: string, segments: string, table: string, prefix: string) =>
      `This workbook has a sheet named "${portfolio}" or "${segments}" but no ${table} table, so nothing was written. Sheets whose names start with "${prefix}" are CollabFit's: rename yours, or build the portfolio in a new workbook.`,
    tableWithoutSheets: (table: string, portfolio: string, segments: string, prefix: string) =>
      `This workbook has the ${table} table but not both of ${portfolio} and ${segments}, so nothing was written. Sheets whose names start with "${prefix}" are CollabFit's: rename yours, or build the portfolio in a new workbook.`,
    tableElsewhere: (table: string, sheet: string, portfolio: string) =>
      `The ${table} table is on sheet "${sheet}", not on ${portfolio}, so nothing was written. Rename that table, or move it back.`,
  },
  skippedSheet: {
    title: "Files not read into the portfolio",
    file: "File",
    why: "Why it was skipped",
  },
} as const;
