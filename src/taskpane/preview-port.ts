/**
 * WorkbookPort for a plain browser: the assessment lives in an in-browser workbook built by the
 * exceljs adapter. exceljs is large, so src/xlsx is imported only when the first workbook is built.
 * Scores come from the pane's form; reading them back goes through the same read-back as a file.
 */
import type { ItemAnswers, Recommendation, RoadmapRow, Side } from "../core/method/types";
import { todayIso } from "../core/method/today";
import { buildAssessmentPlan } from "../core/workbook/layout";
import { ITEM_HEADERS, isOurSheet } from "../core/workbook/names";
import type { ItemTableValues } from "../core/workbook/plan";
import { offsetCell } from "../core/workbook/a1";
import { readAssessment } from "../core/workbook/readback";
import { roundsOverview, type RoundsOverview } from "../core/rounds/overview";
import { portTexts } from "../core/texts/parts/port";
import type {
  AnswersImport,
  ItemSetUpgradeOutcome,
  CreateOptions,
  DownloadFile,
  JointSummaryOutcome,
  PaneMeta,
  PickedFile,
  PortfolioOutcome,
  ProgressFn,
  QuestionnaireOutcome,
  RespondentsImport,
  ResultsPayload,
  ScoreRead,
  WorkbookPort,
} from "./workbook-port";

type XlsxModule = typeof import("../xlsx");
type ExchangeModule = typeof import("../xlsx/exchange");
type PortfolioModule = typeof import("../xlsx/portfolio");
type Workbook = ReturnType<XlsxModule["writePlan"]>;
interface RoundsModules {
  respondents: typeof import("../xlsx/respondents-import");
  rounds: typeof import("../xlsx/rounds");
  close: typeof import("../xlsx/round-close");
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface PreviewState {
  meta: PaneMeta;
  answers: { us: ItemAnswers; them: ItemAnswers };
  /** Notes column by item id (their imported notes land here). */
  notes: Record<string, string>;
  /** A score was chosen in the pane since the workbook was last built. */
  dirty: boolean;
  results: { recommendation: Recommendation; roadmap: RoadmapRow[]; takenAt: string } | null;
  workbook: Workbook;
  /**
   * Issue 13: the workbook came from a file operation (respondents imported, a round closed) and is
   * the record itself: scores chosen in the pane are written into its cells, never rebuilt from a plan
   * (a rebuild would drop CF Responses and CF History).
   */
  fileBacked?: boolean;
}

/**
 * File name from the relationship title: letters, digits, spaces and dashes only; with `version`, the
 * name of the workbook upgraded to that question set.
 */
export function downloadName(meta: PaneMeta, version?: string): string {
  const t = portTexts().files;
  const base =
    meta.title
      .replace(/[^\p{L}\p{N} -]+/gu, " ")
      .replace(/\s+/g, " ")
      .trim() || t.untitled;
  return version === undefined ? t.assessmentName(base) : t.upgradedName(base, version);
}

/** A copy that is a plain Uint8Array over its own ArrayBuffer (exceljs may hand back a Buffer). */
function plainBytes(data: ArrayLike<number> | ArrayBuffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(data as ArrayLike<number>);
}

/** Non-empty Notes cells by item id. */
function notesOf(tables: ItemTableValues[]): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const t of tables) {
    const id = t.headers.indexOf(ITEM_HEADERS.id);
    const note = t.headers.indexOf(ITEM_HEADERS.notes);
    if (id < 0 || note < 0) continue;
    for (const row of t.rows) {
      const text = row[note];
      if (typeof text === "string" && text.trim()) notes[String(row[id])] = text;
    }
  }
  return notes;
}

export class PreviewPort implements WorkbookPort {
  readonly kind = "preview" as const;
  private xlsx: Promise<XlsxModule> | null = null;
  private exchange: Promise<ExchangeModule> | null = null;
  private state: PreviewState | null = null;
  private portfolio: Promise<PortfolioModule> | null = null;

  private loadPortfolio(): Promise<PortfolioModule> {
    this.portfolio ??= import(/* webpackChunkName: "xlsx" */ "../xlsx/portfolio").catch(
      (error: unknown) => {
        this.portfolio = null;
        throw error;
      }
    );
    return this.portfolio;
  }
  private rounds: Promise<RoundsModules> | null = null;

