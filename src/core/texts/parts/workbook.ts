/**
 * The assessment workbook's own words (and the joint summary's): core/workbook and the adapters import
 * this part. `workbookInEveryLanguage` is for read-back of the tables whose headers are here.
 */
import { textPart, textPartInEveryLanguage } from "../index";
import { workbook } from "../en/assessment-workbook";

export const workbookTexts = textPart("workbook", workbook);
/** This part in every language we ship, the pseudo-locale (derived from English) included. */
export const workbookInEveryLanguage = textPartInEveryLanguage("workbook", workbook);
