/** The adapters' own words: both ports' progress and refusals, the .xlsx reader's problems, what a copy lacks. */
import { textPart } from "../index";
import { port } from "../en/workbook-port";

export const portTexts = textPart("port", port);
