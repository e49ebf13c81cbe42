/** The method's words (models, dimensions, steps, principles): every surface, the COLLAB.* functions too. */
import { textPart, textPartInEveryLanguage } from "../index";
import { method } from "../en/method";

export const methodTexts = textPart("method", method);

/** This part in every language we ship (read-back accepts a model name in any of them). */
export const methodInEveryLanguage = textPartInEveryLanguage("method", method);
