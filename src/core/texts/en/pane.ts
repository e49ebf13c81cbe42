/**
 * Texts of the task pane's frame and first view: tabs, busy and error messages, notices, the New form.
 * Each view loaded later has a part of its own (pane-score.ts, pane-results.ts, …) that travels
 * with it. Parameters are functions, never concatenation.
 */

/** "1 cell", "3 cells" (the view parts use it too). */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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
    /** The spinner while a view's code is fetched (lazy-view.tsx). */
    loadingView: "Loading the view",
    /** Before the pane is up (index.tsx): said on the page instead of a blank pane. */
    couldNotStart: (why: string) => `CollabFit could not start: ${why}. Reload the pane.`,
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
  /** pane-model.ts: why results cannot be computed yet. */
  model: {
    usMissing: (dimensions: string) => `Our side has no score yet for: ${dimensions}.`,
    usMissingAction:
      "Score at least one item of each of these dimensions (or fix the cells listed), then update results again.",
    themMissing: (dimensions: string) =>
      `The other party's answers leave out ${dimensions}; their side is not used until every dimension has a score.`,
  },
} as const;
