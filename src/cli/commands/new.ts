/** `collabfit new`: an empty assessment workbook, ready to score. */
import { DEFAULT_PERSPECTIVE, PERSPECTIVES, type Perspective } from "../../core/method/types";
import { newAssessmentId } from "../../core/exchange/assessment-id";
import { buildAssessmentPlan, metaProblem } from "../../core/workbook/layout";
import type { AssessmentMeta } from "../../core/workbook/plan";
import { planToBuffer } from "../../xlsx";
import { CliError, type Command } from "../cli-error";
import { cliTexts } from "../../core/texts/parts/cli";
import { parseFlags, requireOutPath, todayIso, writeNew } from "../files";

export const newCommand: Command = {
  usage:
    "new --out FILE.xlsx [--title TEXT] [--us ORG] [--them ORG] [--perspective customer|supplier] [--date YYYY-MM-DD] [--assessors NAMES]",
  syntax: [
    "--out",
    "FILE.xlsx",
    "--title",
    "TEXT",
    "--us",
    "ORG",
    "--them",
    "--perspective",
    "customer",
    "supplier",
    "--date",
    "YYYY-MM-DD",
    "--assessors",
    "NAMES",
  ],
  help: () => cliTexts().new.help,
  async run(args) {
    const { flags } = parseFlags(args, [
      "out",
      "title",
      "us",
      "them",
      "perspective",
      "date",
      "assessors",
    ]);
    const perspective = flags.perspective ?? DEFAULT_PERSPECTIVE;
    if (!PERSPECTIVES.includes(perspective as Perspective)) {
      throw new CliError(
        cliTexts().new.perspectiveNotAllowed(perspective, PERSPECTIVES.join(", "))
      );
    }
    const meta: AssessmentMeta = {
      title: flags.title ?? cliTexts().new.untitled,
      us: flags.us ?? "",
      them: flags.them ?? "",
      perspective: perspective as Perspective,
      date: flags.date ?? todayIso(),
      assessors: flags.assessors ?? "",
      // A random reference: two assessments with the same cover facts stay apart in the exchange.
      assessmentId: newAssessmentId(),
    };
    // The option the value came from (the only two `new` takes that are checked).
    const problem = metaProblem(meta);
    if (problem)
      throw new CliError(
        `--${problem.field === "date" ? "date" : "perspective"}: ${problem.message}`
      );
    const out = requireOutPath(flags.out);
    const plan = buildAssessmentPlan(meta);
    writeNew(out, await planToBuffer(plan));
    process.stdout.write(`${cliTexts().new.wrote(out, String(plan.sheets.length))}\n`);
    return 0;
  },
};
