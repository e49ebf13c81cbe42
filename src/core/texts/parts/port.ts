/** The pane's progress and refusals while it works in Excel, and its start-up failure: excel-port.ts and the pane's entry. */
import { textPart } from "../index";
import { port } from "../en/workbook-port";

export const portTexts = textPart("port", port);
