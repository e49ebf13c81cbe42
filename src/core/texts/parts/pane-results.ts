/** The Results view's texts (the recommendation): only views/RecommendView.tsx imports this part, so they load with that view. */
import { textPart } from "../index";
import { paneResults } from "../en/pane-results";

export const paneResultsTexts = textPart("paneResults", paneResults);
