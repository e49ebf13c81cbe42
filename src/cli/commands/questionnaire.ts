/** `collabfit questionnaire`: the file the other party fills in, made from our assessment. */
import { CliError, type Command } from "../cli-error";
import { buildQuestionnaireBuffer } from "../../xlsx/exchange";
import { asCliErrors, parseFlags, readInput, requireOutPath, writeNew } from "../files";

export const questionnaireCommand: Command = {
  usage: "questionnaire FILE.xlsx [--side them|us] [--share-evidence] --out THEIRS.xlsx",
  help:
    "Writes a questionnaire for the other party: the questions with their anchors, one score and one notes " +
    "column for them, and instructions written to them. None of our scores, notes, weights, results or " +
    "roadmap go in. It needs no add-in, only the score and notes cells can be edited, and it carries this " +
    "assessment's reference so `collabfit import` can match it. FILE.xlsx is only read; --out is never overwritten. " +
    "--side us writes the same questionnaire for a colleague on our side (none of anyone's answers go in); " +
    "importing it adds them as one of our respondents. " +
    "--share-evidence adds our Evidence column (source, date, measured figure) beside the questions; without it no evidence goes in.",
  async run(args) {
    const { flags, on, positional } = parseFlags(args, ["out", "side"], ["share-evidence"], 1);
    const side = flags.side ?? "them";
    if (side !== "us" && side !== "them")
      throw new CliError(
        `--side ${flags.side}: allowed: them (the other party) or us (a colleague)`
      );
    const inFile = positional[0];
    const ours = readInput(inFile, "FILE.xlsx (the assessment workbook)");
    const out = requireOutPath(flags.out);
    const q = await asCliErrors(
      () => buildQuestionnaireBuffer(ours, { side, shareEvidence: on.has("share-evidence") }),
      inFile
    );
    writeNew(out, q.buffer);
    process.stdout.write(
      `Wrote ${out}: questionnaire for assessment ${q.assessmentId}; send it to ${side === "us" ? "a colleague on our side" : "the other party"}, then run \`collabfit import ${inFile} --answers ${out} --out MERGED.xlsx\`.\n`
    );
    return 0;
  },
};
