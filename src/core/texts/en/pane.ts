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
    unexpectedTitle: (during: string) => `Something went wrong (${during})`,
    unexpectedAction:
      "Your entries are kept. Try again; if it happens again, save the workbook and reopen the pane.",
  },
} as const;
