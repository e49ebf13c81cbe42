/** The Roadmap view's texts (views/RoadmapView.tsx). */

export const paneRoadmap = {
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
  /** `cadence`: the roadmap part's label (Monthly, Quarterly, Yearly). */
  owner: (owner: string, cadence: string) => `Owner: ${owner} · Reviews: ${cadence}`,
  to: (end: string) => `to ${end}`,
} as const;