  private loadExchange(): Promise<ExchangeModule> {
    this.exchange ??= import(/* webpackChunkName: "xlsx" */ "../xlsx/exchange").catch(
      (error: unknown) => {
        this.exchange = null;
        throw error;
      }
    );
    return this.exchange;
  }

  private loadXlsx(): Promise<XlsxModule> {
    // A failed load may be retried: forget the rejected promise.
    this.xlsx ??= import(/* webpackChunkName: "xlsx" */ "../xlsx").catch((error: unknown) => {
      this.xlsx = null;
      throw error;
    });
    return this.xlsx;
  }

  private current(): PreviewState {
    if (!this.state) throw new Error(portTexts().noAssessment);
    return this.state;
  }

  /** Rebuilds the workbook from the plan with everything entered so far. */
  private async rebuild(state: Omit<PreviewState, "workbook" | "dirty">): Promise<Workbook> {
    const plan = buildAssessmentPlan(state.meta, {
      answers: state.answers,
      notes: state.notes,
      recommendation: state.results?.recommendation ?? null,
      roadmap: state.results?.roadmap ?? [],
      takenAt: state.results?.takenAt,
    });
    const { writePlan } = await this.loadXlsx();
    return writePlan(plan);
  }

  async existingSheets(): Promise<string[]> {
    return this.state ? this.state.workbook.worksheets.map((ws) => ws.name).filter(isOurSheet) : [];
  }

  async create(meta: PaneMeta, options: CreateOptions = {}): Promise<void> {
    options.onProgress?.(portTexts().progress.loadingBuilder);
    const fresh = { meta, answers: { us: {}, them: {} }, notes: {}, results: null };
    options.onProgress?.(portTexts().progress.writingSheets);
    const workbook = await this.rebuild(fresh);
    this.state = { ...fresh, workbook, dirty: false };
  }

  async openExisting(): Promise<PaneMeta | null> {
    return this.current().meta;
  }

  async setScore(itemId: string, side: Side, score: number | null): Promise<void> {
    const state = this.current();
    if (state.fileBacked) {
      const { readItemTables } = await this.loadXlsx();
      const header = side === "us" ? ITEM_HEADERS.our : ITEM_HEADERS.their;
      for (const t of readItemTables(state.workbook)) {
        const row = t.rows.findIndex((r) => r[t.headers.indexOf(ITEM_HEADERS.id)] === itemId);
        const col = t.headers.indexOf(header);
        if (row < 0 || col < 0) continue;
        const at = offsetCell(t.topLeft, col, row + 1);
        state.workbook.getWorksheet(t.sheet)!.getCell(at).value = score;
        return;
      }
      throw new Error(portTexts().goTo.notInTables(itemId));
    }
    state.answers[side] = { ...state.answers[side], [itemId]: score };
    state.dirty = true;
  }

  /** The workbook with every score chosen so far (rebuilt only when the form changed something). */
  private async upToDate(): Promise<Workbook> {
    const state = this.current();
    if (state.dirty && !state.fileBacked) {
      state.workbook = await this.rebuild(state);
      state.dirty = false;
    }
    return state.workbook;
  }

  private async currentBytes(): Promise<Uint8Array> {
    const workbook = await this.upToDate();
    const { workbookToBuffer } = await this.loadXlsx();
    return plainBytes(await workbookToBuffer(workbook));
  }

  async readScores(): Promise<ScoreRead> {
    const workbook = await this.upToDate();
    const { readWorkbookAssessment } = await this.loadXlsx();
    const { read, problems, itemSetVersion } = readWorkbookAssessment(workbook);
    return { us: read.us, them: read.them, weights: read.weights, problems, itemSetVersion };
  }

  async writeResults(payload: ResultsPayload): Promise<void> {
    const state = this.current();
    const takenAt = new Date().toISOString();
    const { replaceResults } = await this.loadXlsx();
    replaceResults(await this.upToDate(), payload.recommendation, payload.roadmap, takenAt);
    state.results = { recommendation: payload.recommendation, roadmap: payload.roadmap, takenAt };
  }

