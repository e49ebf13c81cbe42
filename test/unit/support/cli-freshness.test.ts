/** The CLI suites never run a stale lib/: cliStaleReason tells a fresh build from a stale one. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cliStaleReason } from "../../support/cli";

let base: string;
const at = (p: string) => path.join(base, p);
function write(p: string, secondsAgo: number): void {
  fs.mkdirSync(path.dirname(at(p)), { recursive: true });
  fs.writeFileSync(at(p), "x");
  const t = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(at(p), t, t);
}

beforeEach(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-fresh-"));
  for (const f of ["tsconfig.json", "tsconfig.cli.json", "src/cli/main.ts", "src/functions/f.ts"]) {
    write(f, 100);
  }
  write("src/core/method/a.ts", 100);
});
afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

test("a build newer than every source is fresh", () => {
  write("lib/cli/main.js", 10);
  expect(cliStaleReason("lib/cli/main.js", base)).toBeNull();
});

test("a missing build is named", () => {
  expect(cliStaleReason("lib/cli/main.js", base)).toBe("lib/cli/main.js is missing");
});

test.each([
  "src/core/method/a.ts",
  "src/core/input/new-file.ts",
  "src/cli/main.ts",
  "tsconfig.cli.json",
])("an edit to %s after the build makes it stale", (file) => {
  write("lib/cli/main.js", 50);
  write(file, 5);
  expect(cliStaleReason("lib/cli/main.js", base)).toMatch(/is older than the sources/);
});
