/**
 * `collabfit share`: the joint summary for the other party. It carries both sides' scores, the gaps
 * and the shared roadmap, and nothing private: every cell, defined name, comment and raw part is
 * scanned for our notes, assessor names, sign-off names and weights (as for the questionnaire).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DIMENSION_KEYS, MODELS } from "../../src/core/method";
import { JOINT_SHEET } from "../../src/core/workbook/joint-summary";
import { COVER_PEOPLE, sheetNamesOfEveryWorkbook } from "../../src/core/workbook/layout";
import { ITEM_HEADERS, SHEET_NAMES } from "../../src/core/workbook/names";
import { readItemTables, readMeta } from "../../src/xlsx";
import { buildCliIfMissing, runCli } from "../support/cli";
import { dimensionLabel, modelName } from "../../src/core/texts/method-words";
import { workbookTexts } from "../../src/core/texts/parts/workbook";

const SIGN_OFF_ROLES = workbookTexts().cover.signOffRoles;

jest.setTimeout(120_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cf-share-"));
const at = (n: string) => path.join(dir, n);
const SIGNERS = ["Ingrid Signoffsson", "Piet Reviewmaker", "Dora Approvewell"];
let joint: ExcelJS.Workbook;
let jointBytes: Buffer;
let inputBefore: Buffer;

beforeAll(async () => {
  buildCliIfMissing();
  expect(runCli("demo", "--out", at("demo.xlsx")).code).toBe(0);
  // The demo with a filled sign-off block: the names must not travel.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(at("demo.xlsx"));
  const cover = wb.getWorksheet(SHEET_NAMES.cover)!;
  SIGN_OFF_ROLES.forEach((_, i) => {
    cover.getCell(`B${COVER_PEOPLE.signOffRow + 1 + i}`).value = SIGNERS[i];
  });
  await wb.xlsx.writeFile(at("ours.xlsx"));
  inputBefore = fs.readFileSync(at("ours.xlsx"));
  const r = runCli("share", at("ours.xlsx"), "--out", at("joint.xlsx"));
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  jointBytes = fs.readFileSync(at("joint.xlsx"));
  joint = new ExcelJS.Workbook();
  await joint.xlsx.load(jointBytes as unknown as ArrayBuffer);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cellTexts(wb: ExcelJS.Workbook): string[] {
  const texts: string[] = [];
  wb.eachSheet((ws) => {
    texts.push(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        texts.push(typeof cell.value === "string" ? cell.value : JSON.stringify(cell.value));
        if (cell.note) texts.push(JSON.stringify(cell.note));
      })
    );
  });
  for (const n of wb.definedNames.model as Array<{ name: string; ranges: string[] }>)
    texts.push(n.name, ...n.ranges);
  return texts;
}

describe("collabfit share", () => {
  test("writes one sheet with both sides' scores, the gap from the numbers shown, and the shared roadmap", () => {
    expect(joint.worksheets.map((w) => w.name)).toEqual([JOINT_SHEET]);
    const ws = joint.getWorksheet(JOINT_SHEET)!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const byLabel = new Map(rows.map((r) => [r[0], r]));
    for (const k of DIMENSION_KEYS) {
      const r = byLabel.get(dimensionLabel(k));
      expect(r).toBeDefined();
      const [, us, them, gap] = r as [string, number, number, number];
      expect(typeof us).toBe("number");
      expect(typeof them).toBe("number");
      expect(gap).toBeCloseTo(us - them, 10);
    }
    const all = cellTexts(joint).join("\n");
    expect(all).toContain("in our frame");
    expect(all).toContain("Action (shared)");
    expect(MODELS.some((m) => all.includes(modelName(m.id)))).toBe(true);
    // Plain English: no dimension keys, no rule codes, no raw timestamps, no formula.
    // (single-word keys such as trust are plain words too; the compound ones are internal)
    for (const k of DIMENSION_KEYS.filter((k) => /[A-Z]/.test(k))) expect(all).not.toContain(k);
    expect(all).not.toMatch(/\bR\d+:/);
    expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    ws.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined()));
    // Printed like our other sheets: a print area and a footer with page numbers.
    expect(ws.pageSetup.printArea).toMatch(/^A1:/);
    expect(ws.headerFooter.oddFooter).toContain("&P");
  });

  test("holds nothing private: notes, assessors, sign-off, weights, contacts are in no cell, name, comment or part", async () => {
    const ours = new ExcelJS.Workbook();
    await ours.xlsx.load(inputBefore as unknown as ArrayBuffer);
    const { meta } = readMeta(ours);
    const notes: string[] = [];
    const weightHeaders: string[] = [];
    for (const t of readItemTables(ours)) {
      const n = t.headers.indexOf(ITEM_HEADERS.notes);
      for (const row of t.rows) {
        const v = row[n];
        // Notes stand for the item answers they explain; short fragments would match by chance.
        if (typeof v === "string" && v.trim().length > 8) notes.push(v.trim());
      }
      if (t.headers.includes(ITEM_HEADERS.weight)) weightHeaders.push(ITEM_HEADERS.weight);
    }
    expect(notes.length).toBeGreaterThan(0);
    expect(weightHeaders.length).toBeGreaterThan(0);
    const assessorNames = meta.assessors
      .split(",")
      .map((s) => s.replace(/\(.*\)/, "").trim())
      .filter(Boolean);
    expect(assessorNames.length).toBeGreaterThan(0);
    const texts = cellTexts(joint);
    const zip = await JSZip.loadAsync(jointBytes);
    for (const f of Object.values(zip.files)) if (!f.dir) texts.push(await f.async("string"));
    const all = texts.join("\n");
    const forbidden = [
      ...notes,
      ...assessorNames,
      ...SIGNERS,
      ...SIGN_OFF_ROLES,
      ...weightHeaders,
      ITEM_HEADERS.our,
      ITEM_HEADERS.their,
      ...sheetNamesOfEveryWorkbook(),
      "CF_",
      "COLLAB.",
    ];
    for (const f of forbidden) expect({ f, found: all.includes(f) }).toEqual({ f, found: false });
  });

  test("names the partnership blockers only with --include-blockers", async () => {
    const heading = "What stands in the way of a partnership";
    expect(cellTexts(joint).join("\n")).not.toContain(heading);
    const r = runCli("share", at("ours.xlsx"), "--out", at("blockers.xlsx"), "--include-blockers");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("blockers.xlsx"));
    const all = cellTexts(wb).join("\n");
    expect(all).toContain(heading);
    // The demo's blockers include partnership fit (see recommend --json), shown by its label.
    expect(all).toContain(`${dimensionLabel("partnershipFit")} is below what a partnership needs.`);
  });

  test("carries the cover's sign-off only with --include-signoff, and still nothing else private", async () => {
    const r = runCli("share", at("ours.xlsx"), "--out", at("signoff.xlsx"), "--include-signoff");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("signoff.xlsx"));
    const texts = cellTexts(wb);
    SIGN_OFF_ROLES.forEach((role, i) => {
      expect(texts).toContain(role);
      expect(texts).toContain(SIGNERS[i]);
    });
    // Without the flag the same names are absent (the scan above); with it, notes and the
    // assessors (the people who scored) still stay out.
    const ours = new ExcelJS.Workbook();
    await ours.xlsx.load(inputBefore as unknown as ArrayBuffer);
    const assessors = readMeta(ours)
      .meta.assessors.split(",")
      .map((s) => s.replace(/\(.*\)/, "").trim())
      .filter(Boolean);
    const all = texts.join("\n");
    for (const a of assessors) expect({ a, found: all.includes(a) }).toEqual({ a, found: false });
    expect(all).not.toContain(ITEM_HEADERS.notes);
  });

  test("lists the actions both sides share or they own, and none of our own", () => {
    const r = runCli("recommend", at("ours.xlsx"), "--json");
    expect(r.code).toBe(0);
    const roadmap = JSON.parse(r.stdout).roadmap as Array<{
      items: Array<{ text: string; owner: string }>;
    }>;
    const items = roadmap.flatMap((p) => p.items);
    const ours = items.filter((a) => a.owner === "us").map((a) => a.text);
    const shared = items.filter((a) => a.owner !== "us").map((a) => a.text);
    expect(ours.length).toBeGreaterThan(0);
    expect(shared.length).toBeGreaterThan(0);
    const texts = new Set(cellTexts(joint));
    for (const t of shared) expect({ t, shown: texts.has(t) }).toEqual({ t, shown: true });
    for (const t of ours) expect({ t, shown: texts.has(t) }).toEqual({ t, shown: false });
  });

  test("leaves the input as it was and never overwrites --out", () => {
    expect(fs.readFileSync(at("ours.xlsx")).equals(inputBefore)).toBe(true);
    const again = runCli("share", at("ours.xlsx"), "--out", at("joint.xlsx"));
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(fs.readFileSync(at("joint.xlsx")).equals(jointBytes)).toBe(true);
  });

  test("bad input exits 2 with one line and writes nothing", () => {
    fs.writeFileSync(at("bad.xlsx"), "not a workbook");
    const r = runCli("share", at("bad.xlsx"), "--out", at("j2.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("bad.xlsx");
    expect(fs.existsSync(at("j2.xlsx"))).toBe(false);
  });
});
