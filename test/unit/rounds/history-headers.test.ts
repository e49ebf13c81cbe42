/**
 * CF_History's headers are catalogue labels (issue 16): written in the active language, found by key
 * on read-back in any language we ship, and workbooks written before (English headers, whatever the
 * language then) still read.
 */
import { DIMENSION_KEYS } from "../../../src/core/method";
import { parseHistory, type TableCells } from "../../../src/core/rounds/read-tables";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { namesInEveryLanguage } from "../../../src/core/texts/parts/names";
import { parseCell } from "../../../src/core/workbook/a1";
import {
  HISTORY_KEYS,
  buildHistorySheet,
  historyHeader,
  historyHeaderKey,
  regimeFromText,
  regimeText,
} from "../../../src/core/workbook/history";
import { ROUND_TABLES } from "../../../src/core/workbook/round-names";
import { untranslated } from "../../support/untranslated";
import { demoRounds } from "../../support/demo-rounds";

afterEach(() => setLanguage("en"));

const { history } = demoRounds();

/** The CF_History table of a sheet built in `tag`, as an adapter reads its cells. */
function writtenIn(tag: string): TableCells {
  setLanguage(tag);
  const sheet = buildHistorySheet(history);
  const table = sheet.tables!.find((t) => t.name === ROUND_TABLES.history)!;
  const { row, col } = parseCell(table.topLeft);
  return {
    sheet: sheet.name,
    headers: table.headers.map(String),
    headerRow: row,
    firstCol: col,
    // The formula column holds no value in the plan; an adapter reads its result (blank here).
    rows: table.rows.map((r) => r.map((v) => (v === undefined ? null : v))),
  };
}

/** The headers CollabFit wrote before they had labels: English, in every language. */
const OLD_HEADERS = [
  "Round",
  "Date",
  "Question set",
  "Our respondents",
  "Their respondents",
  "Target model",
  "Start model",
  "Trust gap",
  "Trust gap change",
  "Power regime",
  "Our mutuality",
  "Our alignment of interests",
  "Our complementarity",
  "Our difference risk",
  "Our stakes",
  "Our trust",
  "Our our dependence",
  "Our their dependence",
  "Our partnership fit",
  "Our maturity",
  "Their mutuality",
  "Their alignment of interests",
  "Their complementarity",
  "Their difference risk",
  "Their stakes",
  "Their trust",
  "Their our dependence",
  "Their their dependence",
  "Their partnership fit",
  "Their maturity",
];

describe("CF_History's headers", () => {
  test("English output is as before; the pseudo-locale's are catalogue texts", () => {
    expect(writtenIn("en").headers).toEqual(OLD_HEADERS);
    const pseudo = writtenIn(PSEUDO_LOCALE).headers;
    expect(pseudo).toHaveLength(HISTORY_KEYS.length);
    for (const h of pseudo) {
      expect(h).toMatch(/^⟦.*⟧$/);
      expect(untranslated(h)).toEqual([]);
    }
  });

  test("one column per key, 10 fixed and one per side and dimension", () => {
    expect(HISTORY_KEYS.length).toBe(10 + 2 * DIMENSION_KEYS.length);
    expect(new Set(HISTORY_KEYS).size).toBe(HISTORY_KEYS.length);
  });

  test("unique in every language, and each finds its key", () => {
    for (const tag of ["en", PSEUDO_LOCALE]) {
      setLanguage(tag);
      const headers = HISTORY_KEYS.map(historyHeader);
      expect(new Set(headers).size).toBe(headers.length);
      expect(headers.map(historyHeaderKey)).toEqual(HISTORY_KEYS);
    }
    expect(namesInEveryLanguage().length).toBeGreaterThanOrEqual(2);
    expect(historyHeaderKey("Not a header")).toBeUndefined();
    expect(historyHeaderKey(3)).toBeUndefined();
  });

  test.each([
    ["the pseudo-locale", "English", PSEUDO_LOCALE, "en"],
    ["English", "the pseudo-locale", "en", PSEUDO_LOCALE],
  ])("written in %s, read in %s: the same rounds", (_w, _r, writeTag, readTag) => {
    const table = writtenIn(writeTag);
    setLanguage(readTag);
    expect(parseHistory(table)).toEqual({ history, problems: [] });
  });

  test("a workbook written before (English headers) reads in the pseudo-locale, columns in any order", () => {
    const old = writtenIn("en");
    const order = OLD_HEADERS.map((_, i) => i).reverse();
    const shuffled: TableCells = {
      ...old,
      headers: order.map((i) => OLD_HEADERS[i]),
      rows: old.rows.map((r) => order.map((i) => r[i])),
    };
    setLanguage(PSEUDO_LOCALE);
    expect(parseHistory(shuffled)).toEqual({ history, problems: [] });
  });

  test("a missing column is named in the reader's language", () => {
    const table = writtenIn("en");
    const gone = HISTORY_KEYS.indexOf("trustGap");
    table.headers[gone] = "Something else";
    const read = parseHistory(table);
    expect(read.history).toEqual([]);
    expect(read.problems.map((p) => p.message)).toEqual([
      `table ${ROUND_TABLES.history} lacks the column "Trust gap"; allowed: the columns as CollabFit wrote them`,
    ]);
  });

  test("a bad number names the column as the table has it", () => {
    const table = writtenIn(PSEUDO_LOCALE);
    const at = HISTORY_KEYS.indexOf("trustGap");
    table.rows[0][at] = "lots";
    setLanguage("en");
    const read = parseHistory(table);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0].message).toBe(
      `${table.headers[at]} "lots" is not a number; allowed: a number`
    );
  });
});

describe("CF_History's power regime", () => {
  const REGIMES = [
    "interdependence",
    "buyer-dominance",
    "supplier-dominance",
    "independence",
    "balanced",
  ] as const;

  test("English as before; a catalogue text in the pseudo-locale; read back in either", () => {
    for (const r of REGIMES) expect(regimeText(r)).toBe(r.replace(/-/g, " "));
    setLanguage(PSEUDO_LOCALE);
    const pseudo = REGIMES.map(regimeText);
    for (const text of pseudo) expect(untranslated(text)).toEqual([]);
    setLanguage("en");
    expect(pseudo.map(regimeFromText)).toEqual([...REGIMES]);
    setLanguage(PSEUDO_LOCALE);
    // Older workbooks: the English words in any case, and the keys themselves.
    expect(REGIMES.map((r) => regimeFromText(` ${r.replace(/-/g, " ").toUpperCase()} `))).toEqual([
      ...REGIMES,
    ]);
    expect(REGIMES.map(regimeFromText)).toEqual([...REGIMES]);
    expect(regimeFromText("dominance")).toBeNull();
  });

  test("an unknown regime is a problem listing the regimes of the reader's language", () => {
    const table = writtenIn("en");
    table.rows[0][HISTORY_KEYS.indexOf("powerRegime")] = "chaos";
    const read = parseHistory(table);
    expect(read.problems.map((p) => p.message)).toEqual([
      'power regime "chaos" is not known; allowed: interdependence, buyer dominance, supplier dominance, independence, balanced',
    ]);
  });
});
