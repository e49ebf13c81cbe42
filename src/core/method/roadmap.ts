/**
 * Step 4: the roadmap from the start model (Minimal Viable Relationship) to the target.
 * Rows: baseline workshop, MVR + MVC, one phase per level step, a closing re-assessment; an
 * adversarial target gets a defence plan instead of level steps. Dates are ISO strings in UTC.
 */
import { daysInMonth, isMonthsPerStep, ISO_DATE_HINT, parseIsoDate } from "../input";
import { MODELS, THRESHOLDS, modelById, modelLevel, modelAtLevel } from "./method";
import type {
  ModelId,
  Perspective,
  Profile,
  Recommendation,
  RoadmapAction,
  RoadmapOptions,
  RoadmapOwner,
  RoadmapRow,
} from "./types";

/** The gaps an action can be keyed by. */
export type GapKey =
  "trust" | "alignment" | "mutuality" | "differenceRisk" | "power" | "perception";

export interface CatalogueEntry {
  /** Principle the actions come from. */
  principle: string;
  actions: string[];
  /** How progress on this gap shows. */
  signal: string;
}

export const ACTION_CATALOGUE: Readonly<Record<GapKey, CatalogueEntry>> = {
  trust: {
    principle: "P5",
    actions: [
      "Secure stronger sponsorship for the relationship on both sides",
      "Hold a session on what builds and what damages trust, with real cases",
      "Score trust jointly every review and act on the lowest item",
    ],
    signal: "Trust score rising towards the level the next model needs",
  },
  alignment: {
    principle: "P2",
    actions: [
      "Write down each side's interests and objectives and check where they clash",
      "Reshape objectives that conflict (e.g. usage-based pricing instead of a flat cut)",
    ],
    signal: "Objectives both sides sign off; fewer decisions blocked by clashing goals",
  },
  mutuality: {
    principle: "P1",
    actions: [
      "Start from what the other party needs to gain, then balance it with our own needs",
      "Check at each review whether both sides' benefits are actually delivered",
    ],
    signal: "Each side can name and confirm the benefit it gets",
  },
  differenceRisk: {
    principle: "P4",
    actions: [
      "Run a difference scan on culture, structure and processes early",
      "Hold a workshop on culture and working styles with both teams",
      "Trace resistance to its causes and settle the objections that are justified",
    ],
    signal: "Escalations caused by differences in culture or process go down",
  },
  power: {
    principle: "P7",
    // Only what fits every position; the rest depends on who holds the power (POWER_ACTIONS).
    actions: ["Map dependencies and the balance of power on both sides"],
    signal: "Dependency position known and deliberately managed",
  },
  perception: {
    principle: "P2",
    actions: [
      "Compare both sides' scores item by item in a joint session",
      "Agree the facts behind each large difference before the next review",
    ],
    signal: "Perception gaps narrowed below the flag level",
  },
};

/** Where we stand in the balance of power, from our side. */
export type PowerPosition = "weaker" | "stronger" | "interdependent" | "independent" | "balanced";

export interface PowerAction {
  text: string;
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
    { text: "Agree a long-term agreement that secures supply and capacity", needsLeverage: false },
    { text: "Ask for capacity or allocation commitments for our volumes", needsLeverage: false },
    { text: "Build buffer stock to cover the longest likely disruption", needsLeverage: false },
    { text: "Agree advance notice of end-of-life and product changes", needsLeverage: false },
    { text: "Start qualifying a second source to reduce our dependence", needsLeverage: false },
    {
      text: "Become a preferred account: be easy to work with, pay on time and share plans early",
      needsLeverage: false,
    },
  ],
  stronger: [
    {
      text: "Agree fair terms, since we are the stronger side, so the other party stays motivated",
      needsLeverage: true,
    },
    { text: "Share forecasts so the other party can plan", needsLeverage: false },
    { text: "Test the market at contract renewal to keep prices fair", needsLeverage: true },
  ],
  interdependent: [
    {
      text: "Set up joint governance: a steering group with sponsors from both sides",
      needsLeverage: false,
    },
    { text: "Share forecasts and plans both ways", needsLeverage: false },
  ],
  independent: [
    { text: "Keep alternatives open and compare offers at renewal", needsLeverage: true },
  ],
  balanced: [
    { text: "Keep alternatives open where we are the dependent side", needsLeverage: false },
  ],
};

