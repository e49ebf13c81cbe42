import { actionHeaders, buildActionsPlan } from "../../../src/core/workbook/actions";
import { demoAssessment } from "../../../src/core/workbook/demo";
import { ITEMS } from "../../../src/core/method";
import { buildResultsPlan, buildAssessmentPlan } from "../../../src/core/workbook/layout";
import { DEMO_META } from "../../../src/core/workbook/demo";
import { REQUIRED_ITEM_HEADERS, SHEET_NAMES, TABLE_NAMES } from "../../../src/core/workbook/names";
import type { SheetPlan } from "../../../src/core/workbook/plan";
import {
  applyPlan,
  findOurSheets,
  readAssessmentFromWorkbook,
  readItemTables,
  removeOurSheets,
  replaceResults,
} from "../../../src/excel";
import { fake } from "./plans";
import { itemQuestion } from "../../../src/core/texts/question-words";

/** CF_Actions' headers as the English workbooks of these tests have them. */
const ACTION_HEADERS = actionHeaders();
const ACTIONS_COLUMNS: string[] = Object.values(ACTION_HEADERS);

const s3Items = ITEMS.filter((i) => i.dimension === "trust").slice(0, 2);

function itemTable(rows: unknown[][]) {
  return {
    name: TABLE_NAMES.items("S3"),
    sheet: SHEET_NAMES.S3,
    topLeft: "A5",
    headers: [...REQUIRED_ITEM_HEADERS],
    rows,
  };
}

describe("readItemTables", () => {
  it("reads header and body of every item table in exactly one sync", async () => {
    const rows = s3Items.map((it, i) => [
      it.id,
      it.dimension,
      itemQuestion(it),
      i + 3,
      "N/A",
      1,
      "",
    ]);
    const f = fake({ sheets: [SHEET_NAMES.S3], tables: [itemTable(rows)] });
    const spy = jest.spyOn(f.context, "sync");
    const tables = await readItemTables(f.ctx);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(tables).toEqual([
      {
        sheet: SHEET_NAMES.S3,
        tableName: TABLE_NAMES.items("S3"),
        topLeft: "A5",
        headers: [...REQUIRED_ITEM_HEADERS],
        rows,
      },
    ]);
  });

  it("hands the values to read-back: scores parsed, bad cells and missing tables reported", async () => {
    const rows = [
      [s3Items[0].id, s3Items[0].dimension, itemQuestion(s3Items[0]), "4", 2, 1, ""],
      [s3Items[1].id, s3Items[1].dimension, itemQuestion(s3Items[1]), 7, null, 1, ""],
    ];
    const f = fake({ sheets: [SHEET_NAMES.S3], tables: [itemTable(rows)] });
    const spy = jest.spyOn(f.context, "sync");
    const read = await readAssessmentFromWorkbook(f.ctx);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(read.us[s3Items[0].id]).toBe(4);
    expect(read.them[s3Items[0].id]).toBe(2);
    const bad = read.problems.find((p) => p.sheet === SHEET_NAMES.S3 && p.cell === "D7");
    expect(bad?.value).toBe(7);
    const missing = read.problems.filter((p) => /not found/.test(p.message)).map((p) => p.sheet);
    expect(missing).toEqual([SHEET_NAMES.S1, SHEET_NAMES.S2, SHEET_NAMES.S4]);
  });
});