  async download(): Promise<DownloadFile> {
    const state = this.current();
    // Scores chosen since the last read are only in memory until the workbook is rebuilt.
    const data = await (await this.upToDate()).xlsx.writeBuffer();
    return {
      fileName: downloadName(state.meta),
      blob: new Blob([plainBytes(data)], { type: XLSX_MIME }),
    };
  }

  async prepareQuestionnaire(
    onProgress?: ProgressFn,
    opts: { shareEvidence?: boolean } = {}
  ): Promise<QuestionnaireOutcome> {
    onProgress?.(portTexts().progress.buildingQuestionnaire);
    const ours = await this.currentBytes();
    const { buildQuestionnaireBuffer } = await this.loadExchange();
    const q = await buildQuestionnaireBuffer(ours, { shareEvidence: opts.shareEvidence });
    return {
      delivered: "download",
      assessmentId: q.assessmentId,
      file: { fileName: q.fileName, blob: new Blob([plainBytes(q.buffer)], { type: XLSX_MIME }) },
    };
  }

  async prepareJointSummary(
    payload: ResultsPayload,
    onProgress?: ProgressFn
  ): Promise<JointSummaryOutcome> {
    onProgress?.(portTexts().progress.buildingJointSummary);
    const { printedJointSummary } = await import(
      /* webpackChunkName: "joint-summary" */ "../core/workbook/joint-summary"
    );
    const { meta, recommendation, roadmap, profile } = payload;
    const { planToBuffer } = await this.loadXlsx();
    const bytes = await planToBuffer(printedJointSummary(meta, recommendation, roadmap, profile));
    return {
      delivered: "download",
      file: {
        fileName: portTexts().files.jointSummaryName,
        blob: new Blob([plainBytes(bytes)], { type: XLSX_MIME }),
      },
    };
  }

  async importAnswers(file: PickedFile, onProgress?: ProgressFn): Promise<AnswersImport> {
    const state = this.current();
    onProgress?.(portTexts().progress.checkingReturnedFile);
    const ours = await this.currentBytes();
    const { importAnswersBuffer } = await this.loadExchange();
    const outcome = await importAnswersBuffer(ours, file.data, file.name);
    onProgress?.(portTexts().progress.readingBothSides);
    // The merged file becomes the preview workbook: their scores, N/A and notes exactly as merged.
    const { loadWorkbook, readItemTables, readWorkbookAssessment } = await this.loadXlsx();
    const merged = await loadWorkbook(plainBytes(outcome.buffer).buffer);
    const { read, problems, itemSetVersion } = readWorkbookAssessment(merged);
    state.workbook = merged;
    state.answers = { us: read.us, them: read.them };
    state.notes = notesOf(readItemTables(merged));
    state.dirty = false;
    return {
      report: outcome.report,
      read: { us: read.us, them: read.them, weights: read.weights, problems, itemSetVersion },
    };
  }

