/**
 * Props of the views. Kept in a .ts file: the lint setup checks .tsx files with the base
 * no-unused-vars rule, which mistakes parameter names in method signatures for unused variables.
 */
import type { AssessmentItem, RoadmapRow, Side, StepId } from "../../core/method/types";
import type { ExchangeOutcome, PaneResult, RoadmapSettings } from "../use-pane";
import type { PaneMeta, PickedFile, PortfolioOutcome, ScoreRead } from "../workbook-port";

export interface ScoreViewProps {
  read: ScoreRead;
  busy: boolean;
  /** Preview: scores are chosen in the pane; Excel: they are typed in the sheet. */
  mode: "excel" | "preview";
  onRefresh(): Promise<unknown>;
  onSetScore(itemId: string, side: Side, score: number | null): Promise<unknown>;
  onGoToItem(itemId: string, side: Side): Promise<unknown>;
}

/** The roadmap form as typed (kept by the App so it survives a change of tab). */
export interface RoadmapDraft {
  startDate: string;
  months: string;
}

export interface RoadmapViewProps {
  roadmap: RoadmapRow[] | null;
  draft: RoadmapDraft;
  onDraftChange(draft: RoadmapDraft): void;
  /** The scores changed after the roadmap's recommendation was computed. */
  stale?: boolean;
  busy: boolean;
  onRegenerate(settings: RoadmapSettings): Promise<unknown>;
}

export interface RecommendViewProps {
  result: PaneResult | null;
  /** The scores changed after these results were computed. */
  stale?: boolean;
  busy: boolean;
  canUpdate: boolean;
  onUpdate(): Promise<unknown>;
  /** The Results sheet lacks its live formulas (a file written outside Excel). */
  liveOff?: boolean;
  onTurnOnLive?(): Promise<unknown>;
  /** The joint summary for the other party, from the results shown (when the port offers it). */
  onPrepareJoint?(): Promise<unknown>;
}

export interface NewAssessmentProps {
  /** The form as typed (kept by the App so it survives a change of tab). */
  meta: PaneMeta;
  onMetaChange(meta: PaneMeta): void;
  mode: "excel" | "preview";
  busy: boolean;
  /** Set when the host is too old: creating would fail half-way. */
  blockedReason?: string;
  existingSheets(): Promise<string[]>;
  onCreate(meta: PaneMeta, target?: "here" | "newWorkbook"): Promise<unknown>;
  onOpenExisting(meta: PaneMeta): Promise<unknown>;
  /** Errors from looking for existing sheets go to the pane's MessageBar. */
  onError(error: unknown): void;
}

export interface ScoreFormProps {
  step: StepId;
  read: ScoreRead;
  disabled: boolean;
  onFocusItem(item: AssessmentItem): void;
  onSetScore: ScoreViewProps["onSetScore"];
}

export interface ExchangeViewProps {
  /** The other party's name (from the cover), or null before an assessment exists. */
  them: string | null;
  busy: boolean;
  mode: "excel" | "preview";
  questionnaireId: string | null;
  exchange: ExchangeOutcome | null;
  onPrepare(opts?: { shareEvidence?: boolean }): Promise<unknown>;
  onImport(file: File): Promise<unknown>;
}

export interface PortfolioViewProps {
  mode: "excel" | "preview";
  /** Another action of the pane is running. */
  busy: boolean;
  /** The port's buildPortfolio: reads the picked files and writes or builds the portfolio. */
  onBuild(files: PickedFile[], onProgress: (message: string) => void): Promise<PortfolioOutcome>;
}
