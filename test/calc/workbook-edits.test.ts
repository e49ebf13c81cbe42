/**
 * What analysts do to a filled workbook by hand, in a real spreadsheet: each edit is made in the
 * .xlsx file, LibreOffice recalculates the Scores sheet, and the engine reads the same file. Either
 * both give the same dimension scores, or read-back reports the edited cell: never a silent
 * disagreement between the sheet and `collabfit recommend`.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { DIMENSION_KEYS, ITEMS, swapPerspective } from "../../src/core/method";
import type { ItemAnswers } from "../../src/core/method/types";
import {
  buildAssessmentPlan,
  itemColumn,
  itemRows,
  itemsOfStep,
  scoresRow,
} from "../../src/core/workbook/layout";
import { ITEM_HEADERS, ITEM_TABLE_HEADERS, SHEET_NAMES } from "../../src/core/workbook/names";
import { assessmentToProfile } from "../../src/core/workbook/readback";
import { loadWorkbook, planToBuffer, readWorkbookAssessment } from "../../src/xlsx";
import { convertWithLibreOffice } from "../support/libreoffice";

jest.setTimeout(240_000);

const META = {
  title: "Edits",
  us: "Us",
  them: "Them",
  perspective: "customer" as const,
  date: "2026-05-04",
  assessors: "",
};

const STEP = "S3" as const;
const TARGET = itemsOfStep(STEP).find((i) => i.reverse)!;
const ROW = itemRows(STEP).first + itemsOfStep(STEP).indexOf(TARGET);
const col = (h: string) => itemColumn(h);
const cellAt = (ws: ExcelJS.Worksheet, h: string) => ws.getCell(`${col(h)}${ROW}`);

type Edit = (ws: ExcelJS.Worksheet) => void;
const setOur =
  (v: ExcelJS.CellValue): Edit =>
  (ws) => {
    cellAt(ws, ITEM_HEADERS.our).value = v;
  };

/** Edits the engine accepts: the sheet's formulas must give the engine's scores. */
const AGREE: Record<string, Edit> = {
  spacedText: setOur(" 2 "),
  decimalText: setOur("2.0"),
  plusText: setOur("+2"),
  lowerNa: setOur("n/a"),
  naWithSpace: setOur("N/A "),
  formula: setOur({ formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue),
  richText: setOur({ richText: [{ text: "2" }] }),
  dateFormatted: (ws) => {
    const c = cellAt(ws, ITEM_HEADERS.our);
    c.value = 2;
    c.style = { ...c.style, numFmt: "yyyy-mm-dd" };
  },
  weightText: (ws) => void (cellAt(ws, ITEM_HEADERS.weight).value = "3"),
  weightZero: (ws) => void (cellAt(ws, ITEM_HEADERS.weight).value = 0),
  reverseLowerCase: (ws) => void (cellAt(ws, ITEM_HEADERS.reverse).value = "yes"),
  sortedDescending: (ws) => {
    // A sort moves whole rows, formulas included, and shifts their relative references as Excel
    // and Calc do; absolute references (the ID lookup of a mirrored row's partner) stay put.
    const { first, last } = itemRows(STEP);
    const cols = ITEM_TABLE_HEADERS.map(col);
    const rows = [];
    for (let r = first; r <= last; r++) rows.push(cols.map((c) => ws.getCell(`${c}${r}`).value));
    rows.reverse().forEach((vals, i) => {
      const from = last - i;
      const to = first + i;
      cols.forEach((c, j) => {
        const v = vals[j];
        ws.getCell(`${c}${to}`).value =
          v && typeof v === "object" && "formula" in v && typeof v.formula === "string"
            ? { formula: shiftRows(v.formula, to - from) }
            : v;
      });
    });
  },
};

/** A formula moved by `delta` rows: its relative row references follow, text in quotes does not. */
function shiftRows(formula: string, delta: number): string {
  return formula
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z$\d])(\$?[A-Z]{1,3})(\d+)(?![\d(])/g,
            (_, column: string, row: string) => `${column}${Number(row) + delta}`
          )
    )
    .join("");
}

