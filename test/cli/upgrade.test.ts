/** `collabfit upgrade FILE.xlsx --out NEW.xlsx`: a 2026.1 workbook moved to the current set. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ITEM_SET_VERSION, itemSetUpgrade } from "../../src/core/method";
import { loadWorkbook, readWorkbookAssessment } from "../../src/xlsx";
import { buildCliIfMissing, root, runCli as run } from "../support/cli";

let tmp: string;
beforeAll(() => {
  buildCliIfMissing();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-upgrade-"));
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const fixture = path.join(root, "test/fixtures/workbooks/assessment-2026.1.xlsx");

test("writes a new workbook on the current set, lists what to answer again; the input is unchanged", async () => {
  const before = fs.readFileSync(fixture);
  const out = path.join(tmp, "upgraded.xlsx");
  const r = run("upgrade", fixture, "--out", out);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const plan = itemSetUpgrade("2026.1", ITEM_SET_VERSION);
  for (const id of plan.toAnswer) expect(r.stdout).toContain(`  ${id} (`);
  expect(fs.readFileSync(fixture).equals(before)).toBe(true);
  const now = readWorkbookAssessment(await loadWorkbook(fs.readFileSync(out)));
  expect(now.itemSetVersion).toBe(ITEM_SET_VERSION);
  expect(now.problems).toEqual([]);
  // Once upgraded, again is refused with one line naming the cell; an existing --out is never overwritten.
  const again = run("upgrade", out, "--out", path.join(tmp, "again.xlsx"));
  expect(again.code).toBe(2);
  expect(again.stdout).toBe("");
  expect(again.stderr.trim().split("\n")).toHaveLength(1);
  expect(again.stderr).toMatch(/CF Cover.*already on question set/);
  const clash = run("upgrade", fixture, "--out", out);
  expect(clash.code).toBe(2);
  expect(fs.existsSync(path.join(tmp, "again.xlsx"))).toBe(false);
});
