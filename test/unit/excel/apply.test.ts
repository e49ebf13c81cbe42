import { SHEET_NAMES, TABLE_NAMES, DEFINED_NAMES } from "../../../src/core/workbook/names";
import {
  applyPlan,
  ExcelApplyError,
  measurePlanPayload,
  WorkbookClashError,
} from "../../../src/excel";
import { blocks, charsToPoints, wrappedRowSpan } from "../../../src/excel/ops";
import { fake, FORMULA_LIKE, makePlan } from "./plans";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { untranslated } from "../../support/untranslated";

describe("applyPlan: round trips", () => {
  it("uses the same number of syncs (2) for 10 and for 500 items", async () => {
    const counts: number[] = [];
    for (const n of [10, 500]) {
      const f = fake();
      const spy = jest.spyOn(f.context, "sync");
      const report = await applyPlan(f.ctx, makePlan(n));
      expect(report.syncs).toBe(spy.mock.calls.length);
      counts.push(spy.mock.calls.length);
    }
    expect(counts).toEqual([2, 2]);
  });

  it("suspends calculation in the write batch, before any write", async () => {
    const f = fake();
    await applyPlan(f.ctx, makePlan(3));
    const first = f.state.applied.findIndex(
      (o) => o.location === "Application.suspendApiCalculationUntilNextSync"
    );
    const firstAdd = f.state.applied.findIndex((o) => o.location === "WorksheetCollection.add");
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(firstAdd);
  });

  it("reports progress steps", async () => {
    const f = fake();
    const steps: string[] = [];
    await applyPlan(f.ctx, makePlan(3), { onProgress: (s) => steps.push(s) });
    expect(steps[0]).toMatch(/Checking/);
    expect(steps[steps.length - 1]).toBe("Done");
  });
});