  async upgradeItemSet(onProgress?: ProgressFn): Promise<ItemSetUpgradeOutcome> {
    const state = this.current();
    onProgress?.(portTexts().progress.buildingWorkbook);
    const workbook = await this.upToDate();
    const { upgradeWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/upgrade");
    const done = await upgradeWorkbook(workbook);
    return {
      delivered: "download",
      from: done.upgrade.from,
      to: done.upgrade.to,
      toAnswer: done.toAnswer,
      file: {
        fileName: downloadName(state.meta, done.upgrade.to),
        blob: new Blob([plainBytes(done.buffer)], { type: XLSX_MIME }),
      },
    };
  }

  /** No assessment needed: the portfolio is a workbook of its own, offered as a download. */
  async buildPortfolio(files: PickedFile[], onProgress?: ProgressFn): Promise<PortfolioOutcome> {
    onProgress?.(portTexts().progress.loadingReader);
    const { readPortfolioFiles, portfolioFileBuffer } = await this.loadPortfolio();
    const { rows, skipped } = await readPortfolioFiles(files, (i, total) =>
      onProgress?.(portTexts().progress.readingFile(i + 1, total))
    );
    if (rows.length === 0) return { rows, skipped, delivered: "none" };
    onProgress?.(portTexts().progress.buildingPortfolio);
    const takenOn = todayIso();
    const data = await portfolioFileBuffer(rows, skipped, takenOn);
    return {
      rows,
      skipped,
      delivered: "download",
      file: {
        fileName: portTexts().files.portfolioName(takenOn),
        blob: new Blob([plainBytes(data)], { type: XLSX_MIME }),
      },
    };
  }

  // ---------------------------------------------------------------- issue 13: respondents, rounds

  private loadRounds(): Promise<RoundsModules> {
    this.rounds ??= Promise.all([
      import(/* webpackChunkName: "xlsx" */ "../xlsx/respondents-import"),
      import(/* webpackChunkName: "xlsx" */ "../xlsx/rounds"),
      import(/* webpackChunkName: "xlsx" */ "../xlsx/round-close"),
    ]).then(
      ([respondents, rounds, close]) => ({ respondents, rounds, close }),
      (error: unknown) => {
        this.rounds = null;
        throw error;
      }
    );
    return this.rounds;
  }

  /** The result of a file operation becomes the preview workbook (and stays the record). */
  private async adopt(buffer: ArrayLike<number> | ArrayBuffer): Promise<void> {
    const state = this.current();
    const { loadWorkbook, readItemTables, readWorkbookAssessment } = await this.loadXlsx();
    const wb = await loadWorkbook(plainBytes(buffer).buffer);
    const { meta, read } = readWorkbookAssessment(wb);
    state.workbook = wb;
    state.meta = { ...state.meta, date: meta.date || state.meta.date };
    state.answers = { us: read.us, them: read.them };
    state.notes = notesOf(readItemTables(wb));
    state.dirty = false;
    state.fileBacked = true;
  }

  async readRounds(): Promise<RoundsOverview> {
    const wb = await this.upToDate();
    const { rounds } = await this.loadRounds();
    const { readItemTables, readMeta, workbookItemSet } = await this.loadXlsx();
    const { items } = workbookItemSet(wb);
    const typed = readAssessment(readItemTables(wb), items);
    const people = rounds.readRespondents(wb);
    const hist = rounds.readHistory(wb);
    return roundsOverview({
      respondents: people.respondents,
      anonymous: rounds.readAnonymity(wb),
      history: hist.history,
      typed: { us: typed.us, them: typed.them },
      items,
      date: readMeta(wb).meta.date,
      problems: [...people.problems, ...hist.problems],
    });
  }

  async importRespondents(
    files: PickedFile[],
    onProgress?: ProgressFn
  ): Promise<RespondentsImport> {
    onProgress?.(portTexts().progress.checkingFiles(files.length));
    const ours = await this.currentBytes();
    const { respondents } = await this.loadRounds();
    const outcome = await respondents.importRespondentsBuffer(
      ours,
      files.map((f) => ({ data: f.data, fileName: f.name }))
    );
    onProgress?.(portTexts().progress.readingRespondents);
    await this.adopt(outcome.buffer);
    return { added: outcome.added, replaced: outcome.replaced, overview: await this.readRounds() };
  }

  async removeRespondent(name: string, side: Side): Promise<RoundsOverview> {
    const ours = await this.currentBytes();
    const { respondents } = await this.loadRounds();
    const outcome = await respondents.removeRespondentBuffer(ours, name, side);
    await this.adopt(outcome.buffer);
    return this.readRounds();
  }

  async startRound(date: string, onProgress?: ProgressFn): Promise<RoundsOverview> {
    onProgress?.(portTexts().progress.closingRound);
    const ours = await this.currentBytes();
    const { close } = await this.loadRounds();
    const outcome = await close.closeRoundBuffer(plainBytes(ours).buffer, date);
    await this.adopt(outcome.buffer);
    // The closed round's results belong to it: the next round starts without a snapshot.
    this.current().results = null;
    return this.readRounds();
  }

  async prepareColleagueQuestionnaire(onProgress?: ProgressFn): Promise<QuestionnaireOutcome> {
    onProgress?.(portTexts().progress.buildingQuestionnaire);
    const ours = await this.currentBytes();
    const { buildQuestionnaireBuffer } = await this.loadExchange();
    const q = await buildQuestionnaireBuffer(ours, { side: "us" });
    return {
      delivered: "download",
      assessmentId: q.assessmentId,
      file: { fileName: q.fileName, blob: new Blob([plainBytes(q.buffer)], { type: XLSX_MIME }) },
    };
  }
}
