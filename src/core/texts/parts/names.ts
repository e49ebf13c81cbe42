/**
 * The workbook's sheet names, table headers and drop-down words: the workbook layout (core/workbook)
 * and read-back import this part. `namesInEveryLanguage` is for read-back, which accepts any of them.
 */
import { LANGUAGES, textPart, type Texts } from "../index";
import { names } from "../en/names";
import { pseudoLocalise } from "../pseudo";

const languages = { en: names } as const;

export const namesTexts = textPart(languages);

let every: readonly Texts<typeof names>[] | undefined;

/** This part in every language we ship, the pseudo-locale (derived from English) included. */
export function namesInEveryLanguage(): readonly Texts<typeof names>[] {
  return (every ??= [...LANGUAGES.map((l) => languages[l]), pseudoLocalise(names)]);
}
