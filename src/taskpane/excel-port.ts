/** WorkbookPort over the open Excel workbook, through the Office.js adapter in src/excel. */
import type { Side } from "../core/method/types";
import { buildAssessmentPlan, buildResultsPlan } from "../core/workbook/layout";
import { refreshPlans, refreshedSheetNames } from "../core/workbook/sheets";
import { withRoundStatus } from "../core/workbook/roadmap-rounds";
import { withRoundChanges } from "../core/workbook/results-rounds";
import { ITEM_HEADERS, SHEET_NAMES, TABLE_NAMES } from "../core/workbook/names";
import { applyPlan } from "../excel/apply";
import { summaryScores } from "../core/workbook/summary";
import { NOTES_VERSION } from "../excel/api-ledger";
import type { NoteApi } from "../excel/ops";
import {
  importAnswersInExcel,
  openQuestionnaireInExcel,
  questionnairePlanFromExcel,
  toBase64,
} from "../excel/exchange";
import { coverOf, findOurSheets, queueCover, readAssessmentFromWorkbook } from "../excel/read";
import { ReadBackError } from "./errors";
import { liveFormulasMissing, replaceResults, writeLiveFormulas } from "../excel/results";
import { writePortfolioInExcel } from "../excel/portfolio";
import { todayIso } from "../core/method";
import { queueHistory, readRoundsInExcel } from "../excel/rounds";
import { importRespondentsInExcel, removeRespondentInExcel } from "../excel/respondents";
import { startRoundInExcel } from "../excel/round-close";
import type { RoundsOverview } from "../core/rounds/overview";
import { ITEM_SETS } from "../core/method";
import { QUESTIONNAIRE_LAYOUT, QUESTIONNAIRE_SHEETS } from "../core/exchange";
import type { WorkbookPlan } from "../core/workbook/plan";
import { itemStep } from "./pane-model";
import { buildUpgradePlan } from "../core/workbook/upgrade";
import { readUpgradeInput } from "../excel/upgrade";
import type {
  AnswersImport,
  ItemSetUpgradeOutcome,
  CreateOptions,
  JointSummaryOutcome,
  PaneMeta,
  PickedFile,
  PortfolioOutcome,
  ProgressFn,
  RespondentsImport,
  QuestionnaireOutcome,
  ResultsPayload,
  ScoreRead,
  WorkbookPort,
} from "./workbook-port";
import { portTexts } from "../core/texts/parts/port";

export { toBase64 };

/** The reference the plan writes into the questionnaire (the id it will be checked against). */
export function questionnaireId(plan: WorkbookPlan): string {
  const sheet = plan.sheets.find((x) => x.name === QUESTIONNAIRE_SHEETS.instructions);
  const cell = sheet?.cells.find((c) => c.address === QUESTIONNAIRE_LAYOUT.facts.assessmentId);
  return typeof cell?.value === "string" ? cell.value : "";
}

/** exceljs and the .xlsx exchange are large: loaded on first use, into the same lazy chunk. */
const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ "../xlsx");
const loadXlsxExchange = () => import(/* webpackChunkName: "xlsx" */ "../xlsx/exchange");
const loadXlsxPortfolio = () => import(/* webpackChunkName: "xlsx" */ "../xlsx/portfolio");
const loadXlsxRespondents = () =>
  import(/* webpackChunkName: "xlsx" */ "../xlsx/respondents-import");

/** Excel notes where the host has them (checked at run time), comments otherwise (within the floor). */
export function pickNoteApi(): NoteApi {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return requirements?.isSetSupported("ExcelApi", NOTES_VERSION) ? "notes" : "comments";
}

export class ExcelPort implements WorkbookPort {
  readonly kind = "excel" as const;

  existingSheets(): Promise<string[]> {
    return Excel.run((context) => findOurSheets(context));
  }

  async create(meta: PaneMeta, options: CreateOptions = {}): Promise<void> {
    const plan = buildAssessmentPlan(meta);
    if (options.target === "newWorkbook") {
      // A second assessment goes into its own workbook: our names stay the ones every formula expects.
      options.onProgress?.(portTexts().progress.buildingWorkbook);
      const { writePlan } = await loadXlsx();
      const data = await writePlan(plan).xlsx.writeBuffer();
      options.onProgress?.(portTexts().progress.openingInExcel);
      await Excel.createWorkbook(toBase64(new Uint8Array(data as ArrayBuffer)));
      return;
    }
    await Excel.run((context) =>
      applyPlan(context, plan, { onProgress: options.onProgress, noteApi: pickNoteApi() })
    );
  }

