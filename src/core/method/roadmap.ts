/**
 * Step 4: the roadmap from the start model (Minimal Viable Relationship) to the target.
 * Rows: baseline workshop, MVR + MVC, one phase per level step, a closing re-assessment; an
 * adversarial target gets a defence plan instead of level steps. Dates are ISO strings in UTC.
 * The engine plans phases and actions by key (`planRoadmap`); their words are in the catalogue
 * (core/texts/en/roadmap.ts), put in by core/texts/roadmap-words.ts.
 */
import { daysInMonth, isMonthsPerStep, ISO_DATE_HINT, parseIsoDate } from "../input";
import { THRESHOLDS, modelById, modelLevel, modelAtLevel } from "./method";
import type {
  ModelId,
  Perspective,
  Profile,
  Recommendation,
  RoadmapOptions,
  ReviewCadence,
  RoadmapOwner,
} from "./types";

/** The gaps an action can be keyed by. */
export type GapKey =
  "trust" | "alignment" | "mutuality" | "differenceRisk" | "power" | "perception";

/**
 * Every roadmap action by its stable key (its words: core/texts/en/roadmap.ts `actions`), with the
 * hash of its id, frozen. Ids were once `CODE-` + a short hash of the English text; the hashes below
 * are those texts' hashes, written down, so rewording or translating an action never changes the id
 * that users' CF_Actions tables match on (test/unit/method/roadmap-ids.test.ts checks them). An
 * action whose words take a model or the other side has one hash per value.
 */
export const ACTION_HASHES = {
  sponsorship: "A6D8",
  trustSession: "AD20",
  trustScore: "B54B",
  writeInterests: "3F9E",
  reshapeObjectives: "95FA",
  theirGainFirst: "2C6C",
  checkBenefits: "9ACF",
  differenceScan: "2C71",
  cultureWorkshop: "5B74",
  traceResistance: "5ACF",
  mapDependencies: "AE6E",
  compareScores: "F2C4",
  agreeFacts: "5750",
  longTermAgreement: "4822",
  capacityCommitments: "619F",
  bufferStock: "F735",
  changeNotice: "C4D3",
  secondSource: "B361",
  preferredAccount: "96A4",
  fairTerms: "768B",
  shareForecasts: "45BD",
  testMarket: "2327",
  jointGovernance: "F09F",
  shareForecastsBothWays: "F431",
  compareOffers: "7146",
  keepAlternatives: "9796",
  recordAsIs: "E408",
  internalReflection: "A89F",
  monitorDelivery: "5D81",
  buildExit: "2949",
  scoreAgain: "8420",
  compareBaseline: "9C5A",
  /** By the other party's side. */
  jointWorkshop: { customer: "0A37", supplier: "D2E9" },
  /** By the model the action names. */
  firstContractSecure: {
    adversarial: "ED7D",
    transactional: "2F48",
    cooperative: "99F6",
    collaborative: "BA50",
    partnership: "7ED5",
  },
  firstContractSmall: {
    adversarial: "1F14",
    transactional: "D54F",
    cooperative: "5C3D",
    collaborative: "BEFB",
    partnership: "29D8",
  },
  widenScope: {
    adversarial: "E341",
    transactional: "C714",
    cooperative: "3207",
    collaborative: "5409",
    partnership: "CEAC",
  },
} as const satisfies Record<string, string | Partial<Record<ModelId | Perspective, string>>>;

type Hashes = typeof ACTION_HASHES;
/** An action without parameters. */
export type PlainActionKey = {
  [K in keyof Hashes]: Hashes[K] extends string ? K : never;
}[keyof Hashes];
/** An action whose words name a model. */
export type ModelActionKey = "firstContractSecure" | "firstContractSmall" | "widenScope";

/** Which action, with what its words need: the engine's roadmap is made of these, never of words. */
export type RoadmapActionRef =
  | { key: PlainActionKey }
  | { key: "jointWorkshop"; other: Perspective }
  | { key: ModelActionKey; model: ModelId }
  /** The model's n-th putInPlace entry (method data). */
  | { key: "putInPlace"; model: ModelId; index: number };

