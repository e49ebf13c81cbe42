import { recommend } from "../../../src/core/method";
import {
  ACTION_COLUMNS,
  actionHeaderKey,
  actionHeaders,
  buildActionsPlan,
  keepEdits,
} from "../../../src/core/workbook/actions";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { DEMO_META, demoAssessment } from "../../../src/core/workbook/demo";
import { buildAssessmentPlan } from "../../../src/core/workbook/layout";
import { SHEET_NAMES, TABLE_NAMES } from "../../../src/core/workbook/names";
import { loadWorkbook, planToBuffer, replaceResults, workbookToBuffer } from "../../../src/xlsx";
import { tableValues } from "../../../src/xlsx/write";
import { buildRoadmap } from "../../../src/core/texts/roadmap-words";

/** CF_Actions' headers as the English workbooks of these tests have them. */
const ACTION_HEADERS = actionHeaders();
const ACTIONS_COLUMNS: string[] = Object.values(ACTION_HEADERS);

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
    keep: { key: "Id", columns: ["Owner"], keyOf: (h: unknown) => String(h) },
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

describe("CF_Actions' headers are catalogue labels, found by key in any language", () => {
  afterEach(() => setLanguage("en"));
  const demo = demoAssessment();
  const people = { ours: ["Ann"], theirs: [] };

  test("the pseudo-locale writes every header as a label; each reads back to its key", () => {
    setLanguage(PSEUDO_LOCALE);
    const headers = buildActionsPlan(demo.roadmap, people).tables![0].headers;
    expect(headers).toHaveLength(ACTION_COLUMNS.length);
    for (const h of headers) expect(h).toMatch(/^⟦.*⟧$/);
    expect(headers.map(actionHeaderKey)).toEqual([...ACTION_COLUMNS]);
    // English (what every older workbook holds) is still read in the pseudo-locale.
    expect(ACTIONS_COLUMNS.map(actionHeaderKey)).toEqual([...ACTION_COLUMNS]);
  });

  test("a regeneration in the pseudo-locale keeps the edits of a table written in English", () => {
    const english = buildActionsPlan(demo.roadmap, people).tables![0];
    const edited = english.rows.map((r) => [...r]);
    edited[0][col(ACTION_HEADERS.owner)] = "Pat Analyst";
    edited[0][col(ACTION_HEADERS.evidence)] = "Signed minutes";
    setLanguage(PSEUDO_LOCALE);
    const table = buildActionsPlan(demo.roadmap, people).tables![0];
    const kept = keepEdits(table, { headers: english.headers, rows: edited });
    // Same column order in every language: the English indexes hold.
    expect(kept.rows[0][col(ACTION_HEADERS.owner)]).toBe("Pat Analyst");
    expect(kept.rows[0][col(ACTION_HEADERS.evidence)]).toBe("Signed minutes");
    // A row not edited keeps the old table's status as it was written (English), not the new default.
    expect(kept.rows[1][col(ACTION_HEADERS.status)]).toBe(edited[1][col(ACTION_HEADERS.status)]);
    expect(kept.rows[1][col(ACTION_HEADERS.status)]).not.toBe(
      table.rows[1][col(ACTION_HEADERS.status)]
    );
  });
});
