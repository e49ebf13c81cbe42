/** The method's words (models, dimensions, steps, principles): every surface, the COLLAB.* functions too. */
import { textPart } from "../index";
import { method } from "../en/method";

export const methodTexts = textPart({ en: method });
