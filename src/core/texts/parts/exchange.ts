/** The exchange's refusals, import report, workshop topics and questionnaire workbook: core/exchange and its callers. */
import { textPart } from "../index";
import { exchange } from "../en/two-party-exchange";

export const exchangeTexts = textPart("exchange", exchange);
