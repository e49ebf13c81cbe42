/** `collabfit new`: an empty assessment workbook, ready to score. */
import * as fs from "node:fs";
import { PERSPECTIVES, type Perspective } from "../../core/method/types";
import { buildAssessmentPlan, validateMeta } from "../../core/workbook/layout";
import type { AssessmentMeta, WorkbookPlan } from "../../core/workbook/plan";
import { planToBuffer } from "../../xlsx";
import { CliError, type Command } from "../cli-error";

/** Parses "--name value" pairs; every flag must be known and have a value (or be a listed switch). */
export function parseFlags(
  args: string[],
  valued: readonly string[],
  switches: readonly string[] = [],
  positionals = 0
): { flags: Record<string, string>; on: Set<string>; positional: string[] } {
  const flags: Record<string, string> = {};
  const on = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--")) {
      const name = a.slice(2);
      if (switches.includes(name)) {
        on.add(name);
      } else if (valued.includes(name)) {
        const v = args[i + 1];
        if (v === undefined || v.startsWith("--")) throw new CliError(`--${name} needs a value`);
        flags[name] = v;
        i++;
      } else {
        const known = [...valued, ...switches].map((n) => `--${n}`).join(", ");
        throw new CliError(`unknown option ${a}; allowed: ${known}`);
      }
    } else if (positional.length < positionals) {
      positional.push(a);
    } else {
      throw new CliError(`unexpected argument "${a}"`);
    }
  }
  return { flags, on, positional };
}

export function requireOutPath(out: string | undefined): string {
  if (!out) throw new CliError("--out FILE.xlsx is required");
  if (!/\.xlsx$/i.test(out)) throw new CliError(`--out ${out}: the file name must end in .xlsx`);
  if (fs.existsSync(out))
    throw new CliError(`${out} already exists; choose another file name (it is never overwritten)`);
  return out;
}

/** Writes the file only if it does not exist yet ("wx"), so a race never overwrites either. */
export async function writeNewFile(out: string, plan: WorkbookPlan): Promise<void> {
  const buf = await planToBuffer(plan);
  try {
    fs.writeFileSync(out, buf, { flag: "wx" });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "EEXIST")
      throw new CliError(
        `${out} already exists; choose another file name (it is never overwritten)`
      );
    if (code === "ENOENT") throw new CliError(`cannot write ${out}: its folder does not exist`);
    throw err;
  }
}

const today = () => new Date().toISOString().slice(0, 10);

export const newCommand: Command = {
  usage:
    "new --out FILE.xlsx [--title TEXT] [--us ORG] [--them ORG] [--perspective customer|supplier] [--date YYYY-MM-DD] [--assessors NAMES]",
  help: "Writes an empty assessment workbook: a cover, one sheet per step with the questions, scores computed by formulas, results, roadmap and the principles. Refuses to overwrite an existing file.",
  async run(args) {
    const { flags } = parseFlags(args, [
      "out",
      "title",
      "us",
      "them",
      "perspective",
      "date",
      "assessors",
    ]);
    const perspective = flags.perspective ?? "customer";
    if (!PERSPECTIVES.includes(perspective as Perspective)) {
      throw new CliError(
        `--perspective ${perspective} is not allowed; allowed: ${PERSPECTIVES.join(", ")}`
      );
    }
    const meta: AssessmentMeta = {
      title: flags.title ?? "Untitled relationship",
      us: flags.us ?? "",
      them: flags.them ?? "",
      perspective: perspective as Perspective,
      date: flags.date ?? today(),
      assessors: flags.assessors ?? "",
    };
    try {
      validateMeta(meta);
    } catch (err) {
      throw new CliError(
        `--${/^date/.test((err as Error).message) ? "date" : "perspective"}: ${(err as Error).message}`
      );
    }
    const out = requireOutPath(flags.out);
    const plan = buildAssessmentPlan(meta);
    await writeNewFile(out, plan);
    process.stdout.write(
      `Wrote ${out}: ${plan.sheets.length} sheets; score the step sheets, then run \`collabfit recommend ${out}\`.\n`
    );
    return 0;
  },
};

// Registers itself: index.ts imports this module once.
