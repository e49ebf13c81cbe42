/** Upgrading a 2026.1 workbook to the current question set: a new workbook, nothing typed lost. */
import * as fs from "fs";
import * as path from "path";
import { ITEM_SET_VERSION, ITEM_SETS, itemSetUpgrade } from "../../../src/core/method";
import { UPGRADE_SHEET, UPGRADE_TABLES } from "../../../src/core/workbook/upgrade";
import { loadWorkbook, readItemTables, readWorkbookAssessment } from "../../../src/xlsx";
import { upgradeWorkbook } from "../../../src/xlsx/upgrade";

const file = path.join(__dirname, "../../fixtures/workbooks/assessment-2026.1.xlsx");

test("a 2026.1 workbook becomes a new one on the current set: unchanged answers kept, the rest listed", async () => {
  const bytes = fs.readFileSync(file);
  const old = readWorkbookAssessment(await loadWorkbook(bytes));
  const done = await upgradeWorkbook(await loadWorkbook(bytes));
  expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  const plan = itemSetUpgrade("2026.1", ITEM_SET_VERSION);
  expect(done.upgrade).toEqual(plan);
  expect(done.toAnswer.map((t) => t.id)).toEqual(plan.toAnswer);

  const wb = await loadWorkbook(done.buffer);
  const now = readWorkbookAssessment(wb);
  expect(now.problems).toEqual([]);
  expect(now.itemSetVersion).toBe(ITEM_SET_VERSION);
  expect(now.items.map((i) => i.id)).toEqual(ITEM_SETS[ITEM_SET_VERSION].map((i) => i.id));
  // The cover as it was (a workbook from before the confidentiality label gets the default one).
  expect(now.meta).toEqual({ ...old.meta, confidentiality: now.meta.confidentiality });
  for (const id of plan.carried) {
    expect({ id, us: now.read.us[id], them: now.read.them[id] }).toEqual({
      id,
      us: old.read.us[id],
      them: old.read.them[id],
    });
  }
  for (const id of plan.toAnswer) {
    expect({ id, us: now.read.us[id] ?? null, them: now.read.them[id] ?? null }).toEqual({
      id,
      us: null,
      them: null,
    });
  }
  // The list to re-answer and the old answers to the replaced questions are in the new workbook.
  const tables = readItemTables(wb, (n) => n.startsWith("CF_Upgrade"));
  const toAnswer = tables.find((t) => t.tableName === UPGRADE_TABLES.toAnswer)!;
  expect(toAnswer.sheet).toBe(UPGRADE_SHEET);
  expect(toAnswer.rows.map((r) => r[0])).toEqual(plan.toAnswer);
  const replaced = tables.find((t) => t.tableName === UPGRADE_TABLES.replaced)!;
  expect(replaced.rows.map((r) => r[0])).toEqual(plan.dropped);
  // The headers are the catalogue's labels; in English as they always were.
  expect(toAnswer.headers).toEqual(["ID", "Sheet", "Question", "Why"]);
  expect(replaced.headers).toEqual([
    "Old ID",
    "Replaced by",
    "Question",
    "Sheet",
    "Our score",
    "Their score",
    "Notes",
  ]);
  const tru1 = replaced.rows.find((r) => r[0] === "TRU-1")!;
  expect(tru1[4]).toBe(old.read.us["TRU-1"]);
  expect(tru1[5]).toBe(old.read.them["TRU-1"]);
});

test("a workbook already on the current set is not upgraded, and says so", async () => {
  const first = await upgradeWorkbook(await loadWorkbook(fs.readFileSync(file)));
  await expect(upgradeWorkbook(await loadWorkbook(first.buffer))).rejects.toThrow(
    new RegExp(`already on question set ${ITEM_SET_VERSION.replace(".", "\\.")}`)
  );
});
