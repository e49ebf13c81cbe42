/** `collabfit questionnaire`: the file the other party fills in, made from our assessment. */
import { CliError, type Command } from "../cli-error";
import { cliTexts } from "../../core/texts/parts/cli";
import { buildQuestionnaireBuffer } from "../../xlsx/exchange";
import { asCliErrors, parseFlags, readInput, requireOutPath, writeNew } from "../files";

export const questionnaireCommand: Command = {
  usage: "questionnaire FILE.xlsx [--side them|us] [--share-evidence] --out THEIRS.xlsx",
  syntax: ["FILE.xlsx", "--side", "them", "us", "--share-evidence", "--out", "THEIRS.xlsx"],
  help: () => cliTexts().questionnaire.help,
  async run(args) {
    const { flags, on, positional } = parseFlags(args, ["out", "side"], ["share-evidence"], 1);
    const t = cliTexts().questionnaire;
    const side = flags.side ?? "them";
    if (side !== "us" && side !== "them") throw new CliError(t.badSide(String(flags.side)));
    const inFile = positional[0];
    const ours = readInput(inFile, cliTexts().files.assessmentWorkbook);
    const out = requireOutPath(flags.out);
    const q = await asCliErrors(
      () => buildQuestionnaireBuffer(ours, { side, shareEvidence: on.has("share-evidence") }),
      inFile
    );
    writeNew(out, q.buffer);
    const to = side === "us" ? t.colleague : t.otherParty;
    process.stdout.write(`${t.wrote(out, q.assessmentId, to, inFile)}\n`);
    return 0;
  },
};
