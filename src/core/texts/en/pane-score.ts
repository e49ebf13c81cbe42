/** The Score view's texts (views/ScoreView.tsx). */

export const paneScore = {
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
} as const;
