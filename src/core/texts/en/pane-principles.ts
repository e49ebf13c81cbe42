/** The Principles view's texts (views/PrinciplesView.tsx). */

export const panePrinciples = {
  heading: "Principles and steps",
  intro:
    "Nine principles guide the choice of model; four steps turn them into a working relationship.",
  step: (number: number, title: string) => `Step ${number}: ${title}`,
  principle: (number: number, theme: string) => `Principle ${number}: ${theme}`,
  seen: "Seen in practice:",
  guidance: "Guidance:",
} as const;
