import type { Command } from "../cli-error";

/**
 * Every command of the CLI, by name, loaded on demand: `recommend --profile` must not pay for
 * loading exceljs, which only the workbook commands need.
 */
export const commands: Record<string, () => Promise<Command>> = {
  new: async () => (await import("./new")).newCommand,
  demo: async () => (await import("./demo")).demoCommand,
  recommend: async () => (await import("./recommend")).recommendCommand,
  questionnaire: async () => (await import("./questionnaire")).questionnaireCommand,
  import: async () => (await import("./import")).importCommand,
  portfolio: async () => (await import("./portfolio")).portfolioCommand,
  round: async () => (await import("./round")).roundCommand,
  share: async () => (await import("./share")).shareCommand,
  upgrade: async () => (await import("./upgrade")).upgradeCommand,
};
