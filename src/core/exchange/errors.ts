import { formatProblem } from "../workbook/problem-text";
import type { ReadProblem } from "../workbook/plan";

/**
 * A questionnaire or workbook the exchange refuses, with every reason and where it is. Thrown before
 * anything is written, so the caller's workbook is unchanged.
 */
export class ExchangeError extends Error {
  constructor(readonly problems: ReadProblem[]) {
    super(
      problems.length === 0
        ? "the file was refused"
        : formatProblem(problems[0]) +
            (problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : "")
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
