/** Released question sets: 2026.1 kept exactly as released, 2026.2 beside it, read by version. */
import * as path from "path";
import ExcelJS from "exceljs";
import {
  DIMENSION_KEYS,
  ITEM_SETS,
  ITEM_SET_VERSION,
  ITEMS,
  counterpartDimension,
  itemSet,
  itemSetOf,
  itemSetUpgrade,
  UNVERSIONED_ITEM_SET,
} from "../../../src/core/method";
import { itemQuestion, itemWording } from "../../../src/core/texts/question-words";

const fixtures = path.join(__dirname, "../../fixtures/workbooks");

test("the current set is one of the released sets", () => {
  expect(itemSet(ITEM_SET_VERSION)).toBe(ITEMS);
  // No version cell: written before versions existed, on the first released set.
  expect(itemSetOf("").version).toBe(UNVERSIONED_ITEM_SET);
  expect(itemSetOf(null).items).toBe(ITEM_SETS["2026.1"]);
  expect(itemSetOf(" 2026.1 ").items).toBe(ITEM_SETS["2026.1"]);
  expect(() => itemSet("1999.9")).toThrow(
    /question set "1999.9" is not known.*allowed: 2026.1, 2026.2/
  );
  expect(() => itemSet("toString")).toThrow(/not known/);
});

test("2026.1 is exactly the set the 2026.1 release wrote into its questionnaire", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(fixtures, "questionnaire-2026.1.xlsx"));
  const ws = wb.getWorksheet("Your answers")!;
  const rows: string[][] = [];
  for (let r = 5; ws.getCell(`A${r}`).value; r++) {
    rows.push(["A", "C", "D", "E", "F"].map((c) => String(ws.getCell(`${c}${r}`).value)));
  }
  expect(rows).toEqual(
    ITEM_SETS["2026.1"].map((i) => {
      const w = itemWording(i);
      return [i.id, w.question, w.anchors[1], w.anchors[3], w.anchors[5]];
    })
  );
});

describe.each(Object.keys(ITEM_SETS))("question set %s", (version) => {
  const items = ITEM_SETS[version];
  const byId = new Map(items.map((i) => [i.id, i]));

  test("3 to 5 items a dimension, unique ids, one question each", () => {
    expect(byId.size).toBe(items.length);
    for (const key of DIMENSION_KEYS) {
      const n = items.filter((i) => i.dimension === key).length;
      expect({ key, ok: n >= 3 && n <= 5 }).toEqual({ key, ok: true });
    }
    for (const it of items) expect(itemQuestion(it).endsWith("?")).toBe(true);
  });

  test("every mirrored item's partner is in the same set and mirrors it back", () => {
    for (const it of items) {
      if (it.compare.kind !== "mirror") continue;
      const p = byId.get(it.compare.partner);
      expect({ id: it.id, partner: p?.compare }).toEqual({
        id: it.id,
        partner: { kind: "mirror", partner: it.id },
      });
      expect(p!.reverse).toBe(it.reverse);
      expect(p!.dimension).toBe(counterpartDimension(it.dimension));
    }
  });
});

test("2026.2 splits the questions that asked two things and keeps ids to one meaning", () => {
  const up = itemSetUpgrade("2026.1", "2026.2");
  expect(up.dropped.sort()).toEqual(["MAT-1", "ODP-3", "STK-2", "STK-4", "TDP-3", "TRU-1"]);
  expect(up.toAnswer.sort()).toEqual(
    [
      "MAT-4",
      "MAT-5",
      "ODP-4",
      "ODP-5",
      "STK-5",
      "STK-6",
      "TDP-4",
      "TDP-5",
      "TRU-5",
      "TRU-6",
    ].sort()
  );
  expect(up.carried.length + up.toAnswer.length).toBe(ITEM_SETS["2026.2"].length);
  // An id that exists in both sets means the same thing in both.
  const old = new Map(ITEM_SETS["2026.1"].map((i) => [i.id, i]));
  for (const it of ITEM_SETS["2026.2"]) {
    const before = old.get(it.id);
    if (before) expect(it).toEqual(before);
  }
  // The examples: no "and" joining two things to rate in the new trust, maturity, switching items.
  for (const id of ["TRU-5", "TRU-6", "MAT-4", "MAT-5", "ODP-4", "ODP-5"])
    expect(itemQuestion(ITEM_SETS["2026.2"].find((i) => i.id === id)!)).not.toMatch(
      / and (how|risky)/
    );
});
