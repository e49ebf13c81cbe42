/** The Principles view's texts: only views/PrinciplesView.tsx imports this part, so they load with that view. */
import { textPart } from "../index";
import { panePrinciples } from "../en/pane-principles";

export const panePrinciplesTexts = textPart("panePrinciples", panePrinciples);
