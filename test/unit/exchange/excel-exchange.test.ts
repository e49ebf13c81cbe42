/**
 * The Office.js side, on the strict recording Excel stand-in (refuses members missing from the API
 * ledger or above the pane's requirement floor).
 */
import {
  MAX_CELL_TEXT,
  QUESTIONNAIRE_SHEETS,
  THEIR_NOTE_MARK,
  buildQuestionnairePlan,
  derivedAssessmentId,
  type ReturnedWorkbook,
} from "../../../src/core/exchange";
import { offsetCell, parseCell } from "../../../src/core/workbook/a1";
import { ITEMS } from "../../../src/core/method";
import { INTEREST_HEADERS, ITEM_HEADERS, TABLE_NAMES } from "../../../src/core/workbook/names";
import {
  importAnswersInExcel,
  questionnairePlanFromExcel,
  toBase64,
} from "../../../src/excel/exchange";
import { loadWorkbook, planToBuffer, readItemTables } from "../../../src/xlsx";
import { readReturnedQuestionnaire } from "../../../src/xlsx/exchange";
import { createFakeExcel, type FakeTable } from "../../fixtures/excel/fake-excel";
import { createStrictExcel } from "../../fixtures/excel/strict-excel";
import { fillQuestionnaire, ourWorkbook, type Fill } from "./helpers";

// The stand-in does not evaluate defined names, so the cover reads as empty and the id is the one
// derived from an empty cover: the same rule a workbook without a stored id follows.
const ID_OF_EMPTY_COVER = derivedAssessmentId({
  title: "",
  us: "",
  them: "",
  perspective: "customer",
  date: "",
});

async function fakeWithOurTables(extra: (tables: FakeTable[]) => void = () => undefined) {
  const tables = readItemTables(await loadWorkbook(await ourWorkbook()));
  const fakeTables: FakeTable[] = tables.map((t) => ({
    name: t.tableName,
    sheet: t.sheet,
    topLeft: t.topLeft,
    headers: t.headers,
    rows: t.rows.map((r) => [...r]),
  }));
  extra(fakeTables);
  const f = createStrictExcel({
    sheets: [...new Set(tables.map((t) => t.sheet))],
    tables: fakeTables,
  });
  return { f, tables: fakeTables };
}

/** Where an item's Notes cell is in our tables: the table, its row index and the cell's address. */
function notesCellOf(tables: FakeTable[], itemId: string) {
  for (const t of tables) {
    const idCol = t.headers.indexOf(ITEM_HEADERS.id);
    const notesCol = t.headers.indexOf(ITEM_HEADERS.notes);
    const r = t.rows.findIndex((row) => row[idCol] === itemId);
    if (r >= 0) return { t, r, c: notesCol, cell: offsetCell(t.topLeft, notesCol, r + 1) };
  }
  throw new Error(`no row for ${itemId}`);
}

/** Every cell an applied write covers, as "sheet!A1". */
function cellsWritten(f: ReturnType<typeof createFakeExcel>): Set<string> {
  const out = new Set<string>();
  for (const op of writes(f)) {
    const [a, b = a] = String(op.address).split(":");
    const p = parseCell(a);
    const q = parseCell(b);
    for (let row = p.row; row <= q.row; row++)
      for (let col = p.col; col <= q.col; col++)
        out.add(`${op.sheet}!${offsetCell("A1", col - 1, row - 1)}`);
  }
  return out;
}

async function returned(fill: Fill, assessmentId = ID_OF_EMPTY_COVER): Promise<ReturnedWorkbook> {
  const plan = buildQuestionnairePlan({
    assessmentId,
    meta: { us: "Us Ltd", them: "Them plc", perspective: "customer" },
  });
  return readReturnedQuestionnaire(await fillQuestionnaire(await planToBuffer(plan), fill));
}

const writes = (f: ReturnType<typeof createFakeExcel>) =>
  f.state.applied.filter((op) => op.kind === "set");

