/**
 * The pane's reducer, event by event: what each event changes and what it leaves alone. The
 * notices come from the catalogue, so the expectations read them there too.
 */
import { ITEMS, THRESHOLDS } from "../../../src/core/method";
import { setLanguage } from "../../../src/core/texts";
import { en } from "../../../src/core/texts/en";
import {
  EMPTY_READ,
  WORKSHOP_TOPIC_LIMIT,
  exchangeFor,
  initialPaneState,
  loadEngine,
  paneReducer,
  type PaneEvent,
  type PaneResult,
  type PaneState,
} from "../../../src/taskpane/pane-state";
import type { PaneMeta, ScoreRead } from "../../../src/taskpane/workbook-port";

const N = en.pane.notices;

const META: PaneMeta = {
  title: "Facilities 2026",
  us: "Acme",
  them: "CleanCo",
  perspective: "customer",
  date: "2026-01-15",
  assessors: "Ann",
};

/** Every item scored from its position, shifted by `seed` (so two seeds differ on every item). */
function scores(seed: number): ScoreRead {
  const answers = (s: number) =>
    Object.fromEntries(ITEMS.map((item, i) => [item.id, ((i * 3 + s) % 5) + 1]));
  return { us: answers(seed), them: answers(seed + 1), problems: [] };
}

async function resultFor(read: ScoreRead): Promise<PaneResult> {
  const engine = await loadEngine();
  const { profile, notes } = engine.buildProfile(META, read);
  const recommendation = engine.recommend(profile);
  const settings = initialPaneState().roadmapSettings;
  const roadmap = engine.buildRoadmap(profile, recommendation, settings);
  return { profile, recommendation, hints: engine.whatIf(profile), roadmap, notes };
}

const ERROR = { title: "t", message: "m", action: "a" };

/** A state in which every field differs from the initial one. */
async function busyState(): Promise<PaneState> {
  const read = scores(1);
  const engine = await loadEngine();
  return {
    ...initialPaneState(),
    meta: META,
    read,
    result: await resultFor(read),
    busy: "Working",
    error: ERROR,
    notice: "Earlier notice",
    questionnaireId: "CF-OLD",
    exchange: {
      fileName: "theirs.xlsx",
      report: { assessmentId: "CF-OLD", imported: [], skipped: [] },
      ...exchangeFor(engine, read, META),
    },
    resultStale: true,
    liveOff: true,
  };
}

/** The fields an event changed, compared with the state before. */
function changed(before: PaneState, after: PaneState): string[] {
  return (Object.keys({ ...before, ...after }) as (keyof PaneState)[]).filter(
    (key) => before[key] !== after[key]
  );
}

afterEach(() => setLanguage("en"));

