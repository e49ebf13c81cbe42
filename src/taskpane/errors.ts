/** Turns whatever went wrong into something the MessageBar can show: what, where, what to do. */
import { ExchangeError, ExchangeFileError } from "../core/exchange/errors";
import { paneTexts } from "../core/texts/parts/pane";
import type { ReadProblem } from "../core/workbook/plan";

export interface PaneMessage {
  title: string;
  message: string;
  action: string;
  problems?: ReadProblem[];
}

/**
 * A pane-level problem with what to do about it. Here rather than in pane-model.ts (which
 * re-exports it): the first view needs toPaneMessage, not the scoring code pane-model brings along.
 */
export class PaneError extends Error {
  constructor(
    message: string,
    readonly action: string
  ) {
    super(message);
    this.name = "PaneError";
  }
}

/** Thrown by the pane when read-back found cells it cannot use. */
export class ReadBackError extends Error {
  constructor(readonly problems: ReadProblem[]) {
    super(paneTexts().errors.cellsUnreadable(problems.length));
    this.name = "ReadBackError";
  }
}

interface OfficeLikeError {
  name?: string;
  code?: string;
  message?: string;
  debugInfo?: { errorLocation?: string; message?: string };
}

/** The adapters' lower-case clauses as a sentence. */
function sentence(text: string): string {
  const t = text.trim();
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?)]$/.test(t) ? "" : "."}`;
}

export function toPaneMessage(error: unknown, during: string): PaneMessage {
  const t = paneTexts().errors;
  if (error instanceof ReadBackError) {
    return {
      title: t.unreadableTitle(during),
      message: error.message,
      action: t.unreadableAction,
      problems: error.problems,
    };
  }
  if (error instanceof ExchangeError || error instanceof ExchangeFileError) {
    return {
      title: t.refusedTitle(during),
      message: sentence(error.message),
      action: t.refusedAction,
      problems:
        error instanceof ExchangeError && error.problems.length > 1 ? error.problems : undefined,
    };
  }
  // Recognised by name: importing core/rounds here would put the engine into the first view.
  const name = error instanceof Error ? error.name : "";
  if (name === "RoundCloseError")
    return {
      title: t.roundNotClosedTitle(during),
      message: sentence((error as Error).message),
      action: t.roundNotClosedAction,
    };
  if (name === "RespondentError")
    return {
      title: t.respondentsNotChangedTitle(during),
      message: sentence((error as Error).message),
      action: t.respondentsNotChangedAction,
    };
  if (error instanceof PaneError) {
    return { title: t.cannotContinueTitle(during), message: error.message, action: error.action };
  }
  const officeError = (error ?? {}) as OfficeLikeError;
  if (typeof officeError.code === "string" && officeError.code.length > 0) {
    const where = officeError.debugInfo?.errorLocation;
    const details = officeError.message ?? t.noDetails;
    return {
      title: t.excelRefusedTitle(during),
      message: where
        ? t.excelRefusedMessageAt(officeError.code, details, where)
        : t.excelRefusedMessage(officeError.code, details),
      action: t.excelRefusedAction,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    title: t.unexpectedTitle(during),
    message,
    action: t.unexpectedAction,
  };
}

/**
 * toPaneMessage, with a ProfileError (scores that make no profile: the method's code and field) in
 * words. Its wording comes with the engine chunk, fetched only when one is met, so the first view
 * does not carry it; recognised by name, like RoundCloseError, to keep core/method out of it too.
 */
export async function toPaneMessageWorded(error: unknown, during: string): Promise<PaneMessage> {
  if (!(error instanceof Error) || error.name !== "ProfileError")
    return toPaneMessage(error, during);
  const { problemsTexts, profileProblemText } = await import(
    /* webpackChunkName: "engine" */ "./engine"
  );
  return {
    title: paneTexts().errors.cannotContinueTitle(during),
    message: profileProblemText(error as Parameters<typeof profileProblemText>[0]),
    action: problemsTexts().profileInput.paneAction,
  };
}
