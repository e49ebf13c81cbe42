/**
 * A WorkbookPort whose implementation (ExcelPort with src/excel, or PreviewPort with the sheet layout)
 * is fetched on the first call. The first view needs only the port's kind and which optional
 * actions exist, so the pane becomes interactive before that code arrives.
 */
import type { WorkbookPort } from "./workbook-port";

type Action = Exclude<keyof WorkbookPort, "kind">;
/** The port's optional members (`name?(): …`). */
export type OptionalAction = {
  [K in Action]-?: object extends Pick<WorkbookPort, K> ? K : never;
}[Action];
type RequiredAction = Exclude<Action, OptionalAction>;

// Records rather than arrays so the compiler insists every action of the interface is listed.
const REQUIRED: Record<RequiredAction, true> = {
  existingSheets: true,
  create: true,
  openExisting: true,
  readScores: true,
  writeResults: true,
  prepareQuestionnaire: true,
  importAnswers: true,
};
/** Every optional action of the interface (the test checks each against both real ports). */
export const ALL_OPTIONAL: Record<OptionalAction, true> = {
  setScore: true,
  goToItem: true,
  download: true,
  liveFormulasOff: true,
  turnOnLiveFormulas: true,
  buildPortfolio: true,
  readRounds: true,
  importRespondents: true,
  removeRespondent: true,
  startRound: true,
  prepareColleagueQuestionnaire: true,
  prepareJointSummary: true,
  upgradeItemSet: true,
};

/** Which optional actions each kind of port offers (ExcelPort and PreviewPort, as implemented). */
export const OPTIONAL_ACTIONS: Record<WorkbookPort["kind"], readonly OptionalAction[]> = {
  excel: [
    "goToItem",
    "liveFormulasOff",
    "turnOnLiveFormulas",
    "buildPortfolio",
    "readRounds",
    "importRespondents",
    "removeRespondent",
    "startRound",
    "prepareColleagueQuestionnaire",
    "prepareJointSummary",
    "upgradeItemSet",
  ],
  preview: [
    "setScore",
    "download",
    "buildPortfolio",
    "readRounds",
    "importRespondents",
    "removeRespondent",
    "startRound",
    "prepareColleagueQuestionnaire",
    "prepareJointSummary",
    "upgradeItemSet",
  ],
};

type AnyAction = (...args: unknown[]) => Promise<unknown>;

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
  const forward =
    (name: Action): AnyAction =>
    async (...args) => {
      const real = await port();
      const action = real[name] as AnyAction | undefined;
      if (!action) throw new Error(`the ${kind} port has no ${name}`);
      return action.apply(real, args);
    };
  const lazy: Record<string, unknown> = { kind };
  for (const name of Object.keys(REQUIRED) as Action[]) lazy[name] = forward(name);
  for (const name of OPTIONAL_ACTIONS[kind]) lazy[name] = forward(name);
  return lazy as unknown as WorkbookPort;
}
