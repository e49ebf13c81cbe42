/** `collabfit share`: the joint summary for the other party, made from our assessment. */
import { CliError, type Command } from "../cli-error";
import { cliTexts } from "../../core/texts/parts/cli";
import { asCliErrors, parseFlags, readInput, requireOutPath, todayIso, writeNew } from "../files";
import { recommendFromProfile } from "../profile-report";
import { formatProblem } from "../../core/workbook/readback";
import { printedJointSummary } from "../../core/workbook/joint-summary";

export const shareCommand: Command = {
  usage: "share FILE.xlsx --out JOINT.xlsx [--include-blockers] [--include-signoff]",
  syntax: ["FILE.xlsx", "--out", "JOINT.xlsx", "--include-blockers", "--include-signoff"],
  help: () => cliTexts().share.help,
  async run(args) {
    const { flags, on, positional } = parseFlags(
      args,
      ["out"],
      ["include-blockers", "include-signoff"],
      1
    );
    const inFile = positional[0];
    const data = readInput(inFile, cliTexts().files.assessmentWorkbook);
    const out = requireOutPath(flags.out, inFile);
    // Loaded here: only the workbook commands pay for exceljs.
    const { workbookProfile, planToBuffer } = await import("../../xlsx");
    const { openWorkbook } = await import("../../xlsx/exchange");
    const { readSignOff } = await import("../../xlsx/sign-off");
    const wb = await asCliErrors(() => openWorkbook(data, cliTexts().files.theWorkbook), inFile);
    const { meta, profile, problems } = workbookProfile(wb);
    if (!profile) {
      const more =
        problems.length > 1 ? ` ${cliTexts().share.more(String(problems.length - 1))}` : "";
      throw new CliError(`${inFile}: ${formatProblem(problems[0])}${more}`);
    }
    const { recommendation, roadmap } = recommendFromProfile(profile, todayIso());
    const plan = printedJointSummary(meta, recommendation, roadmap, profile, {
      includeBlockers: on.has("include-blockers"),
      ...(on.has("include-signoff") && { signOff: readSignOff(wb) }),
    });
    writeNew(out, await asCliErrors(() => planToBuffer(plan), inFile));
    process.stdout.write(`${cliTexts().share.wrote(out, meta.them)}\n`);
    return 0;
  },
};
