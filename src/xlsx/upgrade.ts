/** A workbook moved to the current question set, as a NEW .xlsx (the CLI and the preview pane). */
import type ExcelJS from "exceljs";
import { portTexts } from "../core/texts/parts/port";
import { ITEM_SET_VERSION } from "../core/method";
import { LAYOUT } from "../core/workbook/layout";
import { SHEET_NAMES, TABLE_NAMES } from "../core/workbook/names";
import { formatProblem } from "../core/workbook/readback";
import type { CellValue } from "../core/workbook/plan";
import { buildUpgradePlan, type UpgradeOutcome } from "../core/workbook/upgrade";
import { readWorkbookAssessment } from "./assessment";
import { readItemTables } from "./read";
import { planToBuffer } from "./write";

/** The rows of one of our free-text tables (interests), or undefined when it is not there. */
function tableRows(wb: ExcelJS.Workbook, name: string): CellValue[][] | undefined {
  return readItemTables(wb, (n) => n === name)[0]?.rows as CellValue[][] | undefined;
}

/**
 * The upgraded workbook's bytes and what must be answered again. Throws with the workbook's own
 * problems (an unknown question set, a broken cover) before anything is built.
 */
export async function upgradeWorkbook(
  wb: ExcelJS.Workbook
): Promise<Omit<UpgradeOutcome, "plan"> & { buffer: Buffer }> {
  const { meta, itemSetVersion, problems } = readWorkbookAssessment(wb);
  // An unknown set cannot be moved; a cell that cannot be read is simply not carried over.
  if (!itemSetVersion) throw new Error(formatProblem(problems[problems.length - 1]));
  if (itemSetVersion === ITEM_SET_VERSION) {
    throw new Error(
      formatProblem({
        sheet: SHEET_NAMES.cover,
        cell: LAYOUT.cover.itemSetVersion,
        message: portTexts().problems.upToDate(ITEM_SET_VERSION),
      })
    );
  }
  const outcome = buildUpgradePlan({
    meta,
    fromVersion: itemSetVersion,
    tables: readItemTables(wb),
    interests: {
      us: tableRows(wb, TABLE_NAMES.interestsUs),
      them: tableRows(wb, TABLE_NAMES.interestsThem),
    },
  });
  return {
    buffer: await planToBuffer(outcome.plan),
    upgrade: outcome.upgrade,
    toAnswer: outcome.toAnswer,
  };
}
