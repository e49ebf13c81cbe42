/**
 * Closing an assessment round on an .xlsx workbook (issue 13), for `collabfit round` and the pane's
 * preview: the current round goes into CF_History, the copy opens the next round with empty scores
 * (typed and recorded respondents alike) and the cover dated for it, keeping notes, weights,
 * interests and the roadmap. Every check runs before the copy is made; the input is only read.
 */
import { recommend, swapPerspective } from "../core/method";
import type { Side } from "../core/method/types";
import {
  RoundError,
  appendRound,
  checkHistory,
  checkRoundDate,
  hasRecordedAnswers,
  roundRecord,
  validIsoDate,
  type RoundRecord,
} from "../core/rounds";
import { isoToSerial, parseCell } from "../core/workbook/a1";
import { buildHistorySheet } from "../core/workbook/history";
import { buildResultsPlan } from "../core/workbook/layout";
import { ITEM_HEADERS, SHEET_NAMES, DEFINED_NAMES } from "../core/workbook/names";
import { buildRespondentSheets } from "../core/workbook/responses";
import { ROUND_SHEETS } from "../core/workbook/round-names";
import { formatProblem } from "../core/workbook/readback";
import type { ReadProblem } from "../core/workbook/plan";
import { readItemTables } from "./read";
import { readHistory, readRespondents } from "./rounds";
import { loadWorkbook, replaceSheets, workbookToBuffer, writePlan } from "./write";
import { workbookProfile } from "./assessment";

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

function refuse(problems: ReadProblem[]): never {
  const more =
    problems.length > 1
      ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})`
      : "";
  throw new RoundCloseError("file", `${formatProblem(problems[0])}${more}`);
}

export async function closeRoundBuffer(
  data: ArrayBuffer | Buffer,
  date: string
): Promise<{ buffer: Buffer; history: RoundRecord[]; date: string }> {
  if (!validIsoDate(date))
    throw new RoundCloseError(
      "date",
      `${date} is not a date; allowed: YYYY-MM-DD, e.g. 2027-01-15`
    );
  const load = async () => {
    try {
      return await loadWorkbook(data);
    } catch {
      throw new RoundCloseError("file", "not an .xlsx workbook (cannot be opened)");
    }
  };
  const wb = await load();
  const { meta, profile, problems } = workbookProfile(wb);
  if (!profile) refuse(problems);
  const hist = readHistory(wb);
  if (hist.problems.length) refuse(hist.problems);
  if (!meta.date)
    throw new RoundCloseError(
      "file",
      `'${SHEET_NAMES.cover}' has no assessment date; allowed: the date of the round being closed, e.g. 2026-03-31`
    );
  const where = (about: "file" | "date", msg: string) => (err: unknown) => {
    if (err instanceof RoundError) throw new RoundCloseError(about, msg.replace("%s", err.message));
    throw err;
  };
  try {
    checkHistory(hist.history);
  } catch (err) {
    where("file", `table CF_History: %s`)(err);
  }
  const { respondents } = readRespondents(wb);
  const typed = readWorkbookTyped(readItemTables(wb));
  const count = (side: Side) =>
    hasRecordedAnswers(respondents, side)
      ? respondents.filter((r) => r.side === side).length
      : typed[side]
        ? 1
        : 0;
  const versionCell = wb.definedNames.getRanges(DEFINED_NAMES.itemSetVersion)?.ranges?.[0];
  const record = roundRecord({
    date: meta.date,
    itemSetVersion: versionCell ? cellText(wb, versionCell) : "",
    us: profile.us,
    // Their side in our frame, like the Scores sheet's column the history's trend is read against.
    them: profile.them ? swapPerspective(profile.them) : undefined,
    respondents: { us: count("us"), them: count("them") },
    recommendation: recommend(profile),
  });
  let history: RoundRecord[] = [];
  try {
    history = appendRound(hist.history, record);
  } catch (err) {
    where("file", `the cover's assessment date (the round being closed): %s`)(err);
  }
  try {
    checkRoundDate(history, date);
  } catch (err) {
    where("date", `%s`)(err);
  }

  // The next round: a fresh copy of the input; only scores, respondents, history, results and the date change.
  const next = await load();
  for (const t of readItemTables(next)) {
    const ws = next.getWorksheet(t.sheet)!;
    for (const h of [ITEM_HEADERS.our, ITEM_HEADERS.their]) {
      const c = t.headers.indexOf(h);
      if (c < 0) continue;
      const { row, col } = parseCell(t.topLeft);
      t.rows.forEach((_, i) => (ws.getCell(row + 1 + i, col + c).value = null));
    }
  }
  if (next.getWorksheet(ROUND_SHEETS.responses) && next.getWorksheet(ROUND_SHEETS.summary))
    replaceSheets(next, buildRespondentSheets([]));
  if (next.getWorksheet(ROUND_SHEETS.history)) replaceSheets(next, [buildHistorySheet(history)]);
  else writePlan({ sheets: [buildHistorySheet(history)], names: [] }, next);
  if (next.getWorksheet(SHEET_NAMES.results)) replaceSheets(next, [buildResultsPlan(null)]);
  const dateCell = next.definedNames.getRanges(DEFINED_NAMES.date)?.ranges?.[0];
  const at = dateCell ? /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(dateCell) : null;
  if (at)
    next.getWorksheet(at[1].replace(/''/g, "'"))!.getCell(`${at[2]}${at[3]}`).value =
      isoToSerial(date);
  next.calcProperties = { ...next.calcProperties, fullCalcOnLoad: true };
  return { buffer: await workbookToBuffer(next), history, date };
}

/** Whether each side typed any score in its column (one respondent when it did). */
function readWorkbookTyped(
  tables: { headers: string[]; rows: unknown[][] }[]
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

function cellText(wb: import("exceljs").Workbook, ref: string): string {
  const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  const v = m ? wb.getWorksheet(m[1].replace(/''/g, "'"))?.getCell(`${m[2]}${m[3]}`).value : null;
  return v === null || v === undefined ? "" : String(v).trim();
}
