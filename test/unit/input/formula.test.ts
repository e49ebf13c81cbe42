import { isFormulaLike } from "../../../src/core/input";
import { isFormulaLike as importTest } from "../../../src/core/exchange/answers";
import { looksLikeFormula } from "../../../src/excel/ops";

const FORMULA_LIKE = [
  "=1+1",
  "+1",
  "-1",
  "@SUM(A1)",
  "=cmd|' /C calc'!A0",
  '  =HYPERLINK("x")', // leading spaces
  "\t=1", // OWASP: a leading tab
  "\r=1", // OWASP: a leading carriage return
  "\u3000=1", // ideographic space
  "\uFF1D1+1", // full-width equals
  "\uFF0B1",
  "\uFF0D1",
  "\uFF20SUM(A1)",
];
const PLAIN = ["", "3", "N/A", "a=b", "Trust 1-5", "email@example.com", "'=1", " ", "1e3", "(=)"];

describe("isFormulaLike: one test for the adapter and the import", () => {
  it.each(FORMULA_LIKE)("%p is formula-like", (text) => {
    expect(isFormulaLike(text)).toBe(true);
  });

  it.each(PLAIN)("%p is plain text", (text) => {
    expect(isFormulaLike(text)).toBe(false);
  });

  it("is false for values that are not text", () => {
    for (const v of [null, undefined, -1, 0, true, { formula: "1+1" }]) {
      expect(isFormulaLike(v)).toBe(false);
    }
  });

  it("the Office.js adapter and the import answer the same for every case", () => {
    for (const text of [...FORMULA_LIKE, ...PLAIN]) {
      expect({ text, adapter: looksLikeFormula(text), import: importTest(text) }).toEqual({
        text,
        adapter: isFormulaLike(text),
        import: isFormulaLike(text),
      });
    }
  });
});
