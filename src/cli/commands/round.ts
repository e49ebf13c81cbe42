/**
 * `collabfit round FILE.xlsx --out NEXT.xlsx [--date YYYY-MM-DD]`: closes the current round into
 * CF_History and opens the next one with empty scores, keeping notes, weights, interests and the
 * roadmap. FILE.xlsx is only read; nothing is written unless every check passes.
 */
import { todayIso } from "../../core/method";
import { modelName } from "../../core/texts/method-words";
import { readableDate } from "../../core/texts/render";
import { compareRounds, validIsoDate } from "../../core/rounds";
import { CliError, type Command } from "../cli-error";
import { cliTexts } from "../../core/texts/parts/cli";
import { parseFlags, readInput, requireOutPath, warnContentLost, writeNew } from "../files";

export const roundCommand: Command = {
  usage: "round FILE.xlsx --out NEXT.xlsx [--date YYYY-MM-DD]",
  syntax: ["FILE.xlsx", "--out", "NEXT.xlsx", "--date", "YYYY-MM-DD"],
  help: () => cliTexts().round.help,
  async run(args) {
    const { flags, positional } = parseFlags(args, ["out", "date"], [], 1);
    const file = positional[0];
    const t = cliTexts().round;
    const data = readInput(file, cliTexts().files.assessmentWorkbook);
    const out = requireOutPath(flags.out, file);
    const date = flags.date ?? todayIso();
    if (!validIsoDate(date)) throw new CliError(t.badDate(date));

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
    const gap = String(closed.trustGap);
    const lines = [
      t.closed(
        String(history.length),
        readableDate(closed.date),
        modelName(closed.targetModel),
        modelName(closed.startModel),
        trend.previous === null
          ? gap
          : t.gapTrend(gap, t.trends[trend.trend], String(trend.previous)),
        String(closed.respondents.us),
        String(closed.respondents.them)
      ),
      t.opened(String(history.length + 1), readableDate(date)),
      t.wrote(out),
    ];
    process.stdout.write(lines.join("\n") + "\n");
    return 0;
  },
};
