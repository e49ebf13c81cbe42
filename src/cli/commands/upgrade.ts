/** `collabfit upgrade`: a workbook on an older question set, moved to the current one in a NEW file. */
import { CliError, type Command } from "../cli-error";
import { asCliErrors, parseFlags, readInput, requireOutPath, writeNew } from "../files";
import { ITEM_SET_VERSION } from "../../core/method";

export const upgradeCommand: Command = {
  usage: "upgrade FILE.xlsx --out NEW.xlsx",
  help:
    `Writes a new workbook on the current question set (${ITEM_SET_VERSION}) from one on an older set: ` +
    "both sides' answers, weights, notes and evidence of every unchanged question are carried over, and " +
    "its CF Upgrade sheet lists the questions to answer again and your old answers to the replaced ones. " +
    "FILE.xlsx is only read; --out is never overwritten.",
  async run(args) {
    const { flags, positional } = parseFlags(args, ["out"], [], 1);
    const inFile = positional[0];
    const data = readInput(inFile, "FILE.xlsx (the assessment workbook)");
    const out = requireOutPath(flags.out, inFile);
    const { openWorkbook } = await import("../../xlsx/exchange");
    const { upgradeWorkbook } = await import("../../xlsx/upgrade");
    const wb = await asCliErrors(() => openWorkbook(data, "the workbook"), inFile);
    let done: Awaited<ReturnType<typeof upgradeWorkbook>>;
    try {
      done = await upgradeWorkbook(wb);
    } catch (err) {
      throw new CliError(`${inFile}: ${(err as Error).message}`);
    }
    writeNew(out, done.buffer);
    const list = done.toAnswer.map((t) => `  ${t.id} (${t.sheet}): ${t.question}`).join("\n");
    process.stdout.write(
      `Wrote ${out}: question set ${done.upgrade.from} -> ${done.upgrade.to}; ` +
        `the answers to ${done.upgrade.carried.length} unchanged questions carried over, ${done.toAnswer.length} questions to answer again (both sides):\n${list}\n`
    );
    return 0;
  },
};
