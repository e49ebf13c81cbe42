/** An in-memory WorkbookPort for the pane's DOM tests: records calls, can be told to fail. */
import type { Side } from "../../../src/core/method/types";
import type {
  AnswersImport,
  ItemSetUpgradeOutcome,
  CreateOptions,
  PaneMeta,
  PickedFile,
  QuestionnaireOutcome,
  ResultsPayload,
  ScoreRead,
  WorkbookPort,
} from "../../../src/taskpane/workbook-port";

export class FakePort implements WorkbookPort {
  kind: "excel" | "preview";
  existing: string[] = [];
  read: ScoreRead = { us: {}, them: {}, problems: [] };
  created: { meta: PaneMeta; options?: CreateOptions }[] = [];
  opened = 0;
  written: ResultsPayload[] = [];
  selected: { itemId: string; side: Side }[] = [];
  /** Set to make the next call of that method reject. */
  failNext: Partial<
    Record<
      | "create"
      | "readScores"
      | "writeResults"
      | "existingSheets"
      | "prepareQuestionnaire"
      | "importAnswers",
      unknown
    >
  > = {};
  /** Questionnaires prepared so far. */
  prepared = 0;
  /** Files handed to importAnswers, with their bytes. */
  imported: PickedFile[] = [];
  /** What importAnswers reports, and the scores the workbook holds afterwards. */
  importResult: AnswersImport = {
    report: { assessmentId: "CF-0000-0000-0000-0000", imported: [], skipped: [] },
    read: { us: {}, them: {}, problems: [] },
  };
  /** When set, create waits for this promise (to observe the busy state). */
  gate: Promise<void> | null = null;

  constructor(kind: "excel" | "preview") {
    this.kind = kind;
    if (kind === "preview") {
      this.setScore = async (itemId: string, side: Side, score: number | null) => {
        this.read = { ...this.read, [side]: { ...this.read[side], [itemId]: score } };
      };
      this.download = async () => ({ fileName: "x.xlsx", blob: new Blob(["x"]) });
    } else {
      this.goToItem = async (itemId: string, side: Side) => {
        this.selected.push({ itemId, side });
      };
    }
  }

  setScore?: WorkbookPort["setScore"];
  goToItem?: WorkbookPort["goToItem"];
  download?: WorkbookPort["download"];

  private fail(name: keyof FakePort["failNext"]): void {
    if (name in this.failNext) {
      const error = this.failNext[name];
      delete this.failNext[name];
      throw error;
    }
  }

  async existingSheets(): Promise<string[]> {
    this.fail("existingSheets");
    return this.existing;
  }

  async create(meta: PaneMeta, options?: CreateOptions): Promise<void> {
    options?.onProgress?.("Writing sheets");
    if (this.gate) await this.gate;
    this.fail("create");
    this.created.push({ meta, options });
  }

  /** What openExisting reports as the workbook's cover record. */
  existingMeta: PaneMeta | null = null;

  async openExisting(): Promise<PaneMeta | null> {
    this.opened++;
    return this.existingMeta;
  }

  async readScores(): Promise<ScoreRead> {
    this.fail("readScores");
    return this.read;
  }

  async writeResults(payload: ResultsPayload): Promise<void> {
    this.fail("writeResults");
    this.written.push(payload);
  }

  async prepareQuestionnaire(): Promise<QuestionnaireOutcome> {
    this.fail("prepareQuestionnaire");
    this.prepared++;
    const assessmentId = this.created.at(-1)?.meta.assessmentId ?? "CF-0000-0000-0000-0000";
    return this.kind === "excel"
      ? { delivered: "opened", assessmentId }
      : {
          delivered: "download",
          assessmentId,
          file: { fileName: "Questionnaire CleanCo.xlsx", blob: new Blob(["q"]) },
        };
  }

  async importAnswers(file: PickedFile): Promise<AnswersImport> {
    this.imported.push(file);
    this.fail("importAnswers");
    this.read = this.importResult.read;
    return this.importResult;
  }

  /** Upgrades asked for so far. */
  upgrades = 0;
  async upgradeItemSet(): Promise<ItemSetUpgradeOutcome> {
    this.upgrades++;
    const out = {
      from: this.read.itemSetVersion ?? "",
      to: "2026.2",
      toAnswer: [
        {
          id: "TRU-5",
          sheet: "CF S3 Trust",
          question: "Does the other party keep to agreed dates?",
        },
      ],
    };
    return this.kind === "excel"
      ? { delivered: "opened", ...out }
      : {
          delivered: "download",
          ...out,
          file: { fileName: "Upgraded.xlsx", blob: new Blob(["u"]) },
        };
  }
}
