/**
 * Closing an assessment round (issue 13), decided once for both adapters: every check on the
 * workbook and on the next round's date, and the history with the closed round appended. Pure.
 */
import { recommend, swapPerspective } from "../method";
import type { Profile, Side } from "../method/types";
import { formatProblem } from "../workbook/readback";
import { ITEM_HEADERS, SHEET_NAMES } from "../workbook/names";
import type { ReadProblem } from "../workbook/plan";
import { ROUND_TABLES } from "../workbook/round-names";
import {
  RoundError,
  appendRound,
  checkHistory,
  checkRoundDate,
  roundRecord,
  validIsoDate,
  type RoundRecord,
} from "./history";
import { hasRecordedAnswers, type Respondent } from "./respondents";
import { roundsTexts } from "../texts/parts/rounds";

/** A round that cannot be closed: about the workbook ("file") or the new round's date ("date"). */
export class RoundCloseError extends Error {
  constructor(
    readonly about: "file" | "date",
    message: string
  ) {
    super(message);
    this.name = "RoundCloseError";
  }
}

export function refuseRound(problems: readonly ReadProblem[]): never {
  const first = formatProblem(problems[0]);
  throw new RoundCloseError(
    "file",
    problems.length > 1 ? roundsTexts().more(first, problems.length - 1) : first
  );
}

/** The next round's date, checked before the workbook is read. */
export function checkNextRoundDate(date: string): void {
  if (!validIsoDate(date)) throw new RoundCloseError("date", roundsTexts().dates.nextRound(date));
}

/** Whether each side typed any score in its column (one respondent when it did). */
export function typedSides(
  tables: readonly { headers: string[]; rows: unknown[][] }[]
): Record<Side, boolean> {
  const any = (h: string) =>
    tables.some((t) => {
      const c = t.headers.indexOf(h);
      return (
        c >= 0 &&
        t.rows.some((r) => typeof r[c] === "number" || /^[1-5]$/.test(String(r[c] ?? "").trim()))
      );
    });
  return { us: any(ITEM_HEADERS.our), them: any(ITEM_HEADERS.their) };
}

export interface RoundToClose {
  /** The cover's assessment date: the date of the round being closed. */
  coverDate: string;
  itemSetVersion: string;
  profile: Profile | null;
  /** Why the profile could not be made (cover and item cells). */
  problems: readonly ReadProblem[];
  history: readonly RoundRecord[];
  historyProblems: readonly ReadProblem[];
  respondents: readonly Respondent[];
  typed: Record<Side, boolean>;
  /** The next round's date (YYYY-MM-DD). */
  date: string;
}

/** The history with the current round appended, or a RoundCloseError naming what is wrong. */
export function closeRound(input: RoundToClose): RoundRecord[] {
  checkNextRoundDate(input.date);
  const { profile } = input;
  if (!profile) return refuseRound(input.problems);
  if (input.historyProblems.length) refuseRound(input.historyProblems);
  if (!input.coverDate)
    throw new RoundCloseError("file", roundsTexts().close.noCoverDate(SHEET_NAMES.cover));
  const where =
    (about: "file" | "date", say: (why: string) => string = (why) => why) =>
    (err: unknown) => {
      if (err instanceof RoundError) throw new RoundCloseError(about, say(err.message));
      throw err;
    };
  try {
    checkHistory(input.history);
  } catch (err) {
    where("file", (why) => roundsTexts().close.inHistory(ROUND_TABLES.history, why))(err);
  }
  const count = (side: Side) =>
    hasRecordedAnswers(input.respondents, side)
      ? input.respondents.filter((r) => r.side === side).length
      : input.typed[side]
        ? 1
        : 0;
  const record = roundRecord({
    date: input.coverDate,
    itemSetVersion: input.itemSetVersion,
    us: profile.us,
    // Their side in our frame, like the Scores sheet's column the history's trend is read against.
    them: profile.them ? swapPerspective(profile.them) : undefined,
    respondents: { us: count("us"), them: count("them") },
    recommendation: recommend(profile),
  });
  let history: RoundRecord[] = [];
  try {
    history = appendRound(input.history, record);
  } catch (err) {
    where("file", roundsTexts().close.inCoverDate)(err);
  }
  try {
    checkRoundDate(history, input.date);
  } catch (err) {
    where("date")(err);
  }
  return history;
}
