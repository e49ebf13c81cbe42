/** The Results view's texts (the recommendation) (views/RecommendView.tsx). */

export const paneResults = {
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
} as const;
