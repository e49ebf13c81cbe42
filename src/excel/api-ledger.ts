/**
 * Every Office.js member the adapters (src/excel, src/taskpane/excel-port.ts) use, with the ExcelApi
 * requirement set Microsoft documents for it. The pane's start-up check and the README's floor are
 * derived from this one table; test/unit/excel/api-ledger.test.ts runs the adapters on a stand-in
 * that refuses any member missing here, and checks each version against @types/office-js.
 *
 * Decision (issue 10): the floor is raised to ExcelApi 1.13 for Table.resize rather than refreshing
 * the roadmap table some other way. Office 2021 and later (1.14+), Microsoft 365 and Excel on the web
 * all have it; Office 2016/2019 stop at 1.1/1.8 and were already below the former 1.9 floor.
 */

/** What a user loses when a set is missing, in words for the start-up message. */
export type ApiFeature =
  | "sheets, cells and formats"
  | "tables"
  | "charts"
  | "defined names"
  | "conditional formats"
  | "data validation"
  | "opening the questionnaire as a new workbook"
  | "sheet protection"
  | "print settings"
  | "frozen headers, tab colours and links"
  | "refreshing the roadmap table in place"
  | "cell comments"
  | "cell notes";

export interface LedgerEntry {
  /** ExcelApi version, "1.13". */
  version: string;
  feature: ApiFeature;
  /** Used only after a runtime isSetSupported check; does not raise the floor. */
  optional?: true;
}

const e = (version: string, feature: ApiFeature, optional?: true): LedgerEntry =>
  optional ? { version, feature, optional } : { version, feature };

const CELLS: ApiFeature = "sheets, cells and formats";
const TABLES: ApiFeature = "tables";
const NAMES: ApiFeature = "defined names";
const CF: ApiFeature = "conditional formats";
const DV: ApiFeature = "data validation";
const LOOK: ApiFeature = "frozen headers, tab colours and links";

