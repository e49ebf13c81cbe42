/**
 * What the pane's Respondents view shows (issue 13), computed the same way for both ports from what
 * they read: respondents per side with their status, the workshop topics inside a side (named only
 * where the cover allows), the closed rounds and the open round's dimension scores for the trend.
 */
import { scoreItems, swapPerspective } from "../method";
import type { AssessmentItem, ItemAnswers, Side } from "../method/types";
import type { ReadProblem } from "../workbook/plan";
import { sideRecord, type RoundRecord, type SideRecord } from "./history";
import {
  disagreementTopic,
  disagreements,
  effectiveSideAnswers,
  hasRecordedAnswers,
  respondentStatus,
  SIDES,
  sideRespondents,
  type Respondent,
  type RespondentStatus,
} from "./respondents";

export interface RespondentLine {
  name: string;
  side: Side;
  role?: string;
  organisation?: string;
  status: RespondentStatus;
  answered: number;
  of: number;
}

export interface RoundsOverview {
  /** Per side in name order, ours first. */
  respondents: RespondentLine[];
  anonymous: Side[];
  /** Disagreements inside a side, in words (biggest spread first). */
  topics: string[];
  /** Closed rounds, oldest first. */
  history: RoundRecord[];
  /** The open round: the cover's date and each side's dimension scores (theirs in our frame). */
  current: { date: string; us: SideRecord; them: SideRecord; source: Record<Side, string> };
  /** Cells of CF_Responses or CF_History that could not be read. */
  problems: ReadProblem[];
}

export function roundsOverview(input: {
  respondents: readonly Respondent[];
  anonymous: readonly Side[];
  history: readonly RoundRecord[];
  /** The typed Our score / Their score columns (a side without respondents counts them). */
  typed: Record<Side, ItemAnswers>;
  items: readonly AssessmentItem[];
  date: string;
  problems?: readonly ReadProblem[];
}): RoundsOverview {
  const { items } = input;
  const scores = (side: Side) =>
    scoreItems(
      effectiveSideAnswers(input.respondents, input.typed[side], side, items).answers,
      items
    ).scores;
  const source = (side: Side) =>
    hasRecordedAnswers(input.respondents, side)
      ? "respondents"
      : Object.values(input.typed[side]).some((v) => typeof v === "number")
        ? "typed"
        : "none";
  return {
    respondents: SIDES.flatMap((side) =>
      sideRespondents(input.respondents, side).map((r) => {
        const st = respondentStatus(r, items);
        const line: RespondentLine = { name: r.name, side, ...st };
        if (r.role) line.role = r.role;
        if (r.organisation) line.organisation = r.organisation;
        return line;
      })
    ),
    anonymous: [...input.anonymous],
    topics: disagreements(input.respondents, { items, anonymous: input.anonymous }).map(
      disagreementTopic
    ),
    history: [...input.history],
    current: {
      date: input.date,
      us: sideRecord(scores("us")),
      // In our frame, as the history keeps it (their dependence on us under theirDependence).
      them: sideRecord(swapPerspective(scores("them"))),
      source: { us: source("us"), them: source("them") },
    },
    problems: [...(input.problems ?? [])],
  };
}
