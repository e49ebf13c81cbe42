/** Rounds' and respondents' refusals and the team's disagreement topics: core/rounds and its callers. */
import { textPart } from "../index";
import { rounds } from "../en/rounds-respondents";

export const roundsTexts = textPart("rounds", rounds);