export const EXCEL_API_LEDGER: Readonly<Record<string, LedgerEntry>> = {
  "Application.suspendApiCalculationUntilNextSync": e("1.6", CELLS),
  "Workbook.worksheets": e("1.1", CELLS),
  "Workbook.tables": e("1.1", TABLES),
  "Workbook.names": e("1.1", NAMES),
  "Workbook.comments": e("1.10", "cell comments"),
  "WorksheetCollection.add": e("1.1", CELLS),
  "WorksheetCollection.getItem": e("1.1", CELLS),
  "WorksheetCollection.getItemOrNullObject": e("1.4", CELLS),
  "Worksheet.name": e("1.1", CELLS),
  "Worksheet.getRange": e("1.1", CELLS),
  "Worksheet.activate": e("1.1", CELLS),
  "Worksheet.delete": e("1.1", CELLS),
  "Worksheet.tables": e("1.1", TABLES),
  "Worksheet.charts": e("1.1", "charts"),
  "Worksheet.tabColor": e("1.7", LOOK),
  "Worksheet.freezePanes": e("1.7", LOOK),
  "Worksheet.pageLayout": e("1.9", "print settings"),
  "Worksheet.protection": e("1.2", "sheet protection"),
  "Worksheet.notes": e("1.18", "cell notes", true),
  "WorksheetFreezePanes.freezeAt": e("1.7", LOOK),
  "WorksheetFreezePanes.freezeRows": e("1.7", LOOK),
  "WorksheetFreezePanes.freezeColumns": e("1.7", LOOK),
  // protect/unprotect with a password: 1.7.
  "WorksheetProtection.protect": e("1.7", "sheet protection"),
  "WorksheetProtection.unprotect": e("1.7", "sheet protection"),
  "PageLayout.orientation": e("1.9", "print settings"),
  "PageLayout.zoom": e("1.9", "print settings"),
  "PageLayout.setPrintTitleRows": e("1.9", "print settings"),
  "PageLayout.setPrintTitleColumns": e("1.9", "print settings"),
  "PageLayout.setPrintArea": e("1.9", "print settings"),
  "PageLayout.headersFooters": e("1.9", "print settings"),
  "HeaderFooterGroup.defaultForAllPages": e("1.9", "print settings"),
  "HeaderFooter.leftHeader": e("1.9", "print settings"),
  "HeaderFooter.centerHeader": e("1.9", "print settings"),
  "HeaderFooter.rightHeader": e("1.9", "print settings"),
  "HeaderFooter.leftFooter": e("1.9", "print settings"),
  "HeaderFooter.centerFooter": e("1.9", "print settings"),
  "HeaderFooter.rightFooter": e("1.9", "print settings"),
  "Range.values": e("1.1", CELLS),
  "Range.formulas": e("1.1", CELLS),
  "Range.numberFormat": e("1.1", CELLS),
  "Range.address": e("1.1", CELLS),
  "Range.rowCount": e("1.1", CELLS),
  "Range.columnCount": e("1.1", CELLS),
  "Range.clear": e("1.1", CELLS),
  "Range.getCell": e("1.1", CELLS),
  "Range.select": e("1.1", CELLS),
  "Range.worksheet": e("1.1", CELLS),
  "Range.format": e("1.1", CELLS),
  "Range.hyperlink": e("1.7", LOOK),
  // Read for our Notes cells' links before an import appends to them.
  "Range.getCellProperties": e("1.9", CELLS),
  "Range.conditionalFormats": e("1.6", CF),
  "Range.dataValidation": e("1.8", DV),
  "RangeFormat.font": e("1.1", CELLS),
  "RangeFormat.fill": e("1.1", CELLS),
  "RangeFormat.borders": e("1.1", CELLS),
  "RangeFormat.wrapText": e("1.1", CELLS),
  "RangeFormat.horizontalAlignment": e("1.1", CELLS),
  "RangeFormat.verticalAlignment": e("1.1", CELLS),
  "RangeFormat.columnWidth": e("1.2", CELLS),
  "RangeFormat.autofitRows": e("1.2", CELLS),
  "RangeFormat.rowHeight": e("1.2", CELLS),
  "Range.merge": e("1.2", CELLS),
  "RangeFormat.protection": e("1.2", "sheet protection"),
  "FormatProtection.locked": e("1.2", "sheet protection"),
  "RangeFont.bold": e("1.1", CELLS),
  "RangeFont.italic": e("1.1", CELLS),
  "RangeFont.size": e("1.1", CELLS),
  "RangeFont.color": e("1.1", CELLS),
  "RangeFill.color": e("1.1", CELLS),
  "RangeBorderCollection.getItem": e("1.1", CELLS),
  "RangeBorder.style": e("1.1", CELLS),
  "RangeBorder.weight": e("1.1", CELLS),
  "TableCollection.add": e("1.1", TABLES),
  "TableCollection.getItem": e("1.1", TABLES),
  "TableCollection.getItemOrNullObject": e("1.4", TABLES),
  "Table.name": e("1.1", TABLES),
  "Table.style": e("1.1", TABLES),
  "Table.showTotals": e("1.1", TABLES),
  "Table.columns": e("1.1", TABLES),
  "Table.getHeaderRowRange": e("1.1", TABLES),
  "Table.getDataBodyRange": e("1.1", TABLES),
  "Table.worksheet": e("1.2", TABLES),
  "Table.resize": e("1.13", "refreshing the roadmap table in place"),
  "TableColumnCollection.getItem": e("1.1", TABLES),
  "TableColumn.getDataBodyRange": e("1.1", TABLES),
  "NamedItemCollection.add": e("1.4", NAMES),
  "NamedItemCollection.getItemOrNullObject": e("1.4", NAMES),
  "NamedItem.name": e("1.1", NAMES),
  "NamedItem.delete": e("1.4", NAMES),
  "NamedItem.getRangeOrNullObject": e("1.4", NAMES),
  "ConditionalFormatCollection.add": e("1.6", CF),
  "ConditionalFormatCollection.clearAll": e("1.6", CF),
  "ConditionalFormat.colorScale": e("1.6", CF),
  "ConditionalFormat.custom": e("1.6", CF),
  "ColorScaleConditionalFormat.criteria": e("1.6", CF),
  "CustomConditionalFormat.rule": e("1.6", CF),
  "CustomConditionalFormat.format": e("1.6", CF),
  "ConditionalFormatRule.formula": e("1.6", CF),
  "ConditionalRangeFormat.fill": e("1.6", CF),
  "ConditionalRangeFormat.font": e("1.6", CF),
  "ConditionalRangeFill.color": e("1.6", CF),
  "ConditionalRangeFont.color": e("1.6", CF),
  "ConditionalFormat.dataBar": e("1.6", CF),
  "DataBarConditionalFormat.lowerBoundRule": e("1.6", CF),
  "DataBarConditionalFormat.upperBoundRule": e("1.6", CF),
  "DataBarConditionalFormat.positiveFormat": e("1.6", CF),
  "ConditionalDataBarPositiveFormat.fillColor": e("1.6", CF),
  "ConditionalDataBarPositiveFormat.gradientFill": e("1.6", CF),
  "DataValidation.rule": e("1.8", DV),
  "DataValidation.prompt": e("1.8", DV),
  "DataValidation.errorAlert": e("1.8", DV),
  "DataValidation.ignoreBlanks": e("1.8", DV),
  "DataValidation.clear": e("1.8", DV),
  "ChartCollection.add": e("1.1", "charts"),
  "ChartCollection.getItemOrNullObject": e("1.4", "charts"),
  "Chart.setData": e("1.1", "charts"),
  "Chart.name": e("1.1", "charts"),
  "Chart.title": e("1.1", "charts"),
  "Chart.setPosition": e("1.1", "charts"),
  "ChartTitle.text": e("1.1", "charts"),
  // Issue 13: the rounds' line charts label their axis with the rounds' dates.
  "Chart.axes": e("1.1", "charts"),
  "ChartAxes.categoryAxis": e("1.1", "charts"),
  "ChartAxis.setCategoryNames": e("1.7", "charts"),
  "NoteCollection.add": e("1.18", "cell notes", true),
  "CommentCollection.add": e("1.10", "cell comments"),
  "Excel.createWorkbook": e("1.8", "opening the questionnaire as a new workbook"),
};

