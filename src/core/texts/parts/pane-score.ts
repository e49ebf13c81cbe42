/** The Score view's texts: only views/ScoreView.tsx imports this part, so they load with that view. */
import { textPart } from "../index";
import { paneScore } from "../en/pane-score";

export const paneScoreTexts = textPart("paneScore", paneScore);
