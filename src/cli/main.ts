/**
 * The `collabfit` command line: a thin caller of the core. Each command lives in src/cli/commands
 * and returns an exit code; usage errors exit 2 with one line on stderr and nothing on stdout.
 */
import { ExchangeError, ExchangeFileError } from "../core/exchange/errors";
import { safeLine } from "../core/exchange/quote";
import { loadEveryLanguage, chooseLanguage } from "../core/texts";
import { cliTexts } from "../core/texts/parts/cli";
import { errorText } from "../core/texts/profile-problem";
import { CliError, type Command } from "./cli-error";
import { commands } from "./commands";
import { shellLanguage } from "./language";

async function usage(): Promise<string> {
  const all: Command[] = await Promise.all(Object.values(commands).map((load) => load()));
  const lines = all.map((c) => `  collabfit ${c.usage}`);
  const t = cliTexts().usage;
  return [t.heading, ...lines, "", t.moreHelp].join("\n");
}

export async function main(
  argv: string[],
  env: Readonly<Record<string, string | undefined>> = process.env
): Promise<number> {
  // Every language first: a workbook is read back in whatever language it was written.
  await loadEveryLanguage();
  await chooseLanguage(shellLanguage(env));
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    // Asked for help: stdout, success. No command at all is a usage error: stderr, exit 2.
    (name ? process.stdout : process.stderr).write((await usage()) + "\n");
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    const list = Object.keys(commands).join(", ");
    process.stderr.write(`collabfit: ${cliTexts().usage.unknownCommand(name, list)}\n`);
    return 2;
  }
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    const heading = cliTexts().usage.heading;
    process.stdout.write(`${heading} collabfit ${command.usage}\n\n${command.help()}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    process.stderr.write(`collabfit ${name}: ${failureLine(err)}\n`);
    return err instanceof CliError ? err.exitCode : 2;
  }
}

/**
 * Any failure as one line for a person: no stack trace, control characters from a file escaped,
 * length bounded. An error we did not foresee still says what happened, and that it is ours.
 */
export function failureLine(err: unknown): string {
  if (err instanceof CliError || err instanceof ExchangeError || err instanceof ExchangeFileError)
    return safeLine(err.message.replace(/\s*\n\s*/g, " "));
  const e = err as { message?: unknown; code?: unknown } | null;
  const first =
    err instanceof Error
      ? errorText(err).split("\n")[0]
      : typeof e?.message === "string"
        ? e.message.split("\n")[0]
        : String(err);
  if (e && (e.code === "ERR_FS_FILE_TOO_LARGE" || err instanceof RangeError))
    return safeLine(cliTexts().failure.tooLarge(first), 300);
  return safeLine(cliTexts().failure.fault(first), 400);
}
