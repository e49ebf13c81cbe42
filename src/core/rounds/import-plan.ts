/**
 * What importing respondents' questionnaires (or removing one) changes, decided once for both
 * adapters (exceljs in src/xlsx, Office.js in src/excel): every file is checked, the respondents are
 * merged, and the cells to write are listed before either adapter writes anything. Pure.
 */
import { validateReturned, type ReturnedWorkbook } from "../exchange/answers";
import { ExchangeError, ExchangeFileError } from "../exchange/errors";
import type { AssessmentItem, ItemAnswers, Side } from "../method/types";
import { parseCell } from "../workbook/a1";
import { ITEM_HEADERS, isItemTable } from "../workbook/names";
import type { ItemTableValues, SheetPlan } from "../workbook/plan";
import { ROUND_SHEETS } from "../workbook/round-names";
import { respondentSide, type OurSideFacts } from "./colleague";
import {
  RespondentError,
  SIDES,
  checkRespondents,
  hasRecordedAnswers,
  sameRespondent,
  typedAsRespondent,
  upsertRespondent,
  type Respondent,
} from "./respondents";
import { roundsTexts } from "../texts/parts/rounds";

/** Respondent cells a questionnaire may carry (added to the questionnaire by the exchange work). */
export const RESPONDENT_NAMES = {
  name: "CF_RespondentName",
  role: "CF_RespondentRole",
  organisation: "CF_RespondentOrg",
} as const;

/** Name given to answers typed in a side's column when that side switches to respondents. */
export const TYPED_RESPONDENT = "Typed answers";

/** Our workbook's facts a returned questionnaire is checked against. */
export interface OurFacts extends OurSideFacts {
  itemSetVersion: string;
  /** The workbook's own question set (not the default one). */
  items: readonly AssessmentItem[];
}

export interface ReturnedFile {
  returned: ReturnedWorkbook;
  /** The file's name as given (names the respondent when the file has no respondent name). */
  fileName: string;
}

export type IncomingRespondent = Respondent & { fileName: string };

function cellText(v: unknown): string {
  return typeof v === "string" || typeof v === "number" ? String(v).trim() : "";
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.xlsx$/i, "").trim();
}

/**
 * Each file checked as a single import is (this assessment, this question set, safe limits) and
 * turned into a respondent on the side it was made for; a name twice in one import is refused.
 */
export function respondentsFromFiles(
  files: readonly ReturnedFile[],
  ours: OurFacts
): IncomingRespondent[] {
  const incoming: IncomingRespondent[] = [];
  for (const { returned, fileName } of files) {
    let validated: ReturnType<typeof validateReturned>;
    try {
      validated = validateReturned(returned, {
        assessmentId: ours.assessmentId,
        itemSetVersion: ours.itemSetVersion,
        items: ours.items,
      });
    } catch (err) {
      // Several files: the refusal names the one it is about.
      if (err instanceof ExchangeError || err instanceof ExchangeFileError)
        throw new ExchangeFileError(roundsTexts().import.inFile(fileName, err.message));
      throw err;
    }
    const named = (n: string) => cellText(returned.names[n]?.value);
    const name = named(RESPONDENT_NAMES.name) || baseName(fileName);
    const side = respondentSide(returned, ours, fileName);
    const r: IncomingRespondent = { name, side, answers: { ...validated.answers }, fileName };
    const role = named(RESPONDENT_NAMES.role);
    const org = named(RESPONDENT_NAMES.organisation);
    if (role) r.role = role;
    if (org) r.organisation = org;
    const twin = incoming.find((x) => sameRespondent(x, r));
    if (twin)
      throw new ExchangeFileError(roundsTexts().import.twice(name, twin.fileName, fileName));
    incoming.push(r);
  }
  return incoming;
}

const typedHeader = (side: Side) => (side === "us" ? ITEM_HEADERS.our : ITEM_HEADERS.their);

