/**
 * The portfolio on .xlsx files: reads one assessment workbook down to its portfolio row (or the
 * reason it cannot), and writes the portfolio plan. Each file is checked as a zip before exceljs
 * parses it (the same guard as a returned questionnaire), and is only ever read.
 */
import ExcelJS from "exceljs";
import { QUESTIONNAIRE_KIND, QUESTIONNAIRE_NAMES } from "../core/exchange/names";
import { resolveAssessmentId } from "../core/exchange/assessment-id";
import { ExchangeError, ExchangeFileError } from "../core/exchange/errors";
import { ITEM_SET_VERSION } from "../core/method";
import { DEFINED_NAMES, SHEET_NAMES } from "../core/workbook/names";
import {
  buildPortfolioPlan,
  portfolioRow,
  type DataBarPlan,
  type PortfolioPlan,
  type PortfolioRow,
  type SkippedFile,
} from "../core/workbook/portfolio";
import { formatProblem } from "../core/workbook/readback";
import { portfolioTexts } from "../core/texts/parts/portfolio";
import { workbookProfile } from "./assessment";
import { checkXlsxFile } from "./exchange";
import { plainValue } from "./read";
import { VALUELESS_NODES, workbookToBuffer, writePlan } from "./write";

/** A file that cannot be part of the portfolio, with the reason in words. */
export class PortfolioSkip extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "PortfolioSkip";
  }
}

/** The value of a single-cell defined name, or null when the name or its sheet is absent. */
function namedValue(wb: ExcelJS.Workbook, name: string): unknown {
  const ranges = wb.definedNames.getRanges(name)?.ranges ?? [];
  const m = ranges.length ? /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0]) : null;
  if (!m) return null;
  const ws = wb.getWorksheet(m[1].replace(/''/g, "'"));
  return ws ? plainValue(ws.getCell(`${m[2]}${m[3]}`).value) : null;
}

/**
 * Speed (issue 15: 1,000 files at under 100 ms each). A row needs the cover, the item tables and the
 * respondents; these sheets of ours are never read for it, so their parts are not parsed at all.
 */
const NOT_READ: ReadonlySet<string> = new Set([
  SHEET_NAMES.summary,
  SHEET_NAMES.scores,
  SHEET_NAMES.results,
  SHEET_NAMES.roadmap,
  SHEET_NAMES.actions,
  SHEET_NAMES.principles,
]);
/** What read-back never looks at in a worksheet (formats, validations, print settings, links). */
const NOT_MODELLED = [...VALUELESS_NODES, "hyperlinks", "mergeCells"];

type WorksheetEntry = (
  stream: unknown,
  model: unknown,
  sheetNo: string,
  options: unknown,
  path: string
) => Promise<void>;

/**
 * exceljs loading only what a portfolio row reads: the skipped parts are left out as exceljs leaves
 * out chart sheets (the sheet is then absent). Falls back to a full load if exceljs changes inside.
 */
async function loadForRow(
  data: Uint8Array,
  skipParts: ReadonlySet<string>
): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const reader = wb.xlsx as unknown as { _processWorksheetEntry?: WorksheetEntry };
  const parse = reader._processWorksheetEntry;
  if (typeof parse === "function" && skipParts.size) {
    reader._processWorksheetEntry = (stream, model, sheetNo, options, path) =>
      skipParts.has(path)
        ? Promise.resolve()
        : parse.call(reader, stream, model, sheetNo, options, path);
  }
  await wb.xlsx.load(
    data as unknown as ArrayBuffer,
    {
      ignoreNodes: NOT_MODELLED,
    } as unknown as Partial<ExcelJS.XlsxReadOptions>
  );
  return wb;
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

