/** The pane's state and the actions the views trigger. All workbook access goes through the port. */
import { useCallback, useRef, useState } from "react";
import { buildRoadmap, recommend, whatIf } from "../core/method";
import type { Profile, Recommendation, RoadmapRow, Side, WhatIfHint } from "../core/method/types";
import { ReadBackError, toPaneMessage, type PaneMessage } from "./errors";
import { buildProfile } from "./pane-model";
import type { CreateOptions, PaneMeta, ScoreRead, WorkbookPort } from "./workbook-port";

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

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Scores to recommendation, hints and roadmap: the engine does the work, the pane only assembles. */
export function computeResult(
  meta: PaneMeta,
  read: ScoreRead,
  settings: RoadmapSettings
): PaneResult {
  const { profile, notes } = buildProfile(meta, read);
  const recommendation = recommend(profile);
  const hints = whatIf(profile);
  const roadmap = buildRoadmap(profile, recommendation, settings);
  return { profile, recommendation, hints, roadmap, notes };
}

export interface PaneState {
  meta: PaneMeta | null;
  read: ScoreRead;
  result: PaneResult | null;
  roadmapSettings: RoadmapSettings;
  busy: string | null;
  error: PaneMessage | null;
  notice: string | null;
}

export function usePane(port: WorkbookPort) {
  const [state, setState] = useState<PaneState>({
    meta: null,
    read: EMPTY_READ,
    result: null,
    roadmapSettings: { startDate: todayIso(), monthsPerStep: 3 },
    busy: null,
    error: null,
    notice: null,
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

  const createSheets = useCallback(
    (meta: PaneMeta, target: CreateOptions["target"] = "here") =>
      run("Creating assessment sheets", async (progress) => {
        await port.create(meta, { onProgress: progress, target });
        if (target === "newWorkbook" && port.kind === "excel") {
          patch({
            notice:
              "The new assessment opened in a workbook of its own; open CollabFit there to score it.",
          });
        } else {
          patch({ meta, read: EMPTY_READ, result: null, notice: "Assessment sheets created." });
        }
      }),
    [port, run, patch]
  );

  const openExisting = useCallback(
    (meta: PaneMeta) =>
      run("Opening the existing assessment", async () => {
        const found = await port.openExisting();
        const read = await port.readScores();
        patch({ meta: found ?? meta, read, result: null });
      }),
    [port, run, patch]
  );

  const refreshScores = useCallback(
    () =>
      run("Reading scores", async () => {
        const read = await port.readScores();
        patch({
          read,
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
      setState((prev) => ({
        ...prev,
        read: { ...prev.read, [side]: { ...prev.read[side], [itemId]: score } },
      }));
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
        patch({ read });
        if (read.problems.length > 0) throw new ReadBackError(read.problems);
        const result = computeResult(meta, read, roadmapSettings);
        progress("Writing Results and Roadmap");
        await port.writeResults(
          { meta, recommendation: result.recommendation, roadmap: result.roadmap },
          progress
        );
        patch({ result, notice: "Results and Roadmap updated." });
      }),
    [port, run, patch]
  );

  const regenerateRoadmap = useCallback(
    (settings: RoadmapSettings) =>
      run("Regenerating the roadmap", async (progress) => {
        const { meta, result } = stateRef.current;
        if (!meta || !result)
          throw new Error("Update results first: the roadmap starts from a recommendation.");
        const roadmap = buildRoadmap(result.profile, result.recommendation, settings);
        progress("Writing Roadmap");
        await port.writeResults({ meta, recommendation: result.recommendation, roadmap }, progress);
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
        const file = await port.download();
        const url = URL.createObjectURL(file.blob);
        const anchor = document.createElement("a");
        anchor.href = url;
        anchor.download = file.fileName;
        document.body.appendChild(anchor);
        anchor.click();
        anchor.remove();
        // Revoke later: some browsers start the download only after the click handler returns.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }),
    [port, run]
  );

  const dismissError = useCallback(() => patch({ error: null }), [patch]);
  const dismissNotice = useCallback(() => patch({ notice: null }), [patch]);

  return {
    state,
    createSheets,
    openExisting,
    refreshScores,
    setScore,
    goToItem,
    updateResults,
    regenerateRoadmap,
    download,
    dismissError,
    dismissNotice,
  };
}

export type PaneController = ReturnType<typeof usePane>;
