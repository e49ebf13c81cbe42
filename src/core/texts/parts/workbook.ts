/** The assessment workbook's own words (and the joint summary's): core/workbook and the adapters import this part. */
import { textPart } from "../index";
import { workbook } from "../en/assessment-workbook";

export const workbookTexts = textPart("workbook", workbook);
