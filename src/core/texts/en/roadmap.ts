/**
 * The roadmap's words: phase titles, entry criteria, KPIs, exit triggers and every action, by the
 * stable keys the engine uses (core/method/roadmap.ts). An action's id is frozen in the engine, so
 * rewording an action here (or translating it) never changes the id stored in a workbook. Read
 * through core/texts/roadmap-words.ts (the pane, the workbook, COLLAB.ROADMAP and the CLI).
 */
export const roadmap = {
  phases: {
    baseline: "Baseline and alignment workshop",
    defence: "Defence plan",
    exit: "Controlled delivery and exit preparation",
    mvr: "Minimal Viable Relationship + Minimal Viable Contract",
    step: (step: string, from: string, to: string) => `Step ${step}: ${from} to ${to}`,
    review: "Re-assessment",
  },
  entryCriteria: {
    baseline: "Assessment scored by us (and by the other party where possible)",
    defence: "Conflicting interests confirmed and no short-term way out",
    exit: "Defence plan in place",
    mvr: "Baseline agreed by both sides",
    step: (trust: string) => `Previous phase completed; trust at least ${trust}`,
    review: "Yearly, and after any major incident",
  },
  kpi: {
    baseline: "Interests and objectives of both sides written down and shared",
    defence: "Contract terms enforced; deviations caught and settled under the contract",
    exit: "Exit or second source ready within the planned time",
    mvr: "Agreed deliveries met on time and quality",
    step: (trust: string) => `Trust score at least ${trust}; shared results delivered as agreed`,
    review: "Scores compared with the baseline; model confirmed or changed",
  },
  /** A phase's KPI followed by the signals of the gaps it works on. */
  kpiMore: (kpi: string, signal: string) => `${kpi}; ${signal}`,
  exitTrigger: {
    baseline:
      "Both sides confirm the baseline; escalate to sponsors if objectives stay in conflict",
    defence: "An alternative party becomes viable, or the other party's interests change",
    exit: "Exit option ready: decide to switch, or re-assess the relationship",
    mvr: "Commitments met for the whole phase; escalate to sponsors after a missed commitment",
    step: (trust: string, from: string) =>
      `Trust at least ${trust} at two reviews in a row; fall back to ${from} after a breach of trust`,
    review: "A major incident or changed circumstances trigger an earlier re-assessment",
  },
  /** How progress on a gap shows. */
  signals: {
    trust: "Trust score rising towards the level the next model needs",
    alignment: "Objectives both sides sign off; fewer decisions blocked by clashing goals",
    mutuality: "Each side can name and confirm the benefit it gets",
    differenceRisk: "Escalations caused by differences in culture or process go down",
    power: "Dependency position known and deliberately managed",
    perception: "Perception gaps narrowed below the flag level",
  },
  /** What an action addresses: a gap, or a topic of its phase (a model's name is the method's). */
  topics: {
    trust: "Trust",
    alignment: "Alignment of interests",
    mutuality: "Mutuality",
    differenceRisk: "Difference risk",
    power: "Balance of power",
    perception: "Perception gaps",
    baseline: "Baseline",
    conflict: "Conflicting interests",
    mvr: "Minimal Viable Relationship",
    reassessment: "Re-assessment",
  },
  actions: {
    // Gaps (ACTION_CATALOGUE)
    sponsorship: "Secure stronger sponsorship for the relationship on both sides",
    trustSession: "Hold a session on what builds and what damages trust, with real cases",
    trustScore: "Score trust jointly every review and act on the lowest item",
    writeInterests: "Write down each side's interests and objectives and check where they clash",
    reshapeObjectives:
      "Reshape objectives that conflict (e.g. usage-based pricing instead of a flat cut)",
    theirGainFirst:
      "Start from what the other party needs to gain, then balance it with our own needs",
    checkBenefits: "Check at each review whether both sides' benefits are actually delivered",
    differenceScan: "Run a difference scan on culture, structure and processes early",
    cultureWorkshop: "Hold a workshop on culture and working styles with both teams",
    traceResistance: "Trace resistance to its causes and settle the objections that are justified",
    mapDependencies: "Map dependencies and the balance of power on both sides",
    compareScores: "Compare both sides' scores item by item in a joint session",
    agreeFacts: "Agree the facts behind each large difference before the next review",
    // Power positions (POWER_ACTIONS)
    longTermAgreement: "Agree a long-term agreement that secures supply and capacity",
    capacityCommitments: "Ask for capacity or allocation commitments for our volumes",
    bufferStock: "Build buffer stock to cover the longest likely disruption",
    changeNotice: "Agree advance notice of end-of-life and product changes",
    secondSource: "Start qualifying a second source to reduce our dependence",
    preferredAccount:
      "Become a preferred account: be easy to work with, pay on time and share plans early",
    fairTerms:
      "Agree fair terms, since we are the stronger side, so the other party stays motivated",
    shareForecasts: "Share forecasts so the other party can plan",
    testMarket: "Test the market at contract renewal to keep prices fair",
    jointGovernance: "Set up joint governance: a steering group with sponsors from both sides",
    shareForecastsBothWays: "Share forecasts and plans both ways",
    compareOffers: "Keep alternatives open and compare offers at renewal",
    keepAlternatives: "Keep alternatives open where we are the dependent side",
    // Phases
    recordAsIs: "Record the as-is situation of the relationship",
    internalReflection: "Hold an internal reflection session on our own interests and objectives",
    /** By the other party's side. */
    jointWorkshop: {
      customer: "Hold a joint workshop with the customer on both sides' interests and objectives",
      supplier: "Hold a joint workshop with the supplier on both sides' interests and objectives",
    },
    monitorDelivery: "Monitor delivery against the contract and keep an evidence trail",
    buildExit: "Build the exit or dual-sourcing option until it can be used",
    firstContractSecure: (model: string) =>
      `Agree a first contract as ${model} that secures the commitments we depend on (supply, lead times, change notice)`,
    firstContractSmall: (model: string) =>
      `Contract a small, low-risk scope that both sides can certainly deliver as ${model}`,
    widenScope: (model: string) => `Widen the scope step by step towards ${model}`,
    scoreAgain: "Score the assessment again on both sides",
    compareBaseline: "Compare with the baseline and adjust the model and the roadmap",
  },
  /**
   * The roadmap table's headers by the keys of ROADMAP_COLUMNS (core/method), as CF_Roadmap and
   * COLLAB.ROADMAP's first row show them; `status` is CF_Roadmap's own last column.
   */
  columns: {
    phase: "Phase",
    from: "From",
    to: "To",
    start: "Start",
    end: "End",
    entryCriteria: "Entry criteria",
    actions: "Actions",
    kpi: "KPI / trust signal",
    owner: "Owner",
    review: "Review",
    exitTrigger: "Exit or escalation trigger",
    status: "Status",
  },
  /** Who owns a phase, as the Roadmap sheet and COLLAB.ROADMAP show it. */
  owners: { us: "Us", them: "Them", joint: "Joint" },
  /** How often a phase is reviewed, as the Roadmap sheet and COLLAB.ROADMAP show it. */
  reviewCadences: { monthly: "Monthly", quarterly: "Quarterly", yearly: "Yearly" },
} as const;
