/**
 * Reading what an upgrade to the current question set needs from the open workbook, in ONE sync.
 * The open workbook is only read; the new one is built from a plan (src/core/workbook/upgrade).
 */
import { ExchangeError } from "../core/exchange/errors";
import { TABLE_NAMES } from "../core/workbook/names";
import type { CellValue } from "../core/workbook/plan";
import type { UpgradeInput } from "../core/workbook/upgrade";
import { coverOf, itemSetOfCell, loadItemTables, queueCover, queueItemSetVersion } from "./read";

export async function readUpgradeInput(context: Excel.RequestContext): Promise<UpgradeInput> {
  const cover = queueCover(context);
  const interests = [TABLE_NAMES.interestsUs, TABLE_NAMES.interestsThem].map((name) =>
    context.workbook.tables.getItemOrNullObject(name).getDataBodyRange().load("values")
  );
  const version = queueItemSetVersion(context);
  // loadItemTables' one sync fetches everything queued above too.
  const { tables } = await loadItemTables(context);
  const read = coverOf(cover);
  // The new workbook is built from these fields: one that cannot be read is named, not guessed.
  if (read.problems.length) throw new ExchangeError(read.problems);
  const rows = (r: Excel.Range): CellValue[][] | undefined =>
    r.isNullObject ? undefined : (r.values as CellValue[][]);
  return {
    meta: { ...read.meta, ...(read.assessmentId && { assessmentId: read.assessmentId }) },
    fromVersion: itemSetOfCell(version, tables).version,
    tables,
    interests: { us: rows(interests[0]), them: rows(interests[1]) },
  };
}