describe("pane reducer", () => {
  it("starts with no assessment and the method's months per step", () => {
    const state = initialPaneState();
    expect(state).toMatchObject({ meta: null, read: EMPTY_READ, result: null, busy: null });
    expect(state.roadmapSettings.monthsPerStep).toBe(THRESHOLDS.monthsPerStep);
  });

  it("an action's life: started clears the messages, progress relabels, ended frees the pane", async () => {
    const before = await busyState();
    const started = paneReducer(before, { type: "actionStarted", label: "Reading scores" });
    expect(started).toEqual({ ...before, busy: "Reading scores", error: null, notice: null });
    const progressed = paneReducer(started, { type: "progress", message: "Writing Roadmap" });
    expect(changed(started, progressed)).toEqual(["busy"]);
    expect(progressed.busy).toBe("Writing Roadmap");
    expect(paneReducer(progressed, { type: "actionEnded" }).busy).toBeNull();
  });

  it.each<[PaneEvent, Partial<PaneState>]>([
    [
      { type: "failed", error: { title: "x", message: "y", action: "z" } },
      { error: { title: "x", message: "y", action: "z" } },
    ],
    [{ type: "errorDismissed" }, { error: null }],
    [{ type: "noticeDismissed" }, { notice: null }],
    [{ type: "noticeShown", notice: "Round closed." }, { notice: "Round closed." }],
    [{ type: "liveFormulasOn" }, { liveOff: false, notice: N.liveOn }],
    [{ type: "createdElsewhere" }, { notice: N.createdElsewhere }],
  ])("%p changes only its own fields", async (event, expected) => {
    const before = await busyState();
    const after = paneReducer(before, event);
    expect(after).toEqual({ ...before, ...expected });
    expect(changed(before, after).sort()).toEqual(Object.keys(expected).sort());
  });

  it("liveOffFound flags the missing live formulas", () => {
    expect(paneReducer(initialPaneState(), { type: "liveOffFound" }).liveOff).toBe(true);
  });

  it.each<[string, PaneEvent, Partial<PaneState>]>([
    [
      "sheetsCreated",
      { type: "sheetsCreated", meta: { ...META, them: "NewCo" }, saved: null },
      { read: EMPTY_READ, liveOff: false, notice: N.created },
    ],
    [
      "sheetsCreated after saving the previous one",
      { type: "sheetsCreated", meta: { ...META, them: "NewCo" }, saved: "old.xlsx" },
      { read: EMPTY_READ, liveOff: false, notice: N.createdAfterSaving("old.xlsx") },
    ],
    [
      "assessmentOpened",
      {
        type: "assessmentOpened",
        meta: { ...META, them: "NewCo" },
        read: scores(3),
        liveOff: true,
      },
      { read: scores(3), liveOff: true, notice: "Earlier notice" },
    ],
  ])("%s resets everything of the previous assessment", async (_, event, expected) => {
    const before = await busyState();
    const after = paneReducer(before, event);
    expect(after).toEqual({
      ...before,
      meta: { ...META, them: "NewCo" },
      result: null,
      questionnaireId: null,
      exchange: null,
      resultStale: false,
      ...expected,
    });
  });

  it("scoresRead: the same scores keep results current; other scores mark them stale and redo the gaps", async () => {
    const before = { ...(await busyState()), resultStale: false };
    const same = paneReducer(before, { type: "scoresRead", read: { ...before.read } });
    expect(same.resultStale).toBe(false);
    expect(same.exchange).toBe(before.exchange);

    const other = scores(2);
    const after = paneReducer(before, { type: "scoresRead", read: other });
    expect(after.read).toBe(other);
    expect(after.resultStale).toBe(true);
    const engine = await loadEngine();
    expect(after.exchange).toEqual({ ...before.exchange, ...exchangeFor(engine, other, META) });
    expect(after.exchange!.topics.length).toBeLessThanOrEqual(WORKSHOP_TOPIC_LIMIT);
    expect(after.exchange!.topics).not.toEqual(before.exchange!.topics);
  });

  it("scoresRead without results never marks them stale", () => {
    const after = paneReducer(initialPaneState(), { type: "scoresRead", read: scores(1) });
    expect(after.resultStale).toBe(false);
  });

  it("scoreChosen sets one score on one side, nothing else of the read", async () => {
    const before = { ...(await busyState()), resultStale: false };
    const item = ITEMS[0].id;
    const score = (before.read.them[item] as number) === 5 ? 1 : 5;
    const after = paneReducer(before, { type: "scoreChosen", itemId: item, side: "them", score });
    expect(after.read.them).toEqual({ ...before.read.them, [item]: score });
    expect(after.read.us).toBe(before.read.us);
    expect(after.resultStale).toBe(true);
    const cleared = paneReducer(after, {
      type: "scoreChosen",
      itemId: item,
      side: "us",
      score: null,
    });
    expect(cleared.read.us[item]).toBeNull();
  });

  it("resultsUpdated shows the new results and says whether the live formulas came back on", async () => {
    const before = await busyState();
    const result = await resultFor(scores(2));
    const after = paneReducer(before, { type: "resultsUpdated", result });
    expect(after).toEqual({
      ...before,
      result,
      resultStale: false,
      liveOff: false,
      notice: N.resultsUpdatedLiveOn,
    });
    const again = paneReducer({ ...before, liveOff: false }, { type: "resultsUpdated", result });
    expect(again.notice).toBe(N.resultsUpdated);
  });

  it("roadmapRegenerated keeps the recommendation and replaces the roadmap and its settings", async () => {
    const before = await busyState();
    const settings = { startDate: "2027-03-01", monthsPerStep: 9 };
    const roadmap = before.result!.roadmap.slice(1);
    const after = paneReducer(before, { type: "roadmapRegenerated", settings, roadmap });
    expect(after).toEqual({
      ...before,
      roadmapSettings: settings,
      result: { ...before.result, roadmap },
      notice: N.roadmapRegenerated,
    });
  });

  it("questionnairePrepared keeps the reference and says where the file went", async () => {
    const before = await busyState();
    const opened = paneReducer(before, {
      type: "questionnairePrepared",
      them: "CleanCo",
      assessmentId: "CF-NEW",
      delivered: "opened",
    });
    expect(opened).toEqual({
      ...before,
      questionnaireId: "CF-NEW",
      notice: N.questionnaireOpened("CleanCo", "CF-NEW"),
    });
    const downloaded = paneReducer(before, {
      type: "questionnairePrepared",
      them: "CleanCo",
      assessmentId: "CF-NEW",
      delivered: "download",
      fileName: "q.xlsx",
    });
    expect(downloaded.notice).toBe(N.questionnaireDownloaded("CleanCo", "q.xlsx", "CF-NEW"));
    expect(downloaded.notice).toContain('"q.xlsx"');
  });

  it("jointSummaryPrepared only says where the summary went", async () => {
    const before = await busyState();
    const opened = paneReducer(before, {
      type: "jointSummaryPrepared",
      them: "CleanCo",
      delivered: "opened",
    });
    expect(opened).toEqual({ ...before, notice: N.jointOpened("CleanCo") });
    const downloaded = paneReducer(before, {
      type: "jointSummaryPrepared",
      them: "CleanCo",
      delivered: "download",
      fileName: "j.xlsx",
    });
    expect(downloaded).toEqual({ ...before, notice: N.jointDownloaded("CleanCo", "j.xlsx") });
  });

  it("answersImported takes their scores and the new exchange, and counts the answers", async () => {
    const before = { ...(await busyState()), resultStale: false };
    const read = scores(4);
    const engine = await loadEngine();
    const imported = ITEMS.slice(0, 2).map((item) => ({
      itemId: item.id,
      sheet: "S",
      cell: "A1",
      score: 3,
    }));
    const exchange = {
      fileName: "back.xlsx",
      report: { assessmentId: "CF-OLD", imported, skipped: [] },
      ...exchangeFor(engine, read, META),
    };
    const after = paneReducer(before, { type: "answersImported", them: "CleanCo", read, exchange });
    expect(after).toEqual({
      ...before,
      read,
      exchange,
      resultStale: true,
      notice: N.imported(imported.length, "CleanCo"),
    });
    expect(after.notice).toContain(`Imported ${imported.length} answers from CleanCo`);
  });

  it("notices follow the language set at start", () => {
    setLanguage("qps-ploc");
    const after = paneReducer(initialPaneState(), { type: "createdElsewhere" });
    expect(after.notice).not.toBe(N.createdElsewhere);
    expect(after.notice!.startsWith("⟦")).toBe(true);
  });
});