  openExisting(): Promise<PaneMeta | null> {
    return Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET_NAMES.cover).activate();
      const cover = queueCover(context);
      await context.sync();
      // No cover fields at all: nothing to open (the pane keeps what it has).
      if (cover.perspective.isNullObject) return null;
      const read = coverOf(cover);
      if (read.problems.length) throw new ReadBackError(read.problems);
      return { ...read.meta, ...(read.assessmentId && { assessmentId: read.assessmentId }) };
    });
  }

  async readScores(): Promise<ScoreRead> {
    const read = await Excel.run((context) => readAssessmentFromWorkbook(context));
    return {
      us: read.us,
      them: read.them,
      weights: read.weights,
      problems: read.problems,
      itemSetVersion: read.itemSetVersion,
    };
  }

  goToItem(itemId: string, side: Side): Promise<void> {
    return Excel.run(async (context) => {
      // Ids keep one meaning across question sets: any released set finds the item's step.
      const item = Object.values(ITEM_SETS)
        .flat()
        .find((i) => i.id === itemId);
      if (!item) throw new Error(portTexts().goTo.unknownItem(itemId));
      const step = itemStep(item);
      const table = context.workbook.tables.getItemOrNullObject(TABLE_NAMES.items(step));
      table.load("name");
      await context.sync();
      // A renamed or deleted table gets our message, not Excel's ItemNotFound.
      if (table.isNullObject)
        throw new Error(portTexts().goTo.noTable(TABLE_NAMES.items(step), SHEET_NAMES[step]));
      const ids = table.columns.getItem(ITEM_HEADERS.id).getDataBodyRange().load("values");
      await context.sync();
      const row = ids.values.findIndex((r) => String(r[0]) === itemId);
      if (row < 0) {
        throw new Error(portTexts().goTo.noRow(itemId, TABLE_NAMES.items(step), SHEET_NAMES[step]));
      }
      const column = side === "us" ? ITEM_HEADERS.our : ITEM_HEADERS.their;
      const cell = table.columns.getItem(column).getDataBodyRange().getCell(row, 0);
      cell.worksheet.activate();
      cell.select();
      await context.sync();
    });
  }

  async writeResults(
    payload: ResultsPayload,
    onProgress?: (message: string) => void
  ): Promise<void> {
    onProgress?.(portTexts().progress.writingResults);
    const { meta, recommendation, roadmap } = payload;
    // The action log keeps the analyst's edits (read in the same first sync); the Summary keeps the
    // typed decision. Print settings as at creation (footer with the cover's confidentiality label);
    // a workbook made before the "added" sheets gets them in the same batch.
    const scores = summaryScores(payload.profile);
    const sheets = refreshPlans({
      meta,
      recommendation,
      roadmap,
      takenAt: new Date().toISOString(),
      scores,
    });
    await Excel.run((context) => {
      // Issue 13: each phase against the rounds; CF_History comes with the refresh's first sync.
      const history = queueHistory(context);
      return replaceResults(
        context,
        { sheets },
        {
          optional: refreshedSheetNames("added"),
          addMissing: true,
          afterRead: (read) =>
            read.map((s) =>
              s.role === "roadmap"
                ? withRoundStatus(s, roadmap, history(), recommendation.startModel)
                : s.role === "results"
                  ? withRoundChanges(s, history(), scores, recommendation.trustGap)
                  : s
            ),
        }
      );
    });
  }

  liveFormulasOff(): Promise<boolean> {
    return Excel.run((context) => liveFormulasMissing(context, buildResultsPlan(null)));
  }

  async turnOnLiveFormulas(): Promise<void> {
    await Excel.run((context) => writeLiveFormulas(context, buildResultsPlan(null)));
  }

  prepareQuestionnaire(
    onProgress?: ProgressFn,
    opts: { shareEvidence?: boolean } = {}
  ): Promise<QuestionnaireOutcome> {
    return this.openQuestionnaire(onProgress, opts);
  }

  /** Issue 13: the same questionnaire for a colleague on our side, opened as a new workbook. */
  prepareColleagueQuestionnaire(onProgress?: ProgressFn): Promise<QuestionnaireOutcome> {
    return this.openQuestionnaire(onProgress, { side: "us" });
  }

  private async openQuestionnaire(
    onProgress: ProgressFn | undefined,
    opts: { shareEvidence?: boolean; side?: Side }
  ): Promise<QuestionnaireOutcome> {
    onProgress?.(portTexts().progress.readingCover);
    const plan = await Excel.run((context) => questionnairePlanFromExcel(context, opts));
    onProgress?.(portTexts().progress.buildingQuestionnaire);
    const { planToBuffer } = await loadXlsx();
    // planToBuffer may hand back a Buffer (Node) or a Uint8Array (browser): both are byte arrays.
    const bytes = new Uint8Array(await planToBuffer(plan));
    onProgress?.(portTexts().progress.openingInExcel);
    await openQuestionnaireInExcel(toBase64(bytes));
    return { delivered: "opened", assessmentId: questionnaireId(plan) };
  }

  /** Issue 13: respondents, history and the open round, read in one batch. */
  readRounds(): Promise<RoundsOverview> {
    return Excel.run((context) => readRoundsInExcel(context));
  }

  /** Issue 13: every file is read and checked before the one write batch; a refusal changes nothing. */
  async importRespondents(
    files: PickedFile[],
    onProgress?: ProgressFn
  ): Promise<RespondentsImport> {
    onProgress?.(portTexts().progress.checkingFiles(files.length));
    const { readReturnedFiles } = await loadXlsxRespondents();
    const returned = await readReturnedFiles(
      files.map((f) => ({ data: f.data, fileName: f.name }))
    );
    onProgress?.(portTexts().progress.writingRespondents);
    const outcome = await Excel.run((context) =>
      importRespondentsInExcel(context, returned, { noteApi: pickNoteApi() })
    );
    onProgress?.(portTexts().progress.readingRespondents);
    return { added: outcome.added, replaced: outcome.replaced, overview: await this.readRounds() };
  }

  async removeRespondent(name: string, side: Side): Promise<RoundsOverview> {
    await Excel.run((context) =>
      removeRespondentInExcel(context, name, side, { noteApi: pickNoteApi() })
    );
    return this.readRounds();
  }

  /** Issue 13: closes the round into CF History and opens the next one in this workbook. */
  async startRound(date: string, onProgress?: ProgressFn): Promise<RoundsOverview> {
    onProgress?.(portTexts().progress.closingRound);
    await Excel.run((context) => startRoundInExcel(context, date, { noteApi: pickNoteApi() }));
    return this.readRounds();
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
    const plan = printedJointSummary(meta, recommendation, roadmap, profile);
    const { planToBuffer } = await loadXlsx();
    const bytes = new Uint8Array(await planToBuffer(plan));
    onProgress?.(portTexts().progress.openingInExcel);
    // A workbook of its own, like the questionnaire: ours is not touched.
    await openQuestionnaireInExcel(toBase64(bytes));
    return { delivered: "opened" };
  }

  async importAnswers(file: PickedFile, onProgress?: ProgressFn): Promise<AnswersImport> {
    onProgress?.(portTexts().progress.checkingReturnedFile);
    const { readReturnedQuestionnaire } = await loadXlsxExchange();
    const returned = await readReturnedQuestionnaire(file.data, file.name);
    onProgress?.(portTexts().progress.writingTheirAnswers);
    const outcome = await Excel.run((context) => importAnswersInExcel(context, returned));
    onProgress?.(portTexts().progress.readingBothSides);
    return { report: outcome.report, read: await this.readScores() };
  }

  async buildPortfolio(files: PickedFile[], onProgress?: ProgressFn): Promise<PortfolioOutcome> {
    onProgress?.(portTexts().progress.loadingReader);
    const { readPortfolioFiles } = await loadXlsxPortfolio();
    const { rows, skipped } = await readPortfolioFiles(files, (i, total) =>
      onProgress?.(portTexts().progress.readingFile(i + 1, total))
    );
    if (rows.length === 0) return { rows, skipped, delivered: "none" };
    onProgress?.(portTexts().progress.writingPortfolio);
    const report = await Excel.run((context) =>
      writePortfolioInExcel(context, rows, todayIso(), { noteApi: pickNoteApi() })
    );
    const { mode, added, updated, kept } = report;
    return {
      rows,
      skipped,
      delivered: "workbook",
      written: { mode, added, updated, kept, rows: report.rows },
    };
  }

  async upgradeItemSet(onProgress?: ProgressFn): Promise<ItemSetUpgradeOutcome> {
    onProgress?.(portTexts().progress.readingWorkbook);
    const input = await Excel.run((context) => readUpgradeInput(context));
    onProgress?.(portTexts().progress.buildingWorkbook);
    const { plan, upgrade, toAnswer } = buildUpgradePlan(input);
    const { planToBuffer } = await loadXlsx();
    const bytes = new Uint8Array(await planToBuffer(plan));
    onProgress?.(portTexts().progress.openingInExcel);
    // A new workbook, as the questionnaire: the open one is only read.
    await Excel.createWorkbook(toBase64(bytes));
    return { delivered: "opened", from: upgrade.from, to: upgrade.to, toAnswer };
  }
}