/** What a model puts in place that only works with leverage (METHOD.md: competitive sourcing). */
const MODEL_LEVERAGE_ACTIONS: readonly string[] = ["Competitive sourcing"];

/** Actions that need leverage over the other party, wherever they appear in the roadmap. */
export const LEVERAGE_ACTIONS: readonly string[] = [
  ...MODEL_LEVERAGE_ACTIONS,
  ...Object.values(POWER_ACTIONS)
    .flat()
    .filter((a) => a.needsLeverage)
    .map((a) => a.text),
];

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

/**
 * The roadmap for a recommendation: its start and target model, with the catalogue actions for
 * the gaps it shows. Phases are back to back: each ends the day before the next starts. Monthly
 * reviews in the baseline, MVR and first level step; quarterly afterwards.
 */
export function buildRoadmap(
  profile: Profile,
  rec: Recommendation,
  options: RoadmapOptions
): RoadmapRow[] {
  return roadmapRows(
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
 * buildRoadmap, without gap-specific actions. Throws when `from` is above `to`.
 */
export function buildPathRoadmap(
  from: ModelId,
  to: ModelId,
  perspective: Perspective,
  options: RoadmapOptions
): RoadmapRow[] {
  if (modelLevel(from) > modelLevel(to)) {
    throw new Error(
      `Roadmap from '${from}' to '${to}': the start model is above the target; a roadmap climbs from the start model up to the target`
    );
  }
  return roadmapRows(from, to, perspective, [], options, "balanced");
}

function roadmapRows(
  start: ModelId,
  target: ModelId,
  perspective: Perspective,
  gaps: readonly GapKey[],
  options: RoadmapOptions,
  position: PowerPosition
): RoadmapRow[] {
  const months = options.monthsPerStep ?? THRESHOLDS.monthsPerStep;
  if (!isMonthsPerStep(months)) {
    throw new Error(
      `Roadmap monthsPerStep is ${String(months)}; allowed: a whole number from ${THRESHOLDS.minMonthsPerStep} to ${THRESHOLDS.maxMonthsPerStep}`
    );
  }
  parseIso(options.startDate);
  const rows: RoadmapRow[] = [];
  // Boundaries are counted from the start date, so clamping (Jan 31 -> Feb 28) never drifts.
  let elapsed = 0;
  type Item = Omit<RoadmapAction, "id">;
  type Phase = Omit<RoadmapRow, "start" | "end" | "actions" | "items"> & { items: Item[] };
  const push = (row: Phase, length: number) => {
    const begin = addMonths(options.startDate, elapsed);
    elapsed += length;
    const items = withIds(row.code, row.items);
    rows.push({
      ...row,
      items,
      actions: items.map((i) => i.text),
      start: begin,
      end: addDays(addMonths(options.startDate, elapsed), -1),
    });
  };
  const from = (keys: GapKey[], owner: RoadmapOwner): Item[] =>
    keys
      .filter((k) => gaps.includes(k))
      .flatMap((k) =>
        ACTION_CATALOGUE[k].actions.map((text) => ({ text, addresses: GAP_LABELS[k], owner }))
      );
  const signals = (keys: GapKey[]) =>
    keys.filter((k) => gaps.includes(k)).map((k) => ACTION_CATALOGUE[k].signal);
  const powerItems = (): Item[] =>
    gaps.includes("power") || position === "weaker" || position === "interdependent"
      ? POWER_ACTIONS[position].map((a) => ({
          text: a.text,
          addresses: GAP_LABELS.power,
          owner: "us" as const,
        }))
      : [];
  const other = perspective === "customer" ? "supplier" : "customer";
  // What a model puts in place, less what needs leverage we lack.
  const putInPlace = (level: number) =>
    MODELS[level].putInPlace.filter(
      (t) => position !== "weaker" || !MODEL_LEVERAGE_ACTIONS.includes(t)
    );
  const item = (text: string, addresses: string, owner: RoadmapOwner = "joint"): Item => ({
    text,
    addresses,
    owner,
  });

  push(
    {
      phase: "Baseline and alignment workshop",
      code: "BASE",
      fromModel: start,
      toModel: start,
      entryCriteria: "Assessment scored by us (and by the other party where possible)",
      items: [
        item("Record the as-is situation of the relationship", "Baseline", "us"),
        item(
          "Hold an internal reflection session on our own interests and objectives",
          GAP_LABELS.alignment,
          "us"
        ),
        item(
          `Hold a joint workshop with the ${other} on both sides' interests and objectives`,
          GAP_LABELS.alignment
        ),
        ...from(["alignment", "mutuality", "perception"], "joint"),
      ],
      kpi: [
        "Interests and objectives of both sides written down and shared",
        ...signals(["alignment", "mutuality", "perception"]),
      ].join("; "),
      owner: "joint",
      reviewCadence: "monthly",
      exitTrigger:
        "Both sides confirm the baseline; escalate to sponsors if objectives stay in conflict",
    },
    BASELINE_MONTHS
  );

  if (target === "adversarial") {
    const defence = MODELS[modelLevel("adversarial")].putInPlace;
    push(
      {
        phase: "Defence plan",
        code: "DEF",
        fromModel: "adversarial",
        toModel: "adversarial",
        entryCriteria: "Conflicting interests confirmed and no short-term way out",
        items: [
          ...defence.map((t) => item(t, "Conflicting interests", "us")),
          ...from(["power"], "us"),
          ...powerItems(),
          ...from(["trust"], "us"),
        ],
        kpi: "Contract terms enforced; deviations caught and settled under the contract",
        owner: "us",
        reviewCadence: "monthly",
        exitTrigger: "An alternative party becomes viable, or the other party's interests change",
      },
      months
    );
    push(
      {
        phase: "Controlled delivery and exit preparation",
        code: "EXIT",
        fromModel: "adversarial",
        toModel: "adversarial",
        entryCriteria: "Defence plan in place",
        items: [
          item(
            "Monitor delivery against the contract and keep an evidence trail",
            "Conflicting interests",
            "us"
          ),
          item(
            "Build the exit or dual-sourcing option until it can be used",
            GAP_LABELS.power,
            "us"
          ),
        ],
        kpi: "Exit or second source ready within the planned time",
        owner: "us",
        reviewCadence: "quarterly",
        exitTrigger: "Exit option ready: decide to switch, or re-assess the relationship",
      },
      months
    );
  } else {
    const startName = MODELS[modelLevel(start)].name;
    // Choosing a small scope needs the freedom to place the rest elsewhere; the weaker side
    // instead secures the commitments it depends on.
    const firstContract =
      position === "weaker"
        ? item(
            `Agree a first contract as ${startName} that secures the commitments we depend on (supply, lead times, change notice)`,
            GAP_LABELS.power
          )
        : item(
            `Contract a small, low-risk scope that both sides can certainly deliver as ${startName}`,
            "Minimal Viable Relationship"
          );
    push(
      {
        phase: "Minimal Viable Relationship + Minimal Viable Contract",
        code: "MVR",
        fromModel: start,
        toModel: start,
        entryCriteria: "Baseline agreed by both sides",
        items: [
          firstContract,
          ...putInPlace(modelLevel(start)).map((t) => item(t, startName)),
          ...from(["trust", "differenceRisk"], "joint"),
          ...from(["power"], "us"),
          ...powerItems(),
        ],
        kpi: [
          "Agreed deliveries met on time and quality",
          ...signals(["trust", "differenceRisk", "power"]),
        ].join("; "),
        owner: "joint",
        reviewCadence: "monthly",
        exitTrigger:
          "Commitments met for the whole phase; escalate to sponsors after a missed commitment",
      },
      months
    );
    const startLevel = modelLevel(start);
    const targetLevel = modelLevel(target);
    for (let level = startLevel; level < targetLevel; level++) {
      const a: ModelId = modelAtLevel(level);
      const b: ModelId = modelAtLevel(level + 1);
      const nextModel = MODELS[level + 1];
      const step = level - startLevel + 1;
      push(
        {
          phase: `Step ${step}: ${MODELS[level].name} to ${nextModel.name}`,
          code: `STEP${step}`,
          fromModel: a,
          toModel: b,
          entryCriteria: `Previous phase completed; trust at least ${MODELS[level].requiredTrust}`,
          items: [
            item(`Widen the scope step by step towards ${nextModel.name}`, nextModel.name),
            ...putInPlace(level + 1).map((t) => item(t, nextModel.name)),
            ...(gaps.includes("trust")
              ? ACTION_CATALOGUE.trust.actions.slice(2).map((t) => item(t, GAP_LABELS.trust))
              : []),
          ],
          kpi: `Trust score at least ${nextModel.requiredTrust}; shared results delivered as agreed`,
          owner: "joint",
          reviewCadence: level === startLevel ? "monthly" : "quarterly",
          exitTrigger: `Trust at least ${nextModel.requiredTrust} at two reviews in a row; fall back to ${MODELS[level].name} after a breach of trust`,
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
  const review: Phase = {
    phase: "Re-assessment",
    code: "REVIEW",
    milestone: true,
    fromModel: target,
    toModel: target,
    entryCriteria: "Yearly, and after any major incident",
    items: [
      item("Score the assessment again on both sides", "Re-assessment"),
      item("Compare with the baseline and adjust the model and the roadmap", "Re-assessment"),
    ],
    kpi: "Scores compared with the baseline; model confirmed or changed",
    owner: "joint",
    reviewCadence: "yearly",
    exitTrigger: "A major incident or changed circumstances trigger an earlier re-assessment",
  };
  const reviewItems = withIds(review.code, review.items);
  rows.push({
    ...review,
    items: reviewItems,
    actions: reviewItems.map((i) => i.text),
    start: due,
    end: due,
  });
  return rows;
}

/** What each catalogue gap is called where a reader sees it. */
export const GAP_LABELS: Readonly<Record<GapKey, string>> = {
  trust: "Trust",
  alignment: "Alignment of interests",
  mutuality: "Mutuality",
  differenceRisk: "Difference risk",
  power: "Balance of power",
  perception: "Perception gaps",
};

/** A short hash of a text (FNV-1a, 16 bits as 4 hex digits): the same text, the same id. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return ((h ^ (h >>> 16)) & 0xffff).toString(16).toUpperCase().padStart(4, "0");
}

/** Ids from the phase code and the text, so an action keeps its id when others come and go. */
function withIds(code: string, items: ReadonlyArray<Omit<RoadmapAction, "id">>): RoadmapAction[] {
  const seen = new Set<string>();
  const out: RoadmapAction[] = [];
  for (const i of items) {
    let id = `${code}-${shortHash(i.text)}`;
    for (let n = 2; seen.has(id); n++) id = `${code}-${shortHash(i.text)}-${n}`;
    if (out.some((o) => o.text === i.text)) continue; // the same action twice in a phase: once
    seen.add(id);
    out.push({ id, ...i });
  }
  return out;
}

/**
 * A roadmap as a table: the columns shared by the Roadmap sheet and COLLAB.ROADMAP, in order.
 * Start and End hold dates; each table writes them its own way (see roadmapCells).
 */
export const ROADMAP_COLUMNS = [
  "Phase",
  "From",
  "To",
  "Start",
  "End",
  "Entry criteria",
  "Actions",
  "KPI / trust signal",
  "Owner",
  "Review",
  "Exit or escalation trigger",
] as const;

/** A roadmap row's cells in ROADMAP_COLUMNS order; `date` turns the ISO start and end into cells. */
export function roadmapCells<D>(r: RoadmapRow, date: (iso: string) => D): Array<string | D> {
  return [
    r.phase,
    modelById(r.fromModel).name,
    modelById(r.toModel).name,
    date(r.start),
    date(r.end),
    r.entryCriteria,
    r.actions.join("; "),
    r.kpi,
    r.owner,
    r.reviewCadence,
    r.exitTrigger,
  ];
}
