/**
 * The workbook's names a person reads: sheet names after the "CF " prefix, table headers and the
 * words picked from a drop-down. Code finds them by their keys (core/workbook/names.ts); read-back
 * accepts the text of every language we ship, so a workbook written in one language reads in any.
 * A sheet name is at most 31 characters with the "CF " prefix, also in the pseudo-locale (~30 %
 * longer): keep each sheet label to 20 characters.
 */
export const names = {
  sheets: {
    cover: "Cover",
    summary: "Summary",
    S1: "S1 Interests",
    S2: "S2 Drivers",
    S3: "S3 Trust and Power",
    S4: "S4 Track Record",
    scores: "Scores",
    results: "Results",
    roadmap: "Roadmap",
    actions: "Actions",
    principles: "Principles",
    responses: "Responses",
    responseSummary: "Response Summary",
    history: "History",
  },
  /** Item table headers, in column order. */
  itemHeaders: {
    id: "ID",
    dimension: "Dimension",
    principle: "Principle",
    question: "Question",
    anchor1: "Anchor 1",
    anchor3: "Anchor 3",
    anchor5: "Anchor 5",
    reverse: "Reverse",
    weight: "Weight",
    our: "Our score",
    their: "Their score",
    ourValue: "Our value",
    theirValue: "Their value (our frame)",
    notes: "Notes",
    compare: "Compared with",
    evidence: "Evidence",
  },
  /** The S1 interests tables' headers, in column order. */
  interestHeaders: {
    interest: "Interest or objective",
    kind: "Kind",
    priority: "Priority",
    notes: "Notes",
  },
  interestKinds: { interest: "Interest", objective: "Objective" },
  /** A score cell's "not applicable". */
  notApplicable: "N/A",
  yes: "Yes",
  no: "No",
  roadmapStatuses: {
    notStarted: "Not started",
    inProgress: "In progress",
    done: "Done",
    blocked: "Blocked",
  },
  /** The Side column of the respondents' tables. */
  sides: { us: "Our side", them: "Their side" },
  /** Headers of CF_Responses and CF_Respondents. */
  responseHeaders: {
    side: "Side",
    respondent: "Respondent",
    role: "Role",
    organisation: "Organisation",
    id: "ID",
    dimension: "Dimension",
    score: "Score",
    countsAs: "Counts as",
    answered: "Answered",
    status: "Status",
  },
  /** Headers of CF_History (closed rounds), in column order; each side's dimension scores follow. */
  historyHeaders: {
    round: "Round",
    date: "Date",
    questionSet: "Question set",
    ourRespondents: "Our respondents",
    theirRespondents: "Their respondents",
    targetModel: "Target model",
    startModel: "Start model",
    trustGap: "Trust gap",
    trustGapChange: "Trust gap change",
    powerRegime: "Power regime",
  },
  /** CF_History's Power regime column, by the engine's key. */
  powerRegimes: {
    interdependence: "interdependence",
    "buyer-dominance": "buyer dominance",
    "supplier-dominance": "supplier dominance",
    independence: "independence",
    balanced: "balanced",
  },
  /** CF_History's header of one side's score on a dimension, from the dimension's label. */
  historyScoreHeaders: {
    us: (dimension: string) => `Our ${dimension.toLowerCase()}`,
    them: (dimension: string) => `Their ${dimension.toLowerCase()}`,
  },
} as const;
