/** `collabfit import` with several --answers files: one respondent each (issue 13). */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type ExcelJS from "exceljs";
import { DIMENSION_KEYS, ITEMS } from "../../src/core/method";
import type { ItemAnswers } from "../../src/core/method/types";
import { sideScores, type Respondent } from "../../src/core/rounds";
import { loadWorkbook, readItemTables, workbookProfile } from "../../src/xlsx";
import { parseCell } from "../../src/core/workbook/a1";
import { ITEM_HEADERS, SHEET_NAMES } from "../../src/core/workbook/names";
import { readAnonymity, readRespondents } from "../../src/xlsx/rounds";
import { ANONYMITY_NAMES, ROUND_SHEETS } from "../../src/core/workbook/round-names";
import { fillQuestionnaire } from "../unit/exchange/helpers";
import { QUESTIONNAIRE_LAYOUT, QUESTIONNAIRE_SHEETS } from "../../src/core/exchange";
import { COLLEAGUE_NAMES } from "../../src/core/rounds/colleague";
import { buildCliIfMissing, expectRefused, runCli as run, sha256 as sha } from "../support/cli";

let tmp: string;
const at = (name: string) => path.join(tmp, name);
let ours: string;

const scores = (f: (i: number) => number | "N/A"): Record<string, number | string> =>
  Object.fromEntries(ITEMS.map((it, i) => [it.id, f(i)]));
// Three people of the other party; item 0: 1, 5, N/A.
const FILLS: Record<string, Record<string, number | string>> = {
  Ana: scores((i) => (i === 0 ? 1 : (i % 5) + 1)),
  Ben: scores((i) => (i === 0 ? 5 : i % 3 === 0 ? "N/A" : ((i + 1) % 5) + 1)),
  Cy: scores((i) => (i % 7 === 0 ? "N/A" : ((i + 3) % 5) + 1)),
};
const asAnswers = (s: Record<string, number | string>): ItemAnswers =>
  Object.fromEntries(Object.entries(s).map(([k, v]) => [k, typeof v === "number" ? v : null]));

function allCells(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => out.push(`${ws.name}!${c.address}=${JSON.stringify(c.value)}`))
    )
  );
  return out;
}

