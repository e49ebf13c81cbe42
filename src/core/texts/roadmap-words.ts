/**
 * The roadmap in words: the engine plans phases and actions by key (core/method/roadmap.ts); here
 * they get their titles, criteria and action texts in the active language. `buildRoadmap` and
 * `buildPathRoadmap` are the engine's plans in words, the rows every surface shows and stores.
 */
import {
  MODEL_IDS,
  ROADMAP_COLUMNS,
  modelById,
  planPathRoadmap,
  planRoadmap,
  type ModelId,
  type Perspective,
  type Profile,
  type Recommendation,
  type RoadmapActionRef,
  type RoadmapOptions,
  type RoadmapPhase,
  type RoadmapRow,
  type RoadmapTopic,
} from "../method";
import { modelName, putInPlaceTexts } from "./method-words";
import { roadmapTexts } from "./parts/roadmap";

/** One action as an instruction. */
export function roadmapActionText(ref: RoadmapActionRef): string {
  const a = roadmapTexts().actions;
  switch (ref.key) {
    case "putInPlace":
      return putInPlaceTexts(ref.model)[ref.index];
    case "jointWorkshop":
      return a.jointWorkshop[ref.other];
    case "firstContractSecure":
    case "firstContractSmall":
    case "widenScope":
      return a[ref.key](modelName(ref.model));
    default:
      return a[ref.key];
  }
}

const isModel = (t: string): t is ModelId => (MODEL_IDS as readonly string[]).includes(t);

/** What an action addresses, in plain words (a gap, a topic, or a model's name). */
export function topicText(topic: RoadmapTopic): string {
  return isModel(topic) ? modelName(topic) : roadmapTexts().topics[topic];
}

/** A phase's title, entry criteria, KPI (with the signals of its gaps) and exit trigger. */
function phaseWords(p: RoadmapPhase) {
  const t = roadmapTexts();
  const withSignals = (kpi: string) => p.signals.reduce((k, g) => t.kpiMore(k, t.signals[g]), kpi);
  if (p.phase === "step") {
    const from = modelById(p.fromModel);
    const to = String(modelById(p.toModel).requiredTrust);
    return {
      phase: t.phases.step(String(p.step), modelName(p.fromModel), modelName(p.toModel)),
      entryCriteria: t.entryCriteria.step(String(from.requiredTrust)),
      kpi: withSignals(t.kpi.step(to)),
      exitTrigger: t.exitTrigger.step(to, modelName(p.fromModel)),
    };
  }
  return {
    phase: t.phases[p.phase],
    entryCriteria: t.entryCriteria[p.phase],
    kpi: withSignals(t.kpi[p.phase]),
    exitTrigger: t.exitTrigger[p.phase],
  };
}

/** The engine's phases in words: the rows the Roadmap sheet, CF_Actions, the pane and the CLI show. */
export function roadmapInWords(phases: readonly RoadmapPhase[]): RoadmapRow[] {
  return phases.map((p) => {
    const w = phaseWords(p);
    const items = p.items.map((i) => ({
      id: i.id,
      text: roadmapActionText(i.action),
      addresses: topicText(i.addresses),
      owner: i.owner,
    }));
    // Same keys in the same order as before the words moved out, so JSON output is unchanged.
    return {
      phase: w.phase,
      code: p.code,
      ...(p.milestone ? { milestone: p.milestone } : {}),
      fromModel: p.fromModel,
      toModel: p.toModel,
      entryCriteria: w.entryCriteria,
      items,
      kpi: w.kpi,
      owner: p.owner,
      reviewCadence: p.reviewCadence,
      exitTrigger: w.exitTrigger,
      actions: items.map((i) => i.text),
      start: p.start,
      end: p.end,
    };
  });
}

/** The roadmap for a recommendation, in words (core/method `planRoadmap`). */
export function buildRoadmap(
  profile: Profile,
  rec: Recommendation,
  options: RoadmapOptions
): RoadmapRow[] {
  return roadmapInWords(planRoadmap(profile, rec, options));
}

/** The generic roadmap between two models, in words (core/method `planPathRoadmap`). */
export function buildPathRoadmap(
  from: ModelId,
  to: ModelId,
  perspective: Perspective,
  options: RoadmapOptions
): RoadmapRow[] {
  return roadmapInWords(planPathRoadmap(from, to, perspective, options));
}

/** The roadmap table's headers (ROADMAP_COLUMNS) in the active language: CF_Roadmap, COLLAB.ROADMAP. */
export function roadmapHeaders(): string[] {
  const columns = roadmapTexts().columns;
  return ROADMAP_COLUMNS.map((k) => columns[k]);
}

/** A roadmap row's cells in ROADMAP_COLUMNS order; `date` turns the ISO start and end into cells. */
export function roadmapCells<D>(r: RoadmapRow, date: (iso: string) => D): Array<string | D> {
  return [
    r.phase,
    modelName(r.fromModel),
    modelName(r.toModel),
    date(r.start),
    date(r.end),
    r.entryCriteria,
    r.actions.join("; "),
    r.kpi,
    roadmapTexts().owners[r.owner],
    roadmapTexts().reviewCadences[r.reviewCadence],
    r.exitTrigger,
  ];
}
