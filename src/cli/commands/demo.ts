/** `collabfit demo`: a filled example workbook for both sides, with results and roadmap. */
import { buildDemoPlan, DEMO_META } from "../../core/workbook/demo";
import { planToBuffer } from "../../xlsx";
import type { Command } from "../cli-error";
import { cliTexts } from "../../core/texts/parts/cli";
import { parseFlags, requireOutPath, todayIso, writeNew } from "../files";

export const demoCommand: Command = {
  usage: "demo --out FILE.xlsx",
  syntax: ["--out", "FILE.xlsx"],
  help: () => cliTexts().demo.help(DEMO_META.us, DEMO_META.them),
  async run(args) {
    const { flags } = parseFlags(args, ["out"]);
    const out = requireOutPath(flags.out);
    // Dated today, so the roadmap's phases read as the plan ahead rather than as overdue.
    const now = new Date();
    writeNew(out, await planToBuffer(buildDemoPlan(now.toISOString(), todayIso(now))));
    process.stdout.write(`${cliTexts().demo.wrote(out)}\n`);
    return 0;
  },
};
