/**
 * The command line in the pseudo-locale: `collabfit --help`, every command's help and an error read
 * only catalogue texts (between ⟦ ⟧), apart from the syntax each command lists in its own table
 * (`syntax`: option names and placeholders) and the command names. `recommend`'s report and its
 * roadmap show the method's words (models, dimensions, phases, actions) from the catalogue too.
 */
import { untranslated } from "../support/untranslated";
import { buildCliIfStale, runCliIn } from "../support/cli";
import { commands } from "../../src/cli/commands";
import type { Command } from "../../src/cli/cli-error";
import { PSEUDO_LOCALE } from "../../src/core/texts";
import { DIMENSION_KEYS, MODEL_IDS, type RoadmapRow } from "../../src/core/method";
import * as fs from "node:fs";
import * as path from "node:path";

const PROFILES = path.join(__dirname, "../fixtures/profiles");
const PROFILE_FILES = fs.readdirSync(PROFILES).filter((f) => f.endsWith(".json"));
/** Data a report shows as it is: keys of models and dimensions, and who owns a phase. */
const KEYS = [...MODEL_IDS, ...DIMENSION_KEYS, "us", "them", "joint"];

const PSEUDO = { COLLABFIT_LANG: PSEUDO_LOCALE };
const NAMES = Object.keys(commands);
let table: [string, Command][];

beforeAll(async () => {
  buildCliIfStale();
  table = await Promise.all(NAMES.map(async (n) => [n, await commands[n]()] as [string, Command]));
}, 120_000);

/** Syntax a command may show untranslated: the program, its own name and its table. */
function syntaxOf(name: string, command: Command): string[] {
  return ["collabfit", name, ...command.syntax];
}

describe("CLI in the pseudo-locale", () => {
  it("each command's usage is made of its name and its syntax table only", () => {
    for (const [name, command] of table) {
      const words = command.usage.split(/[\s[\]|]+/).filter(Boolean);
      expect({ name, extra: words.filter((w) => !syntaxOf(name, command).includes(w)) }).toEqual({
        name,
        extra: [],
      });
    }
  });

  it("collabfit --help: every text from the catalogue", () => {
    const r = runCliIn(PSEUDO, "--help");
    expect(r.code).toBe(0);
    const allowed = table.flatMap(([name, command]) => syntaxOf(name, command));
    expect(untranslated(r.stdout, allowed)).toEqual([]);
    // The same help in English fails the check: the test can tell.
    expect(untranslated(runCliIn({ COLLABFIT_LANG: "en" }, "--help").stdout, allowed)).not.toEqual(
      []
    );
  });

  it.each(NAMES)("collabfit %s --help: every text from the catalogue", (name) => {
    const command = table.find(([n]) => n === name)![1];
    const r = runCliIn(PSEUDO, name, "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(command.usage);
    expect(untranslated(r.stdout, syntaxOf(name, command))).toEqual([]);
  });

  it("an error message comes from the catalogue too", () => {
    const [name, command] = table.find(([n]) => n === "recommend")!;
    const r = runCliIn(PSEUDO, name);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^collabfit recommend: ⟦/);
    expect(untranslated(r.stderr, syntaxOf(name, command))).toEqual([]);
  });

  it.each(PROFILE_FILES)(
    "collabfit recommend --profile %s: models, dimensions, reasons and roadmap from the catalogue",
    (file) => {
      const args = ["recommend", "--profile", path.join(PROFILES, file), "--start", "2026-01-31"];
      const name = String(
        JSON.parse(fs.readFileSync(path.join(PROFILES, file), "utf8")).name ?? ""
      );
      // The profile's name is data: its words as the check splits them.
      const allowed = [...KEYS, ...name.split(/[\s[\]|(){}`'",:;]+/)];
      const r = runCliIn(PSEUDO, ...args);
      expect(r.code).toBe(0);
      expect(untranslated(r.stdout, allowed)).toEqual([]);
      // The same report in English fails the check: the test can tell.
      const en = runCliIn({ COLLABFIT_LANG: "en" }, ...args);
      expect(untranslated(en.stdout, allowed)).not.toEqual([]);
    }
  );

  it("the roadmap (recommend --json): every phase, criterion, KPI, trigger and action from the catalogue", () => {
    const words = (row: RoadmapRow) => [
      row.phase,
      row.entryCriteria,
      row.kpi,
      row.exitTrigger,
      ...row.actions,
      ...row.items.flatMap((i) => [i.text, i.addresses]),
    ];
    const roadmapOf = (env: Record<string, string>, file: string) => {
      const args = ["recommend", "--profile", path.join(PROFILES, file), "--json"];
      const r = runCliIn(env, ...args, "--start", "2026-01-31");
      expect(r.code).toBe(0);
      return (JSON.parse(r.stdout) as { roadmap: RoadmapRow[] }).roadmap;
    };
    for (const file of PROFILE_FILES) {
      const rows = roadmapOf(PSEUDO, file);
      expect(rows.length).toBeGreaterThan(2);
      expect({ file, outside: rows.flatMap(words).flatMap((w) => untranslated(w)) }).toEqual({
        file,
        outside: [],
      });
    }
    const english = roadmapOf({ COLLABFIT_LANG: "en" }, PROFILE_FILES[0]);
    expect(english.flatMap(words).flatMap((w) => untranslated(w))).not.toEqual([]);
  });

  it.each([
    [{ COLLABFIT_LANG: PSEUDO_LOCALE, LANG: "en_GB.UTF-8" }, true],
    [{ COLLABFIT_LANG: "", LC_ALL: PSEUDO_LOCALE, LANG: "en_GB.UTF-8" }, true],
    [{ COLLABFIT_LANG: "", LC_ALL: "", LANG: "nl_NL.UTF-8" }, false],
    [{ COLLABFIT_LANG: "", LC_ALL: "C", LANG: PSEUDO_LOCALE }, false],
  ])("the language from %p is the pseudo-locale: %p", (env, pseudo) => {
    const r = runCliIn(env, "demo", "--help");
    expect(r.stdout.includes("⟦")).toBe(pseudo);
  });
});
