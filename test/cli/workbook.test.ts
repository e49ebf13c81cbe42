import { regimeText } from "../../src/core/texts/render";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  LAYOUT,
  RESULT_ROWS,
  itemColumn,
  sheetNamesOfEveryWorkbook,
} from "../../src/core/workbook/layout";
import { ITEM_HEADERS, SHEET_NAMES } from "../../src/core/workbook/names";
import { loadWorkbook, readMeta, workbookProfile, workbookToBuffer } from "../../src/xlsx";
import { withUserExtras } from "../support/user-extras";
import {
  buildCliIfMissing,
  expectRefused as expectUsageError,
  root,
  runCli as run,
  sha256 as sha,
} from "../support/cli";

let tmp: string;

const at = (name: string) => path.join(tmp, name);

beforeAll(() => {
  buildCliIfMissing();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-workbook-"));
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("collabfit new", () => {
  test("writes a workbook with the cover fields given", async () => {
    const file = at("new.xlsx");
    const r = run(
      "new",
      "--out",
      file,
      "--title",
      "Cleaning contract",
      "--us",
      "Acme",
      "--them",
      "=Sparkle",
      "--perspective",
      "supplier",
      "--date",
      "2026-06-01",
      "--assessors",
      "Jo"
    );
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain(file);
    const wb = await loadWorkbook(fs.readFileSync(file));
    expect(wb.worksheets.map((w) => w.name)).toEqual(sheetNamesOfEveryWorkbook());
    expect(readMeta(wb).meta).toEqual({
      title: "Cleaning contract",
      us: "Acme",
      them: "=Sparkle",
      perspective: "supplier",
      date: "2026-06-01",
      assessors: "Jo",
      // The cover carries the default confidentiality label every footer prints.
      confidentiality: "Confidential: internal use only",
    });
  });

  test("gives every new assessment its own reference, even with the same cover facts", async () => {
    const refs: unknown[] = [];
    for (const name of ["same-1.xlsx", "same-2.xlsx"]) {
      expect(run("new", "--out", at(name), "--title", "Same", "--date", "2026-06-01").code).toBe(0);
      const wb = await loadWorkbook(fs.readFileSync(at(name)));
      refs.push(wb.getWorksheet(SHEET_NAMES.cover)!.getCell(LAYOUT.cover.assessmentId).value);
    }
    for (const ref of refs) expect(ref).toMatch(/^CF-[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(refs[0]).not.toEqual(refs[1]);
  });

  test("refuses to overwrite an existing file", () => {
    const file = at("exists.xlsx");
    fs.writeFileSync(file, "precious");
    expectUsageError(run("new", "--out", file), /already exists/);
    expect(fs.readFileSync(file, "utf8")).toBe("precious");
  });

  test.each([
    [["new"], /--out FILE\.xlsx is required/],
    [["new", "--out", "x.xlsx", "--perspective", "buyer"], /allowed: customer, supplier/],
    [["new", "--out", "x.xlsx", "--date", "01/02/2026"], /--date.*YYYY-MM-DD/],
    [["new", "--out", "x.xlsx", "--colour", "red"], /unknown option --colour/],
    [["new", "--out", "x.csv"], /must end in \.xlsx/],
  ])("bad input %p exits 2 with one line", (args, pattern) => {
    expectUsageError(run(...(args as string[])), pattern);
    expect(fs.existsSync(path.join(root, "x.xlsx"))).toBe(false);
  });

  // One date rule (core/input) for every command: Date.parse would roll 2026-02-30 to 2026-03-02.
  test.each(["2026-02-30", "2025-02-29", "2026-04-31", "2026-13-01", "2026-00-10"])(
    "--date %s is refused like recommend --start, and nothing is written",
    (date) => {
      const file = at(`bad-date-${date}.xlsx`);
      expectUsageError(
        run("new", "--out", file, "--date", date),
        new RegExp(`^collabfit new: --date: date "${date}" is not a date; allowed: YYYY-MM-DD`)
      );
      expect(fs.existsSync(file)).toBe(false);
      expectUsageError(
        run("recommend", "--profile", "x.json", "--start", date),
        new RegExp(`--start ${date} is not a valid date; expected YYYY-MM-DD`)
      );
    }
  );

  test("--date 2024-02-29 (a leap day) is kept as given", async () => {
    const file = at("leap.xlsx");
    expect(run("new", "--out", file, "--date", "2024-02-29")).toMatchObject({
      code: 0,
      stderr: "",
    });
    const wb = await loadWorkbook(fs.readFileSync(file));
    expect(readMeta(wb).meta.date).toBe("2024-02-29");
  });
});

describe("collabfit demo and recommend FILE.xlsx", () => {
  let demo: string;
  beforeAll(() => {
    demo = at("demo.xlsx");
    expect(run("demo", "--out", demo).code).toBe(0);
  });

  test("the demo is dated today: its roadmap reads as the plan ahead", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const wb = await loadWorkbook(fs.readFileSync(demo));
    expect(readMeta(wb).meta.date).toBe(today);
    const roadmap = wb.getWorksheet(SHEET_NAMES.roadmap)!;
    expect(roadmap.getCell("D5").value).toEqual(new Date(`${today}T00:00:00Z`));
  });

  test("recommend FILE.xlsx prints exactly what recommend --profile prints for the same scores", async () => {
    const { profile } = workbookProfile(await loadWorkbook(fs.readFileSync(demo)));
    const json = at("demo-profile.json");
    fs.writeFileSync(json, JSON.stringify(profile));
    for (const extra of [[], ["--json"]]) {
      const fromFile = run("recommend", demo, "--start", "2026-03-02", ...extra);
      const fromProfile = run("recommend", "--profile", json, "--start", "2026-03-02", ...extra);
      expect(fromFile.code).toBe(0);
      expect(fromFile.stderr).toBe("");
      if (extra.length === 0) expect(fromFile.stdout).toBe(fromProfile.stdout);
      else {
        // A workbook has item answers and may have respondents and closed rounds, so its JSON adds
        // the item-level gaps, respondents, history (none in the demo) and each roadmap phase
        // against the rounds (here only the open one); the rest is the same.
        const { itemPerceptionGaps, respondents, history, roadmapStatus, ...rest } = JSON.parse(
          fromFile.stdout
        );
        expect(Array.isArray(itemPerceptionGaps)).toBe(true);
        expect(roadmapStatus.map((s: { code: string }) => s.code)).toEqual(
          rest.roadmap.map((r: { code: string }) => r.code)
        );
        for (const s of roadmapStatus) expect([1, null]).toContain(s.entryMetAtRound);
        expect({ respondents, history }).toEqual({
          respondents: { us: [], them: [] },
          history: [],
        });
        expect(rest).toEqual(JSON.parse(fromProfile.stdout));
      }
    }
    expect(JSON.parse(run("recommend", demo, "--json").stdout).targetModel).toBe("collaborative");
  });

  test("--out writes results and roadmap into a copy; the input is never modified", async () => {
    const before = sha(demo);
    const out = at("result.xlsx");
    const r = run("recommend", demo, "--out", out, "--json", "--start", "2026-04-01");
    expect(r.code).toBe(0);
    expect(sha(demo)).toBe(before);
    const wb = await loadWorkbook(fs.readFileSync(out));
    const results = wb.getWorksheet(SHEET_NAMES.results)!;
    const row = LAYOUT.results.firstRow + RESULT_ROWS.findIndex((x) => x.label === "Power regime");
    expect(results.getCell(`${LAYOUT.results.snapshotColumn}${row}`).value).toBe(
      regimeText(JSON.parse(r.stdout).powerRegime)
    );
    const roadmap = wb.getWorksheet(SHEET_NAMES.roadmap)!;
    expect(roadmap.getCell("D5").value).toEqual(new Date("2026-04-01T00:00:00Z"));

    expectUsageError(run("recommend", demo, "--out", out), /already exists/);
    expectUsageError(run("recommend", demo, "--out", demo), /is the input file/);
    expect(sha(demo)).toBe(before);
  });

  test("--out says what the copy cannot carry over (charts, pivot tables, ...) and leaves the input as it is", async () => {
    const rich = at("rich.xlsx");
    fs.writeFileSync(rich, await withUserExtras(fs.readFileSync(demo)));
    const before = sha(rich);
    const out = at("rich-result.xlsx");
    const r = run("recommend", rich, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `note: ${out} does not carry over 2 charts, 1 pivot table, 1 picture, defined names MyRate, Growth from ${rich}; ${rich} itself is unchanged\n`
    );
    expect(fs.existsSync(out)).toBe(true);
    expect(sha(rich)).toBe(before);
    // Our own workbook loses nothing, and says nothing.
    const plain = run("recommend", demo, "--out", at("plain-result.xlsx"));
    expect(plain).toMatchObject({ code: 0, stderr: "" });
  });

  test("--out with the Roadmap sheet deleted is one clear line (exit 2) and writes no file", async () => {
    const wb = await loadWorkbook(fs.readFileSync(demo));
    wb.removeWorksheet(wb.getWorksheet(SHEET_NAMES.roadmap)!.id);
    const trimmed = at("no-roadmap.xlsx");
    fs.writeFileSync(trimmed, await workbookToBuffer(wb));
    const out = at("no-roadmap-result.xlsx");
    expectUsageError(
      run("recommend", trimmed, "--out", out),
      new RegExp(`no sheet '${SHEET_NAMES.roadmap}'`)
    );
    expect(fs.existsSync(out)).toBe(false);
    // Without --out the scores are still read and the recommendation printed.
    expect(run("recommend", trimmed).code).toBe(0);
  });

  test("a bad score names the sheet and cell in one line (exit 2, nothing on stdout)", async () => {
    const wb = await loadWorkbook(fs.readFileSync(demo));
    wb.getWorksheet(SHEET_NAMES.S2)!.getCell(`${itemColumn(ITEM_HEADERS.our)}7`).value = 7;
    const bad = at("bad.xlsx");
    fs.writeFileSync(bad, await workbookToBuffer(wb));
    expectUsageError(
      run("recommend", bad),
      new RegExp(
        `'${SHEET_NAMES.S2}'!${itemColumn(ITEM_HEADERS.our)}7: .*7 is outside 1-5.*allowed`
      )
    );
  });

  test("an unscored workbook names the first dimension with no answer", () => {
    const empty = at("empty.xlsx");
    expect(run("new", "--out", empty).code).toBe(0);
    expectUsageError(
      run("recommend", empty),
      /'CF S1 Interests'!J6:J13: no answered item for dimension "Mutuality"/
    );
  });

  test.each([
    ["missing.xlsx", /file not found/],
    ["notxlsx.xlsx", /not an \.xlsx workbook/],
  ])("%s is refused", (name, pattern) => {
    if (name === "notxlsx.xlsx") fs.writeFileSync(at(name), "hello");
    expectUsageError(run("recommend", at(name)), pattern);
  });
});
