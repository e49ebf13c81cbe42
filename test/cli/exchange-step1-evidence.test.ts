/** `collabfit questionnaire --share-evidence` and their interests through `collabfit import`, as a process. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { ITEMS } from "../../src/core/method";
import { ITEM_HEADERS, TABLE_NAMES } from "../../src/core/workbook/names";
import { loadWorkbook, readItemTables } from "../../src/xlsx";
import { fillQuestionnaire } from "../unit/exchange/helpers";
import { buildCliIfMissing, runCli as run } from "../support/cli";

const EVIDENCE = "Supplier scorecard Q1: on-time delivery 88 %";
let tmp: string;
let ours: string;
const at = (name: string) => path.join(tmp, name);

async function allText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts: string[] = [];
  for (const f of Object.values(zip.files)) if (!f.dir) parts.push(await f.async("string"));
  return parts.join("\n");
}

beforeAll(async () => {
  buildCliIfMissing("lib/cli/commands/questionnaire.js");
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-step1-"));
  const made = at("made.xlsx");
  expect(run("new", "--out", made, "--us", "Northwind", "--them", "Contoso").code).toBe(0);
  // The analyst types evidence beside the first item, as in Excel.
  const wb = await loadWorkbook(fs.readFileSync(made));
  const t = readItemTables(wb).find((x) => x.rows.some((r) => r[0] === ITEMS[0].id))!;
  const col = t.headers.indexOf(ITEM_HEADERS.evidence);
  const r = t.rows.findIndex((x) => x[0] === ITEMS[0].id);
  const top = Number(t.topLeft.replace(/\D+/, ""));
  const left = t.topLeft.replace(/\d+/, "").charCodeAt(0) - 64;
  wb.getWorksheet(t.sheet)!.getCell(top + 1 + r, left + col).value = EVIDENCE;
  ours = at("ours.xlsx");
  fs.writeFileSync(ours, Buffer.from(await wb.xlsx.writeBuffer()));
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("evidence stays out of the questionnaire unless --share-evidence is given", async () => {
  const plain = at("plain.xlsx");
  const shared = at("shared.xlsx");
  expect(run("questionnaire", ours, "--out", plain).code).toBe(0);
  expect(run("questionnaire", ours, "--share-evidence", "--out", shared).code).toBe(0);
  expect(await allText(plain)).not.toContain(EVIDENCE);
  expect(await allText(shared)).toContain(EVIDENCE);
});

test("their interests land in Their interests and objectives, as text, and the command says so", async () => {
  const q = at("q.xlsx");
  expect(run("questionnaire", ours, "--out", q).code).toBe(0);
  const back = at("back.xlsx");
  fs.writeFileSync(
    back,
    await fillQuestionnaire(fs.readFileSync(q), {
      scores: { [ITEMS[0].id]: 4 },
      interests: [["=1+1 stable prices", "Objective", "High", null]],
    })
  );
  const merged = at("merged.xlsx");
  const r = run("import", ours, "--answers", back, "--out", merged);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/1 of their interests and objectives written/);
  const wb = await loadWorkbook(fs.readFileSync(merged));
  const them = readItemTables(wb, (n) => n === TABLE_NAMES.interestsThem)[0];
  const us = readItemTables(wb, (n) => n === TABLE_NAMES.interestsUs)[0];
  expect(them.rows[0]).toEqual(["=1+1 stable prices", "Objective", "High", null]);
  expect(us.rows.flat().every((v) => v === null || v === undefined || v === "")).toBe(true);
});
