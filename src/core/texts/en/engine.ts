/**
 * The engine's results in words: reasons, power regimes, confidence, margins, dates. Parameters
 * arrive as text (figures already rounded, model names and dimension labels filled in by render.ts).
 */
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const REGIME_REASON = {
  interdependence: "both sides depend heavily on each other (interdependence)",
  "buyer-dominance": "the customer holds most of the power (buyer dominance)",
  "supplier-dominance": "the supplier holds most of the power (supplier dominance)",
  independence: "neither side depends much on the other (independence)",
  balanced: "power is roughly balanced",
} as const;

export const engine = {
  /** A list, one item added at a time: "trust 2.5, maturity 2 below 3". */
  listMore: (list: string, item: string) => `${list}, ${item}`,
  /** One sentence per rule that fired (METHOD.md R1-R8), without the rule code. */
  reasons: {
    lockedIn: (alignment: string, ourDependence: string) =>
      `Interests conflict (alignment ${alignment}) and we depend heavily on the other party (${ourDependence}), so the realistic model is to work together as adversaries.`,
    canLeave: (alignment: string, ourDependence: string) =>
      `Interests conflict (alignment ${alignment}) but we do not depend much on the other party (${ourDependence}): keep it transactional at most and consider another party.`,
    need: (stakes: string, model: string) =>
      `With stakes at ${stakes}, what is delivered needs a ${model} relationship.`,
    needRaised: (stakes: string, complementarity: string, model: string) =>
      `With stakes at ${stakes} one level less would do, but strong complementarity (${complementarity}) raises the need to ${model}.`,
    weakAlignment: (value: string, threshold: string) => `alignment ${value} is below ${threshold}`,
    weakMutuality: (value: string, threshold: string) => `mutuality ${value} is below ${threshold}`,
    /** Two weak points in one sentence. */
    both: (first: string, second: string) => `${first} and ${second}`,
    capped: (weak: string, model: string) =>
      `${capitalise(weak)}, so the model is capped at ${model}.`,
    regime: REGIME_REASON,
    regimeCapped: (regime: string, model: string) =>
      `${capitalise(regime)}, so the model is capped at ${model}.`,
    regimeWarning: (regime: string) =>
      `${capitalise(regime)}; plan for the imbalance when contracting and reviewing.`,
    partnership:
      "Every true-partnership criterion holds, so the relationship can be run as a partnership.",
    trustGap: (model: string, required: string, trust: string, gap: string) =>
      `${model} needs trust ${required} but trust is ${trust} (gap ${gap}).`,
    /** What held the start (or is worth noting), one item each, joined with `listMore`. */
    startTrust: (trust: string) => `trust ${trust}`,
    startMaturity: (maturity: string, threshold: string) =>
      `maturity ${maturity} below ${threshold}`,
    startDifferenceRisk: (risk: string) => `difference risk ${risk}`,
    startDirect: (model: string) => `Start directly with ${model}.`,
    startDirectNoting: (model: string, notes: string) =>
      `Start directly with ${model} (also noting ${notes}).`,
    startMvr: (start: string, limits: string, target: string) =>
      `Start with ${start} as the Minimal Viable Relationship (limited by ${limits}) and grow towards ${target}.`,
  },
  /** Extra actions the rules call for (what a model puts in place is method data). */
  actions: {
    otherParty: "Consider moving this business to another party",
    boostTrust: "Boost trust: secure stronger sponsorship on both sides",
    allowTime: "Allow time for trust to grow",
    rescope: "Re-scope the contract to fit the trust that exists, or seek another party",
    differenceScan: "Run a difference scan early",
    cultureWorkshop: "Hold a workshop on culture and working styles",
    discussGaps: (dimensions: string) =>
      `Discuss the different views on ${dimensions} in a joint workshop`,
  },
  /** The balance of power, as a reader sees it in Results, Summary and the report. */
  regime: {
    interdependence: "Interdependence: both sides depend heavily on each other",
    "buyer-dominance": "Buyer dominance: the customer holds most of the power",
    "supplier-dominance": "Supplier dominance: the supplier holds most of the power",
    independence: "Independence: neither side depends much on the other",
    balanced: "Balanced: power is roughly even",
  },
  confidence: {
    high: "High: both sides answered most of the questions",
    medium: "Medium: only one side answered most of the questions, or both answered part of them",
    low: "Low: too few questions answered to rely on this result",
  },
  margins: {
    /** "Target Collaborative would become Cooperative if trust fell by 0.26 (from 3.5 to 3.24)." */
    target: (now: string, to: string, change: string, from: string, value: string) =>
      `Target ${now} would become ${to} if ${change} (from ${from} to ${value}).`,
    start: (now: string, to: string, change: string, from: string, value: string) =>
      `Start ${now} would become ${to} if ${change} (from ${from} to ${value}).`,
    /** The change in a margin: "trust fell by 0.26". */
    rose: (dimension: string, by: string) => `${dimension} rose by ${by}`,
    fell: (dimension: string, by: string) => `${dimension} fell by ${by}`,
    none: "No single change of one dimension would change the result.",
    sensitive: (limit: string) =>
      `Sensitive: a change of less than ${limit} on one dimension changes the result; check those scores before deciding.`,
    notSensitive: (limit: string) =>
      `Not sensitive: every single-dimension change that would alter the result is ${limit} or more.`,
  },
  /** A list of dimension labels, one added at a time, and what it says when empty. */
  labelListMore: (list: string, label: string) => `${list}; ${label}`,
  /** COLLAB.EXPLAIN's lines, one fact each: a label, then the value (words filled in by the caller). */
  explain: {
    target: (model: string) => `Target model: ${model}`,
    start: (model: string) => `Start model: ${model}`,
    trustGap: (gap: string) => `Trust gap: ${gap}`,
    trustShortfall: (gap: string) => `Trust gap: ${gap} (shortfall)`,
    power: (regime: string) => `Power regime: ${regime}`,
    /** The rule codes (METHOD.md R1-R8), as the method names them. */
    rules: (codes: string) => `Rules fired: ${codes}`,
    reason: (reason: string) => `Reason: ${reason}`,
    blocker: (dimension: string) => `Partnership blocker: ${dimension}`,
    gap: (dimension: string, us: string, them: string) =>
      `Perception gap: ${dimension} (us ${us}, them ${them})`,
    drivers: (dimensions: string) => `Drivers: ${dimensions}`,
    action: (action: string) => `Action: ${action}`,
  },
  noneListed: "none",
  dates: {
    months: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    /** "2 December 2026" */
    date: (day: string, month: string, year: string) => `${day} ${month} ${year}`,
    /** "2 December 2026, 02:45 UTC" */
    timestamp: (date: string, hours: string, minutes: string) => `${date}, ${hours}:${minutes} UTC`,
  },
} as const;
