import { recommend } from "../../../src/core/method";
import { ACTION_HEADERS, ACTIONS_COLUMNS, keepEdits } from "../../../src/core/workbook/actions";
import { DEMO_META, demoAssessment } from "../../../src/core/workbook/demo";
import { buildAssessmentPlan } from "../../../src/core/workbook/layout";
import { SHEET_NAMES, TABLE_NAMES } from "../../../src/core/workbook/names";
import { loadWorkbook, planToBuffer, replaceResults, workbookToBuffer } from "../../../src/xlsx";
import { tableValues } from "../../../src/xlsx/write";
import { buildRoadmap } from "../../../src/core/texts/roadmap-words";

const col = (h: string) => ACTIONS_COLUMNS.indexOf(h);

describe("CF Actions (exceljs)", () => {
  test("one action a row, owners named from the cover", async () => {
    const demo = demoAssessment();
    const meta = { ...DEMO_META, assessors: "Ann Buyer, Bo Quality", contacts: "Kim Account" };
    const plan = buildAssessmentPlan(meta, {
      answers: demo.answers,
      recommendation: demo.recommendation,
      roadmap: demo.roadmap,
    });
    const wb = await loadWorkbook(await planToBuffer(plan));
    const t = tableValues(wb.getWorksheet(SHEET_NAMES.actions)!, TABLE_NAMES.actions)!;
    const all = demo.roadmap.flatMap((r) => r.items);
    expect(t.rows).toHaveLength(all.length);
    expect(t.rows.map((r) => r[col(ACTION_HEADERS.id)])).toEqual(all.map((a) => a.id));
    const owners = new Set(t.rows.map((r) => r[col(ACTION_HEADERS.owner)]));
    for (const o of owners) expect(["Ann Buyer", "Kim Account"]).toContain(o);
    expect(owners.has("Ann Buyer")).toBe(true);
  });

  test("regenerating the roadmap keeps the analyst's owner, due date, status and evidence", async () => {
    const demo = demoAssessment();
    const plan = buildAssessmentPlan(DEMO_META, {
      answers: demo.answers,
      recommendation: demo.recommendation,
      roadmap: demo.roadmap,
    });
    const wb = await loadWorkbook(await planToBuffer(plan));
    const ws = wb.getWorksheet(SHEET_NAMES.actions)!;
    // The analyst edits the second action's row (row 6: header in row 4).
    const edited = demo.roadmap.flatMap((r) => r.items)[1];
    expect(ws.getCell("A6").value).toBe(edited.id);
    ws.getCell("E6").value = "Pat Analyst";
    ws.getCell("F6").value = new Date(Date.UTC(2027, 5, 30));
    ws.getCell("G6").value = "In progress";
    ws.getCell("H6").value = "Minutes of the kick-off, 12 May";
    const saved = await loadWorkbook(await workbookToBuffer(wb));

    // A later regeneration, another start date: the same actions come back with new dates.
    const later = buildRoadmap(demo.assessed.profile, recommend(demo.assessed.profile), {
      startDate: "2027-01-01",
    });
    replaceResults(saved, demo.recommendation, later, "2027-01-01T09:00:00Z");
    const back = await loadWorkbook(await workbookToBuffer(saved));
    const t = tableValues(back.getWorksheet(SHEET_NAMES.actions)!, TABLE_NAMES.actions)!;
    const row = t.rows.find((r) => r[col(ACTION_HEADERS.id)] === edited.id)!;
    expect(row[col(ACTION_HEADERS.owner)]).toBe("Pat Analyst");
    expect(row[col(ACTION_HEADERS.due)]).toEqual(new Date(Date.UTC(2027, 5, 30)));
    expect(row[col(ACTION_HEADERS.status)]).toBe("In progress");
    expect(row[col(ACTION_HEADERS.evidence)]).toBe("Minutes of the kick-off, 12 May");
    // Other rows keep what they had; the generated text columns follow the new roadmap.
    const other = t.rows.find((r) => r[col(ACTION_HEADERS.id)] !== edited.id)!;
    expect(other[col(ACTION_HEADERS.status)]).toBe("Not started");
    expect(other[col(ACTION_HEADERS.evidence)]).toBeNull();
    expect(t.rows).toHaveLength(later.flatMap((r) => r.items).length);
  });
});

describe("keepEdits", () => {
  const table = {
    name: "CF_T",
    topLeft: "A1",
    headers: ["Id", "Text", "Owner"],
    rows: [
      ["a", "one", "Us"],
      ["b", "two", "Us"],
    ],
    keep: { key: "Id", columns: ["Owner"] },
  };
  test("matches by key, whatever the old column order; unknown keys and new rows keep defaults", () => {
    const out = keepEdits(table, {
      headers: ["Owner", "Id"],
      rows: [
        ["Kim", "b"],
        ["Lee", "gone"],
      ],
    });
    expect(out.rows).toEqual([
      ["a", "one", "Us"],
      ["b", "two", "Kim"],
    ]);
  });
  test("a cleared cell stays cleared; no old table changes nothing", () => {
    expect(keepEdits(table, { headers: ["Id", "Owner"], rows: [["a", null]] }).rows[0]).toEqual([
      "a",
      "one",
      null,
    ]);
    expect(keepEdits(table, null)).toBe(table);
  });
});
