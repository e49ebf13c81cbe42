/** What error classes say (core/exchange/errors.ts, problem-text.ts): small, in the pane's first chunk. */
import { textPart } from "../index";
import { refusals } from "../en/refusals";

export const refusalsTexts = textPart("refusals", refusals);
