/** `recommend --json` and `recommend --profile` with the portfolio fields (issue 15). */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { recommend, segmentation, validateProfile } from "../../src/core/method";
import { mismatchText } from "../../src/core/texts/method-words";
import { buildCliIfMissing, expectRefused, root, runCli } from "../support/cli";
import { PORTFOLIO_CASES, caseProfile, writePortfolioCases } from "../support/portfolio";

jest.setTimeout(120_000);

const fixture = JSON.parse(
  fs.readFileSync(path.join(root, "test/fixtures/profiles/visionary-system.json"), "utf8")
);
let tmp: string;

beforeAll(() => {
  buildCliIfMissing();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-segment-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function profileFile(content: unknown): string {
  const file = path.join(tmp, `p${fs.readdirSync(tmp).length}.json`);
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

describe("recommend --profile with profitImpact", () => {
  test.each([1, 3, 5])(
    "profitImpact %s: segment, preferencing and mismatch as the engine says",
    (pi) => {
      const input = { ...fixture, profitImpact: pi };
      const r = runCli("recommend", "--profile", profileFile(input), "--json");
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      const p = validateProfile(input);
      const seg = segmentation(p, recommend(p));
      expect(seg.segment).not.toBeNull();
      expect(out).toMatchObject({
        profitImpact: pi,
        segment: seg.segment,
        preferencing: seg.preferencing,
        // The engine keeps the mismatch as keys; the JSON shows it in words.
        mismatch: seg.mismatch && { usual: seg.mismatch.usual, reason: mismatchText(seg.mismatch) },
      });
    }
  );

  test("without profitImpact: segment and mismatch are null, preferencing still given (customer)", () => {
    const r = runCli("recommend", "--profile", profileFile(fixture), "--json");
    const out = JSON.parse(r.stdout);
    expect(out.segment).toBeNull();
    expect(out.mismatch).toBeNull();
    expect(out.profitImpact).toBeNull();
    expect(fixture.perspective).toBe("customer");
    expect(["core", "development", "exploitable", "nuisance"]).toContain(out.preferencing);
  });

  test("the readable report names the segment and the mismatch", () => {
    const c = PORTFOLIO_CASES.find((x) => x.name === "c-noncritical-over")!;
    const p = caseProfile(c);
    const r = runCli("recommend", "--profile", profileFile(p));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Segment: +Non-critical$/m);
    expect(r.stdout).toMatch(/^Mismatch: +Collaborative .*non-critical purchase.*over-investing/m);
  });

  test.each([
    [0, /profitImpact is 0; allowed: a number from 1 to 5/],
    ["4", /profitImpact is "4"; allowed: a number from 1 to 5/],
  ])("profitImpact %p is refused with the field named", (bad, pattern) => {
    expectRefused(
      runCli("recommend", "--profile", profileFile({ ...fixture, profitImpact: bad })),
      pattern
    );
  });
});

test("recommend FILE.xlsx --json reads CF_ProfitImpact from the cover", async () => {
  const dir = path.join(tmp, "wb");
  fs.mkdirSync(dir);
  const cases = PORTFOLIO_CASES.filter((c) => ["s-key-r2", "c-none"].includes(c.name));
  const files = await writePortfolioCases(dir, cases);
  cases.forEach((c, i) => {
    const r = runCli("recommend", files[i], "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const p = caseProfile(c);
    const seg = segmentation(p, recommend(p));
    expect(out).toMatchObject({
      profitImpact: c.profitImpact,
      segment: seg.segment,
      preferencing: seg.preferencing,
      mismatch: seg.mismatch && { usual: seg.mismatch.usual, reason: mismatchText(seg.mismatch) },
    });
  });
});
