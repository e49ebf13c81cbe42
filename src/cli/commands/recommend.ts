/** `collabfit recommend --profile FILE.json [--json] [--start YYYY-MM-DD]`. */
import * as fs from "node:fs";
import { parseArgs } from "node:util";
import { isIsoDate, ISO_DATE_HINT } from "../../core/input";
import { perceptionSummary } from "../../core/exchange/gaps";
import { DIMENSION_KEYS, ProfileError } from "../../core/method";
import { cliTexts } from "../../core/texts/parts/cli";
import { formatProblem } from "../../core/workbook/readback";
import { profileProblemText } from "../../core/texts/profile-problem";
import { CliError, type Command } from "../cli-error";
import {
  asCliErrors,
  note,
  readInput,
  refuseFileErrors,
  requireOutPath,
  todayIso,
  warnContentLost,
  writeNew,
} from "../files";
import {
  formatReport,
  recommendFromProfile,
  toJson,
  type RecommendResult,
} from "../profile-report";

/** A valid YYYY-MM-DD or a CliError naming --start. */
export function checkStartDate(value: string): string {
  if (!isIsoDate(value)) {
    throw new CliError(cliTexts().recommend.badStart(value, ISO_DATE_HINT));
  }
  return value;
}

/** Reads and checks a profile JSON file; every failure is a one-line CliError. */
export function readProfileFile(file: string, startDate: string): RecommendResult {
  const t = cliTexts().recommend;
  const text = refuseFileErrors(
    () => fs.readFileSync(file, "utf8"),
    (code) =>
      code === "ENOENT"
        ? t.profileNotFound(file)
        : code === "EISDIR"
          ? t.profileIsFolder(file)
          : t.profileUnreadable(file, code ?? t.unknownError)
  );
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (err) {
    const detail = (err as Error).message.split("\n")[0];
    throw new CliError(t.profileNotJson(file, detail));
  }
  try {
    return recommendFromProfile(input, startDate);
  } catch (err) {
    if (err instanceof ProfileError) throw new CliError(`${file}: ${profileProblemText(err)}`);
    throw err;
  }
}

export function printResult(result: RecommendResult, json: boolean): void {
  process.stdout.write(
    json ? JSON.stringify(toJson(result), null, 2) + "\n" : formatReport(result)
  );
}

export const recommendCommand: Command = {
  usage:
    "recommend --profile FILE.json [--json] [--start YYYY-MM-DD] | recommend FILE.xlsx [--json] [--start YYYY-MM-DD] [--out RESULT.xlsx]",
  syntax: [
    "--profile",
    "FILE.json",
    "--json",
    "--start",
    "YYYY-MM-DD",
    "FILE.xlsx",
    "--out",
    "RESULT.xlsx",
  ],
  help: () => cliTexts().recommend.help(String(DIMENSION_KEYS.length)),
  async run(args: string[]): Promise<number> {
    const t = cliTexts().recommend;
    let values: { profile?: string; json?: boolean; start?: string; out?: string };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args,
        options: {
          profile: { type: "string" },
          json: { type: "boolean" },
          start: { type: "string" },
          out: { type: "string" },
        },
        strict: true,
        allowPositionals: true,
      }));
    } catch (err) {
      throw new CliError(
        cliTexts().args.notAllowed((err as Error).message.split("\n")[0], t.allowed)
      );
    }
    const start = values.start === undefined ? todayIso() : checkStartDate(values.start);
    if (positionals.length > 0) {
      if (positionals.length > 1 || values.profile) {
        throw new CliError(t.notBoth);
      }
      return recommendWorkbook(positionals[0], start, values.json === true, values.out);
    }
    if (values.out) throw new CliError(t.outNeedsWorkbook);
    if (!values.profile) throw new CliError(t.profileRequired);
    printResult(readProfileFile(values.profile, start), values.json === true);
    return 0;
  },
};

/** The workbook branch: scores from a filled assessment workbook; --out writes a copy with results. */
async function recommendWorkbook(
  file: string,
  start: string,
  json: boolean,
  out: string | undefined
): Promise<number> {
  const t = cliTexts().recommend;
  if (out !== undefined) requireOutPath(out, file);
  // Loaded here, not at the top: the --profile path never needs exceljs.
  const { replaceResults, workbookProfile, workbookToBuffer } = await import("../../xlsx");
  const { openWorkbook } = await import("../../xlsx/exchange");
  const { normaliseForWrite } = await import("../../xlsx/normalise");
  const { refreshedSheetNames } = await import("../../core/workbook/sheets");
  const data = readInput(file, cliTexts().files.theWorkbook);
  // Checked for what reading it would cost before exceljs builds anything; refusals name the file.
  const load = () => asCliErrors(() => openWorkbook(data, cliTexts().files.theWorkbook), file);
  const wb = await load();
  if (out !== undefined) {
    // Checked before any work: --out rewrites the results sheets in place (adding the optional ones
    // an older workbook lacks), and these must be there.
    for (const sheet of refreshedSheetNames("required")) {
      if (!wb.getWorksheet(sheet)) throw new CliError(t.noSheet(file, sheet));
    }
  }
  const { profile, problems, read, items } = workbookProfile(wb);
  if (!profile) {
    const count = String(problems.length - 1);
    const more =
      problems.length > 1
        ? ` ${problems.length > 2 ? t.moreProblemsPlural(count) : t.moreProblems(count)}`
        : "";
    throw new CliError(`${file}: ${formatProblem(problems[0])}${more}`);
  }
  const result = recommendFromProfile(profile, start);
  // Issue 13: respondents per side and the closed rounds, checked before anything is written.
  const extra = json
    ? (await import("../rounds-json")).roundsJson(wb, file, {
        startModel: result.recommendation.startModel,
        roadmap: result.roadmap,
      })
    : undefined;
  if (out !== undefined) {
    // A fresh copy from the same bytes: the input file itself is only ever read.
    const copy = replaceResults(
      await load(),
      result.recommendation,
      result.roadmap,
      new Date().toISOString()
    );
    const normalised = normaliseForWrite(copy);
    writeNew(out, await workbookToBuffer(copy));
    for (const n of normalised) note(`${out}: ${n}`);
    await warnContentLost(data, file, out);
  }
  if (json) {
    // Item-level differences, their answer in our frame (mirrored items crosswise), biggest first.
    const gaps = read ? perceptionSummary(read, profile.perspective, items).items : [];
    const itemPerceptionGaps = gaps.map(({ itemId, dimension, us, them }) => ({
      itemId,
      dimension,
      us,
      them,
    }));
    process.stdout.write(
      JSON.stringify({ ...toJson(result), itemPerceptionGaps, ...extra }, null, 2) + "\n"
    );
    return 0;
  }
  printResult(result, json);
  return 0;
}
