/**
 * Respondents (CF_Responses) and closed rounds (CF_History) from a table's cell values, for both
 * adapters (exceljs and Office.js read the cells; this decides what they mean). Every value that
 * cannot be used is a problem naming its sheet and cell, never a guess.
 */
import { DIMENSION_KEYS, ITEMS } from "../method";
import type { AssessmentItem, ItemAnswers, Side } from "../method/types";
import { cellAddress, parseCell, serialToIso } from "../workbook/a1";
import { ITEM_HEADERS, itemHeaderKey } from "../workbook/names";
import {
  HISTORY_KEYS,
  historyHeader,
  historyHeaderKey,
  historyScoreKey,
  modelFromText,
  regimeFromText,
  regimeTexts,
  type HistoryKey,
} from "../workbook/history";
import type { ReadProblem } from "../workbook/plan";
import {
  RESPONSE_HEADERS,
  ROUND_TABLES,
  SIDE_TEXT,
  responseHeaderKey,
  sideOfText,
} from "../workbook/round-names";
import { parseScore, allowedScoresText, scoreProblemText } from "../workbook/readback";
import { problemsTexts } from "../texts/parts/problems";
import { hasRecordedAnswers, sideAnswers, type Respondent } from "./respondents";
import { validIsoDate, type RoundRecord, type SideRecord } from "./history";

/** One table's cells as an adapter read them (plain values: text, numbers, booleans, null). */
export interface TableCells {
  sheet: string;
  headers: string[];
  /** Sheet row (1-based) of the header; body rows follow. */
  headerRow: number;
  /** Sheet column (1-based) of the table's first column. */
  firstCol: number;
  /** Body rows (no totals row). */
  rows: unknown[][];
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

/** A Side cell in any language we ship (or the side's key), any case. */
function sideOf(v: unknown): Side | null {
  const t = text(v).toLowerCase();
  return sideOfText(t) ?? (["us", "them"] as Side[]).find((s) => s === t) ?? null;
}

/** Respondents with their answers, from CF_Responses (and roles from CF_Respondents); [] when absent. */
export function parseResponses(t: TableCells | null): {
  respondents: Respondent[];
  problems: ReadProblem[];
  present: boolean;
} {
  if (!t) return { respondents: [], problems: [], present: false };
  const problems: ReadProblem[] = [];
  // Columns by key: a header in any language we ship counts.
  const keys = t.headers.map(responseHeaderKey);
  const at = (k: keyof typeof RESPONSE_HEADERS) => {
    const i = keys.indexOf(k);
    const h = RESPONSE_HEADERS[k];
    if (i < 0) {
      problems.push({
        sheet: t.sheet,
        cell: cellAddress(t.firstCol, t.headerRow),
        message: problemsTexts().responses.noColumn(ROUND_TABLES.responses, h),
      });
    }
    return t.firstCol + i;
  };
  const cols = {
    side: at("side"),
    name: at("respondent"),
    role: at("role"),
    org: at("organisation"),
    id: at("id"),
    score: at("score"),
  };
  if (problems.length) return { respondents: [], problems, present: true };
  const byKey = new Map<string, Respondent>();
  const say = problemsTexts().responses;
  for (let r = t.headerRow + 1; r <= t.headerRow + t.rows.length; r++) {
    const get = (c: number) => t.rows[r - t.headerRow - 1][c - t.firstCol];
    const name = text(get(cols.name));
    const id = text(get(cols.id));
    const rawSide = get(cols.side);
    if (!name && !id && text(rawSide) === "") continue; // an empty row (the table's placeholder)
    const side = sideOf(rawSide);
    if (!side) {
      problems.push({
        sheet: t.sheet,
        cell: cellAddress(cols.side, r),
        value: rawSide,
        message: say.side(text(rawSide), SIDE_TEXT.us, SIDE_TEXT.them),
      });
      continue;
    }
    if (!name) {
      problems.push({
        sheet: t.sheet,
        cell: cellAddress(cols.name, r),
        message: say.noName,
      });
      continue;
    }
    const parsed = parseScore(get(cols.score));
    if (!parsed.ok) {
      problems.push({
        sheet: t.sheet,
        cell: cellAddress(cols.score, r),
        value: get(cols.score),
        message: say.score(name, id, scoreProblemText(parsed.problem), allowedScoresText()),
      });
      continue;
    }
    const key = `${side}:${name.toLocaleLowerCase()}`;
    let person = byKey.get(key);
    if (!person) {
      person = { name, side, answers: {} as ItemAnswers };
      const role = text(get(cols.role));
      const org = text(get(cols.org));
      if (role) person.role = role;
      if (org) person.organisation = org;
      byKey.set(key, person);
    }
    if (id in person.answers) {
      problems.push({
        sheet: t.sheet,
        cell: cellAddress(cols.id, r),
        value: id,
        message: say.twice(id, name),
      });
      continue;
    }
    person.answers[id] = parsed.score;
  }
  return { respondents: [...byKey.values()], problems, present: true };
}

function isoOf(v: unknown): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "number" && Number.isFinite(v)) return serialToIso(v);
  const t = text(v);
  return validIsoDate(t) ? t : null;
}

