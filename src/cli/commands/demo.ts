/** `collabfit demo`: a filled example workbook for both sides, with results and roadmap. */
import { buildDemoPlan, DEMO_META } from "../../core/workbook/demo";
import { planToBuffer } from "../../xlsx";
import type { Command } from "../cli-error";
import { parseFlags, requireOutPath, todayIso, writeNew } from "../files";

export const demoCommand: Command = {
  usage: "demo --out FILE.xlsx",
  help: `Writes a realistic, filled assessment (${DEMO_META.us} and ${DEMO_META.them}, scored by both sides) with its results and roadmap. Refuses to overwrite an existing file.`,
  async run(args) {
    const { flags } = parseFlags(args, ["out"]);
    const out = requireOutPath(flags.out);
    // Dated today, so the roadmap's phases read as the plan ahead rather than as overdue.
    const now = new Date();
    writeNew(out, await planToBuffer(buildDemoPlan(now.toISOString(), todayIso(now))));
    process.stdout.write(`Wrote ${out}: a filled example; try \`collabfit recommend ${out}\`.\n`);
    return 0;
  },
};
