/**
 * Several returned questionnaires into one workbook (issue 13): each file is one respondent of the
 * other side. Every file passes the same checks as a single import (this assessment, this question
 * set, safe limits) before anything is written; respondents are kept in CF_Responses, sorted by
 * name, so the order of the files never changes the workbook.
 */
import { portTexts } from "../core/texts/parts/port";
import { itemSet } from "../core/method";
import type { Side } from "../core/method/types";
import { ExchangeError, ExchangeFileError } from "../core/exchange/errors";
import {
  disagreements,
  removeRespondent,
  sideRespondents,
  type Disagreement,
  type Respondent,
} from "../core/rounds/respondents";
import {
  mergeRespondents,
  noRespondentsRecorded,
  respondentValueWrites,
  respondentsFromFiles,
  typedColumnClears,
  type ColumnWrite,
  type ReturnedFile,
} from "../core/rounds/import-plan";
import { buildAssessmentPlan } from "../core/workbook/layout";
import { buildRespondentSheets } from "../core/workbook/responses";
import { ROUND_SHEETS } from "../core/workbook/round-names";
import type ExcelJS from "exceljs";
import { type Bytes, loadOurAssessment, readReturnedQuestionnaire } from "./exchange";
import { readItemTables } from "./read";
import { readAnonymity, readRespondents } from "./rounds";
import { replaceSheets, workbookToBuffer, writePlan } from "./write";

export { RESPONDENT_NAMES, TYPED_RESPONDENT } from "../core/rounds/import-plan";

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

/** Each file read as a returned questionnaire; a refusal names the file it is about. */
export async function readReturnedFiles(files: readonly RespondentFile[]): Promise<ReturnedFile[]> {
  const returned: ReturnedFile[] = [];
  for (const f of files) {
    try {
      returned.push({
        returned: await readReturnedQuestionnaire(f.data, f.fileName),
        fileName: f.fileName,
      });
    } catch (err) {
      if (err instanceof ExchangeError || err instanceof ExchangeFileError)
        throw new ExchangeFileError(`${f.fileName}: ${err.message}`);
      throw err;
    }
  }
  return returned;
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
  const items = ourItems(ours.itemSetVersion);
  const returned = await readReturnedFiles(files);
  const incoming = respondentsFromFiles(returned, {
    assessmentId: ours.assessmentId,
    itemSetVersion: ours.itemSetVersion,
    items,
    title: ours.meta.title,
    perspective: ours.meta.perspective,
  });

  const wb = ours.workbook;
  const existing = readRespondents(wb);
  if (existing.problems.length) throw new ExchangeError(existing.problems);
  const tables = readItemTables(wb);
  const merged = mergeRespondents(existing.respondents, incoming, tables);
  const list = merged.respondents;
  const anonymous = readAnonymity(wb);
  const sheets = buildRespondentSheets(list, { anonymous, items });
  // Checked before the first cell changes: sorted item tables are refused.
  const formulas =
    wb.getWorksheet(ROUND_SHEETS.responses) && wb.getWorksheet(ROUND_SHEETS.summary)
      ? []
      : respondentValueWrites(
          buildAssessmentPlan(ours.meta, { respondents: list, anonymous, items }).sheets,
          tables
        );
  // The typed column of each side imported is now carried by the respondents table: clear it.
  writeColumns(wb, typedColumnClears(tables, merged.sides));
  if (formulas.length) {
    writePlan({ sheets, names: [] }, wb);
    // The step sheets' value columns learn to read the respondents (same formulas as a new plan).
    writeColumns(wb, formulas);
  } else replaceSheets(wb, sheets);
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return {
    buffer: await workbookToBuffer(wb),
    respondents: list,
    added: merged.added,
    replaced: merged.replaced,
    disagreements: disagreements(list, { anonymous, items }),
  };
}

/** The released question set our workbook names, or a one-line error naming the known ones. */
function ourItems(version: string) {
  try {
    return itemSet(version);
  } catch (err) {
    throw new ExchangeFileError(portTexts().files.assessmentWorkbooks((err as Error).message));
  }
}

function writeColumns(wb: ExcelJS.Workbook, writes: readonly ColumnWrite[]): void {
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet)!;
    const cells = w.formulas ?? w.values ?? [];
    cells.forEach((v, i) => {
      ws.getCell(w.row + i, w.col).value = w.formulas ? ({ formula: v } as never) : null;
    });
  }
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
  if (!existing.present || !wb.getWorksheet(ROUND_SHEETS.summary)) throw noRespondentsRecorded();
  const list = removeRespondent(existing.respondents, name, side);
  const items = ourItems(ours.itemSetVersion);
  replaceSheets(wb, buildRespondentSheets(list, { anonymous: readAnonymity(wb), items }));
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  const removed = existing.respondents.find((r) => !list.includes(r))!.name;
  return { buffer: await workbookToBuffer(wb), respondents: list, removed };
}
