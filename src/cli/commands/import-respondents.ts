/**
 * `collabfit import FILE.xlsx --answers A.xlsx --answers B.xlsx ... --out MERGED.xlsx [--json]`:
 * several returned questionnaires, one respondent each, into a copy of our assessment (issue 13).
 */
import { RespondentError, disagreementTopic, type Respondent } from "../../core/rounds/respondents";
import type { Side } from "../../core/method/types";
import { CliError } from "../cli-error";
import { cliTexts } from "../../core/texts/parts/cli";
import { ExchangeError, ExchangeFileError } from "../../core/exchange/errors";
import { readInput, requireOutPath, warnContentLost, writeNew } from "../files";

/** Every value of a repeatable option (`--answers A --answers B`), and the other arguments. */
export function takeRepeated(args: string[], name: string): { values: string[]; rest: string[] } {
  const values: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) {
      const v = args[i + 1];
      if (v === undefined || v.startsWith("--"))
        throw new CliError(cliTexts().args.needsValue(`--${name}`));
      values.push(v);
      i++;
    } else rest.push(args[i]);
  }
  return { values, rest };
}

/** Respondents' names per side, sorted: what the CLI prints and --json carries. */
function sideNames(list: readonly Respondent[]): Record<Side, string[]> {
  const of = (side: Side) =>
    list
      .filter((r) => r.side === side)
      .map((r) => r.name)
      .sort();
  return { us: of("us"), them: of("them") };
}

function theirSide(names: Record<Side, string[]>): string {
  const t = cliTexts().import;
  const count = String(names.them.length);
  return names.them.length ? t.theirSideNamed(count, names.them.join(", ")) : t.theirSide(count);
}

function ourSide(names: Record<Side, string[]>): string {
  return cliTexts().import.ourSide(String(names.us.length), names.us.join(", "));
}

export async function importRespondents(
  inFile: string,
  answerFiles: readonly string[],
  outFlag: string | undefined,
  json: boolean
): Promise<number> {
  const t = cliTexts().import;
  const ours = readInput(inFile, cliTexts().files.assessmentWorkbook);
  const files = answerFiles.map((f) => ({
    data: readInput(f, t.anAnswersFile),
    fileName: f,
  }));
  const out = requireOutPath(outFlag, inFile);
  const { importRespondentsBuffer } = await import("../../xlsx/respondents-import");
  let outcome: Awaited<ReturnType<typeof importRespondentsBuffer>>;
  try {
    outcome = await importRespondentsBuffer(ours, files);
  } catch (err) {
    if (
      err instanceof RespondentError ||
      err instanceof ExchangeError ||
      err instanceof ExchangeFileError
    )
      throw new CliError(err.message.replace(/\s+/g, " "));
    throw err;
  }
  writeNew(out, outcome.buffer);
  await warnContentLost(ours, inFile, out);
  const names = sideNames(outcome.respondents);
  if (json) {
    process.stdout.write(
      JSON.stringify(
        {
          out,
          respondents: names,
          added: outcome.added,
          replaced: outcome.replaced,
          disagreements: outcome.disagreements,
        },
        null,
        2
      ) + "\n"
    );
    return 0;
  }
  const parts = [
    theirSide(names),
    ...(outcome.added.length ? [t.added(outcome.added.join(", "))] : []),
    ...(outcome.replaced.length ? [t.replaced(outcome.replaced.join(", "))] : []),
  ];
  const lines = [
    t.wrote(out),
    ...(names.us.length ? [ourSide(names)] : []),
    t.sentence(parts.reduce((line, part) => t.partMore(line, part))),
    outcome.disagreements.length ? t.disagreements : t.noDisagreement,
    ...outcome.disagreements.slice(0, 8).map((d) => `  - ${disagreementTopic(d)}`),
  ];
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
}

/** `collabfit import FILE.xlsx --remove NAME --out OUT.xlsx [--json]`. */
export async function removeRespondentCli(
  inFile: string,
  name: string,
  outFlag: string | undefined,
  json: boolean
): Promise<number> {
  const t = cliTexts().import;
  const ours = readInput(inFile, cliTexts().files.assessmentWorkbook);
  const out = requireOutPath(outFlag, inFile);
  const { removeRespondentBuffer } = await import("../../xlsx/respondents-import");
  let outcome: Awaited<ReturnType<typeof removeRespondentBuffer>>;
  try {
    outcome = await removeRespondentBuffer(ours, name);
  } catch (err) {
    if (err instanceof RespondentError || err instanceof ExchangeError)
      throw new CliError(`${inFile}: ${err.message.replace(/\s+/g, " ")}`);
    throw err;
  }
  writeNew(out, outcome.buffer);
  await warnContentLost(ours, inFile, out);
  const names = sideNames(outcome.respondents);
  process.stdout.write(
    json
      ? JSON.stringify({ out, removed: outcome.removed, respondents: names }, null, 2) + "\n"
      : [
          t.removed(out, outcome.removed),
          t.sentence(theirSide(names)),
          ...(names.us.length ? [ourSide(names)] : []),
        ].join(" ") + "\n"
  );
  return 0;
}
