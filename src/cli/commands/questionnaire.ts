/** `collabfit questionnaire`: the file the other party fills in, made from our assessment. */
import * as fs from "node:fs";
import { ExchangeError, ExchangeFileError } from "../../core/exchange/errors";
import { CliError, type Command } from "../cli-error";
import { buildQuestionnaireBuffer } from "../../xlsx/exchange";
import { parseFlags, requireOutPath } from "./new";

export function readInput(path: string | undefined, what: string): Buffer {
  if (!path) throw new CliError(`${what} is required`);
  if (!/\.xlsx$/i.test(path)) throw new CliError(`${path}: ${what} must be an .xlsx file`);
  try {
    return fs.readFileSync(path);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "ENOENT") throw new CliError(`${path}: no such file`);
    if (code === "EISDIR") throw new CliError(`${path} is a folder, not an .xlsx file`);
    throw err;
  }
}

/** Creates `out` ("wx"), so an existing file is never overwritten, not even in a race. */
export function writeNew(out: string, data: Buffer): void {
  try {
    fs.writeFileSync(out, data, { flag: "wx" });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "EEXIST")
      throw new CliError(
        `${out} already exists; choose another file name (it is never overwritten)`
      );
    if (code === "ENOENT") throw new CliError(`cannot write ${out}: its folder does not exist`);
    throw err;
  }
}

/** Exchange refusals become one-line CLI errors (exit 2); anything else is a bug and propagates. */
export async function asCliErrors<T>(work: () => Promise<T>, file: string): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ExchangeError || err instanceof ExchangeFileError) {
      throw new CliError(`${file}: ${err.message.replace(/\s+/g, " ")}`);
    }
    throw err;
  }
}

export const questionnaireCommand: Command = {
  usage: "questionnaire FILE.xlsx --out THEIRS.xlsx",
  help:
    "Writes a questionnaire for the other party: the questions with their anchors, one score and one notes " +
    "column for them, and instructions written to them. None of our scores, notes, weights, results or " +
    "roadmap go in. It needs no add-in, only the score and notes cells can be edited, and it carries this " +
    "assessment's reference so `collabfit import` can match it. FILE.xlsx is only read; --out is never overwritten.",
  async run(args) {
    const { flags, positional } = parseFlags(args, ["out"], [], 1);
    const inFile = positional[0];
    const ours = readInput(inFile, "FILE.xlsx (the assessment workbook)");
    const out = requireOutPath(flags.out);
    const q = await asCliErrors(() => buildQuestionnaireBuffer(ours), inFile);
    writeNew(out, q.buffer);
    process.stdout.write(
      `Wrote ${out}: questionnaire for assessment ${q.assessmentId}; send it to the other party, then run \`collabfit import ${inFile} --answers ${out} --out MERGED.xlsx\`.\n`
    );
    return 0;
  },
};

// Registers itself: index.ts imports this module once.
