/**
 * The functions answer what `collabfit recommend --profile FILE.json --json` prints for the same
 * scores. Spawns the compiled CLI (rebuilt here when lib/ is missing or older than its sources).
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import fc from "fast-check";
import {
  DIMENSION_KEYS,
  PERSPECTIVES,
  THRESHOLDS,
  type Profile,
  type Recommendation,
} from "../../../src/core/method";
import { explain, model, power, start, trustGap } from "../../../src/functions/functions";
import { loadFunctionsEngine } from "../../../src/functions/load";
import { buildCliIfStale } from "../../support/cli";
import { args, now } from "./helpers";
import { modelName } from "../../../src/core/texts/method-words";

const root = join(__dirname, "../../..");
let dir: string;

// The calls below run as in Excel once the engine is loaded: at once, no Promise.
beforeAll(() => loadFunctionsEngine());
beforeAll(() => {
  buildCliIfStale();
  dir = mkdtempSync(join(tmpdir(), "collabfit-functions-"));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const half = fc
  .integer({ min: 2 * THRESHOLDS.scaleMin, max: 2 * THRESHOLDS.scaleMax })
  .map((n) => n / 2);
const side = fc.record(
  Object.fromEntries(DIMENSION_KEYS.map((k) => [k, half])) as Record<string, fc.Arbitrary<number>>
);
const profiles = fc.sample(
  fc.record({
    perspective: fc.constantFrom(...PERSPECTIVES),
    us: side,
    them: fc.option(side, { nil: undefined }),
  }),
  { numRuns: 24, seed: 5 }
) as Profile[];

it.each(profiles.map((p, i) => [i, p] as const))(
  "random profile %i: same target, start, trust gap, power and reasons",
  (i, raw) => {
    const profile: Profile = raw.them ? raw : { perspective: raw.perspective, us: raw.us };
    const file = join(dir, `profile-${i}.json`);
    writeFileSync(file, JSON.stringify(profile));
    const out = execFileSync(
      process.execPath,
      [join(root, "bin/collabfit.js"), "recommend", "--profile", file, "--json"],
      {
        encoding: "utf8",
      }
    );
    const cli = JSON.parse(out) as Pick<
      Recommendation,
      "targetModel" | "startModel" | "trustGap" | "powerRegime" | "effective" | "reasons"
    >;
    const a = args(profile);
    expect(model(...a)).toBe(modelName(cli.targetModel));
    expect(start(...a)).toBe(modelName(cli.startModel));
    expect(trustGap(cli.targetModel, cli.effective.trust)).toBe(cli.trustGap);
    const e = cli.effective;
    expect(power(e.ourDependence, e.theirDependence, profile.perspective)).toBe(cli.powerRegime);
    const lines = now(explain(...a)).map((r) => r[0]);
    for (const reason of cli.reasons) expect(lines).toContain(`Reason: ${reason}`);
  }
);
