/** `collabfit upgrade`: a workbook on an older question set, moved to the current one in a NEW file. */
import { CliError, type Command } from "../cli-error";
import { cliTexts } from "../../core/texts/parts/cli";
import { asCliErrors, parseFlags, readInput, requireOutPath, writeNew } from "../files";
import { ITEM_SET_VERSION } from "../../core/method";

export const upgradeCommand: Command = {
  usage: "upgrade FILE.xlsx --out NEW.xlsx",
  syntax: ["FILE.xlsx", "--out", "NEW.xlsx"],
  help: () => cliTexts().upgrade.help(ITEM_SET_VERSION),
  async run(args) {
    const { flags, positional } = parseFlags(args, ["out"], [], 1);
    const inFile = positional[0];
    const data = readInput(inFile, cliTexts().files.assessmentWorkbook);
    const out = requireOutPath(flags.out, inFile);
    const { openWorkbook } = await import("../../xlsx/exchange");
    const { upgradeWorkbook } = await import("../../xlsx/upgrade");
    const wb = await asCliErrors(() => openWorkbook(data, cliTexts().files.theWorkbook), inFile);
    let done: Awaited<ReturnType<typeof upgradeWorkbook>>;
    try {
      done = await upgradeWorkbook(wb);
    } catch (err) {
      throw new CliError(`${inFile}: ${(err as Error).message}`);
    }
    writeNew(out, done.buffer);
    const t = cliTexts().upgrade;
    const list = done.toAnswer.map((q) => `  ${t.question(q.id, q.sheet, q.question)}`).join("\n");
    const { from, to, carried } = done.upgrade;
    const again = String(done.toAnswer.length);
    process.stdout.write(`${t.wrote(out, from, to, String(carried.length), again)}\n${list}\n`);
    return 0;
  },
};
