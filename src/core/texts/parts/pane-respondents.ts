/** The Respondents view's texts (issue 13: respondents per side, rounds): only views/RespondentsView.tsx imports this part, so they load with that view. */
import { textPart } from "../index";
import { paneRespondents } from "../en/pane-respondents";

export const paneRespondentsTexts = textPart("paneRespondents", paneRespondents);
