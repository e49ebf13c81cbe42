/**
 * A WorkbookPort whose implementation (ExcelPort with src/excel, or PreviewPort with the sheet layout)
 * is fetched on the first call. The first view needs only the port's kind and which optional
 * actions exist, so the pane becomes interactive before that code arrives.
 */
import type { Side } from "../core/method/types";
import type {
  AnswersImport,
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

type Optional = "setScore" | "goToItem" | "download" | "liveFormulasOff" | "turnOnLiveFormulas";

/** Which optional actions each kind of port offers (ExcelPort and PreviewPort, as implemented). */
export const OPTIONAL_ACTIONS: Record<WorkbookPort["kind"], readonly Optional[]> = {
  excel: ["goToItem", "liveFormulasOff", "turnOnLiveFormulas"],
  preview: ["setScore", "download"],
};

export function lazyPort(
  kind: WorkbookPort["kind"],
  load: () => Promise<WorkbookPort>
): WorkbookPort {
  let loading: Promise<WorkbookPort> | null = null;
  const port = (): Promise<WorkbookPort> => {
    // A failed load (network hiccup) may be retried on the next action: forget the rejection.
    loading ??= load().then(
      (real) => {
        if (real.kind !== kind) throw new Error(`expected a ${kind} port, got ${real.kind}`);
        return real;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      }
    );
    return loading;
  };
  const lazy: WorkbookPort = {
    kind,
    existingSheets: async () => (await port()).existingSheets(),
    create: async (meta: PaneMeta, options?: CreateOptions) => (await port()).create(meta, options),
    openExisting: async () => (await port()).openExisting(),
    readScores: async (): Promise<ScoreRead> => (await port()).readScores(),
    writeResults: async (payload: ResultsPayload, onProgress?: ProgressFn) =>
      (await port()).writeResults(payload, onProgress),
    prepareQuestionnaire: async (onProgress?: ProgressFn): Promise<QuestionnaireOutcome> =>
      (await port()).prepareQuestionnaire(onProgress),
    importAnswers: async (file: PickedFile, onProgress?: ProgressFn): Promise<AnswersImport> =>
      (await port()).importAnswers(file, onProgress),
  };
  const offers = OPTIONAL_ACTIONS[kind];
  const missing = (name: Optional) => new Error(`the ${kind} port has no ${name}`);
  if (offers.includes("setScore")) {
    lazy.setScore = async (itemId: string, side: Side, score: number | null) => {
      const real = await port();
      if (!real.setScore) throw missing("setScore");
      return real.setScore(itemId, side, score);
    };
  }
  if (offers.includes("goToItem")) {
    lazy.goToItem = async (itemId: string, side: Side) => {
      const real = await port();
      if (!real.goToItem) throw missing("goToItem");
      return real.goToItem(itemId, side);
    };
  }
  if (offers.includes("download")) {
    lazy.download = async (): Promise<DownloadFile> => {
      const real = await port();
      if (!real.download) throw missing("download");
      return real.download();
    };
  }
  if (offers.includes("liveFormulasOff")) {
    lazy.liveFormulasOff = async (): Promise<boolean> => {
      const real = await port();
      if (!real.liveFormulasOff) throw missing("liveFormulasOff");
      return real.liveFormulasOff();
    };
  }
  if (offers.includes("turnOnLiveFormulas")) {
    lazy.turnOnLiveFormulas = async (): Promise<void> => {
      const real = await port();
      if (!real.turnOnLiveFormulas) throw missing("turnOnLiveFormulas");
      return real.turnOnLiveFormulas();
    };
  }
  return lazy;
}
