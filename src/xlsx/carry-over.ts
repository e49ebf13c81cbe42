/**
 * What a copy written through exceljs cannot carry over from a user's workbook. exceljs rewrites the
 * whole file: it keeps sheets, cells, styles, tables, validation and range names, but drops charts,
 * pictures, pivot tables, slicers, macros and names that hold a constant or formula. The input is
 * never modified; the CLI says what its copy lacks, so nobody mistakes the copy for the original.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { portTexts } from "../core/texts/parts/port";

/** What a copy can lack, by key: its words (with the count) are the catalogue's. */
type Lost = keyof ReturnType<typeof portTexts>["copy"]["lost"];

/** Sheets exceljs does not read at all, found by their content type (whatever the part is called). */
const SHEET_TYPES: readonly { type: string; what: Lost }[] = [
  { type: "spreadsheetml.chartsheet+xml", what: "chartSheet" },
  { type: "spreadsheetml.dialogsheet+xml", what: "dialogSheet" },
  { type: "ms-excel.macrosheet+xml", what: "macroSheet" },
  { type: "ms-excel.intlmacrosheet+xml", what: "macroSheet" },
];

/** Content types of the package's parts, read with an XML parser (comments and CDATA understood). */
function overrideTypes(xml: string): string[] {
  const types: string[] = [];
  const p = new SaxesParser({ xmlns: false });
  p.on("opentag", (tag) => {
    if (/(^|:)Override$/.test(tag.name)) types.push(String(tag.attributes.ContentType ?? ""));
  });
  try {
    p.write(xml).close();
  } catch {
    // A damaged list names nothing more; the copy is written from what exceljs read.
  }
  return types;
}

const PARTS: readonly { pattern: RegExp; what: Lost }[] = [
  { pattern: /^xl\/charts\/chart\d+\.xml$/, what: "chart" },
  { pattern: /^xl\/pivotTables\/pivotTable\d+\.xml$/, what: "pivotTable" },
  { pattern: /^xl\/media\//, what: "picture" },
  { pattern: /^xl\/slicers\//, what: "slicer" },
  { pattern: /^xl\/vbaProject\.bin$/, what: "macroProject" },
];

// A plain reference ('Sheet'!$A$1 or Sheet!A1:B2), the only kind of defined name exceljs keeps.
const RANGE_NAME =
  /^(?:(?:'(?:[^']|'')+'|[^'!:*?/\\[\]]+)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

/** Human-readable list of what the copy will lack; empty when nothing is lost. */
export async function contentLostInCopy(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const counts = new Map<Lost, number>();
  zip.forEach((name, entry) => {
    if (entry.dir) return;
    const part = PARTS.find((p) => p.pattern.test(name));
    if (part) counts.set(part.what, (counts.get(part.what) ?? 0) + 1);
  });
  for (const type of overrideTypes(
    (await zip.file("[Content_Types].xml")?.async("string")) ?? ""
  )) {
    const sheet = SHEET_TYPES.find((t) => type.toLowerCase().endsWith(t.type.toLowerCase()));
    if (sheet) counts.set(sheet.what, (counts.get(sheet.what) ?? 0) + 1);
  }
  const t = portTexts().copy;
  const lost = [...counts].map(([what, n]) => t.lost[what](n));
  const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
  const names = [...(workbookXml ?? "").matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)]
    .map(([, attrs, body]) => ({
      name: /\bname="([^"]*)"/.exec(attrs)?.[1] ?? "",
      body: body
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&")
        .trim(),
    }))
    // Excel's own print areas/titles (_xlnm.*) are rewritten from the sheets' settings.
    .filter((n) => !n.name.startsWith("_xlnm.") && !RANGE_NAME.test(n.body));
  if (names.length) lost.push(t.definedNames(names.length, names.map((n) => n.name).join(", ")));
  return lost;
}
