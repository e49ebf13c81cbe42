/**
 * The workbook's sheet names, table headers and drop-down words: the workbook layout (core/workbook)
 * and read-back import this part. `namesInEveryLanguage` is for read-back, which accepts any of them.
 */
import { textPart, textPartInEveryLanguage } from "../index";
import { names } from "../en/names";

const languages = { en: names } as const;

export const namesTexts = textPart(languages);

/** This part in every language we ship, the pseudo-locale (derived from English) included. */
export const namesInEveryLanguage = textPartInEveryLanguage(languages);
