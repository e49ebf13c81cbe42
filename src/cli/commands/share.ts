/** `collabfit share`: the joint summary for the other party, made from our assessment. */
import { CliError, type Command } from "../cli-error";
import { asCliErrors, parseFlags, readInput, requireOutPath, todayIso, writeNew } from "../files";
import { recommendFromProfile } from "../profile-report";
import { formatProblem } from "../../core/workbook/readback";
import { printedJointSummary } from "../../core/workbook/joint-summary";

export const shareCommand: Command = {
  usage: "share FILE.xlsx --out JOINT.xlsx [--include-blockers] [--include-signoff]",
  help:
    "Writes the joint summary to share with the other party after the joint workshop: both sides' " +
    "dimension scores (theirs in our frame, with the gap), the gaps in view, and the roadmap's actions " +
    "marked as shared. None of our item answers, notes, evidence, weights, sign-off or assessor names go " +
    "in; the partnership blockers only with --include-blockers, the cover's sign-off (names and dates) only " +
    "with --include-signoff. FILE.xlsx is only read; --out is never overwritten.",
  async run(args) {
    const { flags, on, positional } = parseFlags(
      args,
      ["out"],
      ["include-blockers", "include-signoff"],
      1
    );
    const inFile = positional[0];
    const data = readInput(inFile, "FILE.xlsx (the assessment workbook)");
    const out = requireOutPath(flags.out, inFile);
    // Loaded here: only the workbook commands pay for exceljs.
    const { workbookProfile, planToBuffer } = await import("../../xlsx");
    const { openWorkbook } = await import("../../xlsx/exchange");
    const { readSignOff } = await import("../../xlsx/sign-off");
    const wb = await asCliErrors(() => openWorkbook(data, "the workbook"), inFile);
    const { meta, profile, problems } = workbookProfile(wb);
    if (!profile) {
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
      throw new CliError(`${inFile}: ${formatProblem(problems[0])}${more}`);
    }
    const { recommendation, roadmap } = recommendFromProfile(profile, todayIso());
    const plan = printedJointSummary(meta, recommendation, roadmap, profile, {
      includeBlockers: on.has("include-blockers"),
      ...(on.has("include-signoff") && { signOff: readSignOff(wb) }),
    });
    writeNew(out, await asCliErrors(() => planToBuffer(plan), inFile));
    process.stdout.write(`Wrote ${out}: joint summary to share with ${meta.them}.\n`);
    return 0;
  },
};
