/**
 * An import changes "Their score" and appends their note; every other cell of ours stays exactly as
 * it was, including Notes cells that hold a link, a formula or formatted (rich) text.
 */
import ExcelJS from "exceljs";
import { MAX_NOTE_LENGTH, THEIR_NOTE_MARK } from "../../../src/core/exchange";
import { MAX_CELL_TEXT, mergeNote } from "../../../src/core/exchange/merge";
import { ITEMS } from "../../../src/core/method";
import { parseCell, cellAddress } from "../../../src/core/workbook/a1";
import { ITEM_HEADERS } from "../../../src/core/workbook/names";
import { loadWorkbook, readItemTables } from "../../../src/xlsx";
import { buildQuestionnaireBuffer, importAnswersBuffer } from "../../../src/xlsx/exchange";
import { fillQuestionnaire, ourWorkbook } from "./helpers";

const RICH: ExcelJS.CellRichTextValue = {
  richText: [
    { text: "Bold part ", font: { bold: true } },
    { text: "red part", font: { color: { argb: "FFFF0000" } } },
  ],
};
const LINK: ExcelJS.CellHyperlinkValue = {
  text: "contract folder",
  hyperlink: "https://example.com/c",
};
const FORMULA: ExcelJS.CellFormulaValue = {
  formula: 'CONCAT("see ","annex")',
  result: "see annex",
};

/** Every cell of every sheet as JSON (value and style), keyed by sheet!address. */
function snapshot(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) =>
        out.set(`${ws.name}!${c.address}`, JSON.stringify({ v: c.value, s: c.style }))
      )
    )
  );
  return out;
}

/** Where the Notes and Their score cells of the first three items are. */
function places(wb: ExcelJS.Workbook) {
  const at: Record<string, { sheet: string; notes: string; their: string }> = {};
  for (const t of readItemTables(wb)) {
    const top = parseCell(t.topLeft);
    const id = t.headers.indexOf(ITEM_HEADERS.id);
    t.rows.forEach((r, i) => {
      const cell = (h: string) => cellAddress(top.col + t.headers.indexOf(h), top.row + 1 + i);
      at[String(r[id])] = {
        sheet: t.sheet,
        notes: cell(ITEM_HEADERS.notes),
        their: cell(ITEM_HEADERS.their),
      };
    });
  }
  return at;
}

it("keeps our links, formulas and rich text in Notes and every other cell byte for byte", async () => {
  const base = await loadWorkbook(await ourWorkbook());
  const [a, b, c, d] = ITEMS.map((it) => it.id);
  const at = places(base);
  base.getWorksheet(at[a].sheet)!.getCell(at[a].notes).value = RICH;
  base.getWorksheet(at[b].sheet)!.getCell(at[b].notes).value = LINK;
  base.getWorksheet(at[c].sheet)!.getCell(at[c].notes).value = FORMULA;
  const ours = Buffer.from(await base.xlsx.writeBuffer());
  const before = snapshot(await loadWorkbook(ours));

  const q = (await buildQuestionnaireBuffer(ours)).buffer;
  const long = "x".repeat(MAX_NOTE_LENGTH - 1) + "😀😀"; // a pair across the note limit
  const theirs = await fillQuestionnaire(q, {
    scores: { [a]: 4, [b]: 2, [c]: 5, [d]: 3 },
    notes: { [a]: "theirs A", [b]: "theirs B", [c]: "theirs C", [d]: long },
  });
  const out = await importAnswersBuffer(ours, theirs);
  const after = snapshot(await loadWorkbook(out.buffer));

  const changed = new Set(out.merge.notes.map((n) => `${n.sheet}!${n.cell}`));
  for (const col of out.merge.scores) {
    const top = parseCell(col.firstCell);
    col.values.forEach((_, i) => changed.add(`${col.sheet}!${cellAddress(top.col, top.row + i)}`));
  }
  for (const [key, json] of before) {
    if (!changed.has(key)) expect([key, after.get(key)]).toEqual([key, json]);
  }
  const value = (id: string) => JSON.parse(after.get(`${at[id].sheet}!${at[id].notes}`)!).v;
  // Rich text: our runs as they were, their note one plain run after them.
  expect(value(a).richText.slice(0, 2)).toEqual(JSON.parse(JSON.stringify(RICH.richText)));
  expect(value(a).richText[2]).toEqual({ text: `\n${THEIR_NOTE_MARK}theirs A` });
  // A link keeps its target; their note is appended to its text.
  expect(value(b)).toMatchObject({
    hyperlink: LINK.hyperlink,
    text: `${LINK.text}\n${THEIR_NOTE_MARK}theirs B`,
  });
  // A formula stays a formula; their note is reported instead.
  expect(value(c)).toMatchObject({ formula: FORMULA.formula });
  expect(out.notesNotWritten).toEqual([
    expect.objectContaining({
      sheet: at[c].sheet,
      cell: at[c].notes,
      note: `${THEIR_NOTE_MARK}theirs C`,
      why: "formula",
    }),
  ]);
  // The long note was cut without leaving half of a character pair behind.
  const cut = String(value(d));
  expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  expect(cut).not.toContain("\uFFFD");
  expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
  expect(cut.endsWith(`${THEIR_NOTE_MARK}${"x".repeat(MAX_NOTE_LENGTH - 1)}`)).toBe(true);
  expect(out.report.skipped.some((s) => s.itemId === d && /was cut/.test(s.reason))).toBe(true);
}, 60000);

it("never lets a merged Notes cell pass Excel's cell limit, and says where it cut", () => {
  const ours = "o".repeat(MAX_CELL_TEXT - 100);
  const merged = String(mergeNote(ours, "t".repeat(MAX_NOTE_LENGTH)));
  expect(merged.length).toBe(MAX_CELL_TEXT);
  expect(merged.startsWith(`${ours}\n${THEIR_NOTE_MARK}t`)).toBe(true);
  // Pairs are never split at the cut, whatever the room left.
  for (let room = 1; room < 6; room++) {
    const m = String(
      mergeNote("o".repeat(MAX_CELL_TEXT - THEIR_NOTE_MARK.length - room - 1), "😀".repeat(10))
    );
    expect(m.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(m).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  }
});
