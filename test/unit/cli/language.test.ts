import { shellLanguage } from "../../../src/cli/language";
import { setLanguage } from "../../../src/core/texts";

afterEach(() => setLanguage("en"));

describe("the CLI's language from the shell", () => {
  it.each([
    [{ COLLABFIT_LANG: "qps-ploc", LC_ALL: "de_DE.UTF-8", LANG: "fr_FR" }, "qps-ploc"],
    [{ LC_ALL: "nl_NL.UTF-8", LANG: "fr_FR" }, "nl-NL"],
    [{ COLLABFIT_LANG: " ", LANG: "en_GB.ISO-8859-1" }, "en-GB"],
    [{ LANG: "sr_RS@latin" }, "sr-RS"],
    [{ LC_ALL: "C", LANG: "nl_NL.UTF-8" }, undefined],
    [{ LANG: "POSIX" }, undefined],
    [{}, undefined],
  ])("%p gives %p", (env, tag) => {
    expect(shellLanguage(env)).toBe(tag);
  });

  it("a language we do not ship falls back to English", () => {
    expect(setLanguage(shellLanguage({ LANG: "nl_NL.UTF-8" }))).toBe("en");
  });
});
