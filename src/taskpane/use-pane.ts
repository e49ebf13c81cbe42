/**
 * The pane's actions: each one talks to the workbook through the port and dispatches what it found;
 * pane-state.ts decides what the pane shows.
 */
import { useCallback, useEffect, useReducer, useRef } from "react";
import { newAssessmentId } from "../core/exchange";
import type { Side } from "../core/method/types";
import { paneTexts } from "../core/texts/parts/pane";
import { ReadBackError, toPaneMessage, toPaneMessageWorded } from "./errors";
import {
  exchangeFor,
  initialPaneState,
  loadEngine,
  paneReducer,
  type Delivery,
  type PaneResult,
  type RoadmapSettings,
} from "./pane-state";
import type {
  CreateOptions,
  DownloadFile,
  PaneMeta,
  ScoreRead,
  WorkbookPort,
} from "./workbook-port";

export {
  EMPTY_READ,
  WORKSHOP_TOPIC_LIMIT,
  type ExchangeOutcome,
  type PaneResult,
  type PaneState,
  type RoadmapSettings,
} from "./pane-state";

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
    reader.onerror = () => reject(reader.error ?? new Error(paneTexts().refusals.fileUnreadable));
    reader.readAsArrayBuffer(file);
  });
}

/** How a port's prepared file reached the user, saving it first when it is a download. */
function delivered(
  outcome: { delivered: "opened" | "download"; file?: DownloadFile },
  fallbackName: string
): Delivery {
  if (outcome.file) saveFile(outcome.file);
  return outcome.delivered === "opened"
    ? { delivered: "opened" }
    : { delivered: "download", fileName: outcome.file?.fileName ?? fallbackName };
}

