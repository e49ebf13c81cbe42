import { createHash } from "node:crypto";
import { sheetNamesOfEveryWorkbook } from "../../../src/core/workbook/layout";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  ANSWERS_TABLE,
  FILE_LIMITS,
  QUESTIONNAIRE_NAMES,
  QUESTIONNAIRE_SHEETS,
  THEIR_NOTE_MARK,
} from "../../../src/core/exchange";
import { ITEMS, MODELS } from "../../../src/core/method";
import { COLLEAGUE_NAMES } from "../../../src/core/rounds/colleague";
import { ITEM_HEADERS } from "../../../src/core/workbook/names";
import { readAssessment } from "../../../src/core/workbook/readback";
import { parseCell } from "../../../src/core/workbook/a1";
import { loadWorkbook, readItemTables } from "../../../src/xlsx";
import {
  ExchangeError,
  ExchangeFileError,
  buildQuestionnaireBuffer,
  importAnswersBuffer,
} from "../../../src/xlsx/exchange";
import {
  META,
  PRIVATE,
  fillQuestionnaire,
  ourAnswers,
  ourWorkbook,
  theirAnswerCells,
} from "./helpers";
import { modelName } from "../../../src/core/texts/method-words";
import { itemQuestion } from "../../../src/core/texts/question-words";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

let ours: Buffer;
let questionnaire: Buffer;

beforeAll(async () => {
  ours = await ourWorkbook();
  questionnaire = (await buildQuestionnaireBuffer(ours)).buffer;
});

async function tablesOf(buf: Buffer) {
  return readItemTables(await loadWorkbook(buf));
}

describe("questionnaire file", () => {
  it.each([
    ["the other party's", () => questionnaire],
    [
      // Issue 13: a colleague's file, made from a workbook that already holds their answers too.
      "a colleague's (--side us)",
      async () =>
        (
          await buildQuestionnaireBuffer(await ourWorkbook(META, theirAnswerCells(3).expected), {
            side: "us",
          })
        ).buffer,
    ],
  ])(
    "%s holds nothing private: every cell, defined name, comment and raw part is free of our content",
    async (label, make) => {
      const file = await make();
      const wb = await loadWorkbook(file);
      const nameList = (wb.definedNames.model as Array<{ name: string }>).map((n) => n.name);
      // The colleague's variant really is one (else this case would re-test the first file).
      expect(nameList.includes(COLLEAGUE_NAMES.side)).toBe(label.startsWith("a colleague"));
      const texts: string[] = [];
      wb.eachSheet((ws) => {
        texts.push(ws.name);
        ws.eachRow({ includeEmpty: false }, (row) =>
          row.eachCell({ includeEmpty: false }, (cell) => {
            texts.push(JSON.stringify(cell.value));
            if (cell.note) texts.push(JSON.stringify(cell.note));
          })
        );
      });
      for (const n of wb.definedNames.model as Array<{ name: string; ranges: string[] }>) {
        texts.push(n.name, ...n.ranges);
      }
      const zip = await JSZip.loadAsync(file);
      for (const f of Object.values(zip.files)) if (!f.dir) texts.push(await f.async("string"));
      const all = texts.join("\n");
      const forbidden = [
        PRIVATE.title,
        PRIVATE.assessors,
        PRIVATE.note,
        PRIVATE.interest,
        PRIVATE.evidence,
        ITEM_HEADERS.evidence,
        "Our interests and objectives",
        ITEM_HEADERS.our,
        ITEM_HEADERS.their,
        ITEM_HEADERS.weight,
        ITEM_HEADERS.reverse,
        ...sheetNamesOfEveryWorkbook(),
        ...MODELS.map((m) => modelName(m.id)),
        "CF_OurScores",
        "CF_TheirScores",
        "COLLAB.",
      ];
      for (const f of forbidden) expect(all).not.toContain(f);
      // The questions themselves are there, and nothing is pre-filled in the answer columns.
      for (const it of ITEMS) expect(all).toContain(itemQuestion(it));
      const answers = wb.getWorksheet(QUESTIONNAIRE_SHEETS.answers)!;
      for (let r = 5; r < 5 + ITEMS.length; r++) {
        expect(answers.getCell(`G${r}`).value).toBeNull();
        expect(answers.getCell(`H${r}`).value).toBeNull();
      }
    }
  );

  it("shows our evidence only when the analyst chooses (--share-evidence), beside the table the import reads", async () => {
    const text = async (buf: Buffer) => {
      const zip = await JSZip.loadAsync(buf);
      const parts: string[] = [];
      for (const f of Object.values(zip.files)) if (!f.dir) parts.push(await f.async("string"));
      return parts.join("\n");
    };
    expect(await text(questionnaire)).not.toContain(PRIVATE.evidence);
    const shared = (await buildQuestionnaireBuffer(ours, { shareEvidence: true })).buffer;
    const all = await text(shared);
    expect(all).toContain(PRIVATE.evidence);
    // Everything else stays private.
    for (const p of [PRIVATE.note, PRIVATE.interest, PRIVATE.title]) expect(all).not.toContain(p);
    // On the row of its item, outside the answers table; the file still imports.
    const ws = (await loadWorkbook(shared)).getWorksheet(QUESTIONNAIRE_SHEETS.answers)!;
    const row = 5 + ITEMS.findIndex((i) => i.id === ITEMS[1].id);
    expect(ws.getCell(`A${row}`).value).toBe(ITEMS[1].id);
    expect(ws.getCell(`I${row}`).value).toBe(PRIVATE.evidence);
    const out = await importAnswersBuffer(
      ours,
      await fillQuestionnaire(shared, { scores: { [ITEMS[0].id]: 4 } })
    );
    expect(out.report.imported.map((a) => a.itemId)).toEqual([ITEMS[0].id]);
  });

  it("is protected, validated and carries the assessment id and item-set version", async () => {
    const wb = await loadWorkbook(questionnaire);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      QUESTIONNAIRE_SHEETS.instructions,
      QUESTIONNAIRE_SHEETS.answers,
    ]);
    for (const ws of wb.worksheets) {
      const prot = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
      expect(prot?.sheet).toBe(true);
    }
    const ws = wb.getWorksheet(QUESTIONNAIRE_SHEETS.answers)!;
    expect(ws.getCell("G5").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"1,2,3,4,5,N/A"'],
    });
    expect(ws.getCell("G5").protection?.locked).toBe(false);
    expect(ws.getCell("H5").protection?.locked).toBe(false);
    expect(ws.getCell("C5").protection?.locked).not.toBe(false);
    const idRef = wb.definedNames.getRanges(QUESTIONNAIRE_NAMES.assessmentId).ranges[0];
    const [sheet, cell] = idRef.replace(/'/g, "").replace(/\$/g, "").split("!");
    expect(wb.getWorksheet(sheet)!.getCell(cell).value).toBe(META.assessmentId);
  });
});

