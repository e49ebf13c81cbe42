/** `collabfit import`: their returned questionnaire merged into a copy of our assessment. */
import { perceptionSummary, workshopTopics } from "../../core/exchange/gaps";
import { formatImportReport } from "../../core/exchange/answers";
import { FILE_LIMITS } from "../../core/exchange/names";
import { MAX_CELL_TEXT } from "../../core/exchange/merge";
import { quoteText } from "../../core/exchange/quote";
import { describeInterestRow } from "../../core/exchange/interests";
import { sheetRef } from "../../core/workbook/names";
import { readAssessment } from "../../core/workbook/readback";
import { ColleagueFileError, importAnswersBuffer, loadOurAssessment } from "../../xlsx/exchange";
import { readItemTables, workbookItemSet } from "../../xlsx";
import { CliError, type Command } from "../cli-error";
import { importRespondents, removeRespondentCli, takeRepeated } from "./import-respondents";
import {
  asCliErrors,
  parseFlags,
  readInput,
  requireOutPath,
  warnContentLost,
  writeNew,
} from "../files";

/**
 * JSON that a terminal shows as it is: JSON.stringify escapes C0 controls but leaves C1 controls and
 * bidirectional overrides from their file as raw characters; these become \\u escapes (still JSON).
 */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

export const importCommand: Command = {
  usage:
    "import FILE.xlsx --answers THEIRS.xlsx [--answers MORE.xlsx ...] --out MERGED.xlsx [--json] | import FILE.xlsx --remove NAME --out OUT.xlsx",
  help:
    "Checks the returned questionnaire (an .xlsx made by `collabfit questionnaire` for this assessment and " +
    "question set), then writes a copy of FILE.xlsx with their answers in the Their score column and their " +
    "notes added to Notes. Answers that are not 1-5 or N/A are skipped and listed with their cell. " +
    "FILE.xlsx and THEIRS.xlsx are only read; --out is never overwritten. --json prints the report as JSON. " +
    "With several --answers files, each is one respondent of their side (kept in CF_Responses; the side's " +
    "scores are the respondents' means); a respondent imported again replaces their earlier answers.",
  async run(args) {
    // Issue 13: several --answers files, one respondent each.
    const many = takeRepeated(args, "answers");
    if (many.values.length > 1) {
      const m = parseFlags(many.rest, ["out"], ["json"], 1);
      return importRespondents(m.positional[0], many.values, m.flags.out, m.on.has("json"));
    }
    if (args.includes("--remove")) {
      const m = parseFlags(args, ["remove", "out"], ["json"], 1);
      return removeRespondentCli(m.positional[0], m.flags.remove, m.flags.out, m.on.has("json"));
    }
    const { flags, positional, on } = parseFlags(args, ["answers", "out"], ["json"], 1);
    const inFile = positional[0];
    const ours = readInput(inFile, "FILE.xlsx (the assessment workbook)");
    if (!flags.answers) throw new CliError("--answers THEIRS.xlsx is required");
    const theirs = readInput(flags.answers, "--answers THEIRS.xlsx", FILE_LIMITS.maxBytes);
    const out = requireOutPath(flags.out);
    const outcome = await asCliErrors(
      () =>
        importAnswersBuffer(ours, theirs, flags.answers).catch((err: unknown) => {
          // A colleague's questionnaire: one of our respondents (issue 13), not their score column.
          if (err instanceof ColleagueFileError) return null;
          throw err;
        }),
      flags.answers
    );
    if (outcome === null)
      return importRespondents(inFile, [flags.answers], flags.out, on.has("json"));
    // Read back what was written, so the gaps reported are those of the merged file itself.
    const merged = await loadOurAssessment(outcome.buffer, "written");
    const { items } = workbookItemSet(merged.workbook);
    const read = readAssessment(readItemTables(merged.workbook), items);
    const gaps = perceptionSummary(read, merged.meta.perspective, items);
    writeNew(out, outcome.buffer);
    for (const n of outcome.normalised) process.stderr.write(`note: ${out}: ${n}\n`);
    await warnContentLost(ours, inFile, out);
    if (on.has("json")) {
      process.stdout.write(
        jsonForTerminal({
          out,
          report: outcome.report,
          notesCut: outcome.merge.cutNotes,
          notesNotWritten: outcome.notesNotWritten,
          interestsWritten: outcome.interests.writes.length,
          interestsNotPlaced: outcome.interests.notPlaced,
          perceptionGaps: gaps,
        }) + "\n"
      );
      return 0;
    }
    const lines = [
      `Wrote ${out}.`,
      ...formatImportReport(outcome.report),
      ...outcome.merge.cutNotes.map(
        (c) =>
          `  note for ${c.itemId} cut at ${sheetRef(c.sheet)}!${c.cell}: the cell would pass Excel's ${MAX_CELL_TEXT.toLocaleString("en-US")}-character limit`
      ),
      ...outcome.notesNotWritten.map(
        (n) =>
          `  note not written at ${sheetRef(n.sheet)}!${n.cell} (${n.why}, left as it is); their note: ${quoteText(n.note, 300)}`
      ),
      ...(outcome.interests.writes.length
        ? [
            `  ${outcome.interests.writes.length} of their interests and objectives written into "Their interests and objectives" (S1).`,
          ]
        : []),
      ...outcome.interests.notPlaced.map(
        (r) =>
          `  interest not written (no blank row left in "Their interests and objectives"; add rows and import again): ${describeInterestRow(r)}`
      ),
      gaps.dimensions.length || gaps.items.length
        ? "Biggest differences between the two views (topics for a joint workshop):"
        : "No perception gap: the two views agree within the method's thresholds.",
      ...workshopTopics(gaps, 8).map((t) => `  - ${t}`),
    ];
    process.stdout.write(lines.join("\n") + "\n");
    return 0;
  },
};
