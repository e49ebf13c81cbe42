/** An expected failure (bad input, refused overwrite): reported as one line on stderr. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2
  ) {
    super(message);
    this.name = "CliError";
  }
}

export interface Command {
  /** Syntax, the same in every language: e.g. "recommend --profile FILE.json [--json]". */
  usage: string;
  /** Every option name and placeholder in `usage` (syntax, not text: the pseudo-locale test allows them). */
  syntax: readonly string[];
  /** What it does, in the active language (read when shown, after the language is chosen). */
  help(): string;
  run(args: string[]): Promise<number>;
}
