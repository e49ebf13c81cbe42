/** The offer to upgrade a workbook on an older question set (views/UpgradeOffer.tsx). */

export const paneUpgrade = {
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
} as const;