beforeAll(async () => {
  buildCliIfMissing("lib/cli/commands/import-respondents.js");
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-respondents-"));
  ours = at("ours.xlsx");
  expect(
    run("new", "--out", ours, "--us", "Northwind", "--them", "Contoso", "--date", "2026-02-01").code
  ).toBe(0);
  expect(run("questionnaire", ours, "--out", at("q.xlsx")).code).toBe(0);
  // Our own side scored by typing (3 everywhere): one respondent, the typed column.
  const wb = await loadWorkbook(fs.readFileSync(ours));
  for (const t of readItemTables(wb)) {
    const { row, col } = parseCell(t.topLeft);
    const c = col + t.headers.indexOf(ITEM_HEADERS.our);
    t.rows.forEach((_, i) => (wb.getWorksheet(t.sheet)!.getCell(row + 1 + i, c).value = 3));
  }
  fs.rmSync(ours);
  await wb.xlsx.writeFile(ours);
  for (const [name, s] of Object.entries(FILLS))
    fs.writeFileSync(
      at(`${name}.xlsx`),
      await fillQuestionnaire(fs.readFileSync(at("q.xlsx")), { scores: s })
    );
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("three questionnaires import as three respondents; scores equal the hand computation; order does not matter", async () => {
  const r1 = run(
    "import",
    ours,
    "--answers",
    at("Ana.xlsx"),
    "--answers",
    at("Ben.xlsx"),
    "--answers",
    at("Cy.xlsx"),
    "--out",
    at("m1.xlsx")
  );
  expect(r1.stderr).toBe("");
  expect(r1.code).toBe(0);
  expect(r1.stdout).toMatch(/Their side: 3 respondent\(s\): Ana, Ben, Cy; added Ana, Ben, Cy\./);
  // Anonymous by default for their side: topics never name who answered what.
  expect(r1.stdout).toMatch(/their team disagrees/);
  expect(r1.stdout.split("Disagreement")[1]).not.toMatch(/Ana|Ben|Cy/);
  const r2 = run(
    "import",
    ours,
    "--answers",
    at("Cy.xlsx"),
    "--answers",
    at("Ana.xlsx"),
    "--answers",
    at("Ben.xlsx"),
    "--out",
    at("m2.xlsx")
  );
  expect(r2.code).toBe(0);

  const m1 = await loadWorkbook(fs.readFileSync(at("m1.xlsx")));
  const m2 = await loadWorkbook(fs.readFileSync(at("m2.xlsx")));
  expect(allCells(m2)).toEqual(allCells(m1));
  const back = readRespondents(m1);
  expect(back.respondents.map((r) => r.name)).toEqual(["Ana", "Ben", "Cy"]);
  const expected: Respondent[] = Object.entries(FILLS).map(([name, s]) => ({
    name,
    side: "them",
    answers: asAnswers(s),
  }));
  const { profile, problems } = workbookProfile(m1);
  expect(problems).toEqual([]);
  const hand = sideScores(expected, "them").scores;
  for (const k of DIMENSION_KEYS) expect(profile!.them![k]).toBeCloseTo(hand[k]!, 6);

  const j = JSON.parse(run("recommend", at("m1.xlsx"), "--json").stdout);
  expect(j.respondents).toEqual({ us: [], them: ["Ana", "Ben", "Cy"] });
});

test("importing a respondent again replaces their answers", async () => {
  const r = run(
    "import",
    at("m1.xlsx"),
    "--answers",
    at("Ana.xlsx"),
    "--answers",
    at("Ben.xlsx"),
    "--out",
    at("m3.xlsx"),
    "--json"
  );
  expect(r.code).toBe(0);
  const j = JSON.parse(r.stdout);
  expect(j.replaced).toEqual(["Ana", "Ben"]);
  expect(j.respondents.them).toEqual(["Ana", "Ben", "Cy"]);
});

test("a duplicate respondent in one import, or another assessment's questionnaire: exit 2, one line, nothing written", async () => {
  const out = at("dup.xlsx");
  const before = sha(ours);
  expectRefused(
    run("import", ours, "--answers", at("Ana.xlsx"), "--answers", at("Ana.xlsx"), "--out", out),
    /respondent "Ana" comes from both .*Ana\.xlsx and .*Ana\.xlsx; allowed: each respondent once per import/
  );
  const other = at("other.xlsx");
  expect(
    run("new", "--out", other, "--us", "Elsewhere", "--them", "Contoso", "--date", "2026-02-01")
      .code
  ).toBe(0);
  expect(run("questionnaire", other, "--out", at("oq.xlsx")).code).toBe(0);
  fs.writeFileSync(
    at("Dee.xlsx"),
    await fillQuestionnaire(fs.readFileSync(at("oq.xlsx")), { scores: FILLS.Ana })
  );
  expectRefused(
    run("import", ours, "--answers", at("Ana.xlsx"), "--answers", at("Dee.xlsx"), "--out", out),
    /Dee\.xlsx: .*assessment/
  );
  expect(fs.existsSync(out)).toBe(false);
  expect(sha(ours)).toBe(before);
});

test("--remove NAME takes one respondent out; an unknown name or a workbook without respondents: exit 2", async () => {
  const out = at("removed.xlsx");
  const r = run("import", at("m1.xlsx"), "--remove", "ben", "--out", out);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/without Ben\. Their side: 2 respondent\(s\): Ana, Cy\./);
  const wb = await loadWorkbook(fs.readFileSync(out));
  expect(readRespondents(wb).respondents.map((x) => x.name)).toEqual(["Ana", "Cy"]);
  const left: Respondent[] = ["Ana", "Cy"].map((name) => ({
    name,
    side: "them",
    answers: asAnswers(FILLS[name]),
  }));
  const { profile } = workbookProfile(wb);
  const hand = sideScores(left, "them").scores;
  for (const k of DIMENSION_KEYS) expect(profile!.them![k]).toBeCloseTo(hand[k]!, 6);

  const none = at("none.xlsx");
  expectRefused(
    run("import", at("m1.xlsx"), "--remove", "Zed", "--out", none),
    /no respondent named "Zed"; allowed: Ana, Ben, Cy/
  );
  expectRefused(
    run("import", ours, "--remove", "Ana", "--out", none),
    /no respondents are recorded/
  );
  expect(fs.existsSync(none)).toBe(false);
});

describe("questionnaire --side us: a colleague on our side", () => {
  // Ours after the three imports: their answers (and notes) are in it; none may reach a colleague.
  const colleague = () => at("colleague-q.xlsx");

  beforeAll(() => {
    const r = run("questionnaire", at("m1.xlsx"), "--side", "us", "--out", colleague());
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/send it to a colleague on our side/);
  });

  test("is addressed to our side and carries the side's claim and its check", async () => {
    const wb = await loadWorkbook(fs.readFileSync(colleague()));
    const ins = wb.getWorksheet(QUESTIONNAIRE_SHEETS.instructions)!;
    expect(ins.getCell("A2").value).toBe("For a colleague at Northwind");
    expect(String(ins.getCell("B5").value)).toMatch(
      /"we" and "us" mean Northwind and "the other party" means Contoso/
    );
    const named = (n: string) => {
      const [sheet, cell] = wb.definedNames
        .getRanges(n)
        .ranges[0].replace(/'/g, "")
        .replace(/\$/g, "")
        .split("!");
      return wb.getWorksheet(sheet)!.getCell(cell).value;
    };
    expect(named(COLLEAGUE_NAMES.side)).toBe("customer");
    expect(named(COLLEAGUE_NAMES.check)).toMatch(/^US-[0-9A-F]{16}$/);
  });

  test("imported alone or with their files, it lands on our side as a respondent; their side is untouched", async () => {
    fs.writeFileSync(
      at("Dana.xlsx"),
      await fillQuestionnaire(fs.readFileSync(colleague()), {
        scores: FILLS.Cy,
        mutate: (wb) => {
          const ws = wb.getWorksheet(QUESTIONNAIRE_SHEETS.instructions)!;
          ws.getCell(QUESTIONNAIRE_LAYOUT.respondent.name).value = "Dana Ortiz";
          ws.getCell(QUESTIONNAIRE_LAYOUT.respondent.role).value = "Category manager";
        },
      })
    );
    const single = run(
      "import",
      at("m1.xlsx"),
      "--answers",
      at("Dana.xlsx"),
      "--out",
      at("u1.xlsx"),
      "--json"
    );
    expect(single.stderr).toBe("");
    expect(single.code).toBe(0);
    const j = JSON.parse(single.stdout);
    // Our typed answers (3 everywhere) became a respondent when our side switched; nothing is lost.
    expect(j.respondents).toEqual({
      us: ["Dana Ortiz", "Typed answers"],
      them: ["Ana", "Ben", "Cy"],
    });
    const wb = await loadWorkbook(fs.readFileSync(at("u1.xlsx")));
    const back = readRespondents(wb).respondents;
    const dana = back.find((r) => r.name === "Dana Ortiz")!;
    expect(dana).toMatchObject({ side: "us", role: "Category manager" });
    expect(dana.answers).toEqual(asAnswers(FILLS.Cy));
    const { profile, problems } = workbookProfile(wb);
    expect(problems).toEqual([]);
    const ourList: Respondent[] = [
      { name: "Dana Ortiz", side: "us", answers: asAnswers(FILLS.Cy) },
      {
        name: "Typed answers",
        side: "us",
        answers: Object.fromEntries(ITEMS.map((it) => [it.id, 3])),
      },
    ];
    const hand = sideScores(ourList, "us").scores;
    for (const k of DIMENSION_KEYS) expect(profile!.us[k]).toBeCloseTo(hand[k]!, 6);
    // Their side still comes from Ana, Ben and Cy.
    const m1 = workbookProfile(await loadWorkbook(fs.readFileSync(at("m1.xlsx")))).profile!;
    for (const k of DIMENSION_KEYS) expect(profile!.them![k]).toBeCloseTo(m1.them![k]!, 9);

    // Mixed in one import with one of theirs: each file finds its own side.
    const mixed = run(
      "import",
      ours,
      "--answers",
      at("Ana.xlsx"),
      "--answers",
      at("Dana.xlsx"),
      "--out",
      at("u2.xlsx"),
      "--json"
    );
    expect(mixed.code).toBe(0);
    expect(JSON.parse(mixed.stdout).respondents).toEqual({
      us: ["Dana Ortiz", "Typed answers"],
      them: ["Ana"],
    });
  });

  test("their file edited to claim our side, or a --side that does not exist: exit 2, nothing written", async () => {
    const out = at("forged.xlsx");
    // The other party copies the side cell and name into their own file but cannot know the check.
    const forged = await fillQuestionnaire(fs.readFileSync(at("q.xlsx")), {
      scores: FILLS.Ana,
      mutate: (wb) => {
        const ws = wb.getWorksheet(QUESTIONNAIRE_SHEETS.instructions)!;
        ws.getCell("B28").value = "customer";
        ws.getCell("B29").value = "US-0000000000000000";
        wb.definedNames.add(`'${QUESTIONNAIRE_SHEETS.instructions}'!$B$28`, COLLEAGUE_NAMES.side);
        wb.definedNames.add(`'${QUESTIONNAIRE_SHEETS.instructions}'!$B$29`, COLLEAGUE_NAMES.check);
      },
    });
    fs.writeFileSync(at("Forged.xlsx"), forged);
    expectRefused(
      run("import", ours, "--answers", at("Forged.xlsx"), "--out", out),
      /Forged\.xlsx: .*side check \(CF_SideCheck\) does not match this assessment/
    );
    expectRefused(
      run(
        "import",
        ours,
        "--answers",
        at("Ana.xlsx"),
        "--answers",
        at("Forged.xlsx"),
        "--out",
        out
      ),
      /Forged\.xlsx: .*side check/
    );
    expect(fs.existsSync(out)).toBe(false);
    expectRefused(
      run("questionnaire", ours, "--side", "ours", "--out", out),
      /--side ours: allowed: them \(the other party\) or us \(a colleague\)/
    );
    expect(fs.existsSync(out)).toBe(false);
  });
});

test("the cover's anonymity setting: their people are named in the topics only when it is No", async () => {
  const topicCells = (wb: ExcelJS.Workbook) => {
    const ws = wb.getWorksheet(ROUND_SHEETS.summary)!;
    const out: string[] = [];
    ws.eachRow((row) =>
      row.eachCell(
        (c) => typeof c.value === "string" && c.value.startsWith("• ") && out.push(c.value)
      )
    );
    return out;
  };
  const m1 = await loadWorkbook(fs.readFileSync(at("m1.xlsx")));
  expect(readAnonymity(m1)).toEqual(["them"]);
  // Default: topics on the sheet exist but name nobody of theirs.
  expect(topicCells(m1).join("\n")).toMatch(/their team disagrees/);
  expect(topicCells(m1).join("\n")).not.toMatch(/Ana|Ben|Cy/);

  const [sheet, cell] = m1.definedNames
    .getRanges(ANONYMITY_NAMES.them)
    .ranges[0].replace(/'/g, "")
    .replace(/\$/g, "")
    .split("!");
  expect(sheet).toBe(SHEET_NAMES.cover);
  expect(m1.getWorksheet(sheet)!.getCell(cell).value).toBe("Yes");
  m1.getWorksheet(sheet)!.getCell(cell).value = "No";
  await m1.xlsx.writeFile(at("named.xlsx"));
  const r = run(
    "import",
    at("named.xlsx"),
    "--answers",
    at("Ana.xlsx"),
    "--answers",
    at("Ben.xlsx"),
    "--out",
    at("named-out.xlsx")
  );
  expect(r.code).toBe(0);
  // Item 0: Ana 1, Ben 5 (Cy N/A): the topic says who gave the lowest and the highest.
  expect(r.stdout).toMatch(
    new RegExp(`${ITEMS[0].id} \\(.*their team disagrees.*lowest: Ana; highest: Ben`)
  );
  const out = await loadWorkbook(fs.readFileSync(at("named-out.xlsx")));
  expect(topicCells(out).join("\n")).toMatch(/lowest: Ana; highest: Ben/);
  expect(readAnonymity(out)).toEqual([]);
});
