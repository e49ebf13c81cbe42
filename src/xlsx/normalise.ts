/**
 * What exceljs reads but cannot write back, made writable before a copy (--out) is written. Workbooks
 * saved by LibreOffice keep their tables without a table style (no <tableStyleInfo>); exceljs reads
 * them and then fails while writing. Each change is named, so the CLI can say on stderr what the copy
 * differs in.
 */
import type ExcelJS from "exceljs";
import { quoteText } from "../core/exchange/quote";
import { portTexts } from "../core/texts/parts/port";

interface TableModelLike {
  name?: string;
  style?: ExcelJS.TableStyleProperties | null;
}

/** The same look as no style at all: no named style, no stripes, no emphasised columns. */
const NO_STYLE = {
  theme: null,
  showFirstColumn: false,
  showLastColumn: false,
  showRowStripes: false,
  showColumnStripes: false,
} as unknown as ExcelJS.TableStyleProperties;

/** Makes `wb` writable by exceljs; returns one sentence per kind of change (empty: none needed). */
export function normaliseForWrite(wb: ExcelJS.Workbook): string[] {
  const unstyled: string[] = [];
  wb.eachSheet((ws) => {
    for (const t of ws.getTables() as unknown as Array<
      { table?: TableModelLike } & TableModelLike
    >) {
      const model = t.table ?? t;
      if (model.style) continue;
      model.style = { ...NO_STYLE };
      unstyled.push(quoteText(model.name ?? "?", 40));
    }
  });
  return unstyled.length
    ? [portTexts().copy.unstyledTables(unstyled.length, unstyled.join(", "))]
    : [];
}