/** The frozen hash of an action's id. */
export function actionHash(ref: RoadmapActionRef): string {
  switch (ref.key) {
    case "putInPlace":
      return modelById(ref.model).putInPlace[ref.index].hash;
    case "jointWorkshop":
      return ACTION_HASHES.jointWorkshop[ref.other];
    case "firstContractSecure":
    case "firstContractSmall":
    case "widenScope":
      return ACTION_HASHES[ref.key][ref.model];
    default:
      return ACTION_HASHES[ref.key];
  }
}

export interface CatalogueEntry {
  /** Principle the actions come from. */
  principle: string;
  actions: readonly PlainActionKey[];
}

/** The actions for each gap (their words and each gap's signal: the catalogue's roadmap part). */
export const ACTION_CATALOGUE: Readonly<Record<GapKey, CatalogueEntry>> = {
  trust: { principle: "P5", actions: ["sponsorship", "trustSession", "trustScore"] },
  alignment: { principle: "P2", actions: ["writeInterests", "reshapeObjectives"] },
  mutuality: { principle: "P1", actions: ["theirGainFirst", "checkBenefits"] },
  differenceRisk: {
    principle: "P4",
    actions: ["differenceScan", "cultureWorkshop", "traceResistance"],
  },
  // Only what fits every position; the rest depends on who holds the power (POWER_ACTIONS).
  power: { principle: "P7", actions: ["mapDependencies"] },
  perception: { principle: "P2", actions: ["compareScores", "agreeFacts"] },
};

/** Where we stand in the balance of power, from our side. */
export type PowerPosition = "weaker" | "stronger" | "interdependent" | "independent" | "balanced";

export interface PowerAction {
  key: PlainActionKey;
  /** Needs leverage over the other party: never proposed where we are the weaker side. */
  needsLeverage: boolean;
}

/**
 * Actions by power position (METHOD.md "Roadmap"): where the other side holds the power, secure
 * supply and become a preferred account; where we do, fair terms and shared forecasts;
 * interdependence, joint governance.
 */
export const POWER_ACTIONS: Readonly<Record<PowerPosition, readonly PowerAction[]>> = {
  weaker: [
    { key: "longTermAgreement", needsLeverage: false },
    { key: "capacityCommitments", needsLeverage: false },
    { key: "bufferStock", needsLeverage: false },
    { key: "changeNotice", needsLeverage: false },
    { key: "secondSource", needsLeverage: false },
    { key: "preferredAccount", needsLeverage: false },
  ],
  stronger: [
    { key: "fairTerms", needsLeverage: true },
    { key: "shareForecasts", needsLeverage: false },
    { key: "testMarket", needsLeverage: true },
  ],
  interdependent: [
    { key: "jointGovernance", needsLeverage: false },
    { key: "shareForecastsBothWays", needsLeverage: false },
  ],
  independent: [{ key: "compareOffers", needsLeverage: true }],
  balanced: [{ key: "keepAlternatives", needsLeverage: false }],
};

/** Whether an action needs leverage over the other party, wherever it appears in the roadmap. */
export function needsLeverage(ref: RoadmapActionRef): boolean {
  if (ref.key === "putInPlace")
    return modelById(ref.model).putInPlace[ref.index].needsLeverage === true;
  return Object.values(POWER_ACTIONS).some((list) =>
    list.some((a) => a.key === ref.key && a.needsLeverage)
  );
}

/**
 * Our position: weaker when the other side dominates, or when we depend heavily on them without
 * interdependence (a sole source); stronger when we dominate.
 */
export function powerPosition(
  rec: Pick<Recommendation, "powerRegime" | "perspective" | "effective">
): PowerPosition {
  const { powerRegime: regime, perspective, effective: e } = rec;
  if (regime === "interdependence") return "interdependent";
  const theyDominate =
    (regime === "supplier-dominance" && perspective === "customer") ||
    (regime === "buyer-dominance" && perspective === "supplier");
  if (theyDominate || e.ourDependence >= THRESHOLDS.lockInDependenceMin) return "weaker";
  if (regime === "supplier-dominance" || regime === "buyer-dominance") return "stronger";
  if (regime === "independence") return "independent";
  return "balanced";
}

