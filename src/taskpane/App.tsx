import { Button, FluentProvider } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { ITEM_SET_VERSION, todayIso } from "../core/method";
import { paneTexts } from "../core/texts/parts/pane";
import { fluentTheme, type ThemeName } from "./theme";
import { usePane } from "./use-pane";
import {
  FocusManager,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "./lazy-fluent";
import { lazyView, whenIdle } from "./lazy-view";
import { Tabs } from "./tabs";
import { NewAssessmentView } from "./views/NewAssessmentView";
import type { PaneMeta, WorkbookPort } from "./workbook-port";

// Only the first view is in the initial chunk; the others load once the pane is idle (preloadViews)
// or when first shown, whichever comes first.
const ScoreView = lazyView(() =>
  import(/* webpackChunkName: "view-score" */ "./views/ScoreView").then((m) => m.ScoreView)
);
const ExchangeView = lazyView(() =>
  import(/* webpackChunkName: "view-exchange" */ "./views/ExchangeView").then((m) => m.ExchangeView)
);
const RecommendView = lazyView(() =>
  import(/* webpackChunkName: "view-results" */ "./views/RecommendView").then(
    (m) => m.RecommendView
  )
);
const RoadmapView = lazyView(() =>
  import(/* webpackChunkName: "view-roadmap" */ "./views/RoadmapView").then((m) => m.RoadmapView)
);
const PrinciplesView = lazyView(() =>
  import(/* webpackChunkName: "view-principles" */ "./views/PrinciplesView").then(
    (m) => m.PrinciplesView
  )
);
const PortfolioView = lazyView(() =>
  import(/* webpackChunkName: "view-portfolio" */ "./views/PortfolioView").then(
    (m) => m.PortfolioView
  )
);
const RespondentsView = lazyView(() =>
  import(/* webpackChunkName: "view-respondents" */ "./views/RespondentsView").then(
    (m) => m.RespondentsView
  )
);
const UpgradeOffer = lazyView(() =>
  import(/* webpackChunkName: "view-upgrade" */ "./views/UpgradeOffer").then((m) => m.UpgradeOffer)
);
const AboutView = lazyView(() =>
  import(/* webpackChunkName: "view-about" */ "./views/AboutView").then((m) => m.AboutView)
);

/** Fetches every lazily loaded view (a failed fetch is retried when that view is shown). */
function preloadViews(): void {
  for (const view of [
    ScoreView,
    ExchangeView,
    RecommendView,
    RoadmapView,
    PrinciplesView,
    PortfolioView,
    AboutView,
    RespondentsView,
    UpgradeOffer,
  ])
    view.preload().catch(() => undefined);
}

/** The tabs in order; their labels are the catalogue's `pane.shell.tabs`. */
export const VIEWS = [
  "new",
  "score",
  "exchange",
  "results",
  "roadmap",
  "respondents",
  "principles",
  "portfolio",
  "about",
] as const;
export type ViewId = (typeof VIEWS)[number];

export interface AppProps {
  port: WorkbookPort;
  theme: ThemeName;
  /** Set when the host lacks a requirement set the pane needs. */
  unsupported?: string;
  initialView?: ViewId;
}

export function App(props: AppProps) {
  const pane = usePane(props.port);
  const t = paneTexts().shell;
  const { state } = pane;
  const [view, setView] = useState<ViewId>(props.initialView ?? "new");
  const busy = state.busy !== null;
  const error = state.error;
  // Drafts live here, not in the views: switching tabs unmounts a view and must not lose typing.
  const [newDraft, setNewDraft] = useState<PaneMeta>(() => ({
    title: "",
    us: "",
    them: "",
    perspective: "customer",
    date: todayIso(),
    assessors: "",
  }));
  const [roadmapDraft, setRoadmapDraft] = useState(() => ({
    startDate: state.roadmapSettings.startDate,
    months: String(state.roadmapSettings.monthsPerStep),
  }));

  // Focus must not fall to <body> when an action disables or unmounts the focused control:
  // it goes back to that control, or to the heading of the view now shown.
  const lastFocused = useRef<HTMLElement | null>(null);
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    if (busy || !lastFocused.current) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const before = lastFocused.current;
    if (before.isConnected && !before.matches(":disabled")) before.focus();
    else main.current?.querySelector<HTMLElement>("h2")?.focus();
  }, [busy, view, error, state.notice]);

  useEffect(() => whenIdle(preloadViews), []);

  const afterSuccess = (next: ViewId) => (ok: boolean) => {
    if (ok) setView(next);
  };

  return (
    <FluentProvider
      theme={fluentTheme(props.theme)}
      className="cf-root"
      // A word longer than the pane (a file name, a reference, a long word of another language)
      // wraps instead of pushing the pane wider than Office shows it.
      style={{ overflowWrap: "anywhere" }}
      onFocus={(event) => {
        lastFocused.current = event.target;
      }}
    >
      <FocusManager />
      <nav aria-label={t.sections}>
        <Tabs<ViewId>
          className="cf-tabs"
          style={{ flexWrap: "wrap" }}
          tabs={VIEWS.map((id) => ({ value: id, label: t.tabs[id] }))}
          selected={view}
          onSelect={setView}
        />
      </nav>
      <main className="cf-main cf-stack" ref={main}>
        {props.unsupported && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t.tooOldTitle}</MessageBarTitle>
              {props.unsupported}
            </MessageBarBody>
          </MessageBar>
        )}
        {props.port.kind === "preview" && (
          <MessageBar intent="info">
            <MessageBarBody>
              <MessageBarTitle>{t.previewTitle}</MessageBarTitle>
              {t.previewBody}
            </MessageBarBody>
          </MessageBar>
        )}
        {busy && (
          <Spinner size="tiny" labelPosition="after" label={state.busy ?? ""} aria-live="polite" />
        )}
        {error && (
          <MessageBar intent="error" aria-live="assertive">
            <MessageBarBody>
              <MessageBarTitle>{error.title}</MessageBarTitle>
              {error.message} {error.action}
              {error.problems && error.problems.length > 0 && (
                <ul aria-label={t.cellsToCorrect}>
                  {error.problems.slice(0, 20).map((p) => (
                    <li key={`${p.sheet}!${p.cell}:${p.message}`}>
                      {t.problem(p.sheet, p.cell, p.message)}
                    </li>
                  ))}
                  {error.problems.length > 20 && (
                    <li>{t.moreProblems(error.problems.length - 20)}</li>
                  )}
                </ul>
              )}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={pane.dismissError}>{t.dismiss}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {state.notice && !error && (
          <MessageBar intent="success">
            <MessageBarBody>{state.notice}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={pane.dismissNotice}>{t.dismiss}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {state.liveOff && props.port.turnOnLiveFormulas && view !== "results" && (
          // Found at start-up (or on opening existing sheets); the Results view offers it itself.
          <MessageBar intent="info">
            <MessageBarBody>
              <MessageBarTitle>{t.liveOffTitle}</MessageBarTitle>
              {t.liveOffBody}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void pane.turnOnLiveFormulas()} disabled={busy}>
                {t.turnOnLive}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {state.read.itemSetVersion &&
          state.read.itemSetVersion !== ITEM_SET_VERSION &&
          props.port.upgradeItemSet && (
            // A workbook on an older question set: offered on every view until upgraded.
            <UpgradeOffer port={props.port} from={state.read.itemSetVersion} busy={busy} />
          )}
        {props.port.download && state.meta && (
          <Button onClick={() => void pane.download()} disabled={busy}>
            {t.download}
          </Button>
        )}

        {view === "new" && (
          <NewAssessmentView
            meta={newDraft}
            onMetaChange={setNewDraft}
            mode={props.port.kind}
            busy={busy}
            blockedReason={props.unsupported}
            existingSheets={() => props.port.existingSheets()}
            onCreate={(meta, target) =>
              pane
                .createSheets(meta, target)
                .then(
                  afterSuccess(
                    target === "newWorkbook" && props.port.kind === "excel" ? "new" : "score"
                  )
                )
            }
            onOpenExisting={(meta) => pane.openExisting(meta).then(afterSuccess("score"))}
            onError={(e) => pane.reportError(e, paneTexts().during.lookingForSheets)}
          />
        )}
        {view === "score" && (
          <ScoreView
            read={state.read}
            busy={busy || !state.meta}
            mode={props.port.kind}
            onRefresh={pane.refreshScores}
            onSetScore={pane.setScore}
            onGoToItem={pane.goToItem}
          />
        )}
        {view === "exchange" && (
          <ExchangeView
            them={state.meta?.them ?? null}
            busy={busy}
            mode={props.port.kind}
            questionnaireId={state.questionnaireId}
            exchange={state.exchange}
            onPrepare={pane.prepareQuestionnaire}
            onImport={pane.importAnswers}
          />
        )}
        {view === "results" && (
          <RecommendView
            result={state.result}
            stale={state.resultStale}
            busy={busy}
            canUpdate={state.meta !== null}
            onUpdate={pane.updateResults}
            liveOff={state.liveOff}
            onTurnOnLive={pane.turnOnLiveFormulas}
            onPrepareJoint={props.port.prepareJointSummary ? pane.prepareJointSummary : undefined}
          />
        )}
        {view === "roadmap" && (
          <RoadmapView
            roadmap={state.result?.roadmap ?? null}
            draft={roadmapDraft}
            onDraftChange={setRoadmapDraft}
            stale={state.resultStale}
            busy={busy}
            onRegenerate={pane.regenerateRoadmap}
          />
        )}
        {view === "respondents" && (
          <RespondentsView
            port={props.port}
            parties={state.meta ? { us: state.meta.us, them: state.meta.them } : null}
            busy={busy}
            run={pane.runAction}
            onNotice={pane.showNotice}
            onScoresChanged={pane.refreshScores}
          />
        )}
        {view === "principles" && <PrinciplesView />}
        {view === "portfolio" && props.port.buildPortfolio && (
          <PortfolioView
            mode={props.port.kind}
            busy={busy}
            onBuild={(files, onProgress) => props.port.buildPortfolio!(files, onProgress)}
          />
        )}
        {view === "about" && <AboutView mode={props.port.kind} />}
      </main>
    </FluentProvider>
  );
}
