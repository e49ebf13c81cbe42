/**
 * The pane's state and every change to it, as typed events through one reducer. The hook in
 * use-pane.ts runs the workbook actions and dispatches what they found; the reducer decides what
 * the pane then shows (a pure function, tested event by event).
 */
import type { ImportReport, PerceptionSummary } from "../core/exchange";
import { THRESHOLDS, todayIso } from "../core/method";
import type {
  ItemAnswers,
  Profile,
  Recommendation,
  RoadmapRow,
  Side,
  WhatIfHint,
} from "../core/method/types";
import { paneTexts } from "../core/texts/parts/pane";
import type { PaneMessage } from "./errors";
import type { PaneMeta, ScoreRead } from "./workbook-port";

export interface PaneResult {
  profile: Profile;
  recommendation: Recommendation;
  hints: WhatIfHint[];
  roadmap: RoadmapRow[];
  notes: string[];
}

export interface RoadmapSettings {
  startDate: string;
  monthsPerStep: number;
}

/** What the last import brought in, and where the two views differ most. */
export interface ExchangeOutcome {
  fileName: string;
  report: ImportReport;
  summary: PerceptionSummary;
  topics: string[];
}

/** How many gaps the pane offers as workshop topics. */
export const WORKSHOP_TOPIC_LIMIT = 5;

export const EMPTY_READ: ScoreRead = { us: {}, them: {}, problems: [] };

export interface PaneState {
  meta: PaneMeta | null;
  read: ScoreRead;
  result: PaneResult | null;
  roadmapSettings: RoadmapSettings;
  busy: string | null;
  error: PaneMessage | null;
  notice: string | null;
  /** The reference of the last questionnaire prepared in this session. */
  questionnaireId: string | null;
  exchange: ExchangeOutcome | null;
  /** Scores changed after the shown results were computed: they no longer match the sheets. */
  resultStale: boolean;
  /** The Results sheet lacks its live COLLAB.* formulas (a file written outside Excel). */
  liveOff?: boolean;
}

/** How a prepared file reached the user: opened by Excel, or offered as a download. */
export type Delivery = { delivered: "opened" } | { delivered: "download"; fileName: string };

export type PaneEvent =
  /** An action began: its label shows, the last message goes. */
  | { type: "actionStarted"; label: string }
  | { type: "progress"; message: string }
  | { type: "actionEnded" }
  | { type: "failed"; error: PaneMessage }
  | { type: "errorDismissed" }
  | { type: "noticeDismissed" }
  | { type: "noticeShown"; notice: string }
  /** Start-up found a Results sheet without its live formulas. */
  | { type: "liveOffFound" }
  /** Sheets created here; `saved` names the previous assessment's download, if any. */
  | { type: "sheetsCreated"; meta: PaneMeta; saved: string | null }
  /** Excel opened the new assessment in a workbook of its own: this pane keeps its own. */
  | { type: "createdElsewhere" }
  | { type: "assessmentOpened"; meta: PaneMeta; read: ScoreRead; liveOff: boolean }
  | { type: "scoresRead"; read: ScoreRead }
  | { type: "scoreChosen"; itemId: string; side: Side; score: number | null }
  | { type: "resultsUpdated"; result: PaneResult }
  | { type: "liveFormulasOn" }
  | { type: "roadmapRegenerated"; settings: RoadmapSettings; roadmap: RoadmapRow[] }
  | ({ type: "questionnairePrepared"; them: string; assessmentId: string } & Delivery)
  | ({ type: "jointSummaryPrepared"; them: string } & Delivery)
  | { type: "answersImported"; them: string; read: ScoreRead; exchange: ExchangeOutcome };

export function initialPaneState(): PaneState {
  return {
    meta: null,
    read: EMPTY_READ,
    result: null,
    roadmapSettings: { startDate: todayIso(), monthsPerStep: THRESHOLDS.monthsPerStep },
    busy: null,
    error: null,
    notice: null,
    questionnaireId: null,
    exchange: null,
    resultStale: false,
  };
}

type Engine = typeof import("./engine");
/** Set once the engine chunk is here (the reducer needs it synchronously, only after an import). */
let engine: Engine | null = null;

/** The engine's recommendation, roadmap and gap code: fetched on first use, not with the first view. */
export const loadEngine = (): Promise<Engine> =>
  import(/* webpackChunkName: "engine", webpackPrefetch: true */ "./engine").then(
    (loaded) => (engine = loaded)
  );