/** Which catalogue gaps the recommendation shows. */
export function detectGaps(rec: Recommendation): GapKey[] {
  const e = rec.effective;
  const gaps: GapKey[] = [];
  if (rec.trustGap > 0) gaps.push("trust");
  if (e.alignment < THRESHOLDS.capAlignmentBelow) gaps.push("alignment");
  if (e.mutuality < THRESHOLDS.capMutualityBelow) gaps.push("mutuality");
  if (e.differenceRisk >= THRESHOLDS.startDifferenceRiskMin) gaps.push("differenceRisk");
  if (rec.powerRegime !== "balanced" && rec.powerRegime !== "interdependence") gaps.push("power");
  if (rec.perceptionGaps.length > 0) gaps.push("perception");
  return gaps;
}

function parseIso(iso: string): [number, number, number] {
  const parsed = parseIsoDate(iso);
  if (parsed) return parsed;
  throw new Error(`Roadmap start date '${iso}' is not a valid date; expected ${ISO_DATE_HINT}`);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function toIso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** `iso` plus n calendar months; the day is clamped to the month's length (Jan 31 + 1 = Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parseIso(iso);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return toIso(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** `iso` plus n days (n may be negative). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = parseIso(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return toIso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export { todayIso } from "./today";

/** Months for the opening baseline workshop. */
export const BASELINE_MONTHS = 1;
/** Months between the end of the last phase and the yearly re-assessment. */
export const REASSESSMENT_MONTHS = 12;

/** Kept here too: callers of the engine find the months rule beside the roadmap. */
export { isMonthsPerStep };

/** A roadmap phase, by key (its words: core/texts/en/roadmap.ts `phases`). */
export type PhaseKey = "baseline" | "defence" | "exit" | "mvr" | "step" | "review";

/** What an action addresses: a gap, a topic of its phase, or a model (by id). */
export type RoadmapTopic = GapKey | "baseline" | "conflict" | "mvr" | "reassessment" | ModelId;

/** One planned action: its id (frozen hash, see ACTION_HASHES), which action, for what, by whom. */
export interface PlannedAction {
  id: string;
  action: RoadmapActionRef;
  addresses: RoadmapTopic;
  owner: RoadmapOwner;
}

/**
 * One phase of the roadmap as the engine plans it: keys, models and dates, no words. The edges
 * put it into words (core/texts/roadmap-words.ts `roadmapInWords`, which gives a RoadmapRow).
 */
export interface RoadmapPhase {
  phase: PhaseKey;
  /** Short stable code of the phase (BASE, MVR, STEP1.., DEF, EXIT, REVIEW). */
  code: string;
  /** Level step number (phase "step"). */
  step?: number;
  items: PlannedAction[];
  /** The gaps whose progress signals join the phase's KPI, in order. */
  signals: GapKey[];
  /** A dated milestone (start = end) rather than a period. */
  milestone?: boolean;
  fromModel: ModelId;
  toModel: ModelId;
  /** ISO dates (YYYY-MM-DD). */
  start: string;
  end: string;
  owner: RoadmapOwner;
  reviewCadence: ReviewCadence;
}

/**
 * The roadmap for a recommendation: its start and target model, with the catalogue actions for
 * the gaps it shows. Phases are back to back: each ends the day before the next starts. Monthly
 * reviews in the baseline, MVR and first level step; quarterly afterwards.
 */
export function planRoadmap(
  profile: Profile,
  rec: Recommendation,
  options: RoadmapOptions
): RoadmapPhase[] {
  return roadmapPhases(
    rec.startModel,
    rec.targetModel,
    profile.perspective,
    detectGaps(rec),
    options,
    powerPosition(rec)
  );
}

/**
 * The generic roadmap between two models when there are no scores: the same phases as
 * planRoadmap, without gap-specific actions. Throws when `from` is above `to`.
 */
export function planPathRoadmap(
  from: ModelId,
  to: ModelId,
  perspective: Perspective,
  options: RoadmapOptions
): RoadmapPhase[] {
  if (modelLevel(from) > modelLevel(to)) {
    throw new Error(
      `Roadmap from '${from}' to '${to}': the start model is above the target; a roadmap climbs from the start model up to the target`
    );
  }
  return roadmapPhases(from, to, perspective, [], options, "balanced");
}

function roadmapPhases(
  start: ModelId,
  target: ModelId,
  perspective: Perspective,
  gaps: readonly GapKey[],
  options: RoadmapOptions,
  position: PowerPosition
): RoadmapPhase[] {
  const months = options.monthsPerStep ?? THRESHOLDS.monthsPerStep;
  if (!isMonthsPerStep(months)) {
    throw new Error(
      `Roadmap monthsPerStep is ${String(months)}; allowed: a whole number from ${THRESHOLDS.minMonthsPerStep} to ${THRESHOLDS.maxMonthsPerStep}`
    );
  }
  parseIso(options.startDate);
  const rows: RoadmapPhase[] = [];
  // Boundaries are counted from the start date, so clamping (Jan 31 -> Feb 28) never drifts.
  let elapsed = 0;
  type Item = Omit<PlannedAction, "id">;
  type Phase = Omit<RoadmapPhase, "start" | "end" | "items"> & { items: Item[] };
  const push = (row: Phase, length: number) => {
    const begin = addMonths(options.startDate, elapsed);
    elapsed += length;
    rows.push({
      ...row,
      items: withIds(row.code, row.items),
      start: begin,
      end: addDays(addMonths(options.startDate, elapsed), -1),
    });
  };
  const item = (
    action: RoadmapActionRef,
    addresses: RoadmapTopic,
    owner: RoadmapOwner = "joint"
  ): Item => ({ action, addresses, owner });
  const from = (keys: GapKey[], owner: RoadmapOwner): Item[] =>
    keys
      .filter((k) => gaps.includes(k))
      .flatMap((k) => ACTION_CATALOGUE[k].actions.map((key) => item({ key }, k, owner)));
  const signals = (keys: GapKey[]) => keys.filter((k) => gaps.includes(k));
  const powerItems = (): Item[] =>
    gaps.includes("power") || position === "weaker" || position === "interdependent"
      ? POWER_ACTIONS[position].map((a) => item({ key: a.key }, "power", "us"))
      : [];
  const other = perspective === "customer" ? "supplier" : "customer";
  // What a model puts in place, less what needs leverage we lack.
  const putInPlace = (model: ModelId): RoadmapActionRef[] =>
    modelById(model)
      .putInPlace.map((_, index) => ({ key: "putInPlace" as const, model, index }))
      .filter((ref) => position !== "weaker" || !needsLeverage(ref));

  push(
    {
      phase: "baseline",
      code: "BASE",
      fromModel: start,
      toModel: start,
      items: [
        item({ key: "recordAsIs" }, "baseline", "us"),
        item({ key: "internalReflection" }, "alignment", "us"),
        item({ key: "jointWorkshop", other }, "alignment"),
        ...from(["alignment", "mutuality", "perception"], "joint"),
      ],
      signals: signals(["alignment", "mutuality", "perception"]),
      owner: "joint",
      reviewCadence: "monthly",
    },
    BASELINE_MONTHS
  );

  if (target === "adversarial") {
    push(
      {
        phase: "defence",
        code: "DEF",
        fromModel: "adversarial",
        toModel: "adversarial",
        items: [
          ...modelById("adversarial").putInPlace.map((_, index) =>
            item({ key: "putInPlace", model: "adversarial", index }, "conflict", "us")
          ),
          ...from(["power"], "us"),
          ...powerItems(),
          ...from(["trust"], "us"),
        ],
        signals: [],
        owner: "us",
        reviewCadence: "monthly",
      },
      months
    );
    push(
      {
        phase: "exit",
        code: "EXIT",
        fromModel: "adversarial",
        toModel: "adversarial",
        items: [
          item({ key: "monitorDelivery" }, "conflict", "us"),
          item({ key: "buildExit" }, "power", "us"),
        ],
        signals: [],
        owner: "us",
        reviewCadence: "quarterly",
      },
      months
    );
  } else {
    // Choosing a small scope needs the freedom to place the rest elsewhere; the weaker side
    // instead secures the commitments it depends on.
    const firstContract =
      position === "weaker"
        ? item({ key: "firstContractSecure", model: start }, "power")
        : item({ key: "firstContractSmall", model: start }, "mvr");
    push(
      {
        phase: "mvr",
        code: "MVR",
        fromModel: start,
        toModel: start,
        items: [
          firstContract,
          ...putInPlace(start).map((ref) => item(ref, start)),
          ...from(["trust", "differenceRisk"], "joint"),
          ...from(["power"], "us"),
          ...powerItems(),
        ],
        signals: signals(["trust", "differenceRisk", "power"]),
        owner: "joint",
        reviewCadence: "monthly",
      },
      months
    );
    const startLevel = modelLevel(start);
    const targetLevel = modelLevel(target);
    for (let level = startLevel; level < targetLevel; level++) {
      const a: ModelId = modelAtLevel(level);
      const b: ModelId = modelAtLevel(level + 1);
      const step = level - startLevel + 1;
      push(
        {
          phase: "step",
          code: `STEP${step}`,
          step,
          fromModel: a,
          toModel: b,
          items: [
            item({ key: "widenScope", model: b }, b),
            ...putInPlace(b).map((ref) => item(ref, b)),
            ...(gaps.includes("trust")
              ? ACTION_CATALOGUE.trust.actions.slice(2).map((key) => item({ key }, "trust"))
              : []),
          ],
          signals: [],
          owner: "joint",
          reviewCadence: level === startLevel ? "monthly" : "quarterly",
        },
        months
      );
    }
  }
  // The re-assessment is a dated milestone: a year after the start, or when the last phase ends
  // if that is later.
  const lastEnd = addMonths(options.startDate, elapsed);
  const yearly = addMonths(options.startDate, REASSESSMENT_MONTHS);
  const due = lastEnd > yearly ? lastEnd : yearly;
  rows.push({
    phase: "review",
    code: "REVIEW",
    milestone: true,
    fromModel: target,
    toModel: target,
    items: withIds("REVIEW", [
      item({ key: "scoreAgain" }, "reassessment"),
      item({ key: "compareBaseline" }, "reassessment"),
    ]),
    signals: [],
    owner: "joint",
    reviewCadence: "yearly",
    start: due,
    end: due,
  });
  return rows;
}

/** The same action (same key and parameters). */
function sameAction(a: RoadmapActionRef, b: RoadmapActionRef): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Ids from the phase code and the action's frozen hash, so an action keeps its id when others come
 * and go, and when its words change.
 */
function withIds(code: string, items: ReadonlyArray<Omit<PlannedAction, "id">>): PlannedAction[] {
  const seen = new Set<string>();
  const out: PlannedAction[] = [];
  for (const i of items) {
    const hash = actionHash(i.action);
    let id = `${code}-${hash}`;
    for (let n = 2; seen.has(id); n++) id = `${code}-${hash}-${n}`;
    if (out.some((o) => sameAction(o.action, i.action))) continue; // the same action twice in a phase: once
    seen.add(id);
    out.push({ id, ...i });
  }
  return out;
}

/**
 * A roadmap as a table: the keys of the columns shared by the Roadmap sheet and COLLAB.ROADMAP, in
 * order. Their headers are words (the catalogue's roadmap part, `columns`), added at the edges.
 * Start and End hold dates; each table writes them its own way (see roadmapCells).
 */
export const ROADMAP_COLUMNS = [
  "phase",
  "from",
  "to",
  "start",
  "end",
  "entryCriteria",
  "actions",
  "kpi",
  "owner",
  "review",
  "exitTrigger",
] as const;
export type RoadmapColumn = (typeof ROADMAP_COLUMNS)[number];
