/**
 * The portfolio workbook's own words (CF Portfolio, CF Segments, CF Skipped): titles, notes, the
 * segment grids' axes, power regimes as the table shows them. Sheet names, the table's headers and
 * the values read back (segments, Yes/No) live with the layout; segment and model names with the method.
 */
export const portfolio = {
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
  skippedSheet: {
    title: "Files not read into the portfolio",
    file: "File",
    why: "Why it was skipped",
  },
} as const;