describe("round trip", () => {
  it("questionnaire -> filled with exceljs -> import: the engine sees exactly their answers", async () => {
    const { cells, expected } = theirAnswerCells(11);
    const theirs = await fillQuestionnaire(questionnaire, {
      scores: cells,
      notes: { "TRU-2": "Deliveries slipped twice in Q3" },
    });
    const before = sha(ours);
    const out = await importAnswersBuffer(ours, theirs);
    expect(sha(ours)).toBe(before);
    const read = readAssessment(await tablesOf(out.buffer));
    expect(read.problems).toEqual([]);
    for (const it of ITEMS) expect(read.them[it.id] ?? null).toBe(expected[it.id] ?? null);
    expect(read.us).toEqual(ourAnswers());
    const answered = Object.values(cells).filter((v) => v !== null).length;
    expect(out.report.imported).toHaveLength(answered);

    // Their note follows our own note after the marker; our note text is kept.
    const tables = await tablesOf(out.buffer);
    const t = tables.find((x) => x.rows.some((r) => r[0] === "TRU-2"))!;
    const row = t.rows.find((r) => r[0] === "TRU-2")!;
    const note = String(row[t.headers.indexOf(ITEM_HEADERS.notes)]);
    expect(note).toContain(`${THEIR_NOTE_MARK}Deliveries slipped twice in Q3`);
  });

  it("importing twice gives the same workbook contents as importing once", async () => {
    const theirs = await fillQuestionnaire(questionnaire, {
      scores: theirAnswerCells(3).cells,
      notes: { "MUT-1": "We gain a lot", "ALI-2": "=SUM(1,2)" },
    });
    const once = await importAnswersBuffer(ours, theirs);
    const twice = await importAnswersBuffer(once.buffer, theirs);
    expect(await tablesOf(twice.buffer)).toEqual(await tablesOf(once.buffer));
    expect(twice.merge.changedScores).toBe(0);
    expect(twice.merge.notes).toEqual([]);
  });
});

