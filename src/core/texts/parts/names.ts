/**
 * The workbook's sheet names, table headers and drop-down words: the workbook layout (core/workbook)
 * and read-back import this part. `namesInEveryLanguage` is for read-back, which accepts any of them.
 */
import { textPart, textPartInEveryLanguage } from "../index";
import { names } from "../en/names";

export const namesTexts = textPart("names", names);

/** This part in every language we ship, the pseudo-locale (derived from English) included. */
export const namesInEveryLanguage = textPartInEveryLanguage("names", names);
