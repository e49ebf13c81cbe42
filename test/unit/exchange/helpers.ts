/** Builders shared by the exchange tests: our workbook, and the other party filling in the file. */
import ExcelJS from "exceljs";
import { ITEMS, type ItemAnswers } from "../../../src/core/method";
import { buildAssessmentPlan } from "../../../src/core/workbook/layout";
import type { AssessmentMeta } from "../../../src/core/workbook/plan";
import {
  ANSWER_HEADERS,
  ANSWER_TABLE_HEADERS,
  ANSWERS_TABLE,
  THEIR_INTERESTS_TABLE,
} from "../../../src/core/exchange";
import { loadWorkbook, planToBuffer, readItemTables } from "../../../src/xlsx";
import { cellAddress, parseCell } from "../../../src/core/workbook/a1";
import { ITEM_HEADERS } from "../../../src/core/workbook/names";

/** Distinctive strings: if any of them shows up in the questionnaire, something private leaked. */
export const PRIVATE = {
  title: "Zephyr renewal secret review 7731",
  assessors: "Quentin Privatus, Ottilie Hushwell",
  note: "Our private note: walk away below 4.2M",
  interest: "Our private objective: cut Contoso's share to 30 % by 2028",
  evidence: "Audit 2026-02: on-time delivery 88 %",
};

export const META: AssessmentMeta = {
  title: PRIVATE.title,
  us: "Northwind Buying",
  them: "Contoso Services",
  perspective: "customer",
  date: "2026-03-31",
  assessors: PRIVATE.assessors,
  assessmentId: "CF-1234-ABCD-5678-EF90",
};

/** Our answers: a fixed, varied pattern so our side is clearly present. */
export function ourAnswers(): ItemAnswers {
  const a: ItemAnswers = {};
  ITEMS.forEach((it, i) => (a[it.id] = (i % 5) + 1));
  return a;
}

export async function ourWorkbook(
  meta: AssessmentMeta = META,
  them: ItemAnswers = {}
): Promise<Buffer> {
  const notes: Record<string, string> = {};
  ITEMS.forEach((it, i) => {
    if (i % 3 === 0) notes[it.id] = `${PRIVATE.note} (${it.id})`;
  });
  return planToBuffer(
    buildAssessmentPlan(meta, {
      answers: { us: ourAnswers(), them },
      notes,
      // Our own Step 1 table holds something private: it must never reach their questionnaire.
      interests: { us: [[PRIVATE.interest, "Objective", "High", null]] },
      // Evidence is ours too: it goes into their file only when the analyst chooses to share it.
      evidence: { [ITEMS[1].id]: PRIVATE.evidence },
    })
  );
}

export interface Fill {
  scores?: Record<string, ExcelJS.CellValue>;
  notes?: Record<string, ExcelJS.CellValue>;
  /** Rows typed into their interests table (Step 1), top to bottom. */
  interests?: ExcelJS.CellValue[][];
  /** Further edits, as a hostile or careless other party might make. */
  mutate?: (wb: ExcelJS.Workbook) => void;
}

/** Opens the questionnaire with exceljs and types answers into it, as the other party would. */
export async function fillQuestionnaire(questionnaire: Buffer, fill: Fill): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(questionnaire as unknown as ArrayBuffer);
  let done = false;
  wb.eachSheet((ws) => {
    const t = ws
      .getTables()
      .find((x) => (x as unknown as { table: { name: string } }).table.name === ANSWERS_TABLE);
    if (!t) return;
    const ref = (t as unknown as { table: { tableRef: string } }).table.tableRef;
    const top = parseCell(ref.split(":")[0]);
    const idCol = top.col + ANSWER_TABLE_HEADERS.indexOf(ANSWER_HEADERS.id);
    const scoreCol = top.col + ANSWER_TABLE_HEADERS.indexOf(ANSWER_HEADERS.score);
    const notesCol = top.col + ANSWER_TABLE_HEADERS.indexOf(ANSWER_HEADERS.notes);
    for (let r = top.row + 1; r <= top.row + ITEMS.length; r++) {
      const id = String(ws.getCell(r, idCol).value);
      if (fill.scores && id in fill.scores) ws.getCell(r, scoreCol).value = fill.scores[id];
      if (fill.notes && id in fill.notes) ws.getCell(r, notesCol).value = fill.notes[id];
    }
    done = true;
    const it = ws
      .getTables()
      .find(
        (x) => (x as unknown as { table: { name: string } }).table.name === THEIR_INTERESTS_TABLE
      );
    if (fill.interests) {
      if (!it) throw new Error("test helper: interests table not found");
      const iRef = (it as unknown as { table: { tableRef: string } }).table.tableRef;
      const iTop = parseCell(iRef.split(":")[0]);
      fill.interests.forEach((row, r) =>
        row.forEach((v, c) => (ws.getCell(iTop.row + 1 + r, iTop.col + c).value = v))
      );
    }
  });
  if (!done) throw new Error("test helper: answers table not found");
  fill.mutate?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A deterministic pseudo-random answer set (numbers, text digits, N/A and blanks). */
export function theirAnswerCells(seed = 7): {
  cells: Record<string, ExcelJS.CellValue>;
  expected: ItemAnswers;
} {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const cells: Record<string, ExcelJS.CellValue> = {};
  const expected: ItemAnswers = {};
  for (const it of ITEMS) {
    const r = next();
    const s = 1 + Math.floor(next() * 5);
    if (r < 0.1) {
      cells[it.id] = "N/A";
      expected[it.id] = null;
    } else if (r < 0.15) {
      cells[it.id] = null;
      expected[it.id] = null;
    } else if (r < 0.55) {
      cells[it.id] = String(s);
      expected[it.id] = s;
    } else {
      cells[it.id] = s;
      expected[it.id] = s;
    }
  }
  return { cells, expected };
}

/** Our workbook with a formula in the first item's Notes cell (an import leaves it and reports their note). */
export async function withNotesFormula(
  ours: Buffer
): Promise<{ buffer: Buffer; id: string; sheet: string; cell: string }> {
  const wb = await loadWorkbook(ours);
  const t = readItemTables(wb)[0];
  const top = parseCell(t.topLeft);
  const id = String(t.rows[0][t.headers.indexOf(ITEM_HEADERS.id)]);
  const cell = cellAddress(top.col + t.headers.indexOf(ITEM_HEADERS.notes), top.row + 1);
  wb.getWorksheet(t.sheet)!.getCell(cell).value = { formula: '"ours"' };
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), id, sheet: t.sheet, cell };
}
