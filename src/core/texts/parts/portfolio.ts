/**
 * The portfolio workbook's own words: only core/workbook/portfolio.ts imports this part.
 * `portfolioInEveryLanguage` is for read-back, which finds a portfolio sheet in any language.
 */
import { textPart, textPartInEveryLanguage } from "../index";
import { portfolio } from "../en/portfolio";

export const portfolioTexts = textPart("portfolio", portfolio);
export const portfolioInEveryLanguage = textPartInEveryLanguage("portfolio", portfolio);