describe("hostile and broken files", () => {
  const refused = async (theirs: Buffer | Uint8Array, pattern: RegExp) => {
    const before = sha(ours);
    const err = await importAnswersBuffer(ours, theirs).then(
      () => null,
      (e: unknown) => e
    );
    expect(err).toBeInstanceOf(Error);
    expect(err instanceof ExchangeError || err instanceof ExchangeFileError).toBe(true);
    expect((err as Error).message).toMatch(pattern);
    expect(sha(ours)).toBe(before);
  };

  it("formulas and formula-like text are never imported as scores and never become formulas", async () => {
    const scores: Record<string, ExcelJS.CellValue> = {};
    const hostile = ["=1+2", "+3", "-2", "@SUM(A1)", ' =HYPERLINK("http://x")'];
    ITEMS.forEach((it, i) => {
      scores[it.id] =
        i === 0 ? 4 : i % 2 ? { formula: "1+2", result: 3 } : hostile[i % hostile.length];
    });
    const theirs = await fillQuestionnaire(questionnaire, { scores });
    const out = await importAnswersBuffer(ours, theirs);
    expect(out.report.imported.map((a) => a.itemId)).toEqual([ITEMS[0].id]);
    expect(out.report.skipped.filter((s) => s.column === "score")).toHaveLength(ITEMS.length - 1);
    const wb = await loadWorkbook(out.buffer);
    for (const t of readItemTables(wb)) {
      const ws = wb.getWorksheet(t.sheet)!;
      const top = parseCell(t.topLeft);
      for (const h of [ITEM_HEADERS.their, ITEM_HEADERS.notes]) {
        const c = top.col + t.headers.indexOf(h);
        for (let r = 1; r <= t.rows.length; r++) {
          const v = ws.getCell(top.row + r, c).value;
          expect(typeof v === "object" && v !== null && "formula" in v).toBe(false);
        }
      }
    }
    const read = readAssessment(readItemTables(wb));
    expect(read.them).toEqual(
      Object.fromEntries(ITEMS.map((it, i) => [it.id, i === 0 ? 4 : null]))
    );
    const notes = readItemTables(wb)
      .flatMap((t) => t.rows.map((r) => String(r[t.headers.indexOf(ITEM_HEADERS.notes)] ?? "")))
      .join("\n");
    expect(notes).toContain("=1+2");
    expect(notes).toContain("@SUM(A1)");
  });

  it("refuses a file with no importable answer at all (formulas in every answer cell)", async () => {
    const scores = Object.fromEntries(
      ITEMS.map((it) => [it.id, { formula: "5" } as ExcelJS.CellValue])
    );
    await refused(
      await fillQuestionnaire(questionnaire, { scores }),
      /'Your answers'!G5: no answer .* formula/
    );
  });

  const one = { scores: { "MUT-1": 3 } };

  it("refuses an extra sheet", async () => {
    const theirs = await fillQuestionnaire(questionnaire, {
      ...one,
      mutate: (wb) => wb.addWorksheet("Scratch"),
    });
    await refused(theirs, /extra sheet "Scratch"/);
  });

  it("refuses a renamed sheet", async () => {
    const theirs = await fillQuestionnaire(questionnaire, {
      ...one,
      mutate: (wb) => (wb.getWorksheet(QUESTIONNAIRE_SHEETS.answers)!.name = "Antworten"),
    });
    await refused(theirs, /sheet "Your answers" is missing \(renamed\? found "Antworten"\)/);
  });

  it("refuses a missing answers table", async () => {
    const theirs = await fillQuestionnaire(questionnaire, {
      ...one,
      mutate: (wb) => wb.getWorksheet(QUESTIONNAIRE_SHEETS.answers)!.removeTable(ANSWERS_TABLE),
    });
    await refused(theirs, /answers table CF_Answers is missing/);
  });

  it("refuses a questionnaire of another assessment, naming the cell", async () => {
    const otherOurs = await ourWorkbook({ ...META, assessmentId: "CF-0000-1111-2222-3333" });
    const otherQ = (await buildQuestionnaireBuffer(otherOurs)).buffer;
    const theirs = await fillQuestionnaire(otherQ, one);
    await refused(
      theirs,
      /'How to answer'!B16: this questionnaire belongs to assessment "CF-0000-1111-2222-3333"/
    );
  });

  it("refuses duplicated and unknown item ids", async () => {
    const dup = await fillQuestionnaire(questionnaire, {
      ...one,
      mutate: (wb) =>
        (wb.getWorksheet(QUESTIONNAIRE_SHEETS.answers)!.getCell("A6").value = "MUT-1"),
    });
    await refused(dup, /'Your answers'!A6: item ID "MUT-1" appears twice/);
    const unknown = await fillQuestionnaire(questionnaire, {
      ...one,
      mutate: (wb) =>
        (wb.getWorksheet(QUESTIONNAIRE_SHEETS.answers)!.getCell("A7").value = "XYZ-9"),
    });
    await refused(unknown, /'Your answers'!A7: unknown item ID "XYZ-9"/);
  });

  it("refuses files that are not .xlsx workbooks, too big, or zip bombs", async () => {
    await refused(Buffer.from("this is plain text, not a workbook"), /not a zip file/);
    const notWorkbook = new JSZip();
    notWorkbook.file("readme.txt", "hello");
    await refused(await notWorkbook.generateAsync({ type: "uint8array" }), /not an Excel workbook/);
    const big = Buffer.alloc(FILE_LIMITS.maxBytes + 1, 0);
    big.write("PK\u0003\u0004", 0, "latin1");
    await refused(big, /allowed: at most 5\.0 MB/);
    const bomb = new JSZip();
    bomb.file("[Content_Types].xml", "<Types/>");
    bomb.file("xl/workbook.xml", Buffer.alloc(FILE_LIMITS.maxUncompressedBytes + 1024, 32));
    const bombBytes = await bomb.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bombBytes.length).toBeLessThan(FILE_LIMITS.maxBytes);
    await refused(bombBytes, /zip bomb/);
    const many = new JSZip();
    for (let i = 0; i <= FILE_LIMITS.maxEntries; i++) many.file(`x/${i}.xml`, "<a/>");
    await refused(await many.generateAsync({ type: "uint8array" }), /parts; allowed: at most/);
  });

  it("refuses small files whose ranges would make the reader build billions of cells", async () => {
    const base = await fillQuestionnaire(questionnaire, one);
    const edit = async (part: RegExp, change: (xml: string) => string) => {
      const zip = await JSZip.loadAsync(base);
      const name = Object.keys(zip.files).find((n) => part.test(n))!;
      const xml = await zip.file(name)!.async("string");
      expect(change(xml)).not.toBe(xml);
      zip.file(name, change(xml));
      return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    };
    const sheet = /xl\/worksheets\/sheet2\.xml$/;
    const all = "A1:XFD1048576";
    const cases: Array<[Promise<Uint8Array>, RegExp]> = [
      [
        edit(sheet, (x) =>
          x.replace(
            "</sheetData>",
            `</sheetData><mergeCells><mergeCell ref="${all}"/></mergeCells>`
          )
        ),
        /merged cells .* cells; allowed: at most/,
      ],
      [
        // The same, hidden behind a character reference.
        edit(sheet, (x) =>
          x.replace(
            "</sheetData>",
            `</sheetData><mergeCells><mergeCell ref = 'J1:XFD&#49;048576'/></mergeCells>`
          )
        ),
        /merged cells .* cells; allowed: at most/,
      ],
      [
        edit(/xl\/tables\/table1\.xml$/, (x) => x.replace(/ ref="A4:H\d+"/, ` ref="A4:H1048576"`)),
        /table .* cells; allowed: at most/,
      ],
      [
        // Lower case: exceljs skips the letters, our own reader does not.
        edit(/xl\/tables\/table1\.xml$/, (x) => x.replace(/ ref="A4:H\d+"/, ` ref="a4:h1048576"`)),
        /table .* cells; allowed: at most/,
      ],
      [
        edit(sheet, (x) => x.replace(/(<dataValidation [^>]*sqref=")[^"]*"/, `$1${all}"`)),
        /data validation .* cells; allowed: at most/,
      ],
      [
        edit(sheet, (x) => x.replace(/<col min="8" max="8"/, '<col min="8" max="300000000"')),
        /column 300000000 in .*; allowed: columns 1 to 16384/,
      ],
      [
        edit(/xl\/workbook\.xml$/, (x) =>
          x.replace(
            "</definedNames>",
            `<definedName name="Junk">'Your answers'!$A$1:$XFD$1048576</definedName></definedNames>`
          )
        ),
        /defined name .* cells; allowed: at most/,
      ],
    ];
    for (const [bytes, pattern] of cases) {
      const b = await bytes;
      expect(b.length).toBeLessThan(64 * 1024);
      await refused(b, pattern);
    }
    // A table range our reader cannot place is refused with a clear message, not a crash.
    await refused(
      await edit(/xl\/tables\/table1\.xml$/, (x) => x.replace(/ ref="A4:H\d+"/, ` ref="Z!A4:H40"`)),
      /table "CF_Answers" on sheet "Your answers" has the range "Z!A4:H40"; allowed: /
    );
    // Validation on a whole column is refused too: the reader would build a million entries (the
    // sheet is protected, so only a deliberate edit puts it there).
    const wholeColumn = await edit(sheet, (x) =>
      x.replace(/(<dataValidation [^>]*sqref=")[^"]*"/, `$1G1:G1048576"`)
    );
    await refused(
      wholeColumn,
      /data validation on "G1:G1048576" .* allowed: at most 100,000 cells/
    );
    // A careless but harmless edit still imports: validation on a longer part of the score column.
    const longer = await edit(sheet, (x) =>
      x.replace(/(<dataValidation [^>]*sqref=")[^"]*"/, `$1G5:G5000"`)
    );
    expect((await importAnswersBuffer(ours, longer)).report.imported).toHaveLength(1);
  }, 30000);

  it("refuses a file name that is not .xlsx", async () => {
    const err = await importAnswersBuffer(ours, questionnaire, "answers.xlsm").catch(
      (e: Error) => e
    );
    expect((err as Error).message).toMatch(/"answers\.xlsm" is not an \.xlsx file/);
  });
});
