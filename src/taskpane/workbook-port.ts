/**
 * The one seam between the pane and a workbook. ExcelPort talks to Excel through src/excel;
 * PreviewPort keeps an in-browser workbook (exceljs, loaded lazily) when there is no Excel host.
 * Views only ever see this interface, so the DOM tests can hand them a fake.
 */
import type { ItemAnswers, Profile, Recommendation, RoadmapRow, Side } from "../core/method/types";
import type { ImportReport } from "../core/exchange";
import type { AssessmentMeta, ReadProblem } from "../core/workbook/plan";
import type { PortfolioRow, SkippedFile } from "../core/workbook/portfolio";
import type { RoundsOverview } from "../core/rounds/overview";

/** What the New assessment form collects: the cover sheet's record (one type for both). */
export type PaneMeta = AssessmentMeta;

export type ProgressFn = (message: string) => void;

export interface CreateOptions {
  onProgress?: ProgressFn;
  /**
   * "newWorkbook": the workbook already holds an assessment, so the new one goes into a workbook of
   * its own (every formula expects our fixed names) and nothing existing is touched.
   */
  target?: "here" | "newWorkbook";
}

export interface ScoreRead {
  us: ItemAnswers;
  them: ItemAnswers;
  /** Item weights as found on the sheets (item id -> weight); absent = the items' own weights. */
  weights?: Record<string, number>;
  problems: ReadProblem[];
  /** The question set the workbook names (CF_ItemSetVersion); absent = the current set. */
  itemSetVersion?: string;
}

export interface ResultsPayload {
  meta: PaneMeta;
  recommendation: Recommendation;
  roadmap: RoadmapRow[];
  /** Both sides' dimension scores behind the recommendation (for CF Summary). */
  profile: Pick<Profile, "us" | "them">;
}

export interface DownloadFile {
  fileName: string;
  blob: Blob;
}

/** A file the analyst picked: bytes only (no Node Buffer in the browser). */
export interface PickedFile {
  name: string;
  data: Uint8Array;
}

export interface QuestionnaireOutcome {
  /** Excel opened it as a new workbook; the preview hands over a file to download. */
  delivered: "opened" | "download";
  /** The reference the questionnaire carries; the import checks it. */
  assessmentId: string;
  /** Preview: the file to download. */
  file?: DownloadFile;
}

/** The joint summary for the other party (issue 14): opened in Excel, downloaded in the preview. */
export interface JointSummaryOutcome {
  delivered: "opened" | "download";
  file?: DownloadFile;
}

export interface AnswersImport {
  report: ImportReport;
  /** Both sides as the workbook holds them after the import. */
  read: ScoreRead;
}

/** What building the portfolio from picked assessment files did. */
export interface PortfolioOutcome {
  /** The relationships read, in the order picked. */
  rows: PortfolioRow[];
  /** Files that are not part of it, each with the reason. */
  skipped: SkippedFile[];
  /** Excel: written into the open workbook; preview: a file to download; none: nothing was read. */
  delivered: "workbook" | "download" | "none";
  /** Excel: what changed in CF_Portfolio ("created" the first time, then "updated"). */
  written?: {
    mode: "created" | "updated";
    added: number;
    updated: number;
    kept: number;
    rows: number;
  };
  /** Preview: the portfolio workbook. */
  file?: DownloadFile;
}

/** Issue 13: several questionnaires imported as respondents (each lands on the side it was made for). */
export interface RespondentsImport {
  added: string[];
  replaced: string[];
  overview: RoundsOverview;
}

/** A workbook moved to the current question set: a NEW workbook, the open one untouched. */
export interface ItemSetUpgradeOutcome {
  /** Excel opened it as a new workbook; the preview hands over a file to download. */
  delivered: "opened" | "download";
  from: string;
  to: string;
  /** The questions to answer again (both sides), where they are. */
  toAnswer: { id: string; sheet: string; question: string }[];
  file?: DownloadFile;
}

export interface WorkbookPort {
  /** "excel" inside Excel; "preview" in a plain browser (scores are typed into the pane). */
  readonly kind: "excel" | "preview";
  /** Names of our sheets already in the workbook (empty when there are none). */
  existingSheets(): Promise<string[]>;
  /** Builds and writes the assessment sheets. */
  create(meta: PaneMeta, options?: CreateOptions): Promise<void>;
  /** Brings the existing assessment's cover sheet to the front; returns its cover record when readable. */
  openExisting(): Promise<PaneMeta | null>;
  /** Reads every item score of both sides. */
  readScores(): Promise<ScoreRead>;
  /** Preview only: the pane is where scores are entered. */
  setScore?(itemId: string, side: Side, score: number | null): Promise<void>;
  /** Selects an item's score cell (Excel) so the analyst can type straight away. */
  goToItem?(itemId: string, side: Side): Promise<void>;
  /** Excel only: the Results sheet lacks its live COLLAB.* formulas (a file written outside Excel). */
  liveFormulasOff?(): Promise<boolean>;
  /** Excel only: writes the Results sheet's live formulas in one batch. */
  turnOnLiveFormulas?(): Promise<void>;
  /** Rewrites the Results and Roadmap contents. */
  writeResults(payload: ResultsPayload, onProgress?: ProgressFn): Promise<void>;
  /** Preview only: the workbook as an .xlsx file. */
  download?(): Promise<DownloadFile>;
  /** The other party's questionnaire: opened as a new workbook (Excel) or offered as a file. */
  /** shareEvidence: the analyst chose to show our Evidence column in their file (off by default). */
  prepareQuestionnaire(
    onProgress?: ProgressFn,
    opts?: { shareEvidence?: boolean }
  ): Promise<QuestionnaireOutcome>;
  /**
   * Validates a returned questionnaire and writes its answers into the Their score column. A refused
   * file throws (ExchangeError / ExchangeFileError) and changes nothing.
   */
  importAnswers(file: PickedFile, onProgress?: ProgressFn): Promise<AnswersImport>;
  /**
   * Reads several assessment workbooks (nothing leaves the machine) into the portfolio: written into
   * our own CF Portfolio sheet of the open workbook (rows matched by assessment reference are
   * replaced, others kept), or built as a file (preview). Unreadable files are skipped with a reason.
   */
  buildPortfolio?(files: PickedFile[], onProgress?: ProgressFn): Promise<PortfolioOutcome>;
  /** Issue 13: respondents per side, the closed rounds and the open round's scores (one read). */
  readRounds?(): Promise<RoundsOverview>;
  /** Issue 13: questionnaires as respondents; all files are checked before anything changes. */
  importRespondents?(files: PickedFile[], onProgress?: ProgressFn): Promise<RespondentsImport>;
  /** Issue 13: takes one respondent out. */
  removeRespondent?(name: string, side: Side): Promise<RoundsOverview>;
  /** Issue 13: closes the round into CF History and opens the next, dated `date`, with empty scores. */
  startRound?(date: string, onProgress?: ProgressFn): Promise<RoundsOverview>;
  /** Issue 13: the questionnaire for a colleague on our side. */
  prepareColleagueQuestionnaire?(onProgress?: ProgressFn): Promise<QuestionnaireOutcome>;
  /**
   * The joint summary to share with the other party, from the results shown (nothing private: see
   * core/workbook/joint-summary.ts): a new workbook in Excel, a download in the preview.
   */
  prepareJointSummary?(
    payload: ResultsPayload,
    onProgress?: ProgressFn
  ): Promise<JointSummaryOutcome>;
  /** The workbook on the current question set, as a new workbook; the open one is never changed. */
  upgradeItemSet?(onProgress?: ProgressFn): Promise<ItemSetUpgradeOutcome>;
}
