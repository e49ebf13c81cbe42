/** Texts of the task pane: tabs, messages, views. Parameters are functions, never concatenation. */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const pane = {
  /** What the spinner says while an action runs (also the "during …" of an error title). */
  busy: {
    creating: "Creating assessment sheets",
    savingCurrent: "Saving the current assessment",
    opening: "Opening the existing assessment",
    readingScores: "Reading scores",
    selectingItem: "Selecting the item",
    updatingResults: "Updating results",
    writingResults: "Writing Results and Roadmap",
    turningOnLive: "Turning on live formulas",
    regeneratingRoadmap: "Regenerating the roadmap",
    writingRoadmap: "Writing Roadmap",
    preparingDownload: "Preparing the download",
    preparingQuestionnaire: "Preparing the questionnaire",
    preparingJoint: "Preparing the joint summary",
    importing: "Importing their answers",
    readingFile: "Reading the file",
  },
  /** The "during …" part of an error title outside an action. */
  during: {
    checkingLive: "checking the live formulas",
    readingScores: "reading scores",
    savingScore: "saving a score",
    lookingForSheets: "looking for existing sheets",
  },
  notices: {
    createdElsewhere:
      "The new assessment opened in a workbook of its own; open CollabFit there to score it.",
    created: "Assessment sheets created.",
    createdAfterSaving: (saved: string) =>
      `Assessment sheets created. The previous assessment was downloaded as "${saved}".`,
    resultsUpdated: "Results and Roadmap updated.",
    resultsUpdatedLiveOn: "Results and Roadmap updated; the live formulas are on again.",
    liveOn:
      "Live formulas are on: the Results sheet's live column now recalculates when scores change.",
    roadmapRegenerated: "Roadmap regenerated.",
    questionnaireOpened: (them: string, reference: string) =>
      `The questionnaire for ${them} opened as a new workbook: save it and send it to them. It carries the reference ${reference}.`,
    questionnaireDownloaded: (them: string, fileName: string, reference: string) =>
      `The questionnaire for ${them} downloaded as "${fileName}": send it to them. It carries the reference ${reference}.`,
    jointOpened: (them: string) =>
      `The joint summary for ${them} opened as a new workbook: both sides' scores, the gaps and the shared actions, and none of your answers, notes or names.`,
    jointDownloaded: (them: string, fileName: string) =>
      `The joint summary for ${them} downloaded as "${fileName}": both sides' scores, the gaps and the shared actions, and none of your answers, notes or names.`,
    imported: (count: number, them: string) =>
      `Imported ${plural(count, "answer", "answers")} from ${them}. Update results so the recommendation weighs their view.`,
  },
  /** Why an action cannot run yet. */
  refusals: {
    createFirst: "Create the assessment sheets first.",
    createOrOpenFirst: "Create or open the assessment sheets first (New tab).",
    roadmapNeedsResults: "Update results first: the roadmap starts from a recommendation.",
    jointNeedsResults: "Update results first: the joint summary shares them.",
    noJointSummary: "This workbook cannot prepare a joint summary.",
    fileUnreadable: "the file could not be read",
  },
  /** The MessageBar's error texts (errors.ts). */
  errors: {
    cellsUnreadable: (count: number) => `${plural(count, "cell", "cells")} could not be read.`,
    unreadableTitle: (during: string) => `Some scores could not be read (${during})`,
    unreadableAction:
      "Correct the cells listed below (allowed: 1, 2, 3, 4, 5, N/A or blank), then try again.",
    refusedTitle: (during: string) => `The file was refused (${during})`,
    refusedAction:
      "Nothing in the assessment was changed. Import the questionnaire prepared for this assessment, as the other party returned it (.xlsx).",
    cannotContinueTitle: (during: string) => `Cannot continue (${during})`,
    excelRefusedTitle: (during: string) => `Excel refused the change (${during})`,
    excelRefusedMessage: (code: string, message: string) => `${code}: ${message}.`,
    excelRefusedMessageAt: (code: string, message: string, where: string) =>
      `${code}: ${message} (at ${where}).`,
    noDetails: "no details",
    excelRefusedAction:
      "Nothing else was changed. Check that the workbook is not protected or in cell-edit mode, then try again.",
    roundNotClosedTitle: (during: string) => `The round was not closed (${during})`,
    roundNotClosedAction:
      "Nothing in the workbook was changed. Correct what is named above (or pick another date), then start the round again.",
    respondentsNotChangedTitle: (during: string) => `The respondents were not changed (${during})`,
    respondentsNotChangedAction:
      "Nothing in the workbook was changed. Correct what is named above, then try again.",
    unexpectedTitle: (during: string) => `Something went wrong (${during})`,
    unexpectedAction:
      "Your entries are kept. Try again; if it happens again, save the workbook and reopen the pane.",
  },
  /** The frame around the views (App.tsx). */
  shell: {
    tabs: {
      new: "New",
      score: "Score",
      exchange: "Their view",
      results: "Results",
      roadmap: "Roadmap",
      respondents: "Respondents",
      principles: "Principles",
      portfolio: "Portfolio",
      about: "About",
    },
    sections: "CollabFit sections",
    tooOldTitle: "Excel is too old for this add-in",
    previewTitle: "Preview",
    previewBody:
      "No Excel here: the workbook is built in this page. Scores are entered in the pane; download the .xlsx when you are done.",
    cellsToCorrect: "Cells to correct",
    problem: (sheet: string, cell: string, message: string) => `${sheet}!${cell}: ${message}`,
    moreProblems: (count: number) => `… and ${count} more.`,
    dismiss: "Dismiss",
    liveOffTitle: "Live formulas are off",
    liveOffBody:
      "This workbook already has CollabFit sheets, but its Results sheet was written outside Excel (command line, questionnaire import or an older file), so its live column does not recalculate. Turn the live formulas on to have Excel recalculate it.",
    turnOnLive: "Turn on live formulas",
    download: "Download .xlsx",
  },
  /** requirements.ts: an Excel too old for the pane. */
  requirements: {
    feature: (feature: string, set: string, version: string) => `${feature} (${set} ${version})`,
    unmet: (features: string, highest: string) =>
      `This version of Excel lacks ${features}. Update Office, or open the workbook in Excel on the web or a current Microsoft 365 desktop (ExcelApi ${highest} or later).`,
  },
  newView: {
    heading: "New assessment",
    intro: "Describe the relationship; the pane then adds the assessment sheets to this workbook.",
    title: "Relationship title",
    us: "Our organisation",
    them: "Other party",
    perspective: "Our perspective",
    perspectives: { customer: "We are the customer", supplier: "We are the supplier" },
    date: "Assessment date",
    assessors: "Assessors",
    assessorsHint: "Names, separated by commas",
    create: "Create assessment sheets",
    errors: {
      title: "Give the relationship a title, e.g. “Facilities contract 2026”.",
      us: "Name our organisation.",
      them: "Name the other party.",
      date: "Enter a date as YYYY-MM-DD.",
    },
    clashTitle: "An assessment is already here",
    clashBody: (sheets: string) =>
      `This workbook already has assessment sheets (${sheets}). Open them to carry on, or start the new assessment in a workbook of its own.`,
    clashPreview: "The preview holds one workbook at a time: the current one is downloaded first.",
    clashExcel: "Nothing existing is overwritten.",
    openExisting: "Open existing sheets",
    createNew: "Create in a new workbook",
    cancel: "Cancel",
  },
  aboutView: {
    heading: "About CollabFit",
    what: (models: number) =>
      `CollabFit helps a customer or a supplier decide how closely to work with the other party, and how to get there step by step. It scores the relationship, recommends one of ${models} collaboration models and drafts a roadmap.`,
    source:
      "Source of the method: Joost van Boeschoten, NextSales, 2020, in two articles: one on the principles of good collaborative relationships, and one on four steps towards collaboration in contract management. The wording in this add-in is our own.",
    runningExcel: (set: string) =>
      `Question set ${set}. Running inside Excel. Nothing you enter leaves this device.`,
    runningPreview: (set: string) =>
      `Question set ${set}. Running as a browser preview. Nothing you enter leaves this device.`,
  },
  principlesView: {
    heading: "Principles and steps",
    intro:
      "Nine principles guide the choice of model; four steps turn them into a working relationship.",
    step: (number: number, title: string) => `Step ${number}: ${title}`,
    principle: (number: number, theme: string) => `Principle ${number}: ${theme}`,
    seen: "Seen in practice:",
    guidance: "Guidance:",
  },
  upgrade: {
    title: "Older question set",
    body: (from: string, current: string) =>
      `This workbook uses question set ${from}; the current set is ${current}, where questions that asked two things are split and one-sided ones reworded. It keeps working as it is. Upgrading makes a new workbook with the answers to unchanged questions carried over and a list of those to answer again; this workbook is not changed.`,
    failed: (reason: string) => `The upgrade failed: ${reason}`,
    action: (current: string) => `Upgrade to question set ${current}`,
    doneTitle: (to: string) => `Upgraded to question set ${to}`,
    doneOpened: "The new workbook is open in Excel; this one is unchanged.",
    doneDownloaded: (fileName: string) =>
      `The new workbook was downloaded as "${fileName}"; this one is unchanged.`,
    toAnswer: (count: number) =>
      `Answers to unchanged questions were carried over. Answer these ${count} questions again for both sides (send the other party a new questionnaire from the new workbook); its CF Upgrade sheet lists them too:`,
    toAnswerList: "Questions to answer again",
    question: (id: string, sheet: string, question: string) => `${id} (${sheet}): ${question}`,
  },
  /** pane-model.ts: why results cannot be computed yet. */
  model: {
    usMissing: (dimensions: string) => `Our side has no score yet for: ${dimensions}.`,
    usMissingAction:
      "Score at least one item of each of these dimensions (or fix the cells listed), then update results again.",
    themMissing: (dimensions: string) =>
      `The other party's answers leave out ${dimensions}; their side is not used until every dimension has a score.`,
  },
  scoreView: {
    heading: "Score the relationship",
    introExcel:
      "Type 1 to 5 or N/A in the score columns of each step sheet, then read the scores here.",
    introPreview: "Choose a score from 1 to 5 for each item and side; leave it blank for N/A.",
    sides: { us: "Our side", them: "Their side" },
    progressPerStep: "Progress per step",
    step: (number: number, title: string) => `Step ${number}: ${title}`,
    answered: (side: string, answered: number, total: number) =>
      `${side}: ${answered} of ${total} answered`,
    complete: (side: string) => `${side}: every dimension has a score.`,
    nothingYet: (side: string) => `${side}: no dimension scored yet.`,
    missing: (side: string, dimensions: string) => `${side}: missing ${dimensions}.`,
    readScores: "Read scores from sheets",
    next: "Next unanswered item",
    allAnswered: "All items on our side are answered.",
    stepTabs: "Step to score",
    stepTab: (number: number) => `Step ${number}`,
    currentItem: "Current item",
    itemTitle: (id: string, dimension: string) => `${id} · ${dimension}`,
    anchors: (low: string, mid: string, high: string) => `1 = ${low} · 3 = ${mid} · 5 = ${high}`,
    reverse: "(reverse-scored: a high score counts against this dimension)",
    principle: (number: number, theme: string) => `Principle ${number}: ${theme}`,
    scoresForStep: (step: string) => `Scores for step ${step}`,
    notScored: (na: string) => `Not scored / ${na}`,
    table: "Dimension scores",
    columns: { dimension: "Dimension", us: "Ours", them: "Theirs (our frame)", gap: "Gap" },
  },
  exchangeView: {
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
    skippedCounts: (skipped: number, blank: number) =>
      `, ${skipped} skipped, ${blank} not answered.`,
    notAnswered: (items: string) => `Not answered: ${items}.`,
    skippedList: "Skipped answers",
    skipped: (item: string, column: string, reason: string) => `(${item}, ${column}): ${reason}`,
    topicsHeading: "Topics for the joint workshop",
    noTopics: "No big differences: the two views agree within the method's thresholds.",
    topics: "Workshop topics",
    gapsTable: "Perception gaps by dimension",
    columns: { dimension: "Dimension", us: "Us", them: "Them (our frame)" },
  },
  recommendView: {
    heading: "Recommendation",
    intro:
      "Reads every score, then writes the Results and Roadmap sheets and shows the outcome here.",
    update: "Update results",
    createFirst: "Create the assessment sheets first (New tab).",
    liveOff:
      "The Results sheet's live formulas are off: this workbook was written outside Excel (command line, questionnaire import or an older file). Turn them on, or update results, to have Excel recalculate them.",
    turnOnLive: "Turn on live formulas",
    stale:
      "Scores have changed since these results were computed: update results to see the recommendation for the current scores.",
    models: "Models",
    target: "Target model:",
    start: "Start with:",
    confidenceCard: "Confidence and margins",
    confidence: "Confidence:",
    confidenceLevels: { high: "high", medium: "medium", low: "low" },
    sensitive: (margin: string) =>
      `Sensitive result: a change of less than ${margin} on one dimension would change it. Check those scores before deciding.`,
    margins: "Margins",
    trustAndPower: "Trust and power",
    trustShort: (gap: string) => `Trust falls ${gap} short of what the target needs.`,
    trustEnough: (margin: string) => `Trust is sufficient for the target (margin ${margin}).`,
    power: {
      interdependence: "Interdependence: both sides rely heavily on each other.",
      "buyer-dominance": "Buyer dominance: the customer holds most of the power.",
      "supplier-dominance": "Supplier dominance: the supplier holds most of the power.",
      independence: "Independence: either side could walk away with little harm.",
      balanced: "Balanced: neither side dominates.",
    },
    blockersHeading: "What stands in the way of a partnership",
    noBlockers: "Nothing: every partnership criterion holds.",
    blockers: "Partnership blockers",
    gapsHeading: "Where the two sides see it differently",
    gap: (dimension: string, us: string, them: string) => `${dimension}: us ${us}, them ${them}`,
    reasonsHeading: "Main reasons",
    drivers: (dimensions: string) => `Driven most by: ${dimensions}.`,
    hintsHeading: "What would change the outcome",
    noHints: "No single change of one dimension moves the target.",
    raising: (dimension: string, from: string, to: string, model: string) =>
      `Raising ${dimension} from ${from} to ${to} would make the target ${model}.`,
    lowering: (dimension: string, from: string, to: string, model: string) =>
      `Lowering ${dimension} from ${from} to ${to} would make the target ${model}.`,
    shareHeading: "Share with the other party",
    shareHelp:
      "After the joint workshop: both sides' scores, the gaps and the shared actions, without your answers, notes, evidence or names.",
    prepareJoint: "Prepare joint summary",
  },
  roadmapView: {
    heading: "Roadmap",
    intro: "Phases from the starting model to the target, written to the Roadmap sheet.",
    startDate: "Start date",
    months: "Months per step",
    regenerate: "Regenerate roadmap",
    errors: {
      startDate: "Enter the start date as YYYY-MM-DD.",
      months: (min: number, max: number) => `Enter a whole number of months from ${min} to ${max}.`,
    },
    stale:
      "Scores have changed since this roadmap's recommendation: update results first (Results tab) to plan from the current scores.",
    noRoadmap: "Update results first (Results tab): the roadmap starts from the recommendation.",
    table: "Roadmap phases",
    columns: { phase: "Phase", dates: "Dates" },
    models: (from: string, to: string) => `${from} → ${to}`,
    owners: { us: "us", them: "the other party", joint: "both sides" },
    owner: (owner: string, cadence: string) => `Owner: ${owner} · review ${cadence}`,
    to: (end: string) => `to ${end}`,
  },
  /** The Respondents view (issue 13): several respondents per side and assessment rounds. */
  respondentsView: {
    heading: "Respondents and rounds",
    intro:
      "Several people per side can answer; each side's score per question is the mean of its respondents. A side without respondents uses the scores typed on the step sheets.",
    createFirst: "Create the assessment sheets first (New tab).",
    reading: "Reading respondents and rounds",
    importing: (count: number) => `Importing ${count} questionnaire(s)`,
    imported: (count: number, added: string, replaced: string) =>
      `Imported ${count} questionnaire(s)` +
      (added ? `; added ${added}` : "") +
      (replaced ? `; replaced the answers of ${replaced}` : "") +
      ".",
    removing: (name: string) => `Removing ${name}`,
    removed: (name: string) => `Removed ${name}.`,
    startingRound: "Starting a new round",
    roundStarted: (date: string) =>
      `Round closed into CF History; the new round dated ${date} starts with empty scores. Notes, weights, interests and the roadmap are kept.`,
    preparingColleague: "Preparing a colleague's questionnaire",
    sideHeadings: {
      us: (us: string) => `Our side (${us})`,
      them: (them: string) => `Their side (${them})`,
    },
    noRespondents: "No respondents recorded.",
    noRespondentsTyped: "No respondents recorded: the typed scores count as one.",
    respondentsTable: (side: string) => `Respondents, ${side}`,
    columns: { name: "Name", status: "Status", action: "Action" },
    nameWithRole: (name: string, role: string) => `${name}, ${role}`,
    status: {
      answered: "answered",
      notAnswered: "not answered",
      partial: (answered: number, of: number) => `partial: ${answered} of ${of}`,
    },
    remove: "Remove",
    removeLabel: (name: string) => `Remove ${name}`,
    disagreementHeading: "Disagreement inside a side",
    disagreementIntro: "Questions with a spread of 2 or more, as workshop topics.",
    anonymousSides: { us: "our side", them: "their side" },
    and: (first: string, second: string) => `${first} and ${second}`,
    anonymous: (sides: string) =>
      `Who answered what is not shown for ${sides} (the cover's anonymity setting).`,
    bothNamed: "Both sides are named (the cover's anonymity setting).",
    noTopics: "None.",
    addHeading: "Add respondents",
    addHelp:
      "Pick one or more returned questionnaires. Each lands on the side it was prepared for; every file is checked first, and if one is refused nothing changes.",
    fileInput: "Returned questionnaires (.xlsx, several at once)",
    import: "Import questionnaires",
    colleague: "Questionnaire for a colleague",
    addInExcel:
      "In Excel, add several respondents with the command line (collabfit import FILE.xlsx --answers A.xlsx --answers B.xlsx) and open the result; this view then lists them.",
    roundsHeading: "Rounds",
    roundDate: "Date of the new round",
    roundDateHint: "Not before the date of the round being closed",
    startRound: "Start a new round",
    confirmGroup: "Confirm the new round",
    confirm: (closing: number, opening: number, date: string) =>
      `Close round ${closing} into CF History and open round ${opening} dated ${date} with empty scores? Notes, weights, interests and the roadmap are kept.`,
    closeRound: "Close the round",
    cancel: "Cancel",
    roundInExcel:
      "In Excel, close a round with the command line (collabfit round FILE.xlsx --out NEXT.xlsx) and open NEXT.xlsx.",
    trendHeading: "Trend per dimension",
    noTrend: "No round closed yet: the trend starts with the second round.",
    ourSide: "Our side",
    theirSide: "Their side, in our frame",
    ourTrend: "Our side: scores per round",
    theirTrend: "Their side (in our frame): scores per round",
    dimension: "Dimension",
    round: (number: number, date: string) => `Round ${number} (${date})`,
    now: (date: string) => `Now (${date})`,
    open: "open",
    withChange: (value: string, change: string) => `${value} (${change})`,
    noChange: "no change",
    up: (by: string) => `up ${by}`,
    down: (by: string) => `down ${by}`,
  },
  portfolioView: {
    heading: "Portfolio",
    intro:
      "See many relationships side by side: each one's segment, recommended model, and where the two do not fit. Pick the assessment workbooks (.xlsx); they are read here, on this computer, and are never changed.",
    whereExcel:
      "The portfolio goes into this workbook's CF Portfolio and CF Segments sheets. Picking files again updates their rows (matched by assessment reference) and keeps the others.",
    wherePreview: "The portfolio workbook is downloaded as an .xlsx file.",
    fileInput: "Assessment workbooks (.xlsx)",
    choose: "Choose assessment workbooks",
    readingFiles: (count: number) => `Reading ${plural(count, "file", "files")}`,
    during: "building the portfolio",
    notWritten: "The portfolio was not written",
    tooLarge: (size: string, max: number) => `${size} MB; allowed: at most ${max} MB`,
    read: (count: number) => `${plural(count, "relationship", "relationships")} read`,
    skipped: (count: number) => `, ${count} skipped`,
    noneRead: (skipped: string) => `No relationship could be read${skipped}. Nothing was written.`,
    downloaded: (read: string, skipped: string) =>
      `${read}${skipped}. The portfolio workbook was downloaded.`,
    downloadedPreview: (read: string, skipped: string) =>
      `${read}${skipped}. The portfolio workbook was downloaded (nothing left this computer).`,
    created: (read: string, skipped: string, rows: number) =>
      `${read}${skipped}. Added the CF Portfolio and CF Segments sheets to this workbook (${rows} rows).`,
    updated: (
      read: string,
      skipped: string,
      updated: number,
      added: number,
      kept: number,
      rows: number
    ) =>
      `${read}${skipped}. CF Portfolio updated: ${plural(updated, "row", "rows")} replaced, ${added} added, ${kept} kept (${rows} in all).`,
    report: "Portfolio report",
    table: "Relationships read",
    columns: { party: "Other party", segment: "Segment", target: "Target model" },
    mismatch: (usual: string) => `Mismatch: the segment usually gets ${usual}`,
    skippedHeading: "Skipped files",
    skippedFile: (reason: string) => `: ${reason}`,
  },
} as const;
