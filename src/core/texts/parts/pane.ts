/** The task pane's texts: only the pane imports this part. */
import { textPart } from "../index";
import { pane } from "../en/pane";

export const paneTexts = textPart("pane", pane);