describe("importAnswersInExcel", () => {
  it("validates first, then writes their scores as values in one batch (2 syncs in all)", async () => {
    const { f, tables } = await fakeWithOurTables();
    const spy = jest.spyOn(f.context, "sync");
    const scores = Object.fromEntries(
      ITEMS.map((it, i) => [it.id, i % 6 === 5 ? "N/A" : String((i % 5) + 1)])
    );
    const file = await returned({ scores, notes: { "MUT-2": "=cmd|' /C calc'!A0" } });
    const out = await importAnswersInExcel(f.context as unknown as Excel.RequestContext, file);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(out.report.imported).toHaveLength(ITEMS.length);

    // One values write per item table for the whole "Their score" column.
    const valueWrites = f.ops({ prop: "values" });
    for (const t of tables) {
      const col = t.headers.indexOf(ITEM_HEADERS.their);
      const w = valueWrites.find(
        (op) =>
          op.sheet === t.sheet && op.value && (op.value as unknown[][]).length === t.rows.length
      );
      expect(w).toBeDefined();
      const expected = t.rows.map((r) => [
        scores[String(r[0])] === "N/A" ? "N/A" : Number(scores[String(r[0])]),
      ]);
      expect(w!.value).toEqual(expected);
      expect(w!.address?.startsWith(String.fromCharCode(65 + col))).toBe(true);
    }
    // Their formula-looking note is written after the marker, as a value, never via formulas.
    expect(f.ops({ prop: "formulas" })).toEqual([]);
    const note = valueWrites.find((op) => JSON.stringify(op.value).includes("calc"));
    expect(String((note!.value as unknown[][])[0][0])).toMatch(/^Their note: =cmd/);
  });

  it.each([
    [
      "wrong assessment id",
      () => returned({ scores: { "MUT-1": 3 } }, "CF-9999-9999-9999-9999"),
      /belongs to assessment/,
    ],
    [
      "an extra sheet",
      () => returned({ scores: { "MUT-1": 3 }, mutate: (wb) => wb.addWorksheet("Extra") }),
      /extra sheet "Extra"/,
    ],
    [
      "a renamed sheet",
      () =>
        returned({
          scores: { "MUT-1": 3 },
          mutate: (wb) => (wb.getWorksheet(QUESTIONNAIRE_SHEETS.instructions)!.name = "Read me"),
        }),
      /renamed\?/,
    ],
    ["no answer at all", () => returned({}), /no answer in this questionnaire/],
    [
      // Issue 13: a colleague's file belongs among our respondents, never in Their score.
      "a colleague's questionnaire (our side)",
      async () => {
        const plan = buildQuestionnairePlan({
          assessmentId: ID_OF_EMPTY_COVER,
          meta: { us: "Us Ltd", them: "Them plc", perspective: "customer" },
          side: "us",
          sideCheck: "US-0123456789ABCDEF",
        });
        const fill = { scores: { "MUT-1": 3 } };
        return readReturnedQuestionnaire(await fillQuestionnaire(await planToBuffer(plan), fill));
      },
      /prepared for a colleague on our side/,
    ],
  ])(
    "refuses %s with nothing written (one read sync, no write queued)",
    async (_label, make, pattern) => {
      const { f } = await fakeWithOurTables();
      const file = await make();
      const spy = jest.spyOn(f.context, "sync");
      await expect(
        importAnswersInExcel(f.context as unknown as Excel.RequestContext, file)
      ).rejects.toThrow(pattern);
      expect(spy).toHaveBeenCalledTimes(1);
      // Flush whatever might have been queued: still no write reaches the workbook.
      await f.context.sync();
      expect(writes(f)).toEqual([]);
    }
  );
});

