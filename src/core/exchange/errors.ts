import { formatProblem } from "../workbook/problem-text";
import type { ReadProblem } from "../workbook/plan";
import { refusalsTexts } from "../texts/parts/refusals";

/**
 * A questionnaire or workbook the exchange refuses, with every reason and where it is. Thrown before
 * anything is written, so the caller's workbook is unchanged.
 */
export class ExchangeError extends Error {
  constructor(readonly problems: ReadProblem[]) {
    const t = refusalsTexts();
    super(
      problems.length === 0
        ? t.refused
        : problems.length > 1
          ? t.more(formatProblem(problems[0]), problems.length - 1)
          : formatProblem(problems[0])
    );
    this.name = "ExchangeError";
  }
}

/** A refusal about the file as a whole (not a workbook, too big ...): no sheet or cell to name. */
export class ExchangeFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExchangeFileError";
  }
}
