/**
 * The assessment workbook's own words: titles, notes, help lines, legends, validation prompts and
 * messages, print headers and footers, and the texts of the joint summary and the upgrade sheet.
 * Not here: sheet names, table headers, defined names and the values read back (`core/workbook/names.ts`),
 * the method's content (model names, dimension labels, questions, roadmap texts) and error messages.
 * Parameters arrive as text (figures already rounded, names and dates filled in). The file is not
 * called workbook.ts: core/texts may import nothing from a path named like core/workbook (lint).
 */
export const workbook = {
  /** A list, one item added at a time ("customer or supplier"; "ours and theirs"). */
  orMore: (list: string, item: string) => `${list} or ${item}`,
  andMore: (list: string, item: string) => `${list} and ${item}`,
  commaMore: (list: string, item: string) => `${list}, ${item}`,
  /** The message of a list validation: what may be typed. */
  allowed: (list: string) => `Allowed: ${list}.`,
  dateError: { title: "Not a date", message: "Allowed: a date, e.g. 2026-03-31." },
  statusError: "Not a status",
  /** Under every sheet that uses the meaning colours. */
  colourLegend:
    "Colours: green good, amber in between, red a warning (reverse items turned); blue: neither good nor bad.",
  backToCover: "← Back to the cover",
  /** A side as the owner of an action, where the cover names no person. */
  owners: { us: "Us", them: "Them" },
  notScored: "not scored",
  /** The file's document properties. */
  subject: "Collaboration model assessment",
  cover: {
    title: "Collaboration model assessment",
    /** Each field's label, left of its value (`cover-fields.ts` has the cells and names). */
    fields: {
      contacts: "Their contacts",
      confidentiality: "Confidentiality",
      title: "Relationship",
      us: "Our organisation",
      them: "Other party",
      perspective: "Our perspective",
      date: "Assessment date",
      assessors: "Assessors",
      itemSetVersion: "Question set version",
      assessmentId: "Assessment reference",
      profitImpact: "Profit impact (1-5)",
    },
    /** Comments of the defined names, for Excel's Name Manager. */
    fieldComments: {
      perspective: "customer or supplier",
      profitImpact: "1-5 or blank: how much this relationship moves our cost, revenue or quality",
    },
    anonymousComment: "Yes: workshop topics do not name this side's respondents",
    howToTitle: "How to use this workbook",
    // One line each, short enough to print on the cover's page width (the text spills, it does not wrap).
    howTo: [
      "1. Fill in the fields above: who the relationship is between, whose view this records, and who scored.",
      "2. Score each question of the four step sheets 1-5 (or N/A) in 'Our score'; the 1, 3 and 5 texts help.",
      "3. Put the other party's view in 'Their score': send them the questionnaire, or score together.",
      "4. The Scores sheet averages the answers per dimension and marks big differences between the views.",
      "5. Results shows which model fits now and which to aim for; the Roadmap plans the way there.",
      "6. Score again every year, and after any major incident: the right model changes with the relationship.",
    ],
    anonymous: { us: "Anonymous – ours", them: "Anonymous – theirs" },
    sheetsTitle: "Sheets",
    /** What each linked sheet holds (a step sheet: its step's title). */
    links: {
      scores: "Dimension scores per side, computed by formulas",
      summary: "The result on one page, for a decision",
      results: "Recommended target and start model, with a snapshot",
      roadmap: "Phases from the start model to the target",
      actions: "Every roadmap action with owner, due date, status and evidence",
      principles: "The nine principles and four steps behind the questions",
    },
    peopleTitle: "People and sign-off",
    signOff: "Sign-off",
    name: "Name",
    date: "Date",
    signOffRoles: ["Prepared by", "Reviewed by", "Approved by"],
    defaultConfidentiality: "Confidential: internal use only",
    perspectivePrompt: {
      title: "Perspective",
      message: "Are we the customer or the supplier in this relationship?",
    },
    perspectiveError: "Not a perspective",
    profitImpactPrompt: {
      title: "Profit impact (optional)",
      message:
        "How much does this relationship move our cost, revenue or quality? 1 = hardly, 5 = a great deal. Used only to place it in the portfolio.",
    },
    profitImpactError: {
      title: "Not a profit impact",
      message: "Allowed: 1, 2, 3, 4, 5 or blank.",
    },
    anonymousPrompt: {
      title: "Anonymous respondents",
      us: "Yes: the disagreement topics never say which of our respondents answered what. No: they name the lowest and highest.",
      them: "Yes: the disagreement topics never say which of their respondents answered what. No: they name the lowest and highest.",
    },
    anonymousError: { title: "Yes or No", message: "Allowed: Yes or No." },
    /**
     * A cover value that cannot be used: the value as the cell holds it (quoted when text), then
     * what is allowed. Read back, the problem's cell comes first (`refusals.at`).
     */
    problems: {
      /** `allowed`: the perspectives as the cell takes them (customer, supplier). */
      perspective: (value: string, allowed: string) =>
        `perspective "${value}" is not allowed; allowed: ${allowed}`,
      date: (value: string) =>
        `assessment date ${value} is not a date; allowed: a date such as 2026-03-31`,
      profitImpact: (value: string, min: string, max: string) =>
        `profit impact ${value} is not allowed; allowed: a number from ${min} to ${max}, or blank`,
      /** A new workbook's date, as it was given (a form field, `collabfit new --date`). */
      newDate: (value: string) =>
        `date "${value}" is not a date; allowed: YYYY-MM-DD, e.g. 2026-03-31`,
    },
  },
  step: {
    title: (number: string, title: string) => `Step ${number} · ${title}`,
    /** Step 4's questions rate how ready the relationship is to grow. */
    titleReady: (number: string, title: string) =>
      `Step ${number} · ${title}: how ready is the relationship to grow?`,
    // Kept shorter than the table is wide: a longer line widens the printed page and shrinks the print.
    howTo:
      "Type Our score for your side and Their score as the other party answered; Their value shows their answer in our frame.",
    gapLegend: (gap: string) => `Orange: the sides differ by ${gap} or more.`,
    scorePrompt: {
      title: "Score 1-5 or N/A",
      message:
        "Pick the number that best matches your side's view; the anchors to the left describe 1, 3 and 5. Choose N/A when the question does not apply.",
    },
    scoreError: {
      title: "Not a valid score",
      message: (na: string) =>
        `Allowed: whole numbers 1 to 5, or ${na}. Leave the cell empty if you have not decided yet.`,
    },
    /** The "Compared with" column. */
    compared: {
      same: "Same question",
      mirror: (partner: string) => `Their ${partner}`,
      own: "Not compared (about one side)",
    },
    interests: {
      us: "Our interests and objectives",
      them: "Their interests and objectives",
    },
    kindError: "Kind",
  },
  scores: {
    /** CF_Scores' headers by column key (core/workbook/sheets/scores.ts), in column order. */
    headers: {
      key: "Key",
      our: "Our score",
      their: "Their score (our frame)",
      gap: "Gap",
      effective: "Effective",
      dimension: "Dimension",
      step: "Step",
      principle: "Principle",
      theirOwn: "Their own score",
    },
    // Below the table, one sentence a line.
    notes: {
      means:
        "Scores are weighted means of the answered items (N/A and blanks left out, reverse items turned round).",
      theirFrame:
        "'Their score (our frame)' reads their answers from our side: their dependence on us is our 'Their dependence'.",
      gap: (gap: string) =>
        `'Gap' is the difference between the two scores beside it; ${gap} or more is highlighted.`,
      effective:
        "'Effective' is what the rules use: the lower view for mutuality, alignment, trust and partnership fit,",
      rest: "the mean for the rest. 'Their own score' is their view from their side, as the COLLAB.* functions read it.",
    },
    nameComments: {
      ourScores: "Dimension key and our score, one row per dimension",
      theirScores: "Their own score (from their side), aligned with CF_OurScores",
    },
  },
  results: {
    title: "Recommendation",
    // Short enough for the printed page's width (it spills, it does not wrap).
    liveNote:
      "Live column: kept current by the CollabFit add-in; files written outside Excel have it off. Snapshot: values when taken.",
    /** What the live column says in a file written outside Excel. */
    liveOff:
      "Not live in this file. Open it in Excel with the CollabFit add-in and choose Results › Turn on live formulas (or Update results); the Snapshot column holds the values meanwhile.",
    result: "Result",
    live: "Live (add-in)",
    snapshot: "Snapshot",
    rows: {
      target: "Target model",
      start: "Start model (minimal viable relationship)",
      trust: "Effective trust",
      trustGap: "Trust gap (required − effective)",
      ourDependence: "Our dependence (effective)",
      theirDependence: "Their dependence (effective)",
      power: "Power regime",
      why: "Why",
      confidence: "Confidence",
      margins: "Margins (how close to a change)",
      blockers: "Partnership blockers",
      gaps: "Perception gaps",
      rules: "Rules behind each reason (for tracing)",
      drivers: "Main drivers",
      actions: "Actions",
    },
    perceptionGap: (dimension: string, us: string, them: string) =>
      `${dimension} (us ${us}, them ${them})`,
    snapshotTaken: "Snapshot taken",
    notComputed: "Not computed yet: run `collabfit recommend` or use the task pane.",
    chart: {
      dimension: "Dimension",
      us: "Our score",
      them: "Their score (our frame)",
      title: "Dimension scores: both sides",
    },
  },
  roadmap: {
    title: "Collaboration roadmap",
    // Short enough for the printed page's width.
    intro:
      "One phase per step from the start model to the target: today's phase is green, an overdue one red. Keep Status up to date.",
    empty:
      "No roadmap yet: run `collabfit recommend FILE.xlsx --out RESULT.xlsx` or use the task pane to fill this table.",
    statusPrompt: {
      title: "Status",
      message: (statuses: string) => `Where this phase stands: ${statuses}.`,
    },
  },
  principles: {
    title: "The method behind the questions",
    source:
      "Method: Joost van Boeschoten, NextSales (2020) — the nine principles of collaboration and the four steps to contract-management collaboration. All wording in this workbook is our own summary.",
    steps: "Four steps",
    principles: "Nine principles",
    principle: "Principle",
    observation: "What we see in practice",
    guidance: "What to do",
    step: "Step",
    models: "Five collaboration models",
    requiredTrust: (trust: string) => `trust ≥ ${trust}`,
  },
  summary: {
    title: "Summary",
    intro: (us: string, them: string, perspective: string, date: string, assessors: string) =>
      `${us} and ${them}; we are the ${perspective}. Assessed ${date}${assessors ? ` by ${assessors}` : ""}.`,
    noDate: "(no date)",
    noRecommendation: "No recommendation yet: run `collabfit recommend` or use the task pane.",
    ladder: "Collaboration model",
    aimHere: "Aim here",
    startHere: "Start here",
    trust: "Trust",
    trustShort: (gap: string, model: string) => `Trust falls ${gap} short of what ${model} needs.`,
    trustEnough: "Trust is enough for the target.",
    power: "Power",
    confidence: "Confidence",
    margins: "Margins",
    dimension: "Dimension",
    us: "Us",
    // Short: the last printed column, a longer header would be cut at the page's edge.
    them: "Them",
    themNote: "Them: their view, in our frame.",
    largestGaps: "Largest differences in view",
    gap: (dimension: string, us: string, them: string) => `${dimension}: us ${us}, them ${them}`,
    noGaps: "None above the flag level.",
    nextActions: "Next actions",
    owner: "Owner",
    due: "Due",
    decisionAsked: "Decision asked for",
    decision: (start: string, target: string) =>
      `Approve starting as ${start} and working towards ${target}, with the actions above.`,
  },
  actions: {
    /** CF_Actions' headers by column key (core/workbook/actions.ts), in column order. */
    headers: {
      id: "Action ID",
      phase: "Phase",
      action: "Action",
      addresses: "Addresses",
      owner: "Owner",
      due: "Due date",
      status: "Status",
      evidence: "Evidence / notes",
    },
    title: "Actions",
    intro: "Every roadmap action on a row of its own.",
    introTowards: (target: string) =>
      `Every roadmap action on a row of its own, on the way to ${target}.`,
    empty: "No actions yet: they are generated with the roadmap.",
    // A line of its own: one long sentence would run off the printed page.
    keep: "Set the owner, due date and status, and note the evidence: these stay when the roadmap is regenerated.",
    ownerPrompt: {
      title: "Owner",
      message: "Pick one of the people named on the cover (our assessors, their contacts).",
    },
    ownerError: {
      title: "Not a named person",
      message: (names: string) => `Allowed: ${names}. Add people on the cover first.`,
    },
  },
  print: {
    /** The header's title when the relationship has none. */
    untitled: "Collaboration assessment",
    /** The footer's right part; its parameters are Excel's codes for the sheet, page and pages. */
    page: (sheet: string, page: string, pages: string) => `${sheet} · Page ${page} of ${pages}`,
  },
  history: {
    title: "Assessment rounds",
    intro:
      "One row per closed round, oldest first (collabfit round closes a round and opens the next with empty scores). Scores are each side's own dimension scores.",
    trustGap:
      "Trust gap = trust the target needs − actual trust: a shrinking gap means trust is catching up.",
    trendTitle: "Change per dimension: this round against the previous and the first round",
    trendNote:
      "'Score now' reads CF Scores, so it fills in as this round is scored. Green: a change for the better; red: for the worse; dependence is neither.",
    /** Which way is good, per dimension (the trend table's colours match these words). */
    higherIs: { better: "better", worse: "worse", neither: "neither" },
    scoresChart: "Our dimension scores, round by round",
    trustGapChart: "Trust gap, round by round (falling: trust is catching up)",
    /** Shown by the trust gap's number format (no quote marks inside). */
    widening: "widening by",
    closing: "closing by",
    unchanged: "unchanged",
    /** CF_Trend's headers: the dimension, which way is good, then per side three columns. */
    trendHeaders: {
      dimension: "Dimension",
      higherIs: "Higher is",
      us: {
        now: "Our score now",
        sincePrevious: "Our since previous round",
        sinceFirst: "Our since first round",
      },
      them: {
        now: "Their score now",
        sincePrevious: "Their since previous round",
        sinceFirst: "Their since first round",
      },
    },
  },
  responses: {
    /** CF_ResponseSummary's headers (core/workbook/responses.ts): the item, then each side's figures. */
    summaryHeaders: {
      id: "ID",
      dimension: "Dimension",
      us: { n: "Our n", mean: "Our mean", min: "Our min", max: "Our max", spread: "Our spread" },
      them: {
        n: "Their n",
        mean: "Their mean",
        min: "Their min",
        max: "Their max",
        spread: "Their spread",
      },
    },
    title: "Respondents and their answers",
    intro:
      "One row per respondent and question. A side with answers here takes its scores from the mean of its respondents (N/A left out); a side without any uses the typed Our score / Their score column.",
    sortFreely: (summarySheet: string) =>
      `Sort or filter freely. The statistics per question are on '${summarySheet}'. Add a person by importing their questionnaire.`,
    respondents: "Respondents",
    /** A respondent's status, by formula from the answers. */
    status: { answered: "answered", none: "not answered", partial: "partial" },
    scoreError: {
      title: "Not a valid score",
      message: (na: string) => `Allowed: whole numbers 1 to 5, or ${na}.`,
    },
    sideError: "Side",
    summaryTitle: "Answers per question and side",
    summaryNote: (spread: string) =>
      `n = respondents who scored the question (N/A left out); the mean is the side's score. A spread (highest − lowest) of ${spread} or more is highlighted: the team disagrees.`,
    answersRecorded: (side: string) => `${side}: answers recorded`,
    typedCounts: "(0: the typed column on the step sheets counts)",
    topicsTitle: "Disagreement inside a side (topics for the workshop)",
    notShownFor: (sides: string) =>
      `Who answered what is not shown for ${sides}. Listed when the respondents were last imported.`,
    shownForBoth:
      "Who answered what is shown for both sides. Listed when the respondents were last imported.",
    noTopics: (spread: string) =>
      `None: no question has a spread of ${spread} or more inside a side.`,
  },
  /** The Results sheet against the closed rounds. */
  roundChanges: {
    title: "Change since earlier rounds",
    dimension: "Dimension",
    since: (round: string, date: string) => `since round ${round} (${date})`,
    ours: (since: string) => `Ours ${since}`,
    theirs: (since: string) => `Theirs ${since}`,
    trustGap: "Trust gap",
    trustGapNow: (now: string, then: string, round: string) =>
      `${now} now; ${then} in round ${round}`,
  },
  /** The Roadmap's phases against the rounds. */
  roundStatus: {
    header: "Against the rounds",
    notMet: "Entry criteria not met yet",
    metNow: (round: string) => `Entry criteria met in this round (round ${round})`,
    metAt: (round: string) => `Entry criteria met at round ${round}`,
  },
  joint: {
    title: "Joint summary",
    sharedAfter: (us: string, them: string, date: string) =>
      date
        ? `Shared between ${us} and ${them} after the joint workshop; assessment of ${date}.`
        : `Shared between ${us} and ${them} after the joint workshop.`,
    startAim: "Where we start and where we aim",
    startAs: (start: string, target: string) => `Start as ${start}; work towards ${target}.`,
    dimension: "Dimension",
    us: (us: string) => `${us} (us)`,
    themInOurFrame: (them: string) => `${them}, in our frame`,
    gap: "Gap (us minus them)",
    notAnswered: "not answered",
    ourFrame:
      "In our frame: where a question is about one side (for example, dependence), their answer is placed under the side it describes.",
    agreedGaps: "Agreed gaps in view",
    noGaps: "No dimension where our views differ by the flag level or more.",
    gapLine: (us: string, ourScore: string, them: string, theirScore: string, difference: string) =>
      `${us} ${ourScore}, ${them} ${theirScore} (a difference of ${difference}).`,
    blockers: "What stands in the way of a partnership",
    blocker: (dimension: string) => `${dimension} is below what a partnership needs.`,
    signOff: "Sign-off",
    name: "Name",
    date: "Date",
    notDated: "not dated",
    roadmap: "Shared roadmap",
    action: "Action (shared)",
    owner: "Owner",
    due: "Due",
    both: "Both",
    ownActions: (us: string) => `Actions ${us} takes on its own are not listed.`,
    /** The footer's label: who the summary is shared between. */
    label: (us: string, them: string) => `Shared between ${us} and ${them}`,
  },
  upgrade: {
    title: (from: string, to: string) => `Question set ${from} → ${to}`,
    intro: (kept: string, toAnswer: string) =>
      `Answers to the ${kept} unchanged questions were carried over. Answer the ${toAnswer} questions below on their sheets, for both sides (send the other party a new questionnaire).`,
    toAnswer: "To answer",
    replaced: "Replaced questions and your answers to them (for reference; not counted)",
    why: { changed: "its wording changed", added: "a new question" },
    /** CF_Upgrade_ToAnswer's headers by column, in column order (core/workbook/upgrade.ts). */
    toAnswerHeaders: { id: "ID", sheet: "Sheet", question: "Question", why: "Why" },
    /** CF_Upgrade_Replaced's headers by column, in column order: the old item and its answers. */
    replacedHeaders: {
      oldId: "Old ID",
      replacedBy: "Replaced by",
      question: "Question",
      sheet: "Sheet",
      our: "Our score",
      their: "Their score",
      notes: "Notes",
    },
  },
} as const;