describe("questionnaire from the open workbook", () => {
  it("reads the cover in one sync and refuses a cover without organisation names", async () => {
    const { f } = await fakeWithOurTables();
    const spy = jest.spyOn(f.context, "sync");
    await expect(
      questionnairePlanFromExcel(f.context as unknown as Excel.RequestContext)
    ).rejects.toThrow(/our organisation is empty/);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("encodes bytes as base64 for Excel.createWorkbook", () => {
    const bytes = new Uint8Array(70000).map((_, i) => (i * 31) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});

describe("importAnswersInExcel keeps our Notes cells as they are", () => {
  const [plain, withFormula, withLink, long, dirty] = ITEMS.map((it) => it.id);
  const OUR_FORMULA = '=TEXT(TODAY(),"yyyy")&" review"';
  const LINK = { address: "https://intranet.example/contract-7", textToDisplay: "contract 7" };
  const LONG_OURS = "x".repeat(MAX_CELL_TEXT - 100);
  // Controls (also as an _xHHHH_ escape exceljs decodes) and a bidi override: the cleaner drops them.
  const DIRTY = "ok\u0007 \u202Ereversed_x001B_[2J done";

  async function run(notes: Record<string, string>) {
    const made = await fakeWithOurTables((tables) => {
      const put = (
        id: string,
        value: unknown,
        more?: (t: FakeTable, r: number, c: number) => void
      ) => {
        const { t, r, c } = notesCellOf(tables, id);
        t.rows[r][c] = value;
        more?.(t, r, c);
      };
      put(withFormula, "2026 review", (t, r, c) => {
        t.formulas = t.rows.map(() => t.headers.map(() => undefined));
        t.formulas[r][c] = OUR_FORMULA;
      });
      put(withLink, LINK.textToDisplay, (t, r, c) => {
        t.hyperlinks = t.rows.map(() => t.headers.map(() => undefined));
        t.hyperlinks[r][c] = { ...LINK };
      });
      put(long, LONG_OURS);
    });
    const scores = Object.fromEntries(ITEMS.map((it) => [it.id, "3"]));
    const file = await returned({ scores, notes });
    const spy = jest.spyOn(made.f.context, "sync");
    const out = await importAnswersInExcel(made.f.context as unknown as Excel.RequestContext, file);
    return { ...made, out, syncs: spy.mock.calls.length };
  }

  it("writes only Their score and the Notes cells that take a note, in a constant 2 syncs", async () => {
    const none = await run({});
    const notes = {
      [plain]: "theirs 1",
      [withLink]: "theirs 2",
      [long]: "y".repeat(1500),
      [dirty]: DIRTY,
    };
    const many = await run({ ...notes, [withFormula]: "theirs 3" });
    expect(none.syncs).toBe(2);
    expect(many.syncs).toBe(none.syncs);

    const allowed = new Set<string>();
    for (const t of many.tables) {
      const col = t.headers.indexOf(ITEM_HEADERS.their);
      t.rows.forEach((_, r) => allowed.add(`${t.sheet}!${offsetCell(t.topLeft, col, r + 1)}`));
    }
    const noteCells = Object.keys(notes).map((id) => notesCellOf(many.tables, id));
    for (const n of noteCells) allowed.add(`${n.t.sheet}!${n.cell}`);
    const written = cellsWritten(many.f);
    expect([...written].filter((c) => !allowed.has(c))).toEqual([]);
    // Each note cell really was written; the formula cell was not.
    for (const n of noteCells) expect(written.has(`${n.t.sheet}!${n.cell}`)).toBe(true);
    const formula = notesCellOf(many.tables, withFormula);
    expect(written.has(`${formula.t.sheet}!${formula.cell}`)).toBe(false);
    expect(many.f.ops({ prop: "formulas" })).toEqual([]);
  });

  it("leaves a Notes cell holding our formula alone and reports their note instead", async () => {
    const { f, tables, out } = await run({ [withFormula]: "theirs 3" });
    const { t, cell } = notesCellOf(tables, withFormula);
    expect(f.ops({ sheet: t.sheet, address: cell })).toEqual([]);
    expect(out.notesNotWritten).toEqual([
      {
        sheet: t.sheet,
        cell,
        note: `${THEIR_NOTE_MARK}theirs 3`.trim(),
        why: "formula",
      },
    ]);
  });

  it("keeps a linked Notes cell's target and appends their note to its text", async () => {
    const { f, tables, out } = await run({ [withLink]: "theirs 2" });
    const { t, cell } = notesCellOf(tables, withLink);
    expect(f.cell(t.sheet, cell)?.hyperlink).toEqual({
      address: LINK.address,
      textToDisplay: `${LINK.textToDisplay}\n${THEIR_NOTE_MARK}theirs 2`,
    });
    // The text goes in with the link, not as a plain value that could drop it.
    expect(f.ops({ sheet: t.sheet, address: cell, prop: "values" })).toEqual([]);
    expect(out.notesNotWritten).toEqual([]);
  });

  it("never writes more than Excel's cell limit, and cuts their note, not ours", async () => {
    const { f, tables, out } = await run({ [long]: "y".repeat(1500) });
    const { t, cell } = notesCellOf(tables, long);
    const text = String((f.cell(t.sheet, cell)?.value as string) ?? "");
    expect(text.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(text.startsWith(`${LONG_OURS}\n${THEIR_NOTE_MARK}y`)).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(out.merge.cutNotes).toEqual([{ itemId: long, sheet: t.sheet, cell }]);
  });

  it("writes their note only after the same cleaning as the file path", async () => {
    const { f, tables } = await run({ [dirty]: DIRTY });
    const { t, cell } = notesCellOf(tables, dirty);
    const text = String(f.cell(t.sheet, cell)?.value ?? "");
    expect(text).toContain("ok");
    expect(text).toContain("done");
    // eslint-disable-next-line no-control-regex -- the characters the cleaner must have dropped
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u202A-\u202E]/);
    expect(text).not.toMatch(/_x001B_/i);
  });
});

describe("importAnswersInExcel writes their interests and objectives", () => {
  it("into Their interests only, as text (Text format before formula-like text), in the same 2 syncs", async () => {
    const wb = await loadWorkbook(await ourWorkbook());
    const interestTables = readItemTables(
      wb,
      (n) => n === TABLE_NAMES.interestsUs || n === TABLE_NAMES.interestsThem
    );
    expect(interestTables).toHaveLength(2);
    const { f } = await fakeWithOurTables((tables) => {
      for (const t of interestTables)
        tables.push({
          name: t.tableName,
          sheet: t.sheet,
          topLeft: t.topLeft,
          headers: t.headers,
          rows: t.rows.map((r) => [...r]),
        });
    });
    const spy = jest.spyOn(f.context, "sync");
    const file = await returned({
      scores: { [ITEMS[0].id]: "3" },
      interests: [
        ["Long-term volume", "Objective", "High", null],
        ["=cmd|' /C calc'!A0", "interest", null, "+1 more"],
      ],
    });
    const out = await importAnswersInExcel(f.context as unknown as Excel.RequestContext, file);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(out.interests.writes).toHaveLength(2);

    const them = interestTables.find((t) => t.tableName === TABLE_NAMES.interestsThem)!;
    const us = interestTables.find((t) => t.tableName === TABLE_NAMES.interestsUs)!;
    const rowCells = (t: typeof them, r: number) =>
      INTEREST_HEADERS.map((_h, c) => `${t.sheet}!${offsetCell(t.topLeft, c, r + 1)}`);
    const written = cellsWritten(f);
    for (const c of rowCells(them, 0)) expect(written.has(c)).toBe(true);
    for (const c of rowCells(them, 1)) expect(written.has(c)).toBe(true);
    us.rows.forEach((_r, r) => {
      for (const c of rowCells(us, r)) expect(written.has(c)).toBe(false);
    });
    // Formula-like text gets the Text format, and nothing is ever written as a formula.
    expect(f.ops({ prop: "formulas" })).toEqual([]);
    const second = rowCells(them, 1);
    const fmt = f.ops({ prop: "numberFormat" }).map((op) => `${op.sheet}!${op.address}`);
    expect(fmt).toEqual(expect.arrayContaining([second[0], second[3]]));
    expect(fmt).not.toContain(second[1]);
    const [sheet, addr] = second[0].split("!");
    expect(f.cell(sheet, addr)?.value).toBe("=cmd|' /C calc'!A0");
    expect(f.cell(sheet, offsetCell(addr, 1, 0))?.value).toBe("Interest");
  });
});
