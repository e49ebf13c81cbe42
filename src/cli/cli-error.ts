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
  /** e.g. "recommend --profile FILE.json [--json]" */
  usage: string;
  help: string;
  run(args: string[]): Promise<number>;
}
