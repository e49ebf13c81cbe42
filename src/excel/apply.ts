/**
 * Applies a WorkbookPlan inside Excel. Round trips are constant: one sync to check for clashes, one
 * sync per request to write (one request unless the payload must be split), never one per item.
 */
import { isOurName, isOurSheet, NAME_PREFIX, SHEET_PREFIX } from "../core/workbook/names";
import type { WorkbookPlan } from "../core/workbook/plan";
import { assertNoClashes } from "../core/workbook/clash";
import { portTexts } from "../core/texts/parts/port";

export { WorkbookClashError, type Clash, type ClashKind } from "../core/workbook/clash";
import { compilePlan, packOps, type CompileOptions, type Op, type SheetCache } from "./ops";

/**
 * Excel on the web refuses requests over about 5 MB. Our byte count is an estimate of the JSON we
 * queue (the wire format adds ids and paths), so each request aims at well under half of that.
 */
export const REQUEST_BUDGET_BYTES = 2_000_000;

export interface ApplyOptions extends CompileOptions {
  onProgress?(step: string): void;
  /** Estimated bytes per request; the default suits Excel on the web. */
  requestBudgetBytes?: number;
}

export interface ApplyReport {
  /** context.sync calls made, clash check included. */
  syncs: number;
  /** Write requests (1 unless the payload had to be split). */
  requests: number;
  largestRequestBytes: number;
  operations: number;
  sheets: string[];
  tables: string[];
  names: string[];
}

export interface PayloadMeasure {
  operations: number;
  totalBytes: number;
  requests: number;
  largestRequestBytes: number;
}

/** Excel rejected a write; what this run created was removed again (see `removed`). */
export class ExcelApplyError extends Error {
  constructor(
    message: string,
    public readonly code: string,
    public readonly operation: string,
    public readonly errorLocation: string | undefined,
    public readonly removed: { sheets: string[]; names: string[] },
    /** Set when removing this run's sheets failed too; `message` then reports both errors. */
    public readonly rollbackError?: string
  ) {
    super(message);
    this.name = "ExcelApplyError";
  }
}

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;

/** Checks the plan itself before Excel sees it: every message names the object and the rule. */
export function validatePlan(plan: WorkbookPlan): void {
  const seenSheets = new Set<string>();
  for (const s of plan.sheets) {
    const n = s.name;
    if (n.length < 1 || n.length > 31)
      throw new Error(`Sheet name "${n}" must be 1 to 31 characters long`);
    if (BAD_SHEET_CHARS.test(n) || n.startsWith("'") || n.endsWith("'"))
      throw new Error(
        `Sheet name "${n}" may not contain [ ] : * ? / \\ or start/end with an apostrophe`
      );
    if (!isOurSheet(n))
      throw new Error(
        `Sheet name "${n}" must start with "${SHEET_PREFIX}" (names we own carry it)`
      );
    if (seenSheets.has(n.toLowerCase()))
      throw new Error(`Sheet name "${n}" appears twice in the plan`);
    seenSheets.add(n.toLowerCase());
  }
  // Tables and defined names share one namespace in Excel.
  const seenNames = new Set<string>();
  const all = [
    ...plan.sheets.flatMap((s) =>
      (s.tables ?? []).map((t) => ({ what: `table ${t.name} on sheet "${s.name}"`, name: t.name }))
    ),
    ...plan.names.map((d) => ({ what: `defined name ${d.name}`, name: d.name })),
  ];
  for (const { what, name } of all) {
    if (!isOurName(name)) throw new Error(`The ${what} must start with "${NAME_PREFIX}"`);
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name))
      throw new Error(
        `The ${what}: use letters, digits, "_" and "." only, starting with a letter or "_"`
      );
    if (seenNames.has(name.toLowerCase()))
      throw new Error(`The ${what} uses a name already used in the plan`);
    seenNames.add(name.toLowerCase());
  }
}

function planTables(plan: WorkbookPlan): string[] {
  return plan.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name));
}

/** Requests the plan needs and the largest one, without touching Excel (for the bench and tests). */
export function measurePlanPayload(plan: WorkbookPlan, options: ApplyOptions = {}): PayloadMeasure {
  const ops = compilePlan(plan, options);
  const chunks = packOps(ops, options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES);
  const sizes = chunks.map((c) => c.reduce((n, op) => n + op.bytes, 0));
  return {
    operations: ops.length,
    totalBytes: sizes.reduce((a, b) => a + b, 0),
    requests: chunks.length,
    largestRequestBytes: Math.max(0, ...sizes),
  };
}

interface OfficeErrorLike {
  code?: string;
  message?: string;
  debugInfo?: { code?: string; message?: string; errorLocation?: string; statement?: string };
}

