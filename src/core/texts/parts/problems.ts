/** Read-back problems in words (item tables, respondents, closed rounds, the profile): core/workbook, core/rounds and the exchange. */
import { textPart } from "../index";
import { problems } from "../en/problems";

export const problemsTexts = textPart("problems", problems);