/** Edits the sheet's formulas read differently from the engine: read-back must report them. */
const REPORTED: Record<string, Edit> = {
  reverseFlipped: (ws) => void (cellAt(ws, ITEM_HEADERS.reverse).value = "No"),
  dimensionWithSpace: (ws) =>
    void (cellAt(ws, ITEM_HEADERS.dimension).value = `${TARGET.dimension} `),
  errorValue: setOur({ error: "#N/A" } as ExcelJS.CellErrorValue),
  naWithoutSlash: setOur("NA"),
};

function answers(): { us: ItemAnswers; them: ItemAnswers } {
  const us: ItemAnswers = {};
  const them: ItemAnswers = {};
  ITEMS.forEach((it, i) => {
    us[it.id] = (i % 5) + 1;
    them[it.id] = ((i + 2) % 5) + 1;
  });
  // Far from the middle, so turning the item round changes its value.
  us[TARGET.id] = 5;
  them[TARGET.id] = 1;
  return { us, them };
}

interface Result {
  engine: { us: Record<string, number | undefined>; them: Record<string, number | undefined> };
  problems: string[];
  calc: ExcelJS.Workbook;
}
const results = new Map<string, Result>();

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cf-edits-"));
  const base = await planToBuffer(buildAssessmentPlan(META, { answers: answers() }));
  const all = { ...AGREE, ...REPORTED, untouched: (() => undefined) as Edit };
  const pending: Array<[string, Omit<Result, "calc">]> = [];
  for (const [name, edit] of Object.entries(all)) {
    const wb = await loadWorkbook(base);
    edit(wb.getWorksheet(SHEET_NAMES[STEP])!);
    const file = path.join(dir, `${name}.xlsx`);
    await wb.xlsx.writeFile(file);
    const back = readWorkbookAssessment(await loadWorkbook(fs.readFileSync(file)));
    const { profile } = assessmentToProfile(back.read, back.meta);
    pending.push([
      name,
      {
        engine: { us: profile.us, them: profile.them ?? {} },
        problems: back.problems.map((p) => `${p.sheet}!${p.cell}`),
      },
    ]);
  }
  const out = await convertWithLibreOffice(
    pending.map(([n]) => path.join(dir, `${n}.xlsx`)),
    "xlsx"
  );
  for (const [name, r] of pending) {
    results.set(name, {
      ...r,
      calc: await loadWorkbook(fs.readFileSync(path.join(out, `${name}.xlsx`))),
    });
  }
});

/** The Scores sheet as Calc computed it: a number, or undefined for a blank result. */
function calcScore(wb: ExcelJS.Workbook, column: "B" | "C" | "I", row: number): number | undefined {
  const v = wb.getWorksheet(SHEET_NAMES.scores)!.getCell(`${column}${row}`).value;
  const r = v && typeof v === "object" && "result" in v ? v.result : v;
  return typeof r === "number" ? r : undefined;
}

function scoresDiffer(name: string): string[] {
  const { engine, calc } = results.get(name)!;
  const diffs: string[] = [];
  for (const k of DIMENSION_KEYS) {
    // C shows their view in our frame; I their own view, as the engine's profile carries it.
    for (const [c, side] of [
      ["B", engine.us],
      ["C", swapPerspective(engine.them)],
      ["I", engine.them],
    ] as const) {
      const got = calcScore(calc, c, scoresRow(k));
      const want = side[k];
      const same =
        got === undefined || want === undefined ? got === want : Math.abs(got - want) < 1e-9;
      if (!same) diffs.push(`${k} ${c}: sheet ${got}, engine ${want}`);
    }
  }
  return diffs;
}

test.each(Object.keys(AGREE))(
  "%s: read back without a problem, and the Scores sheet equals the engine",
  (name) => {
    expect(results.get(name)!.problems).toEqual([]);
    expect(scoresDiffer(name)).toEqual([]);
  }
);

test("the edits above change the target's dimension score (so the comparison means something)", () => {
  const base = results.get("untouched")!.engine.us[TARGET.dimension];
  for (const name of ["spacedText", "weightText", "weightZero", "lowerNa"])
    expect({ name, changed: results.get(name)!.engine.us[TARGET.dimension] !== base }).toEqual({
      name,
      changed: true,
    });
});

test.each(Object.keys(REPORTED))(
  "%s: the sheet counts it differently, so read-back names the edited cell",
  (name) => {
    const { problems } = results.get(name)!;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${SHEET_NAMES[STEP]}![A-Z]+${ROW}$`));
  }
);