function sameAnswers(a: ItemAnswers, b: ItemAnswers): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? null) !== (b[key] ?? null)) return false;
  return true;
}

function sameScores(a: ScoreRead, b: ScoreRead): boolean {
  return (
    sameAnswers(a.us, b.us) &&
    sameAnswers(a.them, b.them) &&
    sameAnswers(a.weights ?? {}, b.weights ?? {}) &&
    a.itemSetVersion === b.itemSetVersion
  );
}

/** The perception gaps and workshop topics of `read` (the engine must be loaded). */
export function exchangeFor(
  loaded: Engine,
  read: ScoreRead,
  meta: PaneMeta
): Pick<ExchangeOutcome, "summary" | "topics"> {
  const items = loaded.readItems(read);
  const summary = loaded.perceptionSummary(read, meta.perspective, items);
  return { summary, topics: loaded.workshopTopics(summary, WORKSHOP_TOPIC_LIMIT, items) };
}

/**
 * A new read of the scores: the perception gaps follow it, and results computed from the old
 * scores are flagged rather than shown as if still current.
 */
function withRead(prev: PaneState, read: ScoreRead): PaneState {
  const changed = !sameScores(prev.read, read);
  let exchange = prev.exchange;
  // An exchange exists only after an import, which loaded the engine.
  if (exchange && prev.meta && changed && engine) {
    exchange = { ...exchange, ...exchangeFor(engine, read, prev.meta) };
  }
  return {
    ...prev,
    read,
    exchange,
    resultStale: prev.resultStale || (prev.result !== null && changed),
  };
}

/** The one reset: another assessment is now the pane's, nothing of the last one carries over. */
function freshAssessment(
  prev: PaneState,
  meta: PaneMeta,
  read: ScoreRead,
  liveOff: boolean
): PaneState {
  return {
    ...prev,
    meta,
    read,
    result: null,
    questionnaireId: null,
    exchange: null,
    resultStale: false,
    liveOff,
  };
}

export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  const t = paneTexts().notices;
  switch (event.type) {
    case "actionStarted":
      return { ...state, busy: event.label, error: null, notice: null };
    case "progress":
      return { ...state, busy: event.message };
    case "actionEnded":
      return { ...state, busy: null };
    case "failed":
      return { ...state, error: event.error };
    case "errorDismissed":
      return { ...state, error: null };
    case "noticeDismissed":
      return { ...state, notice: null };
    case "noticeShown":
      return { ...state, notice: event.notice };
    case "liveOffFound":
      return { ...state, liveOff: true };
    case "sheetsCreated":
      return {
        ...freshAssessment(state, event.meta, EMPTY_READ, false),
        notice: event.saved ? t.createdAfterSaving(event.saved) : t.created,
      };
    case "createdElsewhere":
      return { ...state, notice: t.createdElsewhere };
    case "assessmentOpened":
      return freshAssessment(state, event.meta, event.read, event.liveOff);
    case "scoresRead":
      return withRead(state, event.read);
    case "scoreChosen":
      return withRead(state, {
        ...state.read,
        [event.side]: { ...state.read[event.side], [event.itemId]: event.score },
      });
    case "resultsUpdated":
      // Writing Results also wrote its live formulas (one batch): say so when they were off.
      return {
        ...state,
        result: event.result,
        resultStale: false,
        liveOff: false,
        notice: state.liveOff ? t.resultsUpdatedLiveOn : t.resultsUpdated,
      };
    case "liveFormulasOn":
      return { ...state, liveOff: false, notice: t.liveOn };
    case "roadmapRegenerated":
      return {
        ...state,
        roadmapSettings: event.settings,
        result: state.result && { ...state.result, roadmap: event.roadmap },
        notice: t.roadmapRegenerated,
      };
    case "questionnairePrepared":
      return {
        ...state,
        questionnaireId: event.assessmentId,
        notice:
          event.delivered === "opened"
            ? t.questionnaireOpened(event.them, event.assessmentId)
            : t.questionnaireDownloaded(event.them, event.fileName, event.assessmentId),
      };
    case "jointSummaryPrepared":
      return {
        ...state,
        notice:
          event.delivered === "opened"
            ? t.jointOpened(event.them)
            : t.jointDownloaded(event.them, event.fileName),
      };
    case "answersImported":
      return {
        ...withRead(state, event.read),
        exchange: event.exchange,
        notice: t.imported(event.exchange.report.imported.length, event.them),
      };
  }
}