export function usePane(port: WorkbookPort) {
  const [state, dispatch] = useReducer(paneReducer, undefined, initialPaneState);
  // A ref as well as state: one action at a time, even if two clicks land before a re-render.
  const busyRef = useRef(false);
  const stateRef = useRef(state);
  stateRef.current = state;

  /** Runs one action: buttons disabled meanwhile, any failure ends in the MessageBar. */
  const run = useCallback(
    async (
      label: string,
      action: (progress: (message: string) => void) => Promise<void>
    ): Promise<boolean> => {
      if (busyRef.current) return false;
      busyRef.current = true;
      dispatch({ type: "actionStarted", label });
      try {
        await action((message) => dispatch({ type: "progress", message }));
        return true;
      } catch (error) {
        dispatch({ type: "failed", error: await toPaneMessageWorded(error, label.toLowerCase()) });
        return false;
      } finally {
        busyRef.current = false;
        dispatch({ type: "actionEnded" });
      }
    },
    []
  );

  // Start-up: a workbook that already holds CollabFit sheets may lack its live formulas (a file
  // written outside Excel). One read, once; the offer then shows before any action is chosen.
  useEffect(() => {
    if (!port.liveFormulasOff) return;
    let current = true;
    port.liveFormulasOff().then(
      (off) => {
        if (current && off) dispatch({ type: "liveOffFound" });
      },
      (error: unknown) => {
        if (current)
          dispatch({
            type: "failed",
            error: toPaneMessage(error, paneTexts().during.checkingLive),
          });
      }
    );
    return () => {
      current = false;
    };
  }, [port]);

  const createSheets = useCallback(
    (meta: PaneMeta, target: CreateOptions["target"] = "here") =>
      run(paneTexts().busy.creating, async (progress) => {
        // A stored id ties later questionnaires to this assessment even if the cover is edited.
        meta = { ...meta, assessmentId: meta.assessmentId ?? newAssessmentId() };
        // The preview holds one workbook: the one being replaced is saved first, never dropped.
        let saved: string | null = null;
        if (target === "newWorkbook" && port.download && stateRef.current.meta) {
          progress(paneTexts().busy.savingCurrent);
          const file = await port.download();
          saveFile(file);
          saved = file.fileName;
        }
        await port.create(meta, { onProgress: progress, target });
        if (target === "newWorkbook" && port.kind === "excel")
          dispatch({ type: "createdElsewhere" });
        else dispatch({ type: "sheetsCreated", meta, saved });
      }),
    [port, run]
  );

  const openExisting = useCallback(
    (meta: PaneMeta) =>
      run(paneTexts().busy.opening, async () => {
        const found = await port.openExisting();
        const read = await port.readScores();
        const liveOff = port.liveFormulasOff ? await port.liveFormulasOff() : false;
        dispatch({ type: "assessmentOpened", meta: found ?? meta, read, liveOff });
      }),
    [port, run]
  );

  const refreshScores = useCallback(
    () =>
      run(paneTexts().busy.readingScores, async () => {
        const read = await port.readScores();
        dispatch({ type: "scoresRead", read });
        if (read.problems.length)
          dispatch({
            type: "failed",
            error: toPaneMessage(
              new ReadBackError(read.problems),
              paneTexts().during.readingScores
            ),
          });
      }),
    [port, run]
  );

  const setScore = useCallback(
    async (itemId: string, side: Side, score: number | null) => {
      if (!port.setScore) return;
      // Optimistic: the form shows the choice at once; the port keeps the workbook in step.
      dispatch({ type: "scoreChosen", itemId, side, score });
      try {
        await port.setScore(itemId, side, score);
      } catch (error) {
        dispatch({ type: "failed", error: toPaneMessage(error, paneTexts().during.savingScore) });
      }
    },
    [port]
  );

  const goToItem = useCallback(
    (itemId: string, side: Side) =>
      run(paneTexts().busy.selectingItem, async () => {
        if (port.goToItem) await port.goToItem(itemId, side);
      }),
    [port, run]
  );

  const updateResults = useCallback(
    () =>
      run(paneTexts().busy.updatingResults, async (progress) => {
        const { meta, roadmapSettings } = stateRef.current;
        if (!meta) throw new Error(paneTexts().refusals.createFirst);
        progress(paneTexts().busy.readingScores);
        const read = await port.readScores();
        dispatch({ type: "scoresRead", read });
        if (read.problems.length > 0) throw new ReadBackError(read.problems);
        const result = await computeResult(meta, read, roadmapSettings);
        progress(paneTexts().busy.writingResults);
        const { recommendation, roadmap, profile } = result;
        await port.writeResults({ meta, recommendation, roadmap, profile }, progress);
        dispatch({ type: "resultsUpdated", result });
      }),
    [port, run]
  );

  const turnOnLiveFormulas = useCallback(
    () =>
      run(paneTexts().busy.turningOnLive, async () => {
        if (!port.turnOnLiveFormulas) return;
        await port.turnOnLiveFormulas();
        dispatch({ type: "liveFormulasOn" });
      }),
    [port, run]
  );

  const regenerateRoadmap = useCallback(
    (settings: RoadmapSettings) =>
      run(paneTexts().busy.regeneratingRoadmap, async (progress) => {
        const { meta, result } = stateRef.current;
        if (!meta || !result) throw new Error(paneTexts().refusals.roadmapNeedsResults);
        const { buildRoadmap } = await loadEngine();
        const roadmap = buildRoadmap(result.profile, result.recommendation, settings);
        progress(paneTexts().busy.writingRoadmap);
        await port.writeResults(
          { meta, recommendation: result.recommendation, roadmap, profile: result.profile },
          progress
        );
        dispatch({ type: "roadmapRegenerated", settings, roadmap });
      }),
    [port, run]
  );

  const download = useCallback(
    () =>
      run(paneTexts().busy.preparingDownload, async () => {
        if (!port.download) return;
        saveFile(await port.download());
      }),
    [port, run]
  );

  const prepareQuestionnaire = useCallback(
    (opts: { shareEvidence?: boolean } = {}) =>
      run(paneTexts().busy.preparingQuestionnaire, async (progress) => {
        const { meta } = stateRef.current;
        if (!meta) throw new Error(paneTexts().refusals.createOrOpenFirst);
        const outcome = await port.prepareQuestionnaire(progress, opts);
        dispatch({
          type: "questionnairePrepared",
          them: meta.them,
          assessmentId: outcome.assessmentId,
          ...delivered(outcome, "questionnaire.xlsx"),
        });
      }),
    [port, run]
  );

  // Issue 14: the joint summary shares the results shown (nothing private); Excel opens it as a new
  // workbook, the preview downloads it.
  const prepareJointSummary = useCallback(
    () =>
      run(paneTexts().busy.preparingJoint, async (progress) => {
        const { meta, result } = stateRef.current;
        if (!meta || !result) throw new Error(paneTexts().refusals.jointNeedsResults);
        if (!port.prepareJointSummary) throw new Error(paneTexts().refusals.noJointSummary);
        const { recommendation, roadmap, profile } = result;
        const outcome = await port.prepareJointSummary(
          { meta, recommendation, roadmap, profile },
          progress
        );
        dispatch({
          type: "jointSummaryPrepared",
          them: meta.them,
          ...delivered(outcome, "joint-summary.xlsx"),
        });
      }),
    [port, run]
  );

  const importAnswers = useCallback(
    (file: File) =>
      run(paneTexts().busy.importing, async (progress) => {
        const { meta } = stateRef.current;
        if (!meta) throw new Error(paneTexts().refusals.createOrOpenFirst);
        progress(paneTexts().busy.readingFile);
        const data = await readBytes(file);
        const { report, read } = await port.importAnswers({ name: file.name, data }, progress);
        const exchange = {
          fileName: file.name,
          report,
          ...exchangeFor(await loadEngine(), read, meta),
        };
        dispatch({ type: "answersImported", them: meta.them, read, exchange });
      }),
    [port, run]
  );

  /** A failure outside run() (e.g. a view's own check) still ends in the one MessageBar. */
  const reportError = useCallback(
    (error: unknown, during: string) =>
      dispatch({ type: "failed", error: toPaneMessage(error, during) }),
    []
  );
  const dismissError = useCallback(() => dispatch({ type: "errorDismissed" }), []);
  const dismissNotice = useCallback(() => dispatch({ type: "noticeDismissed" }), []);
  /** Issue 13: a view with its own state (Respondents) runs actions and reports like the others. */
  const showNotice = useCallback((notice: string) => dispatch({ type: "noticeShown", notice }), []);

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
