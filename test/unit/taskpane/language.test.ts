/** The pane's language at start: Office's inside Excel; in the preview ?lang= first, then the browser's. */
import { PSEUDO_LOCALE, language, setLanguage } from "../../../src/core/texts";
import { startLanguage } from "../../../src/taskpane/language";
import { MADE_UP, registerMadeUpLanguage } from "../../support/made-up-language";

const office = globalThis as unknown as { Office?: unknown };

afterEach(() => {
  setLanguage("en");
  delete office.Office;
});

describe("startLanguage", () => {
  it("preview: the ?lang= query wins over the browser's language", async () => {
    await expect(
      startLanguage(false, { search: "?lang=qps-ploc", language: "en-GB" })
    ).resolves.toBe(PSEUDO_LOCALE);
    expect(language()).toBe(PSEUDO_LOCALE);
  });

  it("preview: the browser's language without a query; English for one we do not ship", async () => {
    setLanguage(PSEUDO_LOCALE);
    await expect(startLanguage(false, { search: "", language: "en-GB" })).resolves.toBe("en");
    setLanguage(PSEUDO_LOCALE);
    await expect(startLanguage(false, { search: "?x=1", language: "nl-NL" })).resolves.toBe("en");
  });

  it("Excel: Office's display language, whatever the URL says", async () => {
    office.Office = { context: { displayLanguage: "qps-ploc" } };
    await expect(startLanguage(true, { search: "?lang=en", language: "en" })).resolves.toBe(
      PSEUDO_LOCALE
    );
    office.Office = { context: { displayLanguage: "de-DE" } };
    await expect(startLanguage(true, { search: "?lang=qps-ploc" })).resolves.toBe("en");
  });

  it("a language we ship beside English is fetched before the first render", async () => {
    const made = registerMadeUpLanguage();
    office.Office = { context: { displayLanguage: `${MADE_UP}-ZZ` } };
    await expect(startLanguage(true, { search: "" })).resolves.toBe(MADE_UP);
    expect(made.loads()).toBe(1);
  });
});
