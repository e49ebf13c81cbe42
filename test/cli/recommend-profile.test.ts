import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCliIfMissing, expectRefused, root, runCli } from "../support/cli";
import { MODEL_IDS, type DimensionKey } from "../../src/core/method";
import { dimensionLabel } from "../../src/core/texts/method-words";

const fixtures = path.join(root, "test/fixtures/profiles");
let tmp: string;

const run = (...args: string[]) => runCli("recommend", ...args);

function writeJson(name: string, content: unknown): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

const BASE = JSON.parse(fs.readFileSync(path.join(fixtures, "catering-contract.json"), "utf8"));

beforeAll(() => {
  buildCliIfMissing();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-recommend-"));
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("collabfit recommend --profile", () => {
  test.each([
    ["catering-contract.json", "transactional", "transactional", "independence"],
    ["vendor-lock-in.json", "adversarial", "adversarial", "supplier-dominance"],
    ["visionary-system.json", "collaborative", "cooperative", "balanced"],
    ["technology-and-market-access.json", "partnership", "cooperative", "interdependence"],
    ["aggressive-monopolist-customer.json", "adversarial", "adversarial", "buyer-dominance"],
  ])("%s --json", (file, targetModel, startModel, powerRegime) => {
    const r = run("--profile", path.join(fixtures, file), "--json", "--start", "2026-02-01");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ targetModel, startModel, powerRegime });
    for (const key of [
      "trustGap",
      "partnershipBlockers",
      "perceptionGaps",
      "rulesFired",
      "drivers",
      "reasons",
      "roadmap",
    ]) {
      expect(out).toHaveProperty(key);
    }
    // Confidence and margins: a profile of dimension scores counts as fully answered.
    expect(["high", "medium"]).toContain(out.confidence);
    expect(Array.isArray(out.margins)).toBe(true);
    for (const m of out.margins) {
      expect(["target", "start"]).toContain(m.of);
      expect(Object.keys(m).sort()).toEqual(["change", "dimension", "of", "to", "value"]);
    }
    expect(out.sensitive).toBe(
      out.margins.some((m: { change: number }) => Math.abs(m.change) < 0.5)
    );
    expect(out.reasons.join(" ")).not.toMatch(/\bR\d:/);
    expect(out.drivers).toHaveLength(3);
    expect(out.roadmap[0]).toMatchObject({
      phase: "Baseline and alignment workshop",
      start: "2026-02-01",
    });
    expect(out.roadmap[out.roadmap.length - 1].phase).toBe("Re-assessment");
  });

  test("readable report without --json", () => {
    const r = run(
      "--profile",
      path.join(fixtures, "visionary-system.json"),
      "--start",
      "2026-01-01"
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(
      run("--profile", path.join(fixtures, "visionary-system.json"), "--json").stdout
    );
    // Models, dimensions and rules in words; their keys and codes stay in --json only.
    expect(r.stdout).toMatch(/^Target model: +Collaborative \(strategic, outcome-based\)$/m);
    expect(r.stdout).toMatch(/^Start model: +Cooperative \(preferred supplier\) /m);
    expect(json.rulesFired).toEqual(["R3", "R7", "R8"]);
    for (const rule of json.rulesFired) expect(r.stdout).not.toContain(rule);
    // Each rule fired is a sentence under "Why" (the JSON's reasons, one per rule).
    const why = r.stdout.split("\nWhy:\n")[1].split("\n\n")[0];
    expect(why).toBe(json.reasons.map((x: string) => `  - ${x}`).join("\n"));
    expect(json.reasonRules).toEqual(json.rulesFired);
    // The blockers by label, from the JSON's keys (camel-case keys such as partnershipFit included).
    expect(json.partnershipBlockers).toContain("partnershipFit");
    const blockers = (json.partnershipBlockers as DimensionKey[]).map(dimensionLabel);
    expect(r.stdout.split("\n")).toContain(`Partnership blockers: ${blockers.join("; ")}`);
    expect(r.stdout).toMatch(
      /^ {2}- Mutuality from 3\.5 to 2: Cooperative \(preferred supplier\)$/m
    );
    expect(r.stdout).toMatch(
      /^ {2}1 January 2026 to 31 January 2026 +Baseline and alignment workshop +\[Cooperative \(preferred supplier\); joint; monthly reviews\]$/m
    );
    for (const key of MODEL_IDS.map((m) => `[${m}]`)) expect(r.stdout).not.toContain(key);
    expect(r.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  test("the roadmap starts today (UTC) without --start", () => {
    const out = JSON.parse(
      run("--profile", path.join(fixtures, "catering-contract.json"), "--json").stdout
    );
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect([today, yesterday]).toContain(out.roadmap[0].start); // tolerate a run across midnight
  });
});

describe("bad input: exit 2, one line on stderr naming the field, nothing on stdout", () => {
  const cases: [string, () => string[], RegExp][] = [
    [
      "unknown key",
      () => ["--profile", writeJson("k.json", { ...BASE, us: { ...BASE.us, happiness: 3 } })],
      /us\.happiness is not a dimension; allowed keys: mutuality/,
    ],
    [
      "unknown top-level key",
      () => ["--profile", writeJson("t.json", { ...BASE, score: 1 })],
      /score is not a profile field/,
    ],
    [
      "score above 5",
      () => ["--profile", writeJson("h.json", { ...BASE, us: { ...BASE.us, trust: 5.5 } })],
      /us\.trust is 5\.5.*a number from 1 to 5/,
    ],
    [
      "score below 1",
      () => ["--profile", writeJson("l.json", { ...BASE, us: { ...BASE.us, stakes: 0 } })],
      /us\.stakes is 0.*from 1 to 5/,
    ],
    [
      "non-number",
      () => ["--profile", writeJson("n.json", { ...BASE, us: { ...BASE.us, trust: "high" } })],
      /us\.trust is "high"; allowed: a number from 1 to 5/,
    ],
    [
      "them out of range",
      () => ["--profile", writeJson("th.json", { ...BASE, them: { ...BASE.us, maturity: 9 } })],
      /them\.maturity is 9/,
    ],
    [
      "missing dimension",
      () => {
        const us = { ...BASE.us };
        delete us.maturity;
        return ["--profile", writeJson("m.json", { ...BASE, us })];
      },
      /us\.maturity is missing/,
    ],
    [
      "bad perspective",
      () => ["--profile", writeJson("p.json", { ...BASE, perspective: "vendor" })],
      /perspective is "vendor"; allowed: customer or supplier/,
    ],
    [
      "missing file",
      () => ["--profile", path.join(tmp ?? os.tmpdir(), "nope.json")],
      /nope\.json: file not found/,
    ],
    [
      "malformed JSON",
      () => ["--profile", writeJson("bad.json", '{ "perspective": ')],
      /bad\.json: not valid JSON/,
    ],
    ["no --profile", () => ["--json"], /--profile FILE\.json is required/],
    ["unknown option", () => ["--profile", "x.json", "--fast"], /--fast.*allowed: --profile/],
    [
      "bad start date",
      () => ["--profile", path.join(fixtures, "catering-contract.json"), "--start", "2026-02-30"],
      /--start 2026-02-30 is not a valid date; expected YYYY-MM-DD/,
    ],
  ];
  test.each(cases)("%s", (_label, args, message) => {
    for (const json of [[], ["--json"]]) {
      const r = run(...args(), ...json);
      expectRefused(r, message);
      expect(r.stderr).toMatch(/^collabfit recommend: /);
    }
  });
});
