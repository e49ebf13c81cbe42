/** The cover's sign-off block (prepared / reviewed / approved), read only when the analyst shares it. */
import type ExcelJS from "exceljs";
import { COVER_PEOPLE, signOffRoles } from "../core/workbook/layout";
import type { SignOff } from "../core/workbook/joint-summary";
import { ourWorksheet, plainValue } from "./read";

/** ISO date from a date cell (Date or serial) or a typed text; null when blank or not a date. */
function isoDate(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === "number" && v > 0 && v < 2958466)
    return new Date(Math.round((v - 25569) * 86400000)).toISOString().slice(0, 10);
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.trim())) return v.trim();
  return null;
}

/** The roles whose name is filled in, with their dates; empty when the cover has none. */
export function readSignOff(wb: ExcelJS.Workbook): SignOff[] {
  const cover = ourWorksheet(wb, "cover");
  if (!cover) return [];
  const out: SignOff[] = [];
  signOffRoles().forEach((role, i) => {
    const row = COVER_PEOPLE.signOffRow + 1 + i;
    const name = plainValue(cover.getCell(`B${row}`).value);
    if (typeof name !== "string" || !name.trim()) return;
    // Cut like an imported note: the cover is the analyst's, but it still goes to another party.
    out.push({
      role,
      name: name.trim().slice(0, 200),
      date: isoDate(plainValue(cover.getCell(`C${row}`).value)),
    });
  });
  return out;
}
