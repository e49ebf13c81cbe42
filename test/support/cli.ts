/** The built `collabfit` CLI run as a real process, for the CLI suites. */
import { execFileSync, spawnSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

export const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "bin/collabfit.js");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `collabfit ...args` from the project root and waits for it. */
export function runCli(...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Compiles lib/ (tsconfig.cli.json) when `probe`, a file the suite needs, is missing: `npm test`
 * builds before jest, a lone suite run may not have.
 */
export function buildCliIfMissing(probe = "lib/cli/main.js"): void {
  if (fs.existsSync(path.join(root, probe))) return;
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: root,
    }
  );
}

export const sha256 = (file: string): string =>
  crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** A refused run: exit 2, nothing on stdout, one line on stderr that matches `pattern`. */
export function expectRefused(r: CliRun, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}
