/** Small hand-made plans for the Office.js adapter tests (WorkbookPlan is plain data). */
import {
  DEFINED_NAMES,
  REQUIRED_ITEM_HEADERS,
  SCORE_CHOICES,
  SHEET_NAMES,
  TABLE_NAMES,
} from "../../../src/core/workbook/names";
import type { CellValue, SheetPlan, WorkbookPlan } from "../../../src/core/workbook/plan";
import { type FakeInit } from "../../fixtures/excel/fake-excel";
import { createStrictExcel } from "../../fixtures/excel/strict-excel";

export const FORMULA_LIKE = "=SUM(A1:A3) is what you type";

export function itemRows(n: number): CellValue[][] {
  return Array.from({ length: n }, (_, i) => [
    `TST-${i + 1}`,
    "trust",
    `Question ${i + 1}: does the other party keep its word?`,
    i % 5 === 0 ? null : (i % 5) + 1,
    i % 7 === 0 ? "N/A" : 3,
    1,
    i === 0 ? "-- a note that starts like a formula" : "",
  ]);
}

export function makePlan(items = 10): WorkbookPlan {
  const cover: SheetPlan = {
    name: SHEET_NAMES.cover,
    role: "cover",
    tabColor: "#1F4E79",
    columnWidths: { A: 24, B: 60 },
    cells: [
      { address: "A1", value: "Collaboration fit", style: { bold: true, fontSize: 16 } },
      { address: "A2", value: "Title" },
      { address: "B2", value: "Acme / Globex" },
      { address: "A3", value: "Formula-looking text" },
      { address: "B3", value: FORMULA_LIKE },
      { address: "A4", value: "Items" },
      { address: "B4", formula: `ROWS(${TABLE_NAMES.items("S3")})` },
      { address: "A6", value: "Go to S3", hyperlink: `'${SHEET_NAMES.S3}'!A1` },
      { address: "A7", value: "Note here", note: "Explains the cover" },
    ],
    rangeStyles: [{ range: "A2:A4", style: { bold: true, border: "thin", numberFormat: "@" } }],
  };
  const top = 5;
  const s3: SheetPlan = {
    name: SHEET_NAMES.S3,
    role: "step",
    freeze: { rows: top, columns: 1 },
    columnWidths: { C: 50 },
    print: { landscape: true, fitToWidth: true, printTitleRows: `$${top}:$${top}` },
    cells: [{ address: "A1", value: "Step 3", style: { bold: true } }],
    tables: [
      {
        name: TABLE_NAMES.items("S3"),
        topLeft: `A${top}`,
        headers: [...REQUIRED_ITEM_HEADERS],
        rows: itemRows(items),
        style: "TableStyleMedium2",
      },
    ],
    validations: [
      {
        kind: "list",
        range: `D${top + 1}:E${top + items}`,
        values: [...SCORE_CHOICES],
        allowBlank: true,
        prompt: { title: "Score", message: "Pick 1 to 5, or N/A" },
        error: { title: "Not a score", message: "Use a whole number 1-5 or N/A" },
      },
      {
        kind: "date",
        range: "B2",
        allowBlank: false,
        error: { title: "Not a date", message: "Type a date" },
      },
    ],
    conditionalFormats: [
      {
        kind: "colorScale",
        range: `D${top + 1}:E${top + items}`,
        min: "#F8696B",
        mid: "#FFEB84",
        max: "#63BE7B",
      },
      {
        kind: "formula",
        range: `A${top + 1}:G${top + items}`,
        formula: `ABS($D${top + 1}-$E${top + 1})>=2`,
        fill: "#FFC7CE",
      },
    ],
    protect: {},
  };
  const results: SheetPlan = {
    name: SHEET_NAMES.results,
    role: "results",
    cells: [
      { address: "A1", value: "Dimension" },
      { address: "B1", value: "Us" },
      { address: "A2", value: "trust" },
      { address: "B2", formula: `AVERAGE(${TABLE_NAMES.items("S3")}[Our score])` },
    ],
    charts: [
      { type: "radar", sourceRange: "A1:B2", title: "Both sides", anchor: "D2", name: "CF_Chart" },
    ],
  };
  return {
    sheets: [cover, s3, results],
    names: [{ name: DEFINED_NAMES.title, refersTo: `'${SHEET_NAMES.cover}'!$B$2` }],
  };
}

export function fake(init: FakeInit = {}) {
  const f = createStrictExcel(init);
  return { ...f, ctx: f.context as unknown as Excel.RequestContext };
}

/** A plan's tables as the stand-in holds tables already in a workbook. */
export function planTables(plan: Pick<WorkbookPlan, "sheets">) {
  return plan.sheets.flatMap((s) =>
    (s.tables ?? []).map((t) => ({
      name: t.name,
      sheet: s.name,
      topLeft: t.topLeft,
      headers: t.headers,
      rows: t.rows.map((r) => t.headers.map((_, i) => r[i] ?? "")),
    }))
  );
}

/** The workbook a plan writes, as the stand-in's starting state: its tables and its named cells. */
export function fakeOfPlan(plan: WorkbookPlan, more: FakeInit = {}) {
  const tables = planTables(plan);
  const namedRanges: Record<string, unknown[][]> = {};
  for (const n of plan.names) {
    const m = /^=?'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(n.refersTo);
    const sheet = m && plan.sheets.find((s) => s.name === m[1].replace(/''/g, "'"));
    const cell = sheet?.cells.find((c) => c.address === `${m![2]}${m![3]}`);
    if (cell) namedRanges[n.name] = [[cell.value ?? ""]];
  }
  return fake({
    sheets: plan.sheets.map((s) => s.name),
    tables,
    ...more,
    namedRanges: { ...namedRanges, ...more.namedRanges },
  });
}
