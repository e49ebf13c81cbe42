/**
 * WorkbookPort for a plain browser: the assessment lives in an in-browser workbook built by the
 * exceljs adapter. exceljs is large, so src/xlsx is imported only when the first workbook is built.
 * Scores come from the pane's form; reading them back goes through the same read-back as a file.
 */
import type { ItemAnswers, Recommendation, RoadmapRow, Side } from "../core/method/types";
import { buildAssessmentPlan } from "../core/workbook/layout";
import { ITEM_HEADERS, isOurSheet } from "../core/workbook/names";
import type { ItemTableValues } from "../core/workbook/plan";
import type {
  AnswersImport,
  ItemSetUpgradeOutcome,
  CreateOptions,
  DownloadFile,
  PaneMeta,
  PickedFile,
  ProgressFn,
  QuestionnaireOutcome,
  ResultsPayload,
  ScoreRead,
  WorkbookPort,
} from "./workbook-port";

type XlsxModule = typeof import("../xlsx");
type ExchangeModule = typeof import("../xlsx/exchange");
type Workbook = ReturnType<XlsxModule["writePlan"]>;

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
}

/** File name from the relationship title: letters, digits, spaces and dashes only. */
export function downloadName(meta: PaneMeta): string {
  const base =
    meta.title
      .replace(/[^\p{L}\p{N} -]+/gu, " ")
      .replace(/\s+/g, " ")
      .trim() || "assessment";
  return `CollabFit - ${base}.xlsx`;
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
    if (!this.state) throw new Error("No assessment yet: create the assessment sheets first.");
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
    options.onProgress?.("Loading the workbook builder");
    const fresh = { meta, answers: { us: {}, them: {} }, notes: {}, results: null };
    options.onProgress?.("Writing sheets");
    const workbook = await this.rebuild(fresh);
    this.state = { ...fresh, workbook, dirty: false };
  }

  async openExisting(): Promise<PaneMeta | null> {
    return this.current().meta;
  }

  async setScore(itemId: string, side: Side, score: number | null): Promise<void> {
    const state = this.current();
    state.answers[side] = { ...state.answers[side], [itemId]: score };
    state.dirty = true;
  }

  /** The workbook with every score chosen so far (rebuilt only when the form changed something). */
  private async upToDate(): Promise<Workbook> {
    const state = this.current();
    if (state.dirty) {
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

  async prepareQuestionnaire(onProgress?: ProgressFn): Promise<QuestionnaireOutcome> {
    onProgress?.("Building the questionnaire");
    const ours = await this.currentBytes();
    const { buildQuestionnaireBuffer } = await this.loadExchange();
    const q = await buildQuestionnaireBuffer(ours);
    return {
      delivered: "download",
      assessmentId: q.assessmentId,
      file: { fileName: q.fileName, blob: new Blob([plainBytes(q.buffer)], { type: XLSX_MIME }) },
    };
  }

  async importAnswers(file: PickedFile, onProgress?: ProgressFn): Promise<AnswersImport> {
    const state = this.current();
    onProgress?.("Checking the returned file");
    const ours = await this.currentBytes();
    const { importAnswersBuffer } = await this.loadExchange();
    const outcome = await importAnswersBuffer(ours, file.data, file.name);
    onProgress?.("Reading both sides");
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
    onProgress?.("Building the new workbook");
    const workbook = await this.upToDate();
    const { upgradeWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../xlsx/upgrade");
    const done = await upgradeWorkbook(workbook);
    return {
      delivered: "download",
      from: done.upgrade.from,
      to: done.upgrade.to,
      toAnswer: done.toAnswer,
      file: {
        fileName: downloadName(state.meta).replace(
          /\.xlsx$/,
          ` - question set ${done.upgrade.to}.xlsx`
        ),
        blob: new Blob([plainBytes(done.buffer)], { type: XLSX_MIME }),
      },
    };
  }
}
