import type { Command } from "../cli-error";

/** Every command of the CLI, by name. Each command's module registers itself here. */
export const commands: Record<string, Command> = {};
import "./demo"; // registers the workbook commands: demo, and new through it
import "./recommend"; // registers recommend
import "./questionnaire"; // registers questionnaire (two-party exchange)
import "./import"; // registers import (two-party exchange)
