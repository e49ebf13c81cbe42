/**
 * Issue 16: a language beside English is one catalogue file, fetched when chosen. The product's own
 * list ships English alone, so these tests register a language made up for them through the same
 * door (`registerLanguage`) a language file's line uses.
 */
import {
  PSEUDO_LOCALE,
  chooseLanguage,
  language,
  languages,
  loadEveryLanguage,
  registerLanguage,
  setLanguage,
} from "../../../src/core/texts";
import { en } from "../../../src/core/texts/en";
import { cliTexts } from "../../../src/core/texts/parts/cli";
import { namesInEveryLanguage, namesTexts } from "../../../src/core/texts/parts/names";
import { modelIdByName, modelName } from "../../../src/core/texts/method-words";
import { SHEET_NAMES, sheetKeyOf } from "../../../src/core/workbook/names";
import { MADE_UP, MARK, registerMadeUpLanguage } from "../../support/made-up-language";

const made = registerMadeUpLanguage();

afterEach(() => setLanguage("en"));

describe("a language we ship beside English", () => {
  test("is listed, but not used before its file is loaded (setLanguage is synchronous)", () => {
    expect(languages()).toEqual(["en", MADE_UP]);
    expect(setLanguage(`${MADE_UP}-ZZ`)).toBe("en");
    expect(made.loads()).toBe(0);
    // Read-back does not know its labels yet.
    expect(sheetKeyOf(`CF ${MARK}${en.names.sheets.cover}`)).toBeUndefined();
  });

  test("chooseLanguage fetches its file once and uses it in every part", async () => {
    await expect(chooseLanguage(`${MADE_UP}-ZZ`)).resolves.toBe(MADE_UP);
    expect(language()).toBe(MADE_UP);
    expect(namesTexts().sheets.cover).toBe(MARK + en.names.sheets.cover);
    expect(SHEET_NAMES.cover).toBe(`CF ${MARK}${en.names.sheets.cover}`);
    expect(cliTexts().usage.heading).toBe(MARK + en.cli.usage.heading);
    await chooseLanguage(MADE_UP);
    setLanguage("en");
    expect(setLanguage(MADE_UP)).toBe(MADE_UP); // loaded: now at hand synchronously
    expect(made.loads()).toBe(1);
  });

  test("once loaded, read-back accepts its labels whatever the active language", async () => {
    await loadEveryLanguage();
    for (const tag of ["en", PSEUDO_LOCALE, MADE_UP]) {
      setLanguage(tag);
      expect(sheetKeyOf(`CF ${MARK}${en.names.sheets.results}`)).toBe("results");
      expect(sheetKeyOf(`CF ${en.names.sheets.results}`)).toBe("results");
      expect(modelIdByName(MARK + en.method.models.partnership.name)).toBe("partnership");
    }
    setLanguage(MADE_UP);
    expect(modelName("partnership")).toBe(MARK + en.method.models.partnership.name);
    // English, the loaded language and the pseudo-locale.
    expect(namesInEveryLanguage().map((t) => t.sheets.cover)).toHaveLength(3);
  });

  test("a language whose file cannot be fetched leaves the product in English", async () => {
    registerLanguage("zy", () => Promise.reject(new Error("chunk failed")));
    await expect(chooseLanguage("zy")).resolves.toBe("en");
    expect(namesTexts().sheets.cover).toBe(en.names.sheets.cover);
  });
});
