/**
 * A language we ship, made up for tests of the language machinery (issue 16: a new language is one
 * catalogue file): every English text with a mark in front, so a test can tell it from English and
 * from the pseudo-locale. Registered under "zz" (no real language's subtag).
 */
import { registerLanguage, type Catalogue } from "../../src/core/texts";
import { en } from "../../src/core/texts/en";
import { mapTexts } from "../../src/core/texts/pseudo";

export const MADE_UP = "zz";
export const MARK = "Ẕ ";

export const madeUpCatalogue: Catalogue = mapTexts(en, (t) => (t ? MARK + t : t));

/** Registers the language; `loads` counts how often its file was fetched. */
export function registerMadeUpLanguage(): { loads: () => number } {
  let count = 0;
  registerLanguage(MADE_UP, async () => {
    count++;
    return madeUpCatalogue;
  });
  return { loads: () => count };
}
