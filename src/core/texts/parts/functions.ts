/** The COLLAB.* functions' input errors and GAPS headers: the functions' engine chunk (src/functions). */
import { textPart } from "../index";
import { functions } from "../en/worksheet-functions";

export const functionsTexts = textPart("functions", functions);
