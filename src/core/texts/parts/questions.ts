/** The questions and anchors per question set: the workbook writers, questionnaire, pane score view and CLI (not the functions). */
import { textPart } from "../index";
import { questions } from "../en/questions";

export const questionsTexts = textPart("questions", questions);