describe("applyPlan: what is written", () => {
  it("creates the sheets, the table with one values write for header + rows, and the names", async () => {
    const f = fake();
    const plan = makePlan(12);
    await applyPlan(f.ctx, plan);
    expect(f.state.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      SHEET_NAMES.cover,
      SHEET_NAMES.S3,
      SHEET_NAMES.results,
    ]);

    const table = plan.sheets[1].tables![0];
    const writes = f.ops({ sheet: SHEET_NAMES.S3, prop: "values" });
    const tableWrite = writes.filter((o) => o.address === "A5:G17");
    expect(tableWrite).toHaveLength(1);
    expect(tableWrite[0].value).toEqual([
      table.headers,
      ...table.rows.map((r) => r.map((v) => (v === null ? "" : v))),
    ]);

    const add = f.ops({ location: "TableCollection.add", sheet: SHEET_NAMES.S3 });
    expect(add).toHaveLength(1);
    expect(add[0].args).toEqual(["A5:G17", true]);
    expect(f.state.tables.map((t) => t.name)).toContain(TABLE_NAMES.items("S3"));
    expect(f.ops({ location: "Table.style" })[0].value).toBe("TableStyleMedium2");

    const name = f.ops({ location: "NamedItemCollection.add" });
    expect(name.map((o) => o.args)).toEqual([
      [DEFINED_NAMES.title, `='${SHEET_NAMES.cover}'!$B$2`, undefined],
    ]);
  });

  it("writes contiguous cells as blocks, formulas with a leading =", async () => {
    const f = fake();
    await applyPlan(f.ctx, makePlan(3));
    const cover = f.ops({ sheet: SHEET_NAMES.cover, prop: "values" });
    // Rows 2-3 fill A:B, so they go in one call; never one call per cell.
    expect(cover.map((o) => o.address)).toEqual(["A1", "A2:B3", "A4", "A6:A7"]);
    const formulas = f.ops({ sheet: SHEET_NAMES.cover, prop: "formulas" });
    expect(formulas).toHaveLength(1);
    expect(formulas[0].address).toBe("B4");
    expect(formulas[0].value).toEqual([[`=ROWS(${TABLE_NAMES.items("S3")})`]]);
  });

  it("keeps formula-like strings as text: format '@' is set before the value is written", async () => {
    const f = fake();
    await applyPlan(f.ctx, makePlan(3));
    const idx = (pred: (o: (typeof f.state.applied)[number]) => boolean) =>
      f.state.applied.findIndex(pred);
    const textFormat = idx(
      (o) => o.prop === "numberFormat" && o.address === "B3" && o.sheet === SHEET_NAMES.cover
    );
    const value = idx(
      (o) => o.prop === "values" && o.address === "A2:B3" && o.sheet === SHEET_NAMES.cover
    );
    expect(textFormat).toBeGreaterThanOrEqual(0);
    expect(f.state.applied[textFormat].value).toEqual([["@"]]);
    expect(textFormat).toBeLessThan(value);
    expect(f.state.applied[value].value).toEqual([
      ["Title", "Acme / Globex"],
      ["Formula-looking text", FORMULA_LIKE],
    ]);
    // Also inside a table body (the note "-- a note ..." in G6).
    const tableGuard = f.ops({ sheet: SHEET_NAMES.S3, prop: "numberFormat", address: "G6" });
    expect(tableGuard.map((o) => o.value)).toEqual([[["@"]]]);
    // The formula written on purpose is not guarded.
    expect(f.ops({ sheet: SHEET_NAMES.cover, prop: "numberFormat", address: "B4" })).toHaveLength(
      0
    );
  });

  it("adds list and date validation with prompt and error alert", async () => {
    const f = fake();
    await applyPlan(f.ctx, makePlan(4));
    const rules = f.ops({ location: "DataValidation.rule", sheet: SHEET_NAMES.S3 });
    expect(rules.map((o) => [o.address, o.value])).toEqual([
      ["D6:E9", { list: { inCellDropDown: true, source: "1,2,3,4,5,N/A" } }],
      ["B2", { date: { formula1: "1900-01-01", operator: "GreaterThanOrEqualTo" } }],
    ]);
    expect(f.ops({ location: "DataValidation.prompt" })[0].value).toEqual({
      showPrompt: true,
      title: "Score",
      message: "Pick 1 to 5, or N/A",
    });
    expect(
      f
        .ops({ location: "DataValidation.errorAlert" })
        .map((o) => (o.value as { style: string }).style)
    ).toEqual(["Stop", "Stop"]);
  });

  it("adds the colour scale, the formula rule, the chart, freeze panes, print layout and protection", async () => {
    const f = fake();
    await applyPlan(f.ctx, makePlan(4));
    const cfAdds = f.ops({ location: "ConditionalFormatCollection.add" });
    expect(cfAdds.map((o) => [o.address, o.args![0]])).toEqual([
      ["D6:E9", "ColorScale"],
      ["A6:G9", "Custom"],
    ]);
    const criteria = f.ops({ location: "ColorScaleConditionalFormat.criteria" })[0].value as Record<
      string,
      { color: string }
    >;
    expect([criteria.minimum.color, criteria.midpoint.color, criteria.maximum.color]).toEqual([
      "#F8696B",
      "#FFEB84",
      "#63BE7B",
    ]);
    expect(f.ops({ location: "ConditionalFormatRule.formula" })[0].value).toBe("=ABS($D6-$E6)>=2");
    // Without fixed anchors the scale spans the lowest to the highest value present.
    expect([criteria.minimum, criteria.maximum].map((c) => (c as { type?: string }).type)).toEqual([
      "LowestValue",
      "HighestValue",
    ]);

    const chart = f.ops({ location: "ChartCollection.add" });
    expect(chart).toHaveLength(1);
    expect(chart[0].args![0]).toBe("Radar");
    expect(f.ops({ location: "ChartTitle.text" })[0].value).toBe("Both sides");

    expect(f.ops({ location: "WorksheetFreezePanes.freezeAt" })[0].args).toEqual(["A1:A5"]);
    expect(f.ops({ location: "PageLayout.orientation" })[0].value).toBe("Landscape");
    expect(f.ops({ location: "PageLayout.zoom" })[0].value).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 0,
    });
    expect(f.ops({ location: "PageLayout.setPrintTitleRows" })[0].args).toEqual(["$5:$5"]);
    expect(f.ops({ location: "RangeFormat.columnWidth", sheet: SHEET_NAMES.S3 })[0].value).toBe(
      charsToPoints(50)
    );

    // Protection comes after every write to that sheet.
    const protect = f.state.applied.findIndex((o) => o.location === "WorksheetProtection.protect");
    const lastWrite = f.state.applied
      .map((o) => o.sheet === SHEET_NAMES.S3 && o.kind === "set")
      .lastIndexOf(true);
    expect(protect).toBeGreaterThan(lastWrite);
  });

  it("writes hyperlinks (internal as documentReference) and notes", async () => {
    const f = fake();
    await applyPlan(f.ctx, makePlan(2));
    expect(f.ops({ location: "Range.hyperlink" })[0].value).toEqual({
      documentReference: `'${SHEET_NAMES.S3}'!A1`,
      textToDisplay: "Go to S3",
    });
    // At the floor (no ExcelApi 1.18) a note becomes a comment.
    expect(f.ops({ location: "NoteCollection.add" })).toEqual([]);
    expect(f.ops({ location: "CommentCollection.add" })).toHaveLength(1);
  });

  it("writes Excel notes when the host has ExcelApi 1.18 and the caller asks for them", async () => {
    const f = fake({ apiVersion: "1.18" });
    await applyPlan(f.ctx, makePlan(2), { noteApi: "notes" });
    expect(f.ops({ location: "NoteCollection.add" })[0].args).toEqual(["A7", "Explains the cover"]);
  });

  it("is refused by an Excel that only has the floor when notes are asked for", async () => {
    const f = fake();
    await expect(applyPlan(f.ctx, makePlan(2), { noteApi: "notes" })).rejects.toThrow(
      /NoteCollection\.add|Worksheet\.notes/
    );
  });
});