/** One assessment workbook's bytes reduced to its portfolio row; PortfolioSkip says why not. */
export async function readPortfolioRow(data: Uint8Array, file: string): Promise<PortfolioRow> {
  let skipParts: Set<string>;
  try {
    const facts = await checkXlsxFile(data, "the file");
    skipParts = new Set(
      facts.sheets.filter((x) => NOT_READ.has(x.name) && x.part).map((x) => x.part)
    );
  } catch (err) {
    if (err instanceof ExchangeFileError || err instanceof ExchangeError)
      throw new PortfolioSkip(err.message.replace(/\s+/g, " "));
    throw err;
  }
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadForRow(data, skipParts);
  } catch {
    throw new PortfolioSkip(portfolioTexts().skip.cannotOpen);
  }
  if (text(namedValue(wb, QUESTIONNAIRE_NAMES.kind)) === QUESTIONNAIRE_KIND) {
    throw new PortfolioSkip(portfolioTexts().skip.questionnaire);
  }
  const { profile, meta, problems, itemSetVersion } = workbookProfile(wb);
  if (!profile) {
    const first = formatProblem(problems[0]);
    // A workbook is read with the question set it names; an unknown set is the first problem.
    throw new PortfolioSkip(
      problems.length > 1 ? portfolioTexts().skip.more(first, problems.length - 1) : first
    );
  }
  return portfolioRow({
    file,
    meta,
    assessmentId: resolveAssessmentId(namedValue(wb, DEFINED_NAMES.assessmentId), meta),
    itemSetVersion: itemSetVersion ?? ITEM_SET_VERSION,
    profile,
  });
}

function addDataBar(wb: ExcelJS.Workbook, bar: DataBarPlan, priority: number): void {
  const ws = wb.getWorksheet(bar.sheet);
  if (!ws) throw new Error(`data bar on a sheet the plan does not have: ${bar.sheet}`);
  ws.addConditionalFormatting({
    ref: bar.range,
    rules: [
      {
        type: "dataBar",
        priority,
        // Fixed ends (the 1-5 scale, or 0 to the number of relationships) keep bars comparable.
        cfvo: [
          { type: "num", value: bar.min },
          { type: "num", value: bar.max },
        ],
        color: { argb: `FF${bar.color.replace("#", "").toUpperCase()}` },
        gradient: false,
      } as unknown as ExcelJS.DataBarRuleType,
    ],
  });
}

/** The portfolio plan as .xlsx bytes: the plan through the adapter, then its data bars. */
export async function portfolioToBuffer(pp: PortfolioPlan): Promise<Buffer> {
  const wb = writePlan(pp.plan);
  pp.dataBars.forEach((bar, i) => addDataBar(wb, bar, 100 + i));
  return workbookToBuffer(wb);
}

/**
 * Picked files (the pane) read one after the other into portfolio rows; a file that is not an
 * assessment is skipped with the reason. The same assessment picked twice is read once: the first
 * file is kept and the other is skipped, naming it.
 */
export async function readPortfolioFiles(
  files: readonly { name: string; data: Uint8Array }[],
  onFile?: (index: number, total: number) => void
): Promise<{ rows: PortfolioRow[]; skipped: SkippedFile[] }> {
  const rows: PortfolioRow[] = [];
  const skipped: SkippedFile[] = [];
  const byId = new Map<string, string>();
  for (const [i, f] of files.entries()) {
    onFile?.(i, files.length);
    let row: PortfolioRow;
    try {
      if (!/\.xlsx$/i.test(f.name)) throw new PortfolioSkip(portfolioTexts().skip.notXlsxName);
      row = await readPortfolioRow(f.data, f.name);
    } catch (err) {
      if (!(err instanceof PortfolioSkip)) throw err;
      skipped.push({ file: f.name, reason: err.message });
      continue;
    }
    const first = byId.get(row.assessmentId);
    if (first !== undefined) {
      skipped.push({
        file: f.name,
        reason: portfolioTexts().skip.duplicate(row.assessmentId, first),
      });
      continue;
    }
    byId.set(row.assessmentId, f.name);
    rows.push(row);
  }
  return { rows, skipped };
}

/** The portfolio workbook for the given rows as .xlsx bytes (CF Skipped lists what was skipped). */
export function portfolioFileBuffer(
  rows: readonly PortfolioRow[],
  skipped: readonly SkippedFile[],
  takenOn: string
): Promise<Buffer> {
  return portfolioToBuffer(buildPortfolioPlan(rows, skipped, takenOn));
}
