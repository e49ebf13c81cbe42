/**
 * Clashes between a plan and what a workbook already holds. Both adapters (Office.js and .xlsx)
 * refuse to write on any clash, before writing anything: a user's sheet is never overwritten or
 * renamed.
 */
import { isOurSheet } from "./names";
import type { WorkbookPlan } from "./plan";

export type ClashKind = "sheet" | "table" | "name";

export interface Clash {
  kind: ClashKind;
  name: string;
  /** True when the existing object carries our prefix (left by an earlier run). */
  ours: boolean;
}

/** What a workbook holds now; tables and defined names share one namespace in Excel. */
export interface ExistingNames {
  sheets: readonly string[];
  tablesAndNames: readonly string[];
}

function describeClashes(clashes: readonly Clash[]): string {
  const parts = clashes.map((c) =>
    c.kind === "sheet"
      ? c.ours
        ? `sheet "${c.name}" is left from an earlier assessment (remove or rename it first)`
        : `your sheet "${c.name}" has the name this workbook needs (rename your sheet; it will not be overwritten)`
      : `${c.kind === "table" ? "table" : "defined name"} ${c.name} already exists in this workbook`
  );
  return `Cannot generate the assessment, nothing was written: ${parts.join("; ")}.`;
}

/** Something the plan would create already exists: nothing was written. */
export class WorkbookClashError extends Error {
  constructor(public readonly clashes: Clash[]) {
    super(describeClashes(clashes));
    this.name = "WorkbookClashError";
  }
}

/** Every sheet, table and name of the plan that already exists (names compared as Excel does, ignoring case). */
export function findClashes(plan: WorkbookPlan, existing: ExistingNames): Clash[] {
  const sheets = new Set(existing.sheets.map((s) => s.toLowerCase()));
  const names = new Set(existing.tablesAndNames.map((n) => n.toLowerCase()));
  return [
    ...plan.sheets
      .filter((s) => sheets.has(s.name.toLowerCase()))
      .map((s) => ({ kind: "sheet" as const, name: s.name, ours: isOurSheet(s.name) })),
    ...plan.sheets
      .flatMap((s) => (s.tables ?? []).map((t) => t.name))
      .filter((n) => names.has(n.toLowerCase()))
      .map((n) => ({ kind: "table" as const, name: n, ours: true })),
    ...plan.names
      .filter((n) => names.has(n.name.toLowerCase()))
      .map((n) => ({ kind: "name" as const, name: n.name, ours: true })),
  ];
}

/** Throws WorkbookClashError listing every clash, if there is any. */
export function assertNoClashes(plan: WorkbookPlan, existing: ExistingNames): void {
  const clashes = findClashes(plan, existing);
  if (clashes.length) throw new WorkbookClashError(clashes);
}
