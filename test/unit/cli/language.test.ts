import { shellLanguage } from "../../../src/cli/language";
import { main } from "../../../src/cli/main";
import { language, setLanguage } from "../../../src/core/texts";
import { en } from "../../../src/core/texts/en";
import { MADE_UP, MARK, registerMadeUpLanguage } from "../../support/made-up-language";

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

describe("the CLI in a language we ship from its own file", () => {
  it("loads it from the shell's LANG and prints its help", async () => {
    const made = registerMadeUpLanguage();
    const out: string[] = [];
    const write = jest
      .spyOn(process.stdout, "write")
      .mockImplementation((chunk: string | Uint8Array) => out.push(String(chunk)) > 0);
    try {
      await expect(main(["--help"], { LANG: `${MADE_UP}_ZZ.UTF-8` })).resolves.toBe(0);
    } finally {
      write.mockRestore();
    }
    expect(made.loads()).toBe(1);
    expect(language()).toBe(MADE_UP);
    expect(out.join("")).toContain(MARK + en.cli.usage.heading);
  });
});
