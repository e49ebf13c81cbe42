/**
 * What the pane says while it works on the workbook (progress, inside Excel and in the browser
 * preview) and why a step there cannot go on. Only the ports' chunks and the Office.js adapter import
 * this part, so it stays out of the pane's first chunk (the start-up failure is in the pane part).
 */
export const port = {
  progress: {
    buildingWorkbook: "Building the new workbook",
    openingInExcel: "Opening it in Excel",
    writingResults: "Writing Results and Roadmap",
    readingCover: "Reading the cover",
    buildingQuestionnaire: "Building the questionnaire",
    checkingFiles: (count: number) => `Checking ${count} file(s)`,
    writingRespondents: "Writing the respondents",
    readingRespondents: "Reading the respondents",
    closingRound: "Closing the round",
    buildingJointSummary: "Building the joint summary",
    checkingReturnedFile: "Checking the returned file",
    writingTheirAnswers: "Writing their answers",
    readingBothSides: "Reading both sides",
    loadingReader: "Loading the workbook reader",
    readingFile: (n: number, total: number) => `Reading file ${n} of ${total}`,
    writingPortfolio: "Writing the portfolio",
    readingWorkbook: "Reading the workbook",
    /** The preview: exceljs is fetched when the first workbook is built. */
    loadingBuilder: "Loading the workbook builder",
    writingSheets: "Writing sheets",
    buildingPortfolio: "Building the portfolio workbook",
    /** The Office.js adapter (src/excel): a plan written in several requests, a portfolio updated. */
    checkingExisting: "Checking the workbook for existing sheets and names",
    writingSheetsCount: (count: number) => `Writing ${count} sheets`,
    writingSheetsRequest: (n: number, total: number) => `Writing sheets (request ${n} of ${total})`,
    done: "Done",
    updatingRows: (count: number) => `Updating ${count} rows`,
  },
  /** The preview before the New form has built a workbook. */
  noAssessment: "No assessment yet: create the assessment sheets first.",
  /** Going to an item's cell. */
  goTo: {
    unknownItem: (id: string) => `Unknown item ${id}.`,
    /** The preview: the item is in no item table of the in-browser workbook. */
    notInTables: (id: string) => `Item ${id} is not in the workbook's item tables.`,
    noTable: (table: string, sheet: string) =>
      `Table ${table} was not found on sheet ${sheet}; it may have been renamed or deleted. Restore its name or regenerate the assessment.`,
    noRow: (id: string, table: string, sheet: string) =>
      `Item ${id} is not in table ${table} on sheet ${sheet}; it may have been deleted.`,
  },
  /**
   * The exceljs adapter (src/xlsx) refusing a file before any parser sees it (src/xlsx/package.ts):
   * `file` is how the caller names it ("the returned questionnaire"), `part` the zip part quoted.
   */
  files: {
    /** What a refusal of the file's contents says: the file, then why. */
    refused: (file: string, why: string) => `${file} ${why}`,
    megabytes: (mb: string) => `${mb} MB`,
    tooBig: (file: string, size: string, max: string) =>
      `${file} is ${size}; allowed: at most ${max}`,
    notZip: (file: string) =>
      `${file} is not an .xlsx workbook (it is not a zip file); allowed: an .xlsx workbook`,
    tooManyParts: (file: string, parts: string, max: string) =>
      `${file} holds ${parts} parts; allowed: at most ${max} (refused as a possible zip bomb)`,
    damagedZip: (file: string, detail: string) => `${file} is a damaged zip file: ${detail}`,
    noWorkbookPart: (file: string) =>
      `${file} is a zip file but not an Excel workbook (no xl/workbook.xml); allowed: an .xlsx workbook`,
    unpacksTooBig: (file: string, max: string) =>
      `${file} unpacks to more than ${max}; allowed: a normal workbook (refused as a possible zip bomb)`,
    notXml: (file: string, part: string, detail: string) =>
      `${file} is damaged: part ${part} is not well-formed XML (${detail})`,
    /** What a part holds too much of (`over`), and why that is refused. */
    counted: {
      cells: "cells, rows, links and rules",
      strings: "shared strings",
      styles: "style records",
      columns: "columns",
      names: "defined names",
    },
    exhaustsMemory: "refused: reading it would exhaust memory",
    over: (what: string, part: string, n: string, max: string, why: string) =>
      `has ${what} in ${part} adding up to ${n}; allowed: at most ${max} (${why})`,
    /** What spans too many cells (`rangeOver`). */
    spanning: {
      validation: "a data validation on",
      table: "a table",
      merged: "merged cells",
      name: "a defined name",
    },
    rangeOver: (what: string, ref: string, part: string, n: string, max: string) =>
      `has ${what} ${ref} in ${part} spanning ${n} cells; allowed: at most ${max} cells in all (refused: reading it would exhaust memory)`,
    longText: (max: string, part: string, element: string) =>
      `has a text of more than ${max} characters in ${part} (<${element}>); allowed: at most ${max}, Excel's limit for one cell`,
    doctype: (part: string) =>
      `has a document type declaration in ${part}; allowed: none (a workbook never has one, and it can declare entities)`,
    deep: (part: string) => `nests XML more than 64 levels deep in ${part}; allowed: 64`,
    column: (column: number, part: string, max: number) =>
      `sets the width of column ${column} in ${part}; allowed: columns 1 to ${max}`,
    none: "(none)",
    rootPart: (target: string) =>
      `points Excel to the workbook part ${target}; allowed: xl/workbook.xml, as Excel saves it`,
    /** A sheet that is no worksheet, by what its content type says it is. */
    sheetKinds: {
      "chart sheet": "a chart sheet",
      "dialog sheet": "a dialog sheet",
      "Excel 4.0 macro sheet": "an Excel 4.0 macro sheet",
    },
    noContentType: "no content type",
    unknownSheet: (contentType: string) => `a sheet of unknown type (${contentType})`,
    notWorksheet: (kind: string, name: string) =>
      `has ${kind} named ${name}; allowed: worksheets only`,
    macroPart: "a macro-enabled workbook part",
    macros: (parts: string) =>
      `contains macros or ActiveX controls (${parts}); allowed: an .xlsx workbook without macros`,
    noWorkbookType: "(no content type)",
    workbookType: (found: string, expected: string) =>
      `declares its workbook part as ${found}; allowed: an .xlsx workbook (${expected})`,
    /** How src/xlsx names the file it reads (the CLI names its own). */
    theFile: "the file",
    theReturnedQuestionnaire: "the returned questionnaire",
    theAssessmentWorkbook: "the assessment workbook",
    notXlsxName: (file: string, name: string) =>
      `${file} ${name} is not an .xlsx file; allowed: an .xlsx workbook`,
    unreadable: (file: string, detail: string) =>
      `${file} could not be read as an .xlsx workbook: ${detail}`,
    /** Also a round closed on a file that is not a workbook (the Respondents view, `collabfit round`). */
    cannotOpen: "not an .xlsx workbook (cannot be opened)",
    returnedTableRange: (file: string, table: string, sheet: string, range: string) =>
      `${file}: table ${table} on sheet ${sheet} has the range ${range}; allowed: a range such as A4:H40, as the questionnaire was sent`,
    /** What a returned questionnaire's cell holds that is not an answer. */
    unsupported: {
      date: (iso: string) => `a date (${iso})`,
      error: (value: string) => `an error value (${value})`,
      other: "a value that is not plain text",
    },
    /** The assessment's question set is unknown: "the assessment workbook's question set …". */
    assessmentWorkbooks: (problem: string) => `the assessment workbook's ${problem}`,
    noSheetAnyMore: (sheet: string) =>
      `the assessment workbook has no sheet ${sheet} any more; allowed: the sheets as the workbook was created`,
    colleagueAnswered: (file: string) =>
      `${file} was answered by a colleague for our own side; allowed here: the other party's questionnaire (import a colleague's file as one of our respondents)`,
    /** The questionnaire's file name, and the party's name when the cover has none. */
    questionnaireName: (party: string) => `Questionnaire ${party}.xlsx`,
    colleagueQuestionnaireName: (party: string) => `Questionnaire ${party} colleague.xlsx`,
    otherParty: "other party",
    /** Files the preview offers as downloads; `title` is the relationship's, made safe. */
    assessmentName: (title: string) => `CollabFit - ${title}.xlsx`,
    untitled: "assessment",
    upgradedName: (title: string, version: string) =>
      `CollabFit - ${title} - question set ${version}.xlsx`,
    jointSummaryName: "joint-summary.xlsx",
    portfolioName: (date: string) => `CollabFit portfolio ${date}.xlsx`,
  },
  /**
   * What a copy written through exceljs lacks or changes, said on stderr by the CLI (carry-over.ts,
   * normalise.ts): each a count of things, so a language can make its own plurals.
   */
  copy: {
    lost: {
      chart: (n: number) => `${n} chart${n === 1 ? "" : "s"}`,
      pivotTable: (n: number) => `${n} pivot table${n === 1 ? "" : "s"}`,
      picture: (n: number) => `${n} picture${n === 1 ? "" : "s"}`,
      slicer: (n: number) => `${n} slicer${n === 1 ? "" : "s"}`,
      macroProject: (n: number) => `${n} macro project${n === 1 ? "" : "s"}`,
      chartSheet: (n: number) => `${n} chart sheet${n === 1 ? "" : "s"}`,
      dialogSheet: (n: number) => `${n} dialog sheet${n === 1 ? "" : "s"}`,
      macroSheet: (n: number) => `${n} Excel 4.0 macro sheet${n === 1 ? "" : "s"}`,
    },
    definedNames: (n: number, names: string) => `defined name${n === 1 ? "" : "s"} ${names}`,
    unstyledTables: (n: number, tables: string) =>
      `table${n === 1 ? "" : "s"} ${tables} had no table style (as LibreOffice saves tables); the copy gives ${n === 1 ? "it" : "them"} an explicit "none"`,
  },
  /** Read-back problems the exceljs adapter finds (src/xlsx/read.ts, assessment.ts, upgrade.ts). */
  problems: {
    noItemTable:
      "no item table found (tables named CF_Items...); is this a CollabFit assessment workbook?",
    /** Where a problem sits when the workbook has no item table at all. */
    workbook: "(workbook)",
    tableRange: (table: string, range: string) =>
      `table ${table} has the range ${range}, which is not a cell range; allowed: a range such as A5:N13 (repair or re-create the table)`,
    sheetMissing: (sheet: string, name: string) => `sheet '${sheet}' is missing; it holds ${name}`,
    upToDate: (version: string) =>
      `this workbook is already on question set ${version}, the current one; nothing to upgrade`,
  },
  /** The Office.js adapter (src/excel) refusing or failing a step. */
  excel: {
    /** Excel refused a write; `detail` is Excel's own code and message, `at` where it says it failed. */
    refused: (operation: string, detail: string) => `Excel refused to ${operation}: ${detail}.`,
    errorDetail: (code: string, message: string) => `${code} (${message})`,
    errorAt: (detail: string, where: string) => `${detail} at ${where}`,
    /** When Excel names no operation: "one of 12 operations on CF Cover, CF S1 Interests". */
    someOperation: (count: number, sheets: string) => `one of ${count} operations on ${sheets}`,
    removed: (sheets: number, names: number) =>
      `The ${sheets} sheet(s) and ${names} name(s) this run had created were removed.`,
    notRemoved: (detail: string, prefix: string) =>
      `Removing the sheets and names this run had created then failed as well: ${detail}. Delete the sheets whose names start with "${prefix}" that this run added before trying again.`,
    missingSheet: (sheet: string) => `sheet "${sheet}"`,
    missingTable: (table: string) => `table ${table}`,
    cannotRefresh: (missing: string) =>
      `Cannot refresh the results: ${missing} not found. Generate the assessment first.`,
    cannotTurnOnLive: (sheet: string) =>
      `Cannot turn on live formulas: sheet "${sheet}" not found. Generate the assessment first.`,
    /** A read-back problem: an item table the cover's layout names is gone. */
    tableMissing: (table: string) =>
      `table ${table} was not found (deleted or renamed); its items cannot be read — regenerate the assessment or restore the table's name`,
    colleagueFile:
      "this questionnaire was prepared for a colleague on our side; allowed here: the other party's questionnaire (add a colleague's file under Respondents)",
    /** The open workbook's question set is unknown: "this workbook's question set …". */
    thisWorkbooks: (problem: string) => `this workbook's ${problem}`,
    /**
     * What the adapter asked Excel to do, as `refused` names it (src/excel/ops.ts): `sheet` is the
     * sheet's name, ranges are addresses, tables and names are keys (CF_…).
     */
    operations: {
      keepAsText: (count: number, sheet: string) =>
        `keep ${count} formula-like text value(s) as text on sheet "${sheet}"`,
      keepAsTextInTable: (count: number, table: string, sheet: string) =>
        `keep ${count} formula-like text value(s) as text in table ${table} on sheet "${sheet}"`,
      writeTable: (rows: number, table: string, range: string, sheet: string) =>
        `write the header and ${rows} row(s) of table ${table} at ${range} on sheet "${sheet}"`,
      createTable: (table: string, range: string, sheet: string) =>
        `create table ${table} at ${range} on sheet "${sheet}"`,
      writeColumnFormulas: (header: string, table: string, range: string, sheet: string) =>
        `write the formulas of column "${header}" of table ${table} at ${range} on sheet "${sheet}"`,
      listValidation: (values: string) => `list validation (${values})`,
      dateValidation: "date validation",
      addValidation: (what: string, range: string, sheet: string) =>
        `add ${what} to ${range} on sheet "${sheet}"`,
      addDataBars: (min: string, max: string, range: string, sheet: string) =>
        `add data bars (${min} to ${max}) to ${range} on sheet "${sheet}"`,
      addColourScale: (range: string, sheet: string) =>
        `add a colour scale to ${range} on sheet "${sheet}"`,
      addFormulaRule: (formula: string, range: string, sheet: string) =>
        `add a formula rule (${formula}) to ${range} on sheet "${sheet}"`,
      addChart: (type: string, chart: string, source: string, anchor: string, sheet: string) =>
        `add ${type} chart ${chart} from ${source} at ${anchor} on sheet "${sheet}"`,
      writeValues: (range: string, sheet: string) => `write values to ${range} on sheet "${sheet}"`,
      writeFormulas: (range: string, sheet: string, first: string) =>
        `write formulas to ${range} on sheet "${sheet}" (first: ${first})`,
      addLinks: (count: number, sheet: string, first: string) =>
        `add ${count} hyperlink(s) on sheet "${sheet}" (first at ${first})`,
      addNotes: (count: number, sheet: string, first: string) =>
        `add ${count} note(s) on sheet "${sheet}" (first at ${first})`,
      format: (range: string, sheet: string) => `format ${range} on sheet "${sheet}"`,
      clearValidation: (range: string, sheet: string) =>
        `clear the old validation of ${range} on sheet "${sheet}"`,
      clearConditionalFormats: (range: string, sheet: string) =>
        `clear the old conditional formats of ${range} on sheet "${sheet}"`,
      fitRows: (rows: string, sheet: string) =>
        `fit the height of rows ${rows} to their wrapped text on sheet "${sheet}"`,
      rowHeights: (sheet: string) => `set the height of rows on sheet "${sheet}"`,
      merge: (range: string, sheet: string) => `merge ${range} on sheet "${sheet}"`,
      addSheet: (sheet: string) => `add sheet "${sheet}"`,
      columnWidths: (sheet: string) => `set column widths on sheet "${sheet}"`,
      freeze: (rows: number, columns: number, sheet: string) =>
        `freeze ${rows} row(s) and ${columns} column(s) on sheet "${sheet}"`,
      printLayout: (sheet: string) => `set print layout on sheet "${sheet}"`,
      printArea: (sheet: string) => `set print area, header and footer on sheet "${sheet}"`,
      addName: (name: string, refersTo: string) => `add defined name ${name} = ${refersTo}`,
      protect: (sheet: string) => `protect sheet "${sheet}"`,
      activate: (sheet: string) => `activate sheet "${sheet}"`,
    },
  },
} as const;
