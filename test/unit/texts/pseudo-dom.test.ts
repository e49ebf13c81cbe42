/** The checker the pseudo-locale tests rely on: it must catch inline words and pass marked ones. */
import { pseudoText } from "../../../src/core/texts";
import { untranslated } from "../../support/pseudo-dom";

describe("untranslated", () => {
  it("passes catalogue texts, nested ones, digits and punctuation", () => {
    expect(untranslated(pseudoText("Update results"), [])).toEqual([]);
    expect(untranslated(pseudoText(`Step 1: ${pseudoText("Prepare")}`), [])).toEqual([]);
    expect(untranslated("3.50 · 2026-01-15 – 1/5 x", [])).toEqual([]);
  });

  it("reports words outside the brackets, unless they are allowed data", () => {
    expect(untranslated(`${pseudoText("Owner:")} Dismiss now`, [])).toEqual(["Dismiss", "now"]);
    expect(untranslated(`${pseudoText("For")} CleanCo Ltd`, ["CleanCo Ltd"])).toEqual([]);
    expect(untranslated("CleanCo Ltd and more", ["CleanCo", "CleanCo Ltd"])).toEqual([
      "and",
      "more",
    ]);
  });
});