/** The scores typed in one side's column of the item tables (item id -> 1-5 or null). */
export function typedAnswers(tables: readonly ItemTableValues[], side: Side): ItemAnswers {
  const typed: ItemAnswers = {};
  for (const t of tables) {
    const id = t.headers.indexOf(ITEM_HEADERS.id);
    const c = t.headers.indexOf(typedHeader(side));
    if (id < 0 || c < 0) continue;
    for (const row of t.rows) {
      const v = row[c];
      typed[String(row[id])] =
        typeof v === "number" ? v : /^[1-5]$/.test(cellText(v)) ? Number(cellText(v)) : null;
    }
  }
  return typed;
}

export interface MergedRespondents {
  respondents: Respondent[];
  added: string[];
  replaced: string[];
  /** Sides that received respondents: their typed columns are now carried by CF_Responses. */
  sides: Side[];
}

/**
 * The recorded respondents with the incoming ones added or replacing the same name. Typed answers
 * of a side become a respondent the first time it switches, so nothing typed is lost.
 */
export function mergeRespondents(
  existing: readonly Respondent[],
  incoming: readonly IncomingRespondent[],
  tables: readonly ItemTableValues[]
): MergedRespondents {
  let list: Respondent[] = [...existing];
  const sides = SIDES.filter((s) => incoming.some((r) => r.side === s));
  for (const side of sides) {
    if (hasRecordedAnswers(list, side)) continue;
    const person = typedAsRespondent(typedAnswers(tables, side), side, TYPED_RESPONDENT);
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
  return { respondents: list, added, replaced, sides };
}

/** One column of an item table's body to write: values, or formulas (text without "="). */
export interface ColumnWrite {
  sheet: string;
  /** Sheet row and column (1-based) of the column's first body cell. */
  row: number;
  col: number;
  values?: null[];
  formulas?: string[];
}

/** The typed score columns of `sides`, emptied (the respondents table now carries them). */
export function typedColumnClears(
  tables: readonly ItemTableValues[],
  sides: readonly Side[]
): ColumnWrite[] {
  return sides.flatMap((side) =>
    tables.flatMap((t) => {
      const c = t.headers.indexOf(typedHeader(side));
      if (c < 0 || !t.rows.length) return [];
      const { row, col } = parseCell(t.topLeft);
      return [{ sheet: t.sheet, row: row + 1, col: col + c, values: t.rows.map(() => null) }];
    })
  );
}

/**
 * The step sheets' Our value / Their value formulas that read the respondents (as a new plan writes
 * them, `planSheets` from buildAssessmentPlan with respondents). The formulas address rows by
 * position: a table whose rows were moved or sorted is refused, naming the first row out of place.
 */
export function respondentValueWrites(
  planSheets: readonly SheetPlan[],
  tables: readonly ItemTableValues[]
): ColumnWrite[] {
  const out: ColumnWrite[] = [];
  for (const s of planSheets)
    for (const t of s.tables ?? []) {
      if (!isItemTable(t.name)) continue;
      const have = tables.find((x) => x.tableName === t.name);
      if (!have) continue;
      const { row, col } = parseCell(have.topLeft);
      const idCol = have.headers.indexOf(ITEM_HEADERS.id);
      have.rows.forEach((r, i) => {
        if (t.rows[i]?.[0] !== r[idCol])
          throw new ExchangeFileError(
            roundsTexts().import.rowsMoved(t.name, have.sheet, row + 1 + i, String(r[idCol]))
          );
      });
      for (const h of [ITEM_HEADERS.ourValue, ITEM_HEADERS.theirValue]) {
        const c = have.headers.indexOf(h);
        const f = t.formulaColumns?.[h];
        if (c < 0 || !f || !have.rows.length) continue;
        out.push({
          sheet: have.sheet,
          row: row + 1,
          col: col + c,
          formulas: have.rows.map((_, i) => f(i)),
        });
      }
    }
  return out;
}

/** Refusal when there is nobody to remove (the workbook has no respondents table). */
export function noRespondentsRecorded(): RespondentError {
  return new RespondentError(roundsTexts().respondents.noTable(ROUND_SHEETS.responses));
}
