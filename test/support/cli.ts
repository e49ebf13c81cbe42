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
  return runCliIn({}, ...args);
}

/** `runCli` with extra environment variables (the language: COLLABFIT_LANG, LC_ALL, LANG). */
export function runCliIn(env: Record<string, string>, ...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Sources compiled into lib/ (tsconfig.cli.json's include, and the configs themselves). */
const CLI_SOURCES = ["src/cli", "src/core", "src/functions"];
const CLI_CONFIGS = ["tsconfig.json", "tsconfig.cli.json"];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Why lib/ cannot be trusted (`probe` missing, or a source newer than it), or null when it is fresh. */
export function cliStaleReason(probe = "lib/cli/main.js", base = root): string | null {
  const built = path.join(base, probe);
  if (!fs.existsSync(built)) return `${probe} is missing`;
  const builtAt = fs.statSync(built).mtimeMs;
  const newest = Math.max(
    ...CLI_SOURCES.map((d) => newestMtime(path.join(base, d))),
    ...CLI_CONFIGS.map((f) => fs.statSync(path.join(base, f)).mtimeMs)
  );
  return newest > builtAt
    ? `${probe} is older than the sources in ${CLI_SOURCES.join(", ")}`
    : null;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Compiles lib/ (tsconfig.cli.json) when `probe`, a file the suite needs, is missing or older than
 * the sources: a suite must never run a stale CLI. `npm test` builds before jest; a lone suite run
 * after an edit may not have. Suites run in parallel workers, so one builds (a lock folder) and the
 * others wait; if lib/ is still stale after the build, the suite fails naming why.
 */
export function buildCliIfStale(probe = "lib/cli/main.js"): void {
  if (!cliStaleReason(probe)) return;
  const lock = path.join(root, "lib.build-lock");
  const deadline = Date.now() + 110_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Another worker builds: wait for it, then check again.
      if (!cliStaleReason(probe)) return;
      if (Date.now() > deadline)
        throw new Error(`lib/ build lock ${lock} held too long; remove it`);
      sleep(250);
    }
  }
  try {
    if (cliStaleReason(probe)) {
      execFileSync(
        process.execPath,
        [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
        { cwd: root }
      );
    }
  } finally {
    fs.rmdirSync(lock);
  }
  const reason = cliStaleReason(probe);
  if (reason) throw new Error(`The CLI in lib/ is stale after building: ${reason}`);
}

/** The former name: it now rebuilds a stale lib/ too. */
export const buildCliIfMissing = buildCliIfStale;

export const sha256 = (file: string): string =>
  crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** A refused run: exit 2, nothing on stdout, one line on stderr that matches `pattern`. */
export function expectRefused(r: CliRun, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}
