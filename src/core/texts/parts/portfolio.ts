/** The portfolio workbook's own words: only core/workbook/portfolio.ts imports this part. */
import { textPart } from "../index";
import { portfolio } from "../en/portfolio";

export const portfolioTexts = textPart("portfolio", portfolio);
