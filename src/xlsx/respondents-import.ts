/**
 * Several returned questionnaires into one workbook (issue 13): each file is one respondent of the
 * other side. Every file passes the same checks as a single import (this assessment, this question
 * set, safe limits) before anything is written; respondents are kept in CF_Responses, sorted by
 * name, so the order of the files never changes the workbook.
 */
import { validateReturned } from "../core/exchange/answers";
import { ExchangeError, ExchangeFileError } from "../core/exchange/errors";
import type { ItemAnswers, Side } from "../core/method/types";
import { respondentSide } from "../core/rounds/colleague";
import {
  SIDES,
  checkRespondents,
  disagreements,
  RespondentError,
  hasRecordedAnswers,
  removeRespondent,
  sameRespondent,
  sideRespondents,
  typedAsRespondent,
  upsertRespondent,
  type Disagreement,
  type Respondent,
} from "../core/rounds/respondents";
import { parseCell } from "../core/workbook/a1";
import { buildAssessmentPlan } from "../core/workbook/layout";
import { ITEM_HEADERS, isItemTable } from "../core/workbook/names";
import { buildRespondentSheets } from "../core/workbook/responses";
import { ROUND_SHEETS } from "../core/workbook/round-names";
import { type Bytes, loadOurAssessment, readReturnedQuestionnaire } from "./exchange";
import { readItemTables } from "./read";
import { readAnonymity, readRespondents } from "./rounds";
import { replaceSheets, workbookToBuffer, writePlan } from "./write";

/** Respondent cells a questionnaire may carry (added to the questionnaire by the exchange work). */
export const RESPONDENT_NAMES = {
  name: "CF_RespondentName",
  role: "CF_RespondentRole",
  organisation: "CF_RespondentOrg",
} as const;

/** Name given to answers typed in a side's column when that side switches to respondents. */
export const TYPED_RESPONDENT = "Typed answers";

export interface RespondentFile {
  data: Bytes;
  /** The file's name as given (names the respondent when the file has no respondent name). */
  fileName: string;
}

export interface RespondentImport {
  buffer: Buffer;
  respondents: Respondent[];
  added: string[];
  replaced: string[];
  disagreements: Disagreement[];
}

function cellText(v: unknown): string {
  return typeof v === "string" || typeof v === "number" ? String(v).trim() : "";
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.xlsx$/i, "").trim();
}

/**
 * Each file lands on the side it was made for: the other party's questionnaire on theirs, a
 * colleague's (`questionnaire --side us`, checked by rounds/colleague) on ours.
 */