/** Closed rounds from CF_History, oldest first as stored; [] when the workbook has none. */
export function parseHistory(t: TableCells | null): {
  history: RoundRecord[];
  problems: ReadProblem[];
} {
  if (!t) return { history: [], problems: [] };
  const problems: ReadProblem[] = [];
  // Columns by key: a header in any language we ship counts (older English workbooks too).
  const keys = t.headers.map(historyHeaderKey);
  const missing = HISTORY_KEYS.filter((k) => !keys.includes(k));
  if (missing.length)
    return {
      history: [],
      problems: [
        {
          sheet: t.sheet,
          cell: cellAddress(t.firstCol, t.headerRow),
          message: problemsTexts().history.noColumn(
            ROUND_TABLES.history,
            historyHeader(missing[0])
          ),
        },
      ],
    };
  const history: RoundRecord[] = [];
  const say = problemsTexts().history;
  for (let r = t.headerRow + 1; r <= t.headerRow + t.rows.length; r++) {
    const cell = (k: HistoryKey) => ({
      col: t.firstCol + keys.indexOf(k),
      value: t.rows[r - t.headerRow - 1][keys.indexOf(k)],
    });
    const bad = (h: HistoryKey, message: string) => {
      const c = cell(h);
      problems.push({ sheet: t.sheet, cell: cellAddress(c.col, r), value: c.value, message });
    };
    const date = isoOf(cell("date").value);
    if (!date) {
      bad("date", say.date(JSON.stringify(cell("date").value)));
      continue;
    }
    const num = (k: HistoryKey): number | null => {
      const v = cell(k).value;
      if (v === null || v === "") return null;
      const n = typeof v === "number" ? v : Number(String(v));
      if (Number.isFinite(n)) return n;
      // The header as the table has it (the language it was written in).
      bad(k, say.number(text(t.headers[keys.indexOf(k)]), JSON.stringify(v)));
      return null;
    };
    const target = modelFromText(text(cell("targetModel").value));
    const start = modelFromText(text(cell("startModel").value));
    const regime = regimeFromText(text(cell("powerRegime").value));
    if (!target) bad("targetModel", say.targetModel(text(cell("targetModel").value)));
    if (!start) bad("startModel", say.startModel(text(cell("startModel").value)));
    if (!regime)
      bad("powerRegime", say.regime(text(cell("powerRegime").value), regimeTexts().join(", ")));
    const side = (s: Side): SideRecord => {
      const out = {} as SideRecord;
      for (const k of DIMENSION_KEYS) out[k] = num(historyScoreKey(s, k));
      return out;
    };
    const rec: RoundRecord = {
      date,
      itemSetVersion: text(cell("questionSet").value),
      us: side("us"),
      them: side("them"),
      respondents: { us: num("ourRespondents") ?? 0, them: num("theirRespondents") ?? 0 },
      targetModel: target ?? "transactional",
      startModel: start ?? "transactional",
      trustGap: num("trustGap") ?? 0,
      powerRegime: regime ?? "balanced",
    };
    history.push(rec);
  }
  return { history, problems };
}

/**
 * A side with recorded respondents takes its answers from their means; a score typed in that side's
 * column as well would be silently ignored by the sheet's formulas, so it is reported instead.
 */
export function applyRespondents(
  read: { us: ItemAnswers; them: ItemAnswers; problems: ReadProblem[] },
  tables: readonly { sheet: string; topLeft: string; headers: string[]; rows: unknown[][] }[],
  respondents: readonly Respondent[],
  items: readonly AssessmentItem[] = ITEMS
): void {
  for (const side of ["us", "them"] as Side[]) {
    if (!hasRecordedAnswers(respondents, side)) continue;
    const key = side === "us" ? "our" : "their";
    const header = ITEM_HEADERS[key];
    for (const t of tables) {
      const keys = t.headers.map(itemHeaderKey);
      const c = keys.indexOf(key);
      const idCol = keys.indexOf("id");
      if (c < 0) continue;
      t.rows.forEach((row, i) => {
        const v = row[c];
        if (v === null || v === undefined || String(v).trim() === "") return;
        const top = parseCell(t.topLeft);
        read.problems.push({
          sheet: t.sheet,
          cell: cellAddress(top.col + c, top.row + 1 + i),
          value: v,
          message: problemsTexts().responses.typedBesideRespondents(
            String(row[idCol]),
            side === "us",
            ROUND_TABLES.responses,
            header
          ),
        });
      });
    }
    read[side] = sideAnswers(respondents, side, items);
  }
}
