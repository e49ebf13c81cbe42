/**
 * The hostile corpus (test/fixtures/hostile/corpus.js) against the import and read-back: each crafted
 * file is refused with its specific message before exceljs builds anything, or accepted and handled
 * safely. Time and memory per file are measured by scripts/bench/hostile.js.
 */
import ExcelJS from "exceljs";
import { ExchangeError, ExchangeFileError, formatImportReport } from "../../../src/core/exchange";
import { ITEMS } from "../../../src/core/method";
import { ITEM_HEADERS } from "../../../src/core/workbook/names";
import {
  buildQuestionnaireBuffer,
  importAnswersBuffer,
  loadOurAssessment,
  openWorkbook,
} from "../../../src/xlsx/exchange";
import { normaliseForWrite } from "../../../src/xlsx/normalise";
import { readItemTables, workbookToBuffer } from "../../../src/xlsx";
import { fillQuestionnaire, ourWorkbook } from "./helpers";
import { itemWording, type ItemWording } from "../../../src/core/texts/question-words";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { untranslated } from "../../support/untranslated";
// The corpus is plain JS, shared with the bench.
const { hostileCorpus } = require("../../fixtures/hostile/corpus.js") as {
  hostileCorpus: (base: {
    answers: Buffer;
    workbook: Buffer;
    items: Array<(typeof ITEMS)[number] & ItemWording>;
  }) => Promise<
    Array<{
      name: string;
      target: "answers" | "workbook";
      bytes: Buffer;
      refused: RegExp | null;
      what: string;
    }>
  >;
};

type Case = Awaited<ReturnType<typeof hostileCorpus>>[number];

let ours: Buffer;
let answers: Buffer;
let corpus: Case[];
const byName = (n: string) => corpus.find((c) => c.name === n)!;

// Control characters and bidi overrides: none may reach a terminal.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

beforeAll(async () => {
  ours = await ourWorkbook();
  const q = (await buildQuestionnaireBuffer(ours)).buffer;
  answers = await fillQuestionnaire(q, {
    scores: Object.fromEntries(ITEMS.map((it, i) => [it.id, (i % 5) + 1])),
  });
  // The corpus edits the questions and anchors as written: the items with their words.
  const items = ITEMS.map((i) => ({ ...i, ...itemWording(i) }));
  corpus = await hostileCorpus({ answers, workbook: ours, items });
}, 60000);

async function failure(work: () => Promise<unknown>): Promise<Error> {
  const err = await work().then(
    () => null,
    (e: unknown) => e
  );
  expect(err).toBeInstanceOf(Error);
  expect(err instanceof ExchangeError || err instanceof ExchangeFileError).toBe(true);
  return err as Error;
}

describe("hostile corpus", () => {
  it("covers answers files and our own workbooks, refused and accepted", () => {
    expect(corpus.filter((c) => c.target === "answers").length).toBeGreaterThan(20);
    expect(corpus.some((c) => c.target === "workbook" && c.refused)).toBe(true);
    expect(corpus.some((c) => c.refused === null)).toBe(true);
  });

  it("refuses every crafted answers file with its own reason, one safe line each", async () => {
    for (const c of corpus.filter((x) => x.target === "answers" && x.refused)) {
      const err = await failure(() => importAnswersBuffer(ours, c.bytes, `${c.name}.xlsx`));
      expect([c.name, err.message]).toEqual([c.name, expect.stringMatching(c.refused!)]);
      expect(err.message).not.toMatch(UNSAFE);
      expect(err.message.length).toBeLessThan(1200);
    }
  }, 120000);

  it("refuses every broken or too costly workbook of ours, naming what is wrong", async () => {
    for (const c of corpus.filter((x) => x.target === "workbook" && x.refused)) {
      const err = await failure(async () =>
        readItemTables(await openWorkbook(c.bytes, "the workbook"))
      );
      expect([c.name, err.message]).toEqual([c.name, expect.stringMatching(c.refused!)]);
    }
    // The import names the broken table too, instead of failing somewhere inside.
    const err = await failure(() => importAnswersBuffer(byName("broken-table-ref").bytes, answers));
    expect(err.message).toMatch(/table "CF_Items_S1" has the range "#REF!"/);
  }, 120000);

  it("refuses in catalogue words: every crafted file's reason in the pseudo-locale", async () => {
    const refused = corpus.filter((x) => x.refused);
    const reasons = async () => {
      const out: string[] = [];
      for (const c of refused) {
        const err = await failure(() =>
          c.target === "answers"
            ? importAnswersBuffer(ours, c.bytes, `${c.name}.xlsx`)
            : openWorkbook(c.bytes, "the workbook").then((wb) => readItemTables(wb))
        );
        // The workbook's label is the caller's (the CLI's catalogue), here the test's words.
        out.push(...untranslated(err.message.replace("the workbook", ""), [`${c.name}.xlsx`]));
      }
      return out;
    };
    setLanguage(PSEUDO_LOCALE);
    try {
      expect(await reasons()).toEqual([]);
    } finally {
      setLanguage("en");
    }
    expect(await reasons()).not.toEqual([]);
  }, 240000);

  it("quotes terminal controls in a rejected score instead of printing them", async () => {
    const out = await importAnswersBuffer(ours, byName("terminal-escape-score").bytes);
    const lines = formatImportReport(out.report);
    const line = lines.find((l) => l.includes(ITEMS[0].id))!;
    expect(line).toMatch(/\\u\{001B\}\]0;pwned\\u\{0007\}\\u\{009B\}31m/);
    for (const l of lines) expect(l).not.toMatch(UNSAFE);
  });

  it("drops characters XML cannot hold from a note, keeps a literal _xHHHH_, and the copy reads back", async () => {
    const out = await importAnswersBuffer(ours, byName("xml-invalid-note").bytes);
    const merged = await loadOurAssessment(out.buffer);
    const notes = readItemTables(merged.workbook)
      .flatMap((t) => t.rows.map((r) => String(r[t.headers.indexOf(ITEM_HEADERS.notes)] ?? "")))
      .join("\n");
    // exceljs decoded _x0041_ to "A" when reading their file; what it became stays what we write.
    expect(notes).toContain("Their note: ok  and A end");
    // eslint-disable-next-line no-control-regex -- exactly the characters that must be gone
    expect(notes).not.toMatch(/[\uFFFE\uD800\u0000]/);
  });

  it("writes a copy of a workbook saved by LibreOffice (tables without a style), saying so", async () => {
    const c = byName("libreoffice-tables");
    const wb = await openWorkbook(c.bytes, "the workbook");
    await expect(
      (async () => {
        const plain = new ExcelJS.Workbook();
        await plain.xlsx.load(c.bytes as unknown as ArrayBuffer);
        await plain.xlsx.writeBuffer();
      })()
    ).rejects.toThrow(/theme/);
    const notes = normaliseForWrite(wb);
    expect(notes.join(" ")).toMatch(/"CF_Items_S1".* had no table style/);
    const again = await openWorkbook(await workbookToBuffer(wb), "the copy");
    expect(readItemTables(again).map((t) => t.tableName)).toContain("CF_Items_S1");
    // And the import writes its merged copy of such a workbook as well.
    const out = await importAnswersBuffer(c.bytes, answers);
    expect(out.normalised.join(" ")).toMatch(/had no table style/);
    expect(out.report.imported).toHaveLength(ITEMS.length);
  }, 60000);
});