/** "1.13" -> comparable number (1.9 < 1.13). */
export function versionKey(version: string): number {
  const [major, minor] = version.split(".").map(Number);
  return major * 1000 + minor;
}

export interface RequirementNeed {
  feature: string;
  set: "ExcelApi";
  version: string;
}

/** The floor per feature (highest required version among its members), lowest first. */
export function requiredSets(
  ledger: Readonly<Record<string, LedgerEntry>> = EXCEL_API_LEDGER
): RequirementNeed[] {
  const byFeature = new Map<string, string>();
  for (const entry of Object.values(ledger)) {
    if (entry.optional) continue;
    const seen = byFeature.get(entry.feature);
    if (!seen || versionKey(entry.version) > versionKey(seen))
      byFeature.set(entry.feature, entry.version);
  }
  return [...byFeature]
    .map(([feature, version]) => ({ feature, set: "ExcelApi" as const, version }))
    .sort((a, b) => versionKey(a.version) - versionKey(b.version));
}

/** The one ExcelApi version the pane needs (README "Limits" names it). */
export function requirementFloor(
  ledger: Readonly<Record<string, LedgerEntry>> = EXCEL_API_LEDGER
): string {
  return requiredSets(ledger).reduce(
    (max, n) => (versionKey(n.version) > versionKey(max) ? n.version : max),
    "1.1"
  );
}

/** ExcelApi version that makes Excel notes available (else the adapter writes comments). */
export const NOTES_VERSION = EXCEL_API_LEDGER["NoteCollection.add"].version;
