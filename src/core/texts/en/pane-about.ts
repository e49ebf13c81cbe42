/** The About view's texts (views/AboutView.tsx). */

export const paneAbout = {
  heading: "About CollabFit",
  what: (models: number) =>
    `CollabFit helps a customer or a supplier decide how closely to work with the other party, and how to get there step by step. It scores the relationship, recommends one of ${models} collaboration models and drafts a roadmap.`,
  source:
    "Source of the method: Joost van Boeschoten, NextSales, 2020, in two articles: one on the principles of good collaborative relationships, and one on four steps towards collaboration in contract management. The wording in this add-in is our own.",
  runningExcel: (set: string) =>
    `Question set ${set}. Running inside Excel. Nothing you enter leaves this device.`,
  runningPreview: (set: string) =>
    `Question set ${set}. Running as a browser preview. Nothing you enter leaves this device.`,
} as const;
