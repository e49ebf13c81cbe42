/**
 * Issue 16: every input error a COLLAB.* function gives (the message beside #VALUE! / #N/A) and the
 * words it returns come from the catalogue (part `functions`): in the pseudo-locale nothing of them
 * is outside ⟦ ⟧. The kinds of error are the problem codes (EXCEL_ERROR), one call each
 * (input-errors.ts).
 */
import { DIMENSION_KEYS, ITEMS } from "../../../src/core/method";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { en } from "../../../src/core/texts/en";
import { functionsTexts } from "../../../src/core/texts/parts/functions";
import { EXCEL_ERROR, type FunctionProblemCode } from "../../../src/functions/errors";
import { gaps } from "../../../src/functions/functions";
import { loadFunctionsEngine } from "../../../src/functions/load";
import { ErrorCode, type CustomFunctionsError } from "../../support/custom-functions-stub";
import { outsideCatalogue, untranslated } from "../../support/untranslated";
import { now, rejected, thrown } from "./helpers";
import { INPUT_ERRORS } from "./input-errors";

const CODES = Object.keys(EXCEL_ERROR) as FunctionProblemCode[];

/** What a call gave: thrown at once, or (ROADMAP loads its part first) rejected. */
async function errorOf(call: () => unknown): Promise<CustomFunctionsError> {
  let result: unknown;
  try {
    result = call();
  } catch (err) {
    return thrown(() => {
      throw err;
    });
  }
  return rejected(() => Promise.resolve(result));
}

/** The English text of a problem code with anything in its parameters' places. */
function englishPattern(code: FunctionProblemCode): RegExp {
  const text = en.functions.input[code] as (...args: string[]) => string;
  const slot = "\u0000";
  const fixed = text(...Array.from({ length: text.length }, () => slot))
    .split(slot)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${fixed.join("[^]*")}$`);
}

beforeAll(() => loadFunctionsEngine());
afterEach(() => setLanguage("en"));

test("every kind of input error has its call, and its text in the catalogue", () => {
  expect(Object.keys(INPUT_ERRORS).sort()).toEqual([...CODES].sort());
  expect(Object.keys(en.functions.input).sort()).toEqual([...CODES].sort());
});

describe.each(CODES)("%s", (code) => {
  it("in English: the Excel error of its kind, worded by its catalogue text", async () => {
    const err = await errorOf(INPUT_ERRORS[code]);
    expect(err.code).toBe(ErrorCode[EXCEL_ERROR[code]]);
    expect(err.message).toMatch(englishPattern(code));
    // English is outside the brackets: the check below can tell.
    expect(untranslated(err.message ?? "")).not.toEqual([]);
  });

  it("in the pseudo-locale: the whole message inside ⟦ ⟧", async () => {
    const english = (await errorOf(INPUT_ERRORS[code])).message;
    setLanguage(PSEUDO_LOCALE);
    const err = await errorOf(INPUT_ERRORS[code]);
    expect(err.code).toBe(ErrorCode[EXCEL_ERROR[code]]);
    expect(err.message).not.toBe(english);
    expect(outsideCatalogue(err.message ?? "").trim()).toBe("");
    expect(untranslated(err.message ?? "")).toEqual([]);
  });
});

test("GAPS's header rows (dimension and item gaps) are the catalogue's words", () => {
  const dimensions = (v: number) => DIMENSION_KEYS.map((k) => [k, v]);
  const items = (v: number) => ITEMS.map((it) => [it.id, v]);
  const headers = () =>
    [now(gaps(dimensions(1), dimensions(5))), now(gaps(items(1), items(5)))].map(
      (table) => table[0] as string[]
    );
  const english = headers().flat();
  expect(english.flatMap((cell) => untranslated(cell))).not.toEqual([]);
  setLanguage(PSEUDO_LOCALE);
  const pseudo = headers().flat();
  expect(pseudo.map((cell) => outsideCatalogue(cell).trim())).toEqual(pseudo.map(() => ""));
  expect(new Set(pseudo)).toEqual(new Set(Object.values(functionsTexts().gaps)));
});
