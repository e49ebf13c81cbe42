/** The pane's language at start: Office's inside Excel; in the preview ?lang= first, then the browser's. */
import { PSEUDO_LOCALE, language, setLanguage } from "../../../src/core/texts";
import { startLanguage } from "../../../src/taskpane/language";

const office = globalThis as unknown as { Office?: unknown };

afterEach(() => {
  setLanguage("en");
  delete office.Office;
});

describe("startLanguage", () => {
  it("preview: the ?lang= query wins over the browser's language", () => {
    expect(startLanguage(false, { search: "?lang=qps-ploc", language: "en-GB" })).toBe(
      PSEUDO_LOCALE
    );
    expect(language()).toBe(PSEUDO_LOCALE);
  });

  it("preview: the browser's language without a query; English for one we do not ship", () => {
    setLanguage(PSEUDO_LOCALE);
    expect(startLanguage(false, { search: "", language: "en-GB" })).toBe("en");
    setLanguage(PSEUDO_LOCALE);
    expect(startLanguage(false, { search: "?x=1", language: "nl-NL" })).toBe("en");
  });

  it("Excel: Office's display language, whatever the URL says", () => {
    office.Office = { context: { displayLanguage: "qps-ploc" } };
    expect(startLanguage(true, { search: "?lang=en", language: "en" })).toBe(PSEUDO_LOCALE);
    office.Office = { context: { displayLanguage: "de-DE" } };
    expect(startLanguage(true, { search: "?lang=qps-ploc" })).toBe("en");
  });
});