describe("applyPlan: clashes", () => {
  it("refuses an existing sheet with a name of the plan before writing anything", async () => {
    const f = fake({ sheets: ["Sheet1", SHEET_NAMES.S3] });
    const spy = jest.spyOn(f.context, "sync");
    const err = await applyPlan(f.ctx, makePlan(3)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookClashError);
    expect((err as WorkbookClashError).clashes).toEqual([
      { kind: "sheet", name: SHEET_NAMES.S3, ours: true },
    ]);
    expect((err as Error).message).toContain(`"${SHEET_NAMES.S3}"`);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(f.state.applied).toHaveLength(0);
    expect(f.state.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET_NAMES.S3]);
  });

  it("matches sheet names case-insensitively, as Excel does, and reports table and name clashes", async () => {
    const f = fake({
      sheets: ["cf cover"],
      tables: [
        {
          name: TABLE_NAMES.items("S3"),
          sheet: "cf cover",
          topLeft: "A1",
          headers: ["x"],
          rows: [],
        },
      ],
      names: [DEFINED_NAMES.title],
    });
    const err = (await applyPlan(f.ctx, makePlan(3)).catch(
      (e: unknown) => e
    )) as WorkbookClashError;
    expect(err.clashes.map((c) => `${c.kind}:${c.name}`)).toEqual([
      `sheet:${SHEET_NAMES.cover}`,
      `table:${TABLE_NAMES.items("S3")}`,
      `name:${DEFINED_NAMES.title}`,
    ]);
    expect(f.state.applied).toHaveLength(0);
  });

  it("rejects a plan that breaks naming rules before any sync", async () => {
    const f = fake();
    const plan = makePlan(2);
    plan.sheets[0].name = "My sheet";
    await expect(applyPlan(f.ctx, plan)).rejects.toThrow(
      /Sheet name "My sheet" must start with "CF "/
    );
    expect(f.state.syncs).toBe(0);
  });
});

