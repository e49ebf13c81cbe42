/** `collabfit import`: their returned questionnaire merged into a copy of our assessment. */
import { perceptionSummary, workshopTopics } from "../../core/exchange/gaps";
import { formatImportReport } from "../../core/exchange/answers";
import { readAssessment } from "../../core/workbook/readback";
import { importAnswersBuffer, loadOurAssessment } from "../../xlsx/exchange";
import { readItemTables, workbookItemSet } from "../../xlsx";
import { CliError, type Command } from "../cli-error";
import {
  asCliErrors,
  parseFlags,
  readInput,
  requireOutPath,
  warnContentLost,
  writeNew,
} from "../files";

export const importCommand: Command = {
  usage: "import FILE.xlsx --answers THEIRS.xlsx --out MERGED.xlsx [--json]",
  help:
    "Checks the returned questionnaire (an .xlsx made by `collabfit questionnaire` for this assessment and " +
    "question set), then writes a copy of FILE.xlsx with their answers in the Their score column and their " +
    "notes added to Notes. Answers that are not 1-5 or N/A are skipped and listed with their cell. " +
    "FILE.xlsx and THEIRS.xlsx are only read; --out is never overwritten. --json prints the report as JSON.",
  async run(args) {
    const { flags, positional, on } = parseFlags(args, ["answers", "out"], ["json"], 1);
    const inFile = positional[0];
    const ours = readInput(inFile, "FILE.xlsx (the assessment workbook)");
    if (!flags.answers) throw new CliError("--answers THEIRS.xlsx is required");
    const theirs = readInput(flags.answers, "--answers THEIRS.xlsx");
    const out = requireOutPath(flags.out);
    const outcome = await asCliErrors(
      () => importAnswersBuffer(ours, theirs, flags.answers),
      flags.answers
    );
    // Read back what was written, so the gaps reported are those of the merged file itself.
    const merged = await loadOurAssessment(outcome.buffer);
    const { items } = workbookItemSet(merged.workbook);
    const read = readAssessment(readItemTables(merged.workbook), items);
    const gaps = perceptionSummary(read, merged.meta.perspective, items);
    writeNew(out, outcome.buffer);
    await warnContentLost(ours, inFile, out);
    if (on.has("json")) {
      process.stdout.write(
        JSON.stringify({ out, report: outcome.report, perceptionGaps: gaps }, null, 2) + "\n"
      );
      return 0;
    }
    const lines = [
      `Wrote ${out}.`,
      ...formatImportReport(outcome.report),
      gaps.dimensions.length || gaps.items.length
        ? "Biggest differences between the two views (topics for a joint workshop):"
        : "No perception gap: the two views agree within the method's thresholds.",
      ...workshopTopics(gaps, 8).map((t) => `  - ${t}`),
    ];
    process.stdout.write(lines.join("\n") + "\n");
    return 0;
  },
};