/** Which queued operation Excel most likely refused, from debugInfo's location and statement. */
export function guessFailedOp(chunk: Op[], err: OfficeErrorLike): Op | undefined {
  const loc = err.debugInfo?.errorLocation ?? "";
  const statement = err.debugInfo?.statement ?? "";
  const matches = loc
    ? chunk.filter((op) =>
        op.apis.some((api) => api === loc || loc.startsWith(`${api}.`) || api.startsWith(`${loc}.`))
      )
    : [];
  if (statement) {
    const inStatement = (op: Op) =>
      (op.address !== undefined && statement.includes(op.address)) ||
      (op.sheet !== undefined && statement.includes(op.sheet));
    const best = matches.find(inStatement) ?? chunk.find(inStatement);
    if (best) return best;
  }
  return matches[0];
}

/**
 * Creates the plan's sheets, tables and names in the open workbook. Fails before writing anything
 * when one of them exists already; if Excel rejects a write, removes what this run created and
 * throws an ExcelApplyError naming the Excel error and the plan operation.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ApplyOptions = {}
): Promise<ApplyReport> {
  const progress = options.onProgress ?? (() => undefined);
  validatePlan(plan);
  const ops = compilePlan(plan, options);
  const chunks = packOps(ops, options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES);
  let syncs = 0;

  progress(portTexts().progress.checkingExisting);
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name");
  const names = wb.names.load("items/name");
  await context.sync();
  syncs++;

  assertNoClashes(plan, {
    sheets: sheets.items.map((s) => s.name),
    tablesAndNames: [...tables.items, ...names.items].map((t) => t.name),
  });

  const cache: SheetCache = new Map();
  let largest = 0;
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    progress(
      chunks.length === 1
        ? portTexts().progress.writingSheetsCount(plan.sheets.length)
        : portTexts().progress.writingSheetsRequest(i + 1, chunks.length)
    );
    context.application.suspendApiCalculationUntilNextSync();
    for (const op of chunk) op.run(context, cache);
    largest = Math.max(
      largest,
      chunk.reduce((n, op) => n + op.bytes, 0)
    );
    try {
      // Requests must go in order and each needs the previous one applied: a sync per request is
      // bounded by the payload, not by the item count.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      syncs++;
      throw await rollback(context, plan, e as OfficeErrorLike, chunk);
    }
    syncs++;
  }
  progress(portTexts().progress.done);
  return {
    syncs,
    requests: chunks.length,
    largestRequestBytes: largest,
    operations: ops.length,
    sheets: plan.sheets.map((s) => s.name),
    tables: planTables(plan),
    names: plan.names.map((n) => n.name),
  };
}

/** Excel's code and, when it gives one, its message. */
function errorDetail(code: string, err: OfficeErrorLike): string {
  return err.message ? portTexts().excel.errorDetail(code, err.message) : code;
}

/** "Excel refused to <operation>: <code> (<message>) at <where>." */
function refusedText(
  operation: string,
  code: string,
  err: OfficeErrorLike,
  where: string | undefined
): string {
  const t = portTexts().excel;
  const detail = errorDetail(code, err);
  return t.refused(operation, where ? t.errorAt(detail, where) : detail);
}

/** Removes the plan's sheets and names that exist now: none existed before this run (clash check). */
async function rollback(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  err: OfficeErrorLike,
  chunk: Op[]
): Promise<ExcelApplyError> {
  const op = guessFailedOp(chunk, err);
  const code = err.code ?? err.debugInfo?.code ?? "UnknownError";
  const where = err.debugInfo?.errorLocation;
  const operation =
    op?.label ??
    portTexts().excel.someOperation(
      chunk.length,
      [...new Set(chunk.map((o) => o.sheet).filter(Boolean))].join(", ")
    );
  try {
    return await removeCreated(context, plan, code, operation, where, err);
  } catch (rollbackErr) {
    // The first error is what the user must see; the failed clean-up is reported beside it.
    const second = rollbackErr as OfficeErrorLike;
    const detail = errorDetail(second.code ?? second.debugInfo?.code ?? "UnknownError", second);
    return new ExcelApplyError(
      `${refusedText(operation, code, err, where)} ${portTexts().excel.notRemoved(detail, SHEET_PREFIX)}`,
      code,
      operation,
      where,
      { sheets: [], names: [] },
      detail
    );
  }
}

async function removeCreated(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  code: string,
  operation: string,
  where: string | undefined,
  err: OfficeErrorLike
): Promise<ExcelApplyError> {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  const planSheets = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const planNames = new Set(plan.names.map((n) => n.name.toLowerCase()));
  const doomedNames = names.items.filter((n) => planNames.has(n.name.toLowerCase()));
  const doomedSheets = sheets.items.filter((s) => planSheets.has(s.name.toLowerCase()));
  // Names first: they refer to the sheets.
  doomedNames.forEach((n) => n.delete());
  doomedSheets.forEach((s) => s.delete());
  await context.sync();
  const removed = {
    sheets: doomedSheets.map((s) => s.name),
    names: doomedNames.map((n) => n.name),
  };
  return new ExcelApplyError(
    `${refusedText(operation, code, err, where)} ${portTexts().excel.removed(removed.sheets.length, removed.names.length)}`,
    code,
    operation,
    where,
    removed
  );
}
