/**
 * WorkbookPort for a plain browser: the assessment lives in an in-browser workbook built by the
 * exceljs adapter. exceljs is large, so src/xlsx is imported only when the first workbook is built.
 * Scores come from the pane's form; reading them back goes through the same read-back as a file.
 */
import type { ItemAnswers, Recommendation, RoadmapRow, Side } from "../core/method/types";
import { buildAssessmentPlan } from "../core/workbook/layout";
import { isOurSheet } from "../core/workbook/names";
import type {
  CreateOptions,
  DownloadFile,
  PaneMeta,
  ResultsPayload,
  ScoreRead,
  WorkbookPort,
} from "./workbook-port";

type XlsxModule = typeof import("../xlsx");
type Workbook = ReturnType<XlsxModule["writePlan"]>;

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface PreviewState {
  meta: PaneMeta;
  answers: { us: ItemAnswers; them: ItemAnswers };
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

export class PreviewPort implements WorkbookPort {
  readonly kind = "preview" as const;
  private xlsx: Promise<XlsxModule> | null = null;
  private state: PreviewState | null = null;

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
  private async rebuild(state: Omit<PreviewState, "workbook">): Promise<Workbook> {
    const plan = buildAssessmentPlan(state.meta, {
      answers: state.answers,
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
    const fresh = { meta, answers: { us: {}, them: {} }, results: null };
    options.onProgress?.("Writing sheets");
    const workbook = await this.rebuild(fresh);
    this.state = { ...fresh, workbook };
  }

  async openExisting(): Promise<PaneMeta | null> {
    return this.current().meta;
  }

  async setScore(itemId: string, side: Side, score: number | null): Promise<void> {
    const state = this.current();
    state.answers[side] = { ...state.answers[side], [itemId]: score };
  }

  async readScores(): Promise<ScoreRead> {
    const state = this.current();
    state.workbook = await this.rebuild(state);
    const { readWorkbookAssessment } = await this.loadXlsx();
    const { read, problems } = readWorkbookAssessment(state.workbook);
    return { us: read.us, them: read.them, weights: read.weights, problems };
  }

  async writeResults(payload: ResultsPayload): Promise<void> {
    const state = this.current();
    const takenAt = new Date().toISOString();
    const { replaceResults } = await this.loadXlsx();
    replaceResults(state.workbook, payload.recommendation, payload.roadmap, takenAt);
    state.results = { recommendation: payload.recommendation, roadmap: payload.roadmap, takenAt };
  }

  async download(): Promise<DownloadFile> {
    const state = this.current();
    // Scores chosen since the last read are only in memory until the workbook is rebuilt.
    state.workbook = await this.rebuild(state);
    const data = await state.workbook.xlsx.writeBuffer();
    return {
      fileName: downloadName(state.meta),
      blob: new Blob([data as ArrayBuffer], { type: XLSX_MIME }),
    };
  }
}