export async function importRespondentsBuffer(
  ourData: Bytes,
  files: readonly RespondentFile[]
): Promise<RespondentImport> {
  const ours = await loadOurAssessment(ourData);
  const incoming: Array<Respondent & { fileName: string }> = [];
  for (const f of files) {
    let returned: Awaited<ReturnType<typeof readReturnedQuestionnaire>>;
    let validated: ReturnType<typeof validateReturned>;
    try {
      returned = await readReturnedQuestionnaire(f.data, f.fileName);
      validated = validateReturned(returned, {
        assessmentId: ours.assessmentId,
        itemSetVersion: ours.itemSetVersion,
      });
    } catch (err) {
      // Several files: the refusal names the one it is about.
      if (err instanceof ExchangeError || err instanceof ExchangeFileError)
        throw new ExchangeFileError(`${f.fileName}: ${err.message}`);
      throw err;
    }
    const named = (n: string) => cellText(returned.names[n]?.value);
    const name = named(RESPONDENT_NAMES.name) || baseName(f.fileName);
    const side = respondentSide(
      returned,
      { ...ours.meta, assessmentId: ours.assessmentId },
      f.fileName
    );
    const r: Respondent & { fileName: string } = {
      name,
      side,
      answers: { ...validated.answers },
      fileName: f.fileName,
    };
    const role = named(RESPONDENT_NAMES.role);
    const org = named(RESPONDENT_NAMES.organisation);
    if (role) r.role = role;
    if (org) r.organisation = org;
    const twin = incoming.find((x) => sameRespondent(x, r));
    if (twin)
      throw new ExchangeFileError(
        `respondent "${name}" comes from both ${twin.fileName} and ${f.fileName}; allowed: each respondent once per import`
      );
    incoming.push(r);
  }

  const wb = ours.workbook;
  const existing = readRespondents(wb);
  if (existing.problems.length) throw new ExchangeError(existing.problems);
  let list: Respondent[] = existing.respondents;
  const tables = readItemTables(wb);
  const sides = SIDES.filter((s) => incoming.some((r) => r.side === s));
  const header = (side: Side) => (side === "us" ? ITEM_HEADERS.our : ITEM_HEADERS.their);
  // Typed answers of a side become a respondent the first time it switches, so nothing is lost.
  for (const side of sides) {
    if (hasRecordedAnswers(list, side)) continue;
    const typed: ItemAnswers = {};
    for (const t of tables) {
      const id = t.headers.indexOf(ITEM_HEADERS.id);
      const c = t.headers.indexOf(header(side));
      for (const row of t.rows) {
        const v = row[c];
        const n =
          typeof v === "number" ? v : /^[1-5]$/.test(cellText(v)) ? Number(cellText(v)) : null;
        typed[String(row[id])] = n;
      }
    }
    const person = typedAsRespondent(typed, side, TYPED_RESPONDENT);
    if (person) list = upsertRespondent(list, person);
  }
  const added: string[] = [];
  const replaced: string[] = [];
  for (const r of incoming) {
    (list.some((x) => sameRespondent(x, r)) ? replaced : added).push(r.name);
    const { fileName: _file, ...person } = r;
    void _file;
    list = upsertRespondent(list, person);
  }
  checkRespondents(list);

  // The typed column of each side imported is now carried by the respondents table: clear it.
  for (const side of sides)
    for (const t of tables) {
      const ws = wb.getWorksheet(t.sheet)!;
      const c = t.headers.indexOf(header(side));
      const { row, col } = parseCell(t.topLeft);
      t.rows.forEach((_, i) => (ws.getCell(row + 1 + i, col + c).value = null));
    }
  const anonymous = readAnonymity(wb);
  const sheets = buildRespondentSheets(list, { anonymous });
  if (wb.getWorksheet(ROUND_SHEETS.responses) && wb.getWorksheet(ROUND_SHEETS.summary)) {
    replaceSheets(wb, sheets);
  } else {
    writePlan({ sheets, names: [] }, wb);
    // The step sheets' value columns learn to read the respondents (same formulas as a new plan).
    const plan = buildAssessmentPlan(ours.meta, { respondents: list, anonymous });
    for (const s of plan.sheets)
      for (const t of s.tables ?? []) {
        if (!isItemTable(t.name)) continue;
        const have = tables.find((x) => x.tableName === t.name);
        const ws = wb.getWorksheet(s.name);
        if (!have || !ws) continue;
        const { row, col } = parseCell(have.topLeft);
        const idCol = have.headers.indexOf(ITEM_HEADERS.id);
        for (const h of [ITEM_HEADERS.ourValue, ITEM_HEADERS.theirValue]) {
          const c = have.headers.indexOf(h);
          const f = t.formulaColumns?.[h];
          if (c < 0 || !f) continue;
          have.rows.forEach((r, i) => {
            // The formulas address rows by position: the table must be in the order it was made in.
            if (t.rows[i]?.[0] !== r[idCol])
              throw new ExchangeFileError(
                `the rows of table ${t.name} on '${s.name}' were moved or sorted (row ${row + 1 + i} holds ${String(r[idCol])}); allowed: the item order as CollabFit wrote it`
              );
            ws.getCell(row + 1 + i, col + c).value = { formula: f(i) } as never;
          });
        }
      }
  }
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return {
    buffer: await workbookToBuffer(wb),
    respondents: list,
    added,
    replaced,
    disagreements: disagreements(list, { anonymous }),
  };
}

export { sideRespondents };

/** A copy of our workbook without one respondent (by name, either side); unknown names are refused. */
export async function removeRespondentBuffer(
  ourData: Bytes,
  name: string,
  /** Only on this side (the pane knows it); the CLI's --remove NAME looks on both. */
  side?: Side
): Promise<{ buffer: Buffer; respondents: Respondent[]; removed: string }> {
  const ours = await loadOurAssessment(ourData);
  const wb = ours.workbook;
  const existing = readRespondents(wb);
  if (existing.problems.length) throw new ExchangeError(existing.problems);
  if (!existing.present || !wb.getWorksheet(ROUND_SHEETS.summary))
    throw new RespondentError(
      `no respondents are recorded in this workbook (no ${ROUND_SHEETS.responses} sheet); allowed: --remove after importing several questionnaires`
    );
  const list = removeRespondent(existing.respondents, name, side);
  replaceSheets(wb, buildRespondentSheets(list, { anonymous: readAnonymity(wb) }));
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  const removed = existing.respondents.find((r) => !list.includes(r))!.name;
  return { buffer: await workbookToBuffer(wb), respondents: list, removed };
}
