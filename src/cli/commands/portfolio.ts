/**
 * `collabfit portfolio FILE_OR_DIR... --out PORTFOLIO.xlsx [--json]`: every assessment workbook given
 * (folders searched recursively for .xlsx files) reduced to one row each, then one portfolio.
 * Streaming: a workbook is read, reduced to its row and dropped before the next is opened, so memory
 * does not grow with the number of files. Input files are only ever read.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import type { PortfolioRow, SkippedFile } from "../../core/workbook/portfolio";
import { CliError, type Command } from "../cli-error";
import { cliTexts } from "../../core/texts/parts/cli";
import { note, requireOutPath, todayIso, writeNew } from "../files";

/** Every .xlsx file under the given paths, in a stable order; what cannot be searched is skipped. */
export function collectFiles(inputs: readonly string[]): {
  files: string[];
  skipped: SkippedFile[];
} {
  const t = cliTexts().portfolio;
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      skipped.push({ file: dir, reason: t.folderUnreadable(code(err)) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      // Links are not followed inside folders: no loops, nothing outside what was given.
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && /\.xlsx$/i.test(e.name)) add(p);
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (err) {
      skipped.push({
        file: input,
        reason: code(err) === "ENOENT" ? t.notFound : t.cannotRead(code(err)),
      });
      continue;
    }
    if (stat.isDirectory()) walk(input);
    else if (!/\.xlsx$/i.test(input))
      skipped.push({
        file: input,
        reason: t.notXlsx,
      });
    else add(input);
  }
  return { files, skipped };
}

function code(err: unknown): string {
  return (err as { code?: string }).code ?? cliTexts().portfolio.unknownError;
}

/** A one-line progress bar, redrawn in place; only ever drawn on a terminal. */
function progress(done: number, total: number): void {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  process.stderr.write(
    `\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${cliTexts().portfolio.progress(String(done), String(total))}`
  );
}

export const portfolioCommand: Command = {
  usage: "portfolio FILE_OR_DIR... --out PORTFOLIO.xlsx [--json]",
  syntax: ["FILE_OR_DIR...", "--out", "PORTFOLIO.xlsx", "--json"],
  help: () => cliTexts().portfolio.help,
  async run(args: string[]): Promise<number> {
    const t = cliTexts().portfolio;
    let values: { out?: string; json?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args,
        options: { out: { type: "string" }, json: { type: "boolean" } },
        strict: true,
        allowPositionals: true,
      }));
    } catch (err) {
      throw new CliError(
        cliTexts().args.notAllowed((err as Error).message.split("\n")[0], t.allowed)
      );
    }
    if (positionals.length === 0) throw new CliError(t.nothingGiven);
    const json = values.json === true;
    const out = values.out === undefined && json ? undefined : requireOutPath(values.out);
    // Checked before reading hundreds of files, not after.
    if (out && !fs.existsSync(path.dirname(path.resolve(out))))
      throw new CliError(cliTexts().files.noFolder(out));

    const { files, skipped } = collectFiles(positionals);
    if (out) {
      const target = path.resolve(out);
      const i = files.findIndex((f) => path.resolve(f) === target);
      if (i >= 0) files.splice(i, 1);
    }
    // Loaded here: exceljs is needed only once there is something to read.
    const { readPortfolioRow, PortfolioSkip } = await import("../../xlsx/portfolio");
    const rows: PortfolioRow[] = [];
    const tty = process.stderr.isTTY === true;
    for (let i = 0; i < files.length; i++) {
      if (tty) progress(i, files.length);
      const file = files[i];
      let data: Buffer;
      try {
        data = fs.readFileSync(file);
      } catch (err) {
        skipped.push({ file, reason: t.cannotRead(code(err)) });
        continue;
      }
      try {
        rows.push(await readPortfolioRow(data, file));
      } catch (err) {
        if (!(err instanceof PortfolioSkip)) throw err;
        skipped.push({ file, reason: err.message });
      }
    }
    if (tty) process.stderr.write(`\r${" ".repeat(60)}\r`);
    for (const s of skipped) process.stderr.write(`${t.skipped(s.file, s.reason)}\n`);
    const byId = new Map<string, string>();
    for (const r of rows) {
      const first = byId.get(r.assessmentId);
      if (first) note(t.sameAssessment(r.file, r.assessmentId, first));
      else byId.set(r.assessmentId, r.file);
    }
    if (rows.length === 0) {
      throw new CliError(files.length + skipped.length === 0 ? t.noXlsx : t.noneRead);
    }
    if (out) {
      const { buildPortfolioPlan } = await import("../../core/workbook/portfolio");
      const { portfolioToBuffer } = await import("../../xlsx/portfolio");
      writeNew(out, await portfolioToBuffer(buildPortfolioPlan(rows, skipped, todayIso())));
    }
    if (json) {
      // A mismatch in words (the engine keeps it as keys), as the JSON has always shown it.
      const { portfolioJsonRow } = await import("../../core/workbook/portfolio");
      const relationships = rows.map(portfolioJsonRow);
      process.stdout.write(JSON.stringify({ relationships, skipped }, null, 2) + "\n");
    } else {
      const mismatches = rows.filter((r) => r.mismatch).length;
      const summary = t.summary(String(out), String(rows.length), String(mismatches));
      process.stdout.write(
        `${skipped.length ? t.skippedCount(summary, String(skipped.length)) : summary}\n`
      );
    }
    return 0;
  },
};
