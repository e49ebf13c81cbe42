import type { Command } from "../cli-error";

/** Every command of the CLI, by name. Each command's module registers itself here. */
export const commands: Record<string, Command> = {};
