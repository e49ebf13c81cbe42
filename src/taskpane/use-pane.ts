/** The pane's state and the actions the views trigger. All workbook access goes through the port. */
import { useCallback, useEffect, useRef, useState } from "react";
import { newAssessmentId, type ImportReport, type PerceptionSummary } from "../core/exchange";
import { THRESHOLDS, todayIso } from "../core/method";
import type {
  ItemAnswers,
  Profile,
  Recommendation,
  RoadmapRow,
  Side,
  WhatIfHint,
} from "../core/method/types";
import { ReadBackError, toPaneMessage, type PaneMessage } from "./errors";
import type {
  CreateOptions,
  DownloadFile,
  PaneMeta,
  ScoreRead,
  WorkbookPort,
} from "./workbook-port";

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

export const EMPTY_READ: ScoreRead = { us: {}, them: {}, problems: [] };

type Engine = typeof import("./engine");
/** Set once the engine chunk is here (withRead needs it synchronously, only after an import). */
let engine: Engine | null = null;

/** The engine's recommendation, roadmap and gap code: fetched on first use, not with the first view. */
const loadEngine = () =>
  import(/* webpackChunkName: "engine", webpackPrefetch: true */ "./engine").then(
    (loaded) => (engine = loaded)
  );

/** Scores to recommendation, hints and roadmap: the engine does the work, the pane only assembles. */
export async function computeResult(
  meta: PaneMeta,
  read: ScoreRead,
  settings: RoadmapSettings
): Promise<PaneResult> {
  const { buildProfile, buildRoadmap, recommend, whatIf } = await loadEngine();
  const { profile, notes } = buildProfile(meta, read);
  const recommendation = recommend(profile);
  const hints = whatIf(profile);
  const roadmap = buildRoadmap(profile, recommendation, settings);
  return { profile, recommendation, hints, roadmap, notes };
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

/** Offers a file to the browser's download (the preview has no file system of its own). */
export function saveFile(file: DownloadFile): void {
  const url = URL.createObjectURL(file.blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = file.fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A picked file's bytes (FileReader where Blob.arrayBuffer is missing: older Office webviews). */
export function readBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") {
    return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

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

/**
 * A new read of the scores: the perception gaps follow it, and results computed from the old
 * scores are flagged rather than shown as if still current.
 */
function withRead(prev: PaneState, read: ScoreRead): PaneState {
  const changed = !sameScores(prev.read, read);
  let exchange = prev.exchange;
  // An exchange exists only after an import, which loaded the engine.
  if (exchange && prev.meta && changed && engine) {
    const items = engine.readItems(read);
    const summary = engine.perceptionSummary(read, prev.meta.perspective, items);
    const topics = engine.workshopTopics(summary, WORKSHOP_TOPIC_LIMIT, items);
    exchange = { ...exchange, summary, topics };
  }
  return {
    ...prev,
    read,
    exchange,
    resultStale: prev.resultStale || (prev.result !== null && changed),
  };
}

export function usePane(port: WorkbookPort) {
  const [state, setState] = useState<PaneState>({
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
  });
  // A ref as well as state: one action at a time, even if two clicks land before a re-render.
  const busyRef = useRef(false);
  const stateRef = useRef(state);
  stateRef.current = state;

  const patch = useCallback(
    (next: Partial<PaneState>) => setState((prev) => ({ ...prev, ...next })),
    []
  );

  /** Runs one action: buttons disabled meanwhile, any failure ends in the MessageBar. */
  const run = useCallback(
    async (
      label: string,
      action: (progress: (message: string) => void) => Promise<void>
    ): Promise<boolean> => {
      if (busyRef.current) return false;
      busyRef.current = true;
      patch({ busy: label, error: null, notice: null });
      try {
        await action((message) => patch({ busy: message }));
        return true;
      } catch (error) {
        patch({ error: toPaneMessage(error, label.toLowerCase()) });
        return false;
      } finally {
        busyRef.current = false;
        patch({ busy: null });
      }
    },
    [patch]
  );

  // Start-up: a workbook that already holds CollabFit sheets may lack its live formulas (a file
  // written outside Excel). One read, once; the offer then shows before any action is chosen.
  useEffect(() => {
    if (!port.liveFormulasOff) return;
    let current = true;
    port.liveFormulasOff().then(
      (off) => {
        if (current && off) patch({ liveOff: true });
      },
      (error: unknown) => {
        if (current) patch({ error: toPaneMessage(error, "checking the live formulas") });
      }
    );
    return () => {
      current = false;
    };
  }, [port, patch]);

  const createSheets = useCallback(
    (meta: PaneMeta, target: CreateOptions["target"] = "here") =>
      run("Creating assessment sheets", async (progress) => {
        // A stored id ties later questionnaires to this assessment even if the cover is edited.
        meta = { ...meta, assessmentId: meta.assessmentId ?? newAssessmentId() };
        // The preview holds one workbook: the one being replaced is saved first, never dropped.
        let saved: string | null = null;
        if (target === "newWorkbook" && port.download && stateRef.current.meta) {
          progress("Saving the current assessment");
          const file = await port.download();
          saveFile(file);
          saved = file.fileName;
        }
        await port.create(meta, { onProgress: progress, target });
        if (target === "newWorkbook" && port.kind === "excel") {
          patch({
            notice:
              "The new assessment opened in a workbook of its own; open CollabFit there to score it.",
          });
        } else {
          patch({
            meta,
            read: EMPTY_READ,
            result: null,
            questionnaireId: null,
            exchange: null,
            resultStale: false,
            liveOff: false,
            notice: saved
              ? `Assessment sheets created. The previous assessment was downloaded as "${saved}".`
              : "Assessment sheets created.",
          });
        }
      }),
    [port, run, patch]
  );

  const openExisting = useCallback(
    (meta: PaneMeta) =>
      run("Opening the existing assessment", async () => {
        const found = await port.openExisting();
        const read = await port.readScores();
        const liveOff = port.liveFormulasOff ? await port.liveFormulasOff() : false;
        patch({
          liveOff,
          meta: found ?? meta,
          read,
          result: null,
          questionnaireId: null,
          exchange: null,
          resultStale: false,
        });
      }),
    [port, run, patch]
  );

  const refreshScores = useCallback(
    () =>
      run("Reading scores", async () => {
        const read = await port.readScores();
        setState((prev) => withRead(prev, read));
        patch({
          error: read.problems.length
            ? toPaneMessage(new ReadBackError(read.problems), "reading scores")
            : null,
        });
      }),
    [port, run, patch]
  );

  const setScore = useCallback(
    async (itemId: string, side: Side, score: number | null) => {
      if (!port.setScore) return;
      // Optimistic: the form shows the choice at once; the port keeps the workbook in step.
      setState((prev) =>
        withRead(prev, { ...prev.read, [side]: { ...prev.read[side], [itemId]: score } })
      );
      try {
        await port.setScore(itemId, side, score);
      } catch (error) {
        patch({ error: toPaneMessage(error, "saving a score") });
      }
    },
    [port, patch]
  );

  const goToItem = useCallback(
    (itemId: string, side: Side) =>
      run("Selecting the item", async () => {
        if (port.goToItem) await port.goToItem(itemId, side);
      }),
    [port, run]
  );

  const updateResults = useCallback(
    () =>
      run("Updating results", async (progress) => {
        const { meta, roadmapSettings } = stateRef.current;
        if (!meta) throw new Error("Create the assessment sheets first.");
        progress("Reading scores");
        const read = await port.readScores();
        setState((prev) => withRead(prev, read));
        if (read.problems.length > 0) throw new ReadBackError(read.problems);
        const result = await computeResult(meta, read, roadmapSettings);
        progress("Writing Results and Roadmap");
        await port.writeResults(
          {
            meta,
            recommendation: result.recommendation,
            roadmap: result.roadmap,
            profile: result.profile,
          },
          progress
        );
        // Writing Results also wrote its live formulas (one batch): say so when they were off.
        patch({
          result,
          resultStale: false,
          liveOff: false,
          notice: stateRef.current.liveOff
            ? "Results and Roadmap updated; the live formulas are on again."
            : "Results and Roadmap updated.",
        });
      }),
    [port, run, patch]
  );

  const turnOnLiveFormulas = useCallback(
    () =>
      run("Turning on live formulas", async () => {
        if (!port.turnOnLiveFormulas) return;
        await port.turnOnLiveFormulas();
        patch({
          liveOff: false,
          notice:
            "Live formulas are on: the Results sheet's live column now recalculates when scores change.",
        });
      }),
    [port, run, patch]
  );

  const regenerateRoadmap = useCallback(
    (settings: RoadmapSettings) =>
      run("Regenerating the roadmap", async (progress) => {
        const { meta, result } = stateRef.current;
        if (!meta || !result)
          throw new Error("Update results first: the roadmap starts from a recommendation.");
        const { buildRoadmap } = await loadEngine();
        const roadmap = buildRoadmap(result.profile, result.recommendation, settings);
        progress("Writing Roadmap");
        await port.writeResults(
          { meta, recommendation: result.recommendation, roadmap, profile: result.profile },
          progress
        );
        patch({
          roadmapSettings: settings,
          result: { ...result, roadmap },
          notice: "Roadmap regenerated.",
        });
      }),
    [port, run, patch]
  );

  const download = useCallback(
    () =>
      run("Preparing the download", async () => {
        if (!port.download) return;
        saveFile(await port.download());
      }),
    [port, run]
  );

  const prepareQuestionnaire = useCallback(
    (opts: { shareEvidence?: boolean } = {}) =>
      run("Preparing the questionnaire", async (progress) => {
        const { meta } = stateRef.current;
        if (!meta) throw new Error("Create or open the assessment sheets first (New tab).");
        const outcome = await port.prepareQuestionnaire(progress, opts);
        if (outcome.file) saveFile(outcome.file);
        const where =
          outcome.delivered === "opened"
            ? "opened as a new workbook: save it and send it"
            : `downloaded as "${outcome.file?.fileName ?? "questionnaire.xlsx"}": send it`;
        patch({
          questionnaireId: outcome.assessmentId,
          notice: `The questionnaire for ${meta.them} ${where} to them. It carries the reference ${outcome.assessmentId}.`,
        });
      }),
    [port, run, patch]
  );

  // Issue 14: the joint summary shares the results shown (nothing private); Excel opens it as a new
  // workbook, the preview downloads it.
  const prepareJointSummary = useCallback(
    () =>
      run("Preparing the joint summary", async (progress) => {
        const { meta, result } = stateRef.current;
        if (!meta || !result)
          throw new Error("Update results first: the joint summary shares them.");
        if (!port.prepareJointSummary)
          throw new Error("This workbook cannot prepare a joint summary.");
        const { recommendation, roadmap, profile } = result;
        const outcome = await port.prepareJointSummary(
          { meta, recommendation, roadmap, profile },
          progress
        );
        if (outcome.file) saveFile(outcome.file);
        const where =
          outcome.delivered === "opened"
            ? "opened as a new workbook"
            : `downloaded as "${outcome.file?.fileName ?? "joint-summary.xlsx"}"`;
        patch({
          notice: `The joint summary for ${meta.them} ${where}: both sides' scores, the gaps and the shared actions, and none of your answers, notes or names.`,
        });
      }),
    [port, run, patch]
  );

  const importAnswers = useCallback(
    (file: File) =>
      run("Importing their answers", async (progress) => {
        const { meta } = stateRef.current;
        if (!meta) throw new Error("Create or open the assessment sheets first (New tab).");
        progress("Reading the file");
        const data = await readBytes(file);
        const { report, read } = await port.importAnswers({ name: file.name, data }, progress);
        const { perceptionSummary, workshopTopics, readItems } = await loadEngine();
        const items = readItems(read);
        const summary = perceptionSummary(read, meta.perspective, items);
        const topics = workshopTopics(summary, WORKSHOP_TOPIC_LIMIT, items);
        setState((prev) => withRead(prev, read));
        patch({
          exchange: { fileName: file.name, report, summary, topics },
          notice: `Imported ${report.imported.length} answer${report.imported.length === 1 ? "" : "s"} from ${meta.them}. Update results so the recommendation weighs their view.`,
        });
      }),
    [port, run, patch]
  );

  /** A failure outside run() (e.g. a view's own check) still ends in the one MessageBar. */
  const reportError = useCallback(
    (error: unknown, during: string) => patch({ error: toPaneMessage(error, during) }),
    [patch]
  );
  const dismissError = useCallback(() => patch({ error: null }), [patch]);
  const dismissNotice = useCallback(() => patch({ notice: null }), [patch]);
  /** Issue 13: a view with its own state (Respondents) runs actions and reports like the others. */
  const showNotice = useCallback((notice: string) => patch({ notice }), [patch]);

  return {
    state,
    createSheets,
    openExisting,
    refreshScores,
    setScore,
    goToItem,
    updateResults,
    turnOnLiveFormulas,
    regenerateRoadmap,
    download,
    prepareQuestionnaire,
    prepareJointSummary,
    importAnswers,
    reportError,
    dismissError,
    dismissNotice,
    runAction: run,
    showNotice,
  };
}

export type PaneController = ReturnType<typeof usePane>;
