/**
 * The `collabfit` command line: a thin caller of the core. Each command lives in src/cli/commands
 * and returns an exit code; usage errors exit 2 with one line on stderr and nothing on stdout.
 */
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
    if (err instanceof CliError) {
      process.stderr.write(`collabfit ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