describe("applyPlan: all-or-nothing", () => {
  it("removes the sheets and names it created when Excel rejects a write, and names the operation", async () => {
    const f = fake({
      sheets: ["Budget"],
      failWhen: (op) => op.location === "TableCollection.add",
    });
    const err = (await applyPlan(f.ctx, makePlan(5)).catch((e: unknown) => e)) as ExcelApplyError;
    expect(err).toBeInstanceOf(ExcelApplyError);
    expect(err.code).toBe("InvalidArgument");
    expect(err.errorLocation).toBe("TableCollection.add");
    expect(err.operation).toBe(
      `create table ${TABLE_NAMES.items("S3")} at A5:G10 on sheet "${SHEET_NAMES.S3}"`
    );
    expect(err.message).toContain("InvalidArgument");
    expect(err.message).toContain(`create table ${TABLE_NAMES.items("S3")}`);
    // Sheets created before the failure were there, and are gone now; the user's sheet stays.
    expect(err.removed.sheets.sort()).toEqual([SHEET_NAMES.cover, SHEET_NAMES.S3].sort());
    expect(f.state.sheets.map((s) => s.name)).toEqual(["Budget"]);
    expect(f.state.names).toHaveLength(0);
  });

  it("also removes defined names created before the failure", async () => {
    const f = fake({ failWhen: (op) => op.location === "WorksheetProtection.protect" });
    const err = (await applyPlan(f.ctx, makePlan(2)).catch((e: unknown) => e)) as ExcelApplyError;
    expect(err.operation).toBe(`protect sheet "${SHEET_NAMES.S3}"`);
    expect(err.removed.names).toEqual([DEFINED_NAMES.title]);
    expect(f.state.names).toHaveLength(0);
    expect(f.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("applyPlan in the pseudo-locale", () => {
  beforeAll(() => setLanguage(PSEUDO_LOCALE));
  afterAll(() => setLanguage("en"));

  it("says its progress, and what Excel refused, in catalogue words", async () => {
    const steps: string[] = [];
    await applyPlan(fake().ctx, makePlan(3), { onProgress: (s) => steps.push(s) });
    expect(steps.length).toBeGreaterThan(2);
    expect(steps.flatMap((s) => untranslated(s))).toEqual([]);
    // Refused at several kinds of operation: only what Excel said and our keys stay as they are.
    for (const location of ["TableCollection.add", "WorksheetProtection.protect", "Range.values"]) {
      const f = fake({ failWhen: (op) => op.location === location });
      const err = (await applyPlan(f.ctx, makePlan(2)).catch((e: unknown) => e)) as ExcelApplyError;
      expect(err).toBeInstanceOf(ExcelApplyError);
      const excel = [err.code, ...(err.errorLocation ?? "").split(/[\s.]/)];
      const keys = [...Object.values(TABLE_NAMES).filter((v) => typeof v === "string")];
      const said = untranslated(err.message, [...excel, ...keys, TABLE_NAMES.items("S3")]);
      expect({ location, said }).toEqual({ location, said: [] });
    }
  });
});

describe("request size", () => {
  it("measures the payload and splits a big plan into requests under the budget", async () => {
    const plan = makePlan(2000);
    const whole = measurePlanPayload(plan);
    expect(whole.requests).toBe(1);
    const budget = Math.ceil(whole.totalBytes / 4);
    const split = measurePlanPayload(plan, {
      requestBudgetBytes: budget,
      maxWriteBytes: budget / 2,
    });
    expect(split.requests).toBeGreaterThan(2);
    expect(split.largestRequestBytes).toBeLessThanOrEqual(budget);

    const f = fake();
    const report = await applyPlan(f.ctx, plan, {
      requestBudgetBytes: budget,
      maxWriteBytes: budget / 2,
    });
    expect(report.requests).toBe(split.requests);
    expect(f.state.syncs).toBe(1 + split.requests);
    // The table body arrives complete even though it was cut by rows.
    const body = f.ops({ sheet: SHEET_NAMES.S3, prop: "values" }).filter((o) => o.address !== "A1");
    const rows = body.flatMap((o) => o.value as unknown[][]);
    expect(rows).toHaveLength(2001);
    // What the fake saw per request stays within the estimate's budget.
    expect(Math.max(...f.state.requestBytes)).toBeLessThanOrEqual(budget);
  });
});

describe("blocks", () => {
  it("groups cells into filled rectangles", () => {
    const m = new Map<string, number>([
      ["A1", 1],
      ["B1", 2],
      ["A2", 3],
      ["B2", 4],
      ["D2", 5],
      ["A4", 6],
    ]);
    expect(blocks(m).map((b) => [b.box, b.data])).toEqual([
      [
        { top: 1, left: 1, rows: 2, cols: 2 },
        [
          [1, 2],
          [3, 4],
        ],
      ],
      [{ top: 2, left: 4, rows: 1, cols: 1 }, [[5]]],
      [{ top: 4, left: 1, rows: 1, cols: 1 }, [[6]]],
    ]);
  });
});

describe("colour scale anchors", () => {
  it("pins the scale to the plan's fixed values (1/3/5 on score cells)", async () => {
    const f = fake();
    const plan = makePlan(3);
    const cf = plan.sheets
      .flatMap((s) => s.conditionalFormats ?? [])
      .find((c) => c.kind === "colorScale")!;
    Object.assign(cf, { minValue: 1, midValue: 3, maxValue: 5 });
    await applyPlan(f.ctx, plan);
    const criteria = f.ops({ location: "ColorScaleConditionalFormat.criteria" })[0].value as Record<
      string,
      { type: string; formula: string; color: string }
    >;
    expect(criteria.minimum).toEqual({ type: "Number", formula: "1", color: "#F8696B" });
    expect(criteria.midpoint).toEqual({ type: "Number", formula: "3", color: "#FFEB84" });
    expect(criteria.maximum).toEqual({ type: "Number", formula: "5", color: "#63BE7B" });
  });
});

describe("row heights for wrapped text", () => {
  function wrappedPlan(items: number) {
    const plan = makePlan(items);
    const [cover, s3] = plan.sheets;
    cover.cells.push({ address: "B9", value: "A long remark", style: { wrap: true } });
    s3.rangeStyles = [
      { range: `C6:C${5 + items}`, style: { wrap: true, vertical: "top" } },
      // Unwrapping a range asks for no fit.
      { range: "A1:G3", style: { wrap: false } },
    ];
    return plan;
  }

  it("queues autofitRows on the wrapped rows of each sheet, after its writes, in the same batch", async () => {
    const f = fake();
    const spy = jest.spyOn(f.context, "sync");
    const report = await applyPlan(f.ctx, wrappedPlan(12));
    // No extra round trip: one clash check, one write request.
    expect(spy).toHaveBeenCalledTimes(2);
    expect(report.requests).toBe(1);

    const fits = f.ops({ location: "RangeFormat.autofitRows" });
    expect(fits.map((o) => [o.sheet, o.address])).toEqual([
      [SHEET_NAMES.cover, "9:9"],
      [SHEET_NAMES.S3, "6:17"],
    ]);
    // Results wraps nothing: its rows are left alone.
    expect(fits.some((o) => o.sheet === SHEET_NAMES.results)).toBe(false);

    // The fit comes after the sheet's values, widths and wrap, and before protection.
    const at = (pred: (o: (typeof f.state.applied)[number]) => boolean) =>
      f.state.applied.findIndex(pred);
    const fit = at((o) => o.location === "RangeFormat.autofitRows" && o.sheet === SHEET_NAMES.S3);
    const lastValues = f.state.applied
      .map((o) => o.sheet === SHEET_NAMES.S3 && (o.prop === "values" || o.prop === "wrapText"))
      .lastIndexOf(true);
    const width = at((o) => o.location === "RangeFormat.columnWidth" && o.sheet === SHEET_NAMES.S3);
    const protect = at((o) => o.location === "WorksheetProtection.protect");
    expect(width).toBeLessThan(fit);
    expect(lastValues).toBeLessThan(fit);
    expect(fit).toBeLessThan(protect);
  });

  it("keeps the sync count of a plan without wrapped text and queues no fit for it", async () => {
    const f = fake();
    await applyPlan(f.ctx, makePlan(5));
    expect(f.state.syncs).toBe(2);
    expect(f.ops({ location: "RangeFormat.autofitRows" })).toHaveLength(0);
  });

  it("spans the rows of wrapped cells and wrapped range styles only", () => {
    expect(wrappedRowSpan({ cells: [{ address: "A1", value: "x" }] })).toBeNull();
    expect(
      wrappedRowSpan({
        cells: [{ address: "D30", value: "x", style: { wrap: true } }],
        rangeStyles: [
          { range: "B4:C8", style: { wrap: true } },
          { range: "A1:Z50", style: { wrap: false } },
        ],
      })
    ).toEqual({ top: 4, bottom: 30 });
  });
});

describe("applyPlan: merged intro rows", () => {
  it("merges a step sheet's intro rows and sets their heights after Excel's row fit, in the same request", async () => {
    const { buildDemoPlan } = await import("../../../src/core/workbook/demo");
    // The pseudo-locale's longer legends take more than one line: heights to set.
    setLanguage(PSEUDO_LOCALE);
    const plan = buildDemoPlan("2026-03-02T10:00:00Z");
    const f = fake();
    const report = await applyPlan(f.ctx, plan).finally(() => setLanguage("en"));
    expect(report.requests).toBe(1);
    const wanted = plan.sheets.flatMap((s) => (s.merges ?? []).map((m) => [s.name, m]));
    expect(wanted.length).toBeGreaterThan(0);
    expect(f.state.merges.map((m) => [m.sheet, m.address])).toEqual(wanted);
    const s1 = plan.sheets.find((s) => s.role === "step")!;
    const at = (pred: (o: (typeof f.state.applied)[number]) => boolean) =>
      f.state.applied.findIndex(pred);
    const fit = at((o) => o.location === "RangeFormat.autofitRows" && o.sheet === s1.name);
    const heights = f.state.applied.filter(
      (o) => o.location === "RangeFormat.rowHeight" && o.sheet === s1.name
    );
    expect(heights.map((o) => [o.address, o.value])).toEqual(
      Object.entries(s1.rowHeights ?? {}).map(([r, h]) => [`${r}:${r}`, h])
    );
    expect(heights.length).toBeGreaterThan(0);
    for (const h of heights) expect(f.state.applied.indexOf(h)).toBeGreaterThan(fit);
  });

  it("the stand-in refuses, as Excel does, to merge cells of a table", async () => {
    const plan = makePlan(3);
    const s = plan.sheets.find((p) => p.tables?.length)!;
    const t = s.tables![0];
    s.merges = [
      `${t.topLeft}:${t.topLeft.replace(/^[A-Z]+/, (c) => String.fromCharCode(c.charCodeAt(0) + 1))}`,
    ];
    await expect(applyPlan(fake().ctx, plan)).rejects.toThrow(/merge/i);
  });
});
