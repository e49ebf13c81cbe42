/**
 * Step 4: the roadmap from the start model (Minimal Viable Relationship) to the target.
 * Rows: baseline workshop, MVR + MVC, one phase per level step, a closing re-assessment; an
 * adversarial target gets a defence plan instead of level steps. Dates are ISO strings in UTC.
 */
import { MODELS, THRESHOLDS, modelById, modelLevel, modelAtLevel } from "./method";
import type {
  ModelId,
  Perspective,
  Profile,
  Recommendation,
  RoadmapOptions,
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
    actions: [
      "Map dependencies and the balance of power on both sides",
      "Keep alternatives open where we are the dependent side",
      "Agree fair terms where we are the stronger side, so the other party stays motivated",
    ],
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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIso(iso: string): [number, number, number] {
  const m = ISO_DATE.exec(iso);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) return [y, mo, d];
  }
  throw new Error(
    `Roadmap start date '${iso}' is not a valid date; expected YYYY-MM-DD, e.g. 2026-01-15`
  );
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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

/** Whether `months` is allowed as months per level step: a whole number in THRESHOLDS' range. */
export function isMonthsPerStep(months: number): boolean {
  return (
    Number.isInteger(months) &&
    months >= THRESHOLDS.minMonthsPerStep &&
    months <= THRESHOLDS.maxMonthsPerStep
  );
}

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
    options
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
  return roadmapRows(from, to, perspective, [], options);
}

function roadmapRows(
  start: ModelId,
  target: ModelId,
  perspective: Perspective,
  gaps: readonly GapKey[],
  options: RoadmapOptions
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
  const push = (row: Omit<RoadmapRow, "start" | "end">, length: number) => {
    const begin = addMonths(options.startDate, elapsed);
    elapsed += length;
    rows.push({ ...row, start: begin, end: addDays(addMonths(options.startDate, elapsed), -1) });
  };
  const from = (keys: GapKey[]) =>
    keys.filter((k) => gaps.includes(k)).flatMap((k) => ACTION_CATALOGUE[k].actions);
  const signals = (keys: GapKey[]) =>
    keys.filter((k) => gaps.includes(k)).map((k) => ACTION_CATALOGUE[k].signal);
  const other = perspective === "customer" ? "supplier" : "customer";

  push(
    {
      phase: "Baseline and alignment workshop",
      fromModel: start,
      toModel: start,
      entryCriteria: "Assessment scored by us (and by the other party where possible)",
      actions: [
        "Record the as-is situation of the relationship",
        "Hold an internal reflection session on our own interests and objectives",
        `Hold a joint workshop with the ${other} on both sides' interests and objectives`,
        ...from(["alignment", "mutuality", "perception"]),
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
        fromModel: "adversarial",
        toModel: "adversarial",
        entryCriteria: "Conflicting interests confirmed and no short-term way out",
        actions: [...defence, ...from(["power", "trust"])],
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
        fromModel: "adversarial",
        toModel: "adversarial",
        entryCriteria: "Defence plan in place",
        actions: [
          "Monitor delivery against the contract and keep an evidence trail",
          "Build the exit or dual-sourcing option until it can be used",
        ],
        kpi: "Exit or second source ready within the planned time",
        owner: "us",
        reviewCadence: "quarterly",
        exitTrigger: "Exit option ready: decide to switch, or re-assess the relationship",
      },
      months
    );
  } else {
    push(
      {
        phase: "Minimal Viable Relationship + Minimal Viable Contract",
        fromModel: start,
        toModel: start,
        entryCriteria: "Baseline agreed by both sides",
        actions: [
          `Contract a small, low-risk scope that both sides can certainly deliver as ${MODELS[modelLevel(start)].name}`,
          ...MODELS[modelLevel(start)].putInPlace,
          ...from(["trust", "differenceRisk", "power"]),
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
      push(
        {
          phase: `Step ${level - startLevel + 1}: ${MODELS[level].name} to ${nextModel.name}`,
          fromModel: a,
          toModel: b,
          entryCriteria: `Previous phase completed; trust at least ${MODELS[level].requiredTrust}`,
          actions: [
            `Widen the scope step by step towards ${nextModel.name}`,
            ...nextModel.putInPlace,
            ...(gaps.includes("trust") ? ACTION_CATALOGUE.trust.actions.slice(2) : []),
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
  push(
    {
      phase: "Re-assessment",
      fromModel: target,
      toModel: target,
      entryCriteria: "Yearly, and after any major incident",
      actions: [
        "Score the assessment again on both sides",
        "Compare with the baseline and adjust the model and the roadmap",
      ],
      kpi: "Scores compared with the baseline; model confirmed or changed",
      owner: "joint",
      reviewCadence: "yearly",
      exitTrigger: "A major incident or changed circumstances trigger an earlier re-assessment",
    },
    REASSESSMENT_MONTHS
  );
  return rows;
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
