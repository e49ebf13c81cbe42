import { outsideCatalogue, untranslated } from "../../support/untranslated";
import { pseudoText } from "../../../src/core/texts";

describe("untranslated (the pseudo-locale checker)", () => {
  it("finds words outside the brackets, and only those not allowed", () => {
    const text = `${pseudoText("Usage:")} collabfit new --out FILE.xlsx [--json]\nOops ${pseudoText("fine")}`;
    expect(untranslated(text, ["collabfit", "new", "--out", "FILE.xlsx", "--json"])).toEqual([
      "Oops",
    ]);
    expect(untranslated(text)).toEqual([
      "collabfit",
      "new",
      "--out",
      "FILE.xlsx",
      "--json",
      "Oops",
    ]);
  });

  it("treats nested brackets as one text and ignores digits and punctuation", () => {
    expect(outsideCatalogue("⟦a ⟦b⟧ c⟧ d").trim()).toBe("d");
    expect(untranslated("⟦ŕéáŝóñ ⟦ɱóďéĺ⟧⟧ 3.5 — (2/4)")).toEqual([]);
    expect(untranslated("⟦x⟧ Señor")).toEqual(["Señor"]);
  });
});
