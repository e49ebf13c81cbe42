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
import { cliTexts } from "../../core/texts/parts/cli";
import { exchangeTexts } from "../../core/texts/parts/exchange";
import { importRespondents, removeRespondentCli, takeRepeated } from "./import-respondents";
import {
  asCliErrors,
  note,
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
  syntax: [
    "FILE.xlsx",
    "--answers",
    "THEIRS.xlsx",
    "MORE.xlsx",
    "...",
    "--out",
    "MERGED.xlsx",
    "--json",
    "--remove",
    "NAME",
    "OUT.xlsx",
  ],
  help: () => cliTexts().import.help,
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
    const t = cliTexts().import;
    const ours = readInput(inFile, cliTexts().files.assessmentWorkbook);
    if (!flags.answers) throw new CliError(t.answersRequired);
    const theirs = readInput(flags.answers, t.answersFile, FILE_LIMITS.maxBytes);
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
    for (const n of outcome.normalised) note(`${out}: ${n}`);
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
      t.wrote(out),
      ...formatImportReport(outcome.report),
      ...outcome.merge.cutNotes.map(
        (c) =>
          `  ${t.noteCut(c.itemId, `${sheetRef(c.sheet)}!${c.cell}`, MAX_CELL_TEXT.toLocaleString("en-US"))}`
      ),
      ...outcome.notesNotWritten.map((n) => {
        const why = exchangeTexts().report.noteNotWritten[n.why];
        return `  ${t.noteNotWritten(`${sheetRef(n.sheet)}!${n.cell}`, why, quoteText(n.note, 300))}`;
      }),
      ...(outcome.interests.writes.length
        ? [`  ${t.interestsWritten(String(outcome.interests.writes.length))}`]
        : []),
      ...outcome.interests.notPlaced.map((r) => `  ${t.interestNotPlaced(describeInterestRow(r))}`),
      gaps.dimensions.length || gaps.items.length ? t.gapsHeading : t.noGaps,
      ...workshopTopics(gaps, 8).map((t) => `  - ${t}`),
    ];
    process.stdout.write(lines.join("\n") + "\n");
    return 0;
  },
};
