/**
 * The questionnaire and a merged workbook in a real spreadsheet without the add-in: LibreOffice Calc
 * recalculates on load and saves; we read what it computed and kept.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { QUESTIONNAIRE_LAYOUT, QUESTIONNAIRE_SHEETS } from "../../src/core/exchange";
import {
  DIMENSION_KEYS,
  ITEMS,
  scoreItems,
  swapPerspective,
  theirAnswersInOurFrame,
} from "../../src/core/method";
import { LAYOUT } from "../../src/core/workbook/layout";
import { SHEET_NAMES } from "../../src/core/workbook/names";
import { buildQuestionnaireBuffer, importAnswersBuffer } from "../../src/xlsx/exchange";
import { convertWithLibreOffice } from "../support/libreoffice";
import { fillQuestionnaire, ourWorkbook, theirAnswerCells } from "../unit/exchange/helpers";

jest.setTimeout(240_000);

let dir: string;
let q: { zip: JSZip; wb: ExcelJS.Workbook };
let merged: ExcelJS.Workbook;
const { cells, expected } = theirAnswerCells(21);
const answeredCount = Object.values(cells).filter((v) => v !== null).length;

async function open(file: string) {
  const buf = fs.readFileSync(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return { zip: await JSZip.loadAsync(buf), wb };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cf-calc-exchange-"));
  const ours = await ourWorkbook();
  const blank = (await buildQuestionnaireBuffer(ours)).buffer;
  const theirs = await fillQuestionnaire(blank, { scores: cells });
  const qFile = path.join(dir, "questionnaire.xlsx");
  const mFile = path.join(dir, "merged.xlsx");
  fs.writeFileSync(qFile, theirs);
  fs.writeFileSync(mFile, (await importAnswersBuffer(ours, theirs)).buffer);
  const out = await convertWithLibreOffice([qFile, mFile], "xlsx");
  q = await open(path.join(out, "questionnaire.xlsx"));
  merged = (await open(path.join(out, "merged.xlsx"))).wb;
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function shown(v: ExcelJS.CellValue): unknown {
  const r = v && typeof v === "object" && "formula" in v ? v.result : v;
  return r && typeof r === "object" && "error" in r ? r.error : r;
}

describe("questionnaire opened by LibreOffice (no add-in)", () => {
  it("keeps both sheets protected and the list validation on every score cell", async () => {
    const sheetXml = Object.keys(q.zip.files).filter((n) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(n)
    );
    expect(sheetXml).toHaveLength(2);
    for (const n of sheetXml)
      expect(await q.zip.file(n)!.async("string")).toMatch(/<sheetProtection[^>]*sheet="(1|true)"/);
    const ws = q.wb.getWorksheet(QUESTIONNAIRE_SHEETS.answers)!;
    for (let r = 5; r < 5 + ITEMS.length; r++) {
      expect(ws.getCell(`G${r}`).dataValidation).toMatchObject({ type: "list" });
    }
    // exceljs does not read Calc's protection flags back, so check the saved XML itself.
    const styles = await q.zip.file("xl/styles.xml")!.async("string");
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/
      .exec(styles)![1]
      .match(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
    const answersXml = await q.zip.file(`xl/worksheets/sheet${ws.id}.xml`)!.async("string");
    const locked = (cell: string) => {
      const s = Number(new RegExp(`<c r="${cell}"[^>]*?\\ss="(\\d+)"`).exec(answersXml)?.[1] ?? 0);
      return !/<protection[^>]*locked="(false|0)"/.test(xfs[s]);
    };
    for (let r = 5; r < 5 + ITEMS.length; r++) {
      expect(locked(`G${r}`)).toBe(false);
      expect(locked(`H${r}`)).toBe(false);
      expect(locked(`C${r}`)).toBe(true);
    }
  });

  it("computes the progress count with native formulas and shows no error value anywhere", () => {
    const progress = `${answeredCount} of ${ITEMS.length}`;
    expect(
      shown(
        q.wb.getWorksheet(QUESTIONNAIRE_SHEETS.answers)!.getCell(QUESTIONNAIRE_LAYOUT.progressCell)
          .value
      )
    ).toBe(progress);
    expect(
      shown(
        q.wb
          .getWorksheet(QUESTIONNAIRE_SHEETS.instructions)!
          .getCell(QUESTIONNAIRE_LAYOUT.facts.answered).value
      )
    ).toBe(progress);
    q.wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = String(shown(cell.value) ?? "");
          expect(v).not.toMatch(/^#(NAME\?|REF!|VALUE!|N\/A|DIV\/0!)/);
        })
      )
    );
  });
});

describe("merged workbook opened by LibreOffice", () => {
  it("the Scores sheet shows their side in our frame, computed from the imported answers", () => {
    const them = scoreItems(theirAnswersInOurFrame(expected)).scores;
    const own = scoreItems(expected).scores;
    const ws = merged.getWorksheet(SHEET_NAMES.scores)!;
    DIMENSION_KEYS.forEach((key, i) => {
      const row = LAYOUT.scores.firstRow + i;
      expect(ws.getCell(`A${row}`).value).toBe(key);
      const v = shown(ws.getCell(`C${row}`).value);
      if (them[key] === undefined) expect(v === "" || v === null || v === undefined).toBe(true);
      else expect(Number(v)).toBeCloseTo(them[key]!, 6);
      if (them[key] !== undefined) expect(them[key]).toBeCloseTo(swapPerspective(own)[key]!, 9);
      // Their own view (what COLLAB.* read) beside it.
      const o = shown(ws.getCell(`I${row}`).value);
      if (own[key] === undefined) expect(o === "" || o === null || o === undefined).toBe(true);
      else expect(Number(o)).toBeCloseTo(own[key]!, 6);
    });
  });
});
