/** An in-memory WorkbookPort for the pane's DOM tests: records calls, can be told to fail. */
import type { Side } from "../../../src/core/method/types";
import type {
  AnswersImport,
  ItemSetUpgradeOutcome,
  CreateOptions,
  JointSummaryOutcome,
  PaneMeta,
  PickedFile,
  PortfolioOutcome,
  QuestionnaireOutcome,
  ResultsPayload,
  ScoreRead,
  WorkbookPort,
} from "../../../src/taskpane/workbook-port";
import type { RoundsOverview } from "../../../src/core/rounds/overview";

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
      | "importAnswers"
      | "buildPortfolio",
      unknown
    >
  > = {};
  /** Questionnaires prepared so far. */
  prepared = 0;
  /** The options of each prepareQuestionnaire call. */
  preparedOpts: Array<{ shareEvidence?: boolean }> = [];
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

  /** Payloads handed to prepareJointSummary. */
  joint: ResultsPayload[] = [];

  async prepareJointSummary(payload: ResultsPayload): Promise<JointSummaryOutcome> {
    this.joint.push(payload);
    return this.kind === "excel"
      ? { delivered: "opened" }
      : {
          delivered: "download",
          file: { fileName: "joint-summary.xlsx", blob: new Blob(["j"]) },
        };
  }

  async prepareQuestionnaire(
    _onProgress?: unknown,
    opts: { shareEvidence?: boolean } = {}
  ): Promise<QuestionnaireOutcome> {
    this.fail("prepareQuestionnaire");
    this.prepared++;
    this.preparedOpts.push(opts);
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

  /** Each pick handed to buildPortfolio, with the bytes of every file. */
  portfolioPicks: PickedFile[][] = [];
  /** What buildPortfolio reports for a pick (set by a test). */
  portfolioResult: (files: PickedFile[]) => PortfolioOutcome = () => ({
    rows: [],
    skipped: [],
    delivered: "none",
  });

  async buildPortfolio(
    files: PickedFile[],
    onProgress?: (m: string) => void
  ): Promise<PortfolioOutcome> {
    onProgress?.("Reading the files");
    this.portfolioPicks.push(files);
    this.fail("buildPortfolio");
    return this.portfolioResult(files);
  }

  // Issue 13: respondents and rounds. Installed by withRounds (a port without them hides the actions).
  readRounds?: WorkbookPort["readRounds"];
  importRespondents?: WorkbookPort["importRespondents"];
  removeRespondent?: WorkbookPort["removeRespondent"];
  startRound?: WorkbookPort["startRound"];
  /** Calls made to the rounds actions, in order. */
  roundCalls: string[] = [];

  /** Gives the port the rounds actions, answering with `overview` (and `next` after a change). */
  withRounds(
    overview: RoundsOverview,
    next: Partial<Record<"import" | "remove" | "round", RoundsOverview>> = {}
  ): this {
    let current = overview;
    this.readRounds = async () => {
      this.roundCalls.push("read");
      return current;
    };
    // Both ports import, remove and close rounds (the Excel port through Office.js).
    {
      this.importRespondents = async (files) => {
        this.roundCalls.push(`import ${files.map((f) => f.name).join(", ")}`);
        current = next.import ?? current;
        return {
          added: files.map((f) => f.name.replace(/\.xlsx$/, "")),
          replaced: [],
          overview: current,
        };
      };
      this.removeRespondent = async (name, side) => {
        this.roundCalls.push(`remove ${side} ${name}`);
        current = next.remove ?? current;
        return current;
      };
      this.startRound = async (date) => {
        this.roundCalls.push(`round ${date}`);
        current = next.round ?? current;
        return current;
      };
    }
    return this;
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
