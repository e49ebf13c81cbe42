/**
 * `collabfit round FILE.xlsx --out NEXT.xlsx [--date YYYY-MM-DD]`: closes the current round into
 * CF_History and opens the next one with empty scores, keeping notes, weights, interests and the
 * roadmap. FILE.xlsx is only read; nothing is written unless every check passes.
 */
import { modelById, todayIso } from "../../core/method";
import { compareRounds, validIsoDate } from "../../core/rounds";
import { CliError, type Command } from "../cli-error";
import { parseFlags, readInput, requireOutPath, warnContentLost, writeNew } from "../files";

export const roundCommand: Command = {
  usage: "round FILE.xlsx --out NEXT.xlsx [--date YYYY-MM-DD]",
  help: [
    "Closes the current assessment round and opens the next one (re-assess yearly and after any major incident).",
    "The round's date (the cover's assessment date), question-set version, both sides' dimension scores,",
    "respondents per side, target and start model, trust gap and power regime are added to the CF_History",
    "table; the copy then has empty scores (typed and recorded respondents alike) and the cover dated",
    "for the new round, and keeps notes, weights, interests and the roadmap.",
    "  --out NEXT.xlsx   the new workbook (never overwritten; FILE.xlsx is only read)",
    "  --date DATE       the new round's date, YYYY-MM-DD (default: today, UTC); not before the closed round",
  ].join("\n"),
  async run(args) {
    const { flags, positional } = parseFlags(args, ["out", "date"], [], 1);
    const file = positional[0];
    const data = readInput(file, "FILE.xlsx (the assessment workbook)");
    const out = requireOutPath(flags.out, file);
    const date = flags.date ?? todayIso();
    if (!validIsoDate(date))
      throw new CliError(`--date ${date} is not a date; allowed: YYYY-MM-DD, e.g. 2027-01-15`);

    const { closeRoundBuffer, RoundCloseError } = await import("../../xlsx/round-close");
    let closedRound: Awaited<ReturnType<typeof closeRoundBuffer>>;
    try {
      closedRound = await closeRoundBuffer(data, date);
    } catch (err) {
      if (err instanceof RoundCloseError)
        throw new CliError(
          err.about === "date" ? `--date: ${err.message}` : `${file}: ${err.message}`
        );
      throw err;
    }
    const { history } = closedRound;
    writeNew(out, closedRound.buffer);
    await warnContentLost(data, file, out);

    const closed = history[history.length - 1];
    const trend = compareRounds(history.slice(0, -1), closed).trustGap;
    const lines = [
      `Closed round ${history.length} (${closed.date}): target ${modelById(closed.targetModel).name}, start ${modelById(closed.startModel).name}, trust gap ${closed.trustGap}${trend.previous === null ? "" : ` (${trend.trend}; was ${trend.previous})`}, ${closed.respondents.us} respondent(s) on our side and ${closed.respondents.them} on theirs.`,
      `Opened round ${history.length + 1} dated ${date} with empty scores; notes, weights, interests and the roadmap are kept.`,
      `Wrote ${out}.`,
    ];
    process.stdout.write(lines.join("\n") + "\n");
    return 0;
  },
};
