/** WorkbookPort over the open Excel workbook, through the Office.js adapter in src/excel. */
import { PERSPECTIVES, type Perspective, type Side } from "../core/method/types";
import { serialToIso } from "../core/workbook/a1";
import { buildAssessmentPlan, buildResultsPlan, buildRoadmapPlan } from "../core/workbook/layout";
import { DEFINED_NAMES, ITEM_HEADERS, SHEET_NAMES, TABLE_NAMES } from "../core/workbook/names";
import { applyPlan } from "../excel/apply";
import { findOurSheets, readAssessmentFromWorkbook } from "../excel/read";
import { replaceResults } from "../excel/results";
import { ITEMS } from "../core/method";
import { itemStep } from "./pane-model";
import type {
  CreateOptions,
  PaneMeta,
  ResultsPayload,
  ScoreRead,
  WorkbookPort,
} from "./workbook-port";

function cellText(values: unknown[][]): string {
  const v = values[0]?.[0];
  return v === null || v === undefined ? "" : String(v).trim();
}

export class ExcelPort implements WorkbookPort {
  readonly kind = "excel" as const;

  existingSheets(): Promise<string[]> {
    return Excel.run((context) => findOurSheets(context));
  }

  async create(meta: PaneMeta, options: CreateOptions = {}): Promise<void> {
    const plan = buildAssessmentPlan(meta);
    if (options.target === "newWorkbook") {
      // A second assessment goes into its own workbook: our names stay the ones every formula expects.
      options.onProgress?.("Building the new workbook");
      const { writePlan } = await import(/* webpackChunkName: "xlsx" */ "../xlsx");
      const data = await writePlan(plan).xlsx.writeBuffer();
      options.onProgress?.("Opening it in Excel");
      await Excel.createWorkbook(toBase64(new Uint8Array(data as ArrayBuffer)));
      return;
    }
    await Excel.run((context) => applyPlan(context, plan, { onProgress: options.onProgress }));
  }

  openExisting(): Promise<PaneMeta | null> {
    return Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET_NAMES.cover).activate();
      const fields = {
        title: DEFINED_NAMES.title,
        us: DEFINED_NAMES.ourOrg,
        them: DEFINED_NAMES.otherParty,
        perspective: DEFINED_NAMES.perspective,
        date: DEFINED_NAMES.date,
        assessors: DEFINED_NAMES.assessors,
      } as const;
      const ranges = Object.entries(fields).map(([field, name]) => {
        // isNullObject is known after the sync without a load; a null name yields a null range.
        const named = context.workbook.names.getItemOrNullObject(name);
        return { field, named, range: named.getRangeOrNullObject().load("values") };
      });
      await context.sync();
      const read: Record<string, unknown[][]> = {};
      for (const r of ranges)
        if (!r.named.isNullObject && !r.range.isNullObject) read[r.field] = r.range.values;
      const perspective = cellText(read.perspective ?? []).toLowerCase();
      if (!PERSPECTIVES.includes(perspective as Perspective)) return null;
      const rawDate = read.date?.[0]?.[0];
      const date = typeof rawDate === "number" ? serialToIso(rawDate) : cellText(read.date ?? []);
      return {
        title: cellText(read.title ?? []),
        us: cellText(read.us ?? []),
        them: cellText(read.them ?? []),
        perspective: perspective as Perspective,
        date,
        assessors: cellText(read.assessors ?? []),
      };
    });
  }

  async readScores(): Promise<ScoreRead> {
    const read = await Excel.run((context) => readAssessmentFromWorkbook(context));
    return { us: read.us, them: read.them, weights: read.weights, problems: read.problems };
  }

  goToItem(itemId: string, side: Side): Promise<void> {
    return Excel.run(async (context) => {
      const item = ITEMS.find((i) => i.id === itemId);
      if (!item) throw new Error(`Unknown item ${itemId}.`);
      const step = itemStep(item);
      const table = context.workbook.tables.getItem(TABLE_NAMES.items(step));
      const ids = table.columns.getItem(ITEM_HEADERS.id).getDataBodyRange().load("values");
      await context.sync();
      const row = ids.values.findIndex((r) => String(r[0]) === itemId);
      if (row < 0) {
        throw new Error(
          `Item ${itemId} is not in table ${TABLE_NAMES.items(step)} on sheet ${SHEET_NAMES[step]}; it may have been deleted.`
        );
      }
      const column = side === "us" ? ITEM_HEADERS.our : ITEM_HEADERS.their;
      const cell = table.columns.getItem(column).getDataBodyRange().getCell(row, 0);
      cell.worksheet.activate();
      cell.select();
      await context.sync();
    });
  }

  async writeResults(
    payload: ResultsPayload,
    onProgress?: (message: string) => void
  ): Promise<void> {
    onProgress?.("Writing Results and Roadmap");
    const sheets = [
      buildResultsPlan(payload.recommendation, { takenAt: new Date().toISOString() }),
      buildRoadmapPlan(payload.roadmap),
    ];
    await Excel.run((context) => replaceResults(context, { sheets }));
  }
}

/** Base64 without Node's Buffer (the pane runs in a browser). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
