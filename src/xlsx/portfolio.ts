/**
 * The portfolio on .xlsx files: reads one assessment workbook down to its portfolio row (or the
 * reason it cannot), and writes the portfolio plan. Each file is checked as a zip before exceljs
 * parses it (the same guard as a returned questionnaire), and is only ever read.
 */
import type ExcelJS from "exceljs";
import { QUESTIONNAIRE_KIND, QUESTIONNAIRE_NAMES } from "../core/exchange/names";
import { resolveAssessmentId } from "../core/exchange/assessment-id";
import { ExchangeError, ExchangeFileError } from "../core/exchange/errors";
import { DEFINED_NAMES } from "../core/workbook/names";
import {
  portfolioRow,
  type DataBarPlan,
  type PortfolioPlan,
  type PortfolioRow,
} from "../core/workbook/portfolio";
import { formatProblem } from "../core/workbook/readback";
import { readWorkbookAssessment, workbookProfile } from "./assessment";
import { checkXlsxFile } from "./exchange";
import { plainValue } from "./read";
import { loadWorkbook, workbookToBuffer, writePlan } from "./write";

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

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

/** One assessment workbook's bytes reduced to its portfolio row; PortfolioSkip says why not. */
export async function readPortfolioRow(data: Uint8Array, file: string): Promise<PortfolioRow> {
  try {
    await checkXlsxFile(data, "the file");
  } catch (err) {
    if (err instanceof ExchangeFileError || err instanceof ExchangeError)
      throw new PortfolioSkip(err.message.replace(/\s+/g, " "));
    throw err;
  }
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(data as Buffer);
  } catch {
    throw new PortfolioSkip("not an .xlsx workbook (it cannot be opened)");
  }
  if (text(namedValue(wb, QUESTIONNAIRE_NAMES.kind)) === QUESTIONNAIRE_KIND) {
    throw new PortfolioSkip(
      "a questionnaire for the other party, not an assessment; import its answers into the assessment (collabfit import) and give that workbook instead"
    );
  }
  const { profile, meta, problems } = workbookProfile(wb);
  if (!profile) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
    // A workbook is read with the question set it names; an unknown set is the first problem.
    throw new PortfolioSkip(`${formatProblem(problems[0])}${more}`);
  }
  const { read, itemSetVersion } = readWorkbookAssessment(wb);
  return portfolioRow({
    file,
    meta,
    assessmentId: resolveAssessmentId(namedValue(wb, DEFINED_NAMES.assessmentId), meta),
    itemSetVersion,
    profile,
    answers: { us: read.us, them: read.them },
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
