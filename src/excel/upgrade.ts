/**
 * Reading what an upgrade to the current question set needs from the open workbook, in ONE sync.
 * The open workbook is only read; the new one is built from a plan (src/core/workbook/upgrade).
 */
import { DEFAULT_PERSPECTIVE } from "../core/method";
import { serialToIso } from "../core/workbook/a1";
import { DEFINED_NAMES, TABLE_NAMES } from "../core/workbook/names";
import type { CellValue } from "../core/workbook/plan";
import { coverPerspective, coverProfitImpact, coverText as text } from "../core/workbook/readback";
import type { UpgradeInput } from "../core/workbook/upgrade";
import { itemSetOfCell, loadItemTables, queueItemSetVersion } from "./read";

const COVER = {
  title: DEFINED_NAMES.title,
  us: DEFINED_NAMES.ourOrg,
  them: DEFINED_NAMES.otherParty,
  perspective: DEFINED_NAMES.perspective,
  date: DEFINED_NAMES.date,
  assessors: DEFINED_NAMES.assessors,
  contacts: DEFINED_NAMES.contacts,
  confidentiality: DEFINED_NAMES.confidentiality,
  assessmentId: DEFINED_NAMES.assessmentId,
  profitImpact: DEFINED_NAMES.profitImpact,
} as const;

export async function readUpgradeInput(context: Excel.RequestContext): Promise<UpgradeInput> {
  const cover = Object.fromEntries(
    Object.entries(COVER).map(([key, name]) => [
      key,
      context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject().load("values"),
    ])
  ) as Record<keyof typeof COVER, Excel.Range>;
  const interests = [TABLE_NAMES.interestsUs, TABLE_NAMES.interestsThem].map((name) =>
    context.workbook.tables.getItemOrNullObject(name).getDataBodyRange().load("values")
  );
  const version = queueItemSetVersion(context);
  // loadItemTables' one sync fetches everything queued above too.
  const { tables } = await loadItemTables(context);
  const value = (r: Excel.Range): unknown => (r.isNullObject ? null : (r.values?.[0]?.[0] ?? null));
  const rawDate = value(cover.date);
  const id = text(value(cover.assessmentId));
  const profitImpact = coverProfitImpact(value(cover.profitImpact));
  const rows = (r: Excel.Range): CellValue[][] | undefined =>
    r.isNullObject ? undefined : (r.values as CellValue[][]);
  return {
    meta: {
      title: text(value(cover.title)),
      us: text(value(cover.us)),
      them: text(value(cover.them)),
      perspective: coverPerspective(value(cover.perspective)) ?? DEFAULT_PERSPECTIVE,
      date: typeof rawDate === "number" ? serialToIso(rawDate) : text(rawDate),
      assessors: text(value(cover.assessors)),
      contacts: text(value(cover.contacts)),
      confidentiality: text(value(cover.confidentiality)) || undefined,
      ...(id && { assessmentId: id }),
      ...(typeof profitImpact === "number" && { profitImpact }),
    },
    fromVersion: itemSetOfCell(version, tables).version,
    tables,
    interests: { us: rows(interests[0]), them: rows(interests[1]) },
  };
}
