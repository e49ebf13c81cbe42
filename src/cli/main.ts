/**
 * The `collabfit` command line: a thin caller of the core. Each command lives in src/cli/commands
 * and returns an exit code; usage errors exit 2 with one line on stderr and nothing on stdout.
 */
import { ExchangeError, ExchangeFileError } from "../core/exchange/errors";
import { safeLine } from "../core/exchange/quote";
import { CliError, type Command } from "./cli-error";
import { commands } from "./commands";

async function usage(): Promise<string> {
  const all: Command[] = await Promise.all(Object.values(commands).map((load) => load()));
  const lines = all.map((c) => `  collabfit ${c.usage}`);
  return ["Usage:", ...lines, "", "Run `collabfit <command> --help` for details."].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    // Asked for help: stdout, success. No command at all is a usage error: stderr, exit 2.
    (name ? process.stdout : process.stderr).write((await usage()) + "\n");
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(
      `collabfit: unknown command '${name}'; expected one of: ${Object.keys(commands).join(", ")}\n`
    );
    return 2;
  }
  const command = await load();
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`Usage: collabfit ${command.usage}\n\n${command.help}\n`);
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
  const first = typeof e?.message === "string" ? e.message.split("\n")[0] : String(err);
  if (e && (e.code === "ERR_FS_FILE_TOO_LARGE" || err instanceof RangeError))
    return safeLine(`the file is too large to read (${first})`, 300);
  return safeLine(
    `could not finish: ${first}. Nothing was written. This is a fault in CollabFit; please report it with the command you ran.`,
    400
  );
}