describe("findOurSheets / removeOurSheets", () => {
  it("lists only sheets with our prefix, in one sync", async () => {
    const f = fake({ sheets: ["Budget", SHEET_NAMES.cover, "CFO notes", SHEET_NAMES.results] });
    const spy = jest.spyOn(f.context, "sync");
    expect(await findOurSheets(f.ctx)).toEqual([SHEET_NAMES.cover, SHEET_NAMES.results]);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("removes our sheets and names and leaves the user's", async () => {
    const f = fake({ sheets: ["Budget", SHEET_NAMES.cover], names: ["CF_Title", "MyName"] });
    const removed = await removeOurSheets(f.ctx);
    expect(removed).toEqual({ sheets: [SHEET_NAMES.cover], names: ["CF_Title"] });
    expect(f.state.sheets.map((s) => s.name)).toEqual(["Budget"]);
    expect(f.state.names.map((n) => n.name)).toEqual(["MyName"]);
  });
});

describe("replaceResults", () => {
  const roadmapPlan = (rows: number): SheetPlan => ({
    name: SHEET_NAMES.roadmap,
    role: "roadmap",
    cells: [{ address: "A1", value: "Roadmap" }],
    tables: [
      {
        name: TABLE_NAMES.roadmap,
        topLeft: "A4",
        headers: ["Phase", "Owner"],
        rows: Array.from({ length: rows }, (_, i) => [`Phase ${i + 1}`, "joint"]),
      },
    ],
    protect: {},
  });

  function existing(rows: number) {
    return fake({
      sheets: [SHEET_NAMES.roadmap],
      tables: [
        {
          name: TABLE_NAMES.roadmap,
          sheet: SHEET_NAMES.roadmap,
          topLeft: "A4",
          headers: ["Phase", "Owner"],
          rows: Array.from({ length: rows }, () => ["old", "us"]),
        },
      ],
    });
  }

  it("shrinks the table body, clears what it gave up, rewrites contents in two syncs", async () => {
    const f = existing(6);
    const spy = jest.spyOn(f.context, "sync");
    const report = await replaceResults(f.ctx, { sheets: [roadmapPlan(2)] });
    expect(spy).toHaveBeenCalledTimes(2);
    expect(report.tables).toEqual([{ name: TABLE_NAMES.roadmap, rows: 2, previousRows: 6 }]);
    expect(f.ops({ location: "Table.resize" })[0].args).toEqual(["A4:B6"]);
    expect(f.ops({ location: "Range.clear" }).map((o) => o.address)).toEqual(["A7:B10"]);
    const values = f.ops({ prop: "values", address: "A4:B6" });
    expect(values[0].value).toEqual([
      ["Phase", "Owner"],
      ["Phase 1", "joint"],
      ["Phase 2", "joint"],
    ]);
    // No sheet or table was added, and protection was lifted before writing and restored after.
    expect(f.ops({ location: "WorksheetCollection.add" })).toHaveLength(0);
    expect(f.ops({ location: "TableCollection.add" })).toHaveLength(0);
    const order = f.state.applied.map((o) => o.location);
    expect(order.indexOf("WorksheetProtection.unprotect")).toBeLessThan(
      order.indexOf("Table.resize")
    );
    expect(order.lastIndexOf("WorksheetProtection.protect")).toBe(order.length - 1);
  });

  it("grows the table with the same number of syncs", async () => {
    const f = existing(1);
    const spy = jest.spyOn(f.context, "sync");
    await replaceResults(f.ctx, { sheets: [roadmapPlan(40)] });
    expect(spy).toHaveBeenCalledTimes(2);
    expect(f.ops({ location: "Table.resize" })[0].args).toEqual(["A4:B44"]);
    expect(f.ops({ location: "Range.clear" })).toHaveLength(0);
  });

  it("fails clearly, writing nothing, when the table is missing", async () => {
    const f = fake({ sheets: [SHEET_NAMES.roadmap] });
    await expect(replaceResults(f.ctx, { sheets: [roadmapPlan(2)] })).rejects.toThrow(
      `table ${TABLE_NAMES.roadmap} not found`
    );
    expect(f.state.applied.filter((o) => o.kind === "set")).toHaveLength(0);
  });
});

describe("replaceResults keeps the analyst's edits in CF_Actions", () => {
  it("matches rows by action id and writes the kept values, in the same two syncs", async () => {
    const demo = demoAssessment();
    const plan = buildActionsPlan(demo.roadmap, { ours: ["Ann"], theirs: [] });
    const table = plan.tables![0];
    const id = (r: number) => table.rows[r][ACTIONS_COLUMNS.indexOf(ACTION_HEADERS.id)];
    // In the workbook: the first two actions edited by the analyst (in a different order).
    const edited = table.rows.slice(0, 2).map((r) => [...r]);
    const at = (h: string) => ACTIONS_COLUMNS.indexOf(h);
    edited[0][at(ACTION_HEADERS.owner)] = "Pat";
    edited[0][at(ACTION_HEADERS.due)] = 47000;
    edited[0][at(ACTION_HEADERS.status)] = "Done";
    edited[0][at(ACTION_HEADERS.evidence)] = "Signed minutes";
    edited[1][at(ACTION_HEADERS.status)] = "Blocked";
    const f = fake({
      sheets: [SHEET_NAMES.actions],
      tables: [
        {
          name: TABLE_NAMES.actions,
          sheet: SHEET_NAMES.actions,
          topLeft: "A4",
          headers: [...ACTIONS_COLUMNS],
          rows: [edited[1], edited[0]],
        },
      ],
    });
    const spy = jest.spyOn(f.context, "sync");
    await replaceResults(f.ctx, { sheets: [plan] });
    expect(spy).toHaveBeenCalledTimes(2);
    const last = table.rows.length + 4;
    const written = f.ops({ prop: "values", address: `A4:H${last}` })[0].value as unknown[][];
    const byId = new Map(written.slice(1).map((r) => [r[0], r]));
    expect(byId.get(id(0))!.slice(at(ACTION_HEADERS.owner))).toEqual([
      "Pat",
      47000,
      "Done",
      "Signed minutes",
    ]);
    expect(byId.get(id(1))![at(ACTION_HEADERS.status)]).toBe("Blocked");
    // A row the analyst never had keeps its generated values.
    expect(byId.get(id(2))![at(ACTION_HEADERS.status)]).toBe("Not started");
    expect(byId.get(id(2))![at(ACTION_HEADERS.owner)]).toBe("Ann");
  });
});

describe("with the real layout", () => {
  it("applies buildAssessmentPlan in 2 syncs and creates every sheet, table and name", async () => {
    const plan = buildAssessmentPlan(DEMO_META);
    const f = fake();
    const spy = jest.spyOn(f.context, "sync");
    const report = await applyPlan(f.ctx, plan);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(f.state.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      ...plan.sheets.map((s) => s.name),
    ]);
    const tables = plan.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name));
    expect(f.state.tables.map((t) => t.name).sort()).toEqual([...tables].sort());
    expect(f.state.names.map((n) => n.name).sort()).toEqual(plan.names.map((n) => n.name).sort());
    expect(report.largestRequestBytes).toBeGreaterThan(0);
    // Every table arrives in one values write that starts at its header row.
    for (const s of plan.sheets)
      for (const t of s.tables ?? []) {
        const writes = f
          .ops({ prop: "values", sheet: s.name })
          .filter(
            (o) =>
              o.address?.startsWith(`${t.topLeft}:`) &&
              JSON.stringify((o.value as unknown[][])[0]) === JSON.stringify(t.headers)
          );
        expect(writes).toHaveLength(1);
        expect((writes[0].value as unknown[][]).length).toBe(Math.max(1, t.rows.length) + 1);
      }
  });

  it("refreshes the real Results sheet in place", async () => {
    const results = buildResultsPlan(null, { takenAt: "2026-03-01T10:00:00Z" });
    const tables = (results.tables ?? []).map((t) => ({
      name: t.name,
      sheet: results.name,
      topLeft: t.topLeft,
      headers: t.headers,
      rows: t.rows,
    }));
    const g = fake({ sheets: [results.name], tables });
    const spy = jest.spyOn(g.context, "sync");
    await replaceResults(g.ctx, { sheets: [results] });
    expect(spy).toHaveBeenCalledTimes(2);
    expect(g.ops({ location: "Table.resize" })).toHaveLength((results.tables ?? []).length);
    expect(g.ops({ location: "WorksheetCollection.add" })).toHaveLength(0);
    const written = g
      .ops({ sheet: results.name })
      .filter((o) => o.prop === "values" || o.prop === "formulas");
    expect(written.length).toBeGreaterThan(0);
    // Rewritten text may wrap over more lines than before: rows are refitted in the same batch.
    expect(
      g.ops({ location: "RangeFormat.autofitRows", sheet: results.name }).length
    ).toBeGreaterThan(0);
  });
});
