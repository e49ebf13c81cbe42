/**
 * Problems found reading a workbook back (item tables, respondents, closed rounds) and the profile
 * they make: each names what is wrong and what is allowed; the cell comes first (`refusals.at`). Parameters
 * arrive as text: table, header and sheet names, item ids and values as the workbook holds them.
 */
export const problems = {
  /** What a score cell may hold, after why the value is not one. */
  allowedScores: (notApplicable: string) => `allowed: 1, 2, 3, 4, 5, ${notApplicable} or blank`,
  /** Why a cell's value is not a score (core/input's ScoreProblem), before what is allowed. */
  scoreProblem: {
    text: (value: string) => `text "${value}" is not a score`,
    notScore: (value: string) => `${value} is not a score`,
    notNumber: "is not a number",
    notWhole: (value: string) => `${value} is not a whole number`,
    outsideScale: (value: string, min: string, max: string) => `${value} is outside ${min}-${max}`,
  },
  /** Where a problem sits when the workbook has no item table at all. */
  noItemTable: "(no item table)",
  items: {
    noHeader: (table: string, header: string, required: string) =>
      `table ${table} has no "${header}" header (renamed or deleted?); the header row must include: ${required}`,
    noComputedColumn: (table: string, header: string, scoresSheet: string) =>
      `table ${table} has no "${header}" column (deleted?); the ${scoresSheet} sheet computes from it, so restore the column or create the assessment sheets again`,
    noId: "row has answers but no item ID; allowed: one of the item IDs this workbook was created with",
    unknownId: (id: string, count: string, example: string) =>
      `unknown item ID "${id}"; allowed: the item IDs of item set (${count} items, e.g. ${example})`,
    /** The example item id when the item set is empty. */
    noExample: "none",
    twice: (id: string, first: string) =>
      `item ID "${id}" appears twice (first at ${first}); allowed: each item once`,
    dimensionChanged: (id: string, dimension: string) =>
      `dimension of item ${id} was changed; allowed: "${dimension}"`,
    reverseChanged: (id: string, allowed: string) =>
      `reverse flag of item ${id} was changed; allowed: "${allowed}"`,
    weight: (id: string, example: string) =>
      `weight of item ${id} must be a number of 0 or more; allowed: e.g. ${example}`,
    score: (id: string, why: string, allowed: string) => `score of item ${id}: ${why}; ${allowed}`,
    missing: (id: string, dimension: string) =>
      `item ${id} (${dimension}) is missing: its row was deleted or its ID changed; allowed: restore the row with ID ${id}`,
  },
  /** Dimensions the engine cannot score from what a side answered. */
  profile: {
    zeroWeights: (dimension: string, header: string) =>
      `every item of dimension "${dimension}" answered in '${header}' has weight 0; allowed: a weight above 0 for at least one of them`,
    noAnswer: (dimension: string, header: string) =>
      `no answered item for dimension "${dimension}" in '${header}'; allowed: score at least one of its items 1-5`,
    /** Their side: one-sided is allowed too. */
    noAnswerOrOneSided: (dimension: string, header: string) =>
      `no answered item for dimension "${dimension}" in '${header}'; allowed: score at least one of its items 1-5 (or clear all of their scores for a one-sided assessment)`,
  },
  /** The respondents table (CF_Responses). */
  responses: {
    noColumn: (table: string, header: string) =>
      `table ${table} has no column "${header}"; allowed: the columns as CollabFit wrote them`,
    side: (side: string, ours: string, theirs: string) =>
      `side "${side}" is not allowed; allowed: ${ours} or ${theirs}`,
    noName: "respondent has no name; allowed: the respondent's name",
    score: (name: string, id: string, why: string, allowed: string) =>
      `score of ${name} for item ${id}: ${why}; ${allowed}`,
    twice: (id: string, name: string) =>
      `item ${id} appears twice for ${name}; allowed: one row per respondent and item`,
    /** A score typed beside recorded respondents of that side. */
    typedBesideRespondents: (id: string, ours: boolean, table: string, header: string) =>
      `item ${id}: ${ours ? "our" : "their"} side's answers come from its respondents in ${table}, so a score typed in '${header}' is not used; allowed: a blank cell (record it as a respondent instead)`,
  },
  /** The closed rounds table (CF_History). */
  history: {
    noColumn: (table: string, header: string) =>
      `table ${table} lacks the column "${header}"; allowed: the columns as CollabFit wrote them`,
    date: (value: string) =>
      `round date ${value} is not a date; allowed: a date such as 2026-03-31`,
    number: (header: string, value: string) =>
      `${header} ${value} is not a number; allowed: a number`,
    targetModel: (value: string) =>
      `target model "${value}" is not a model; allowed: a model name as CollabFit wrote it`,
    startModel: (value: string) =>
      `start model "${value}" is not a model; allowed: a model name as CollabFit wrote it`,
    regime: (value: string, allowed: string) =>
      `power regime "${value}" is not known; allowed: ${allowed}`,
  },
  /**
   * A profile (the engine's input from a JSON file, a sheet or a caller) that cannot be used; `field`
   * is the dotted path of the value (us.trust), `value` the value as described below.
   */
  profileInput: {
    scale: (min: string, max: string) => `a number from ${min} to ${max}`,
    /** How a value is described: a text in quotes, these words for the rest. */
    aList: "a list",
    anObject: "an object",
    null: "null",
    /** A list of alternatives, one item added at a time. */
    orMore: (list: string, item: string) => `${list} or ${item}`,
    sideNotObject: (field: string, value: string, keys: string) =>
      `${field} is ${value}; expected an object of dimension scores (${keys})`,
    notDimension: (field: string, keys: string) =>
      `${field} is not a dimension; allowed keys: ${keys}`,
    notNumber: (field: string, value: string, scale: string) =>
      `${field} is ${value}; allowed: ${scale}`,
    outsideScale: (field: string, value: string, scale: string) =>
      `${field} is ${value}, outside the scale; allowed: ${scale}`,
    dimensionMissing: (field: string, scale: string) =>
      `${field} is missing; every dimension needs ${scale}`,
    dimensionsMissing: (field: string, scale: string, missing: string) =>
      `${field} is missing; every dimension needs ${scale} (missing: ${missing})`,
    engineMissing: (field: string, count: number, missing: string) =>
      `${field} is missing; the engine needs all ${count} dimensions (missing: ${missing})`,
    profileNotObject: (field: string, value: string) =>
      `${field} is ${value}; expected an object with perspective, us and optionally them`,
    notField: (field: string, allowed: string) =>
      `${field} is not a profile field; allowed: ${allowed}`,
    missing: "missing",
    perspective: (field: string, value: string, allowed: string) =>
      `${field} is ${value}; allowed: ${allowed}`,
    name: (field: string, value: string) => `${field} is ${value}; allowed: a text`,
    usMissing: (field: string) => `${field} is missing; expected an object of dimension scores`,
    profitImpact: (field: string, value: string, scale: string) =>
      `${field} is ${value}; allowed: ${scale} (or leave it out)`,
    coverageNotObject: (field: string, value: string) =>
      `${field} is ${value}; expected an object such as { "us": 0.9, "them": 0.7 }`,
    coverageKey: (field: string) => `${field} is not allowed; allowed keys: us, them`,
    coverageValue: (field: string, value: string) =>
      `${field} is ${value}; allowed: the share of items answered, from 0 to 1`,
    coverageThem: (field: string) => `${field} is given but the profile has no them scores`,
    /** What to do, in the pane, after scores that make no profile (the problem is named above). */
    paneAction: "Nothing was changed. Correct the scores named above, then try again.",
  },
} as const;
