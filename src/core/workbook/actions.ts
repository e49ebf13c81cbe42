/**
 * The CF Actions sheet: one roadmap action a row (phase, action, what it addresses, owner, due
 * date, status, evidence), generated with the roadmap. The analyst's owner, due date, status and
 * evidence survive a regeneration: rows are matched by the action's stable id (keepEdits).
 */
import { modelName } from "../texts/method-words";
import type { RoadmapRow } from "../method/types";
import { columnLetter, isoToSerial, parseCell } from "./a1";
import { ROADMAP_STATUSES, SHEET_NAMES, TABLE_NAMES } from "./names";
import type { CellValue, SheetPlan, TablePlan } from "./plan";
import { workbookInEveryLanguage, workbookTexts } from "../texts/parts/workbook";
import { exact, keyFinderIn } from "./labels";
import { dateValidation, joinedBy } from "./sheets/common";

/**
 * CF_Actions' columns by key, in order (issue 16): the headers are catalogue labels (part
 * `workbook`) in the language the workbook is written in; a regeneration finds the old table's
 * columns by key (actionHeaderKey), whatever language wrote them.
 */
export const ACTION_COLUMNS = [
  "id",
  "phase",
  "action",
  "addresses",
  "owner",
  "due",
  "status",
  "evidence",
] as const;
export type ActionColumn = (typeof ACTION_COLUMNS)[number];
/** What the analyst edits, kept across regenerations. */
export const KEPT_ACTION_COLUMNS: readonly ActionColumn[] = ["owner", "due", "status", "evidence"];

/** CF_Actions' headers in the active language, by key. */
export function actionHeaders(): Readonly<Record<ActionColumn, string>> {
  return workbookTexts().actions.headers;
}

/** A CF_Actions header's key: its label in any language we ship (English: every older workbook's). */
export const actionHeaderKey = keyFinderIn(
  workbookInEveryLanguage,
  (t) => t.actions.headers,
  exact
);

export const ACTIONS_TOP_LEFT = "A4";

/** People named on the cover: our assessors and their contacts (comma- or semicolon-separated). */
export interface People {
  ours: string[];
  theirs: string[];
}

export function peopleOf(meta: { assessors?: string; contacts?: string }): People {
  const split = (s?: string) =>
    (s ?? "")
      .split(/[,;]/)
      .map((x) => x.trim())
      .filter(Boolean);
  return { ours: split(meta.assessors), theirs: split(meta.contacts) };
}

/** One row per action; the owner is a named person where the cover names one. */
export function buildActionRows(rows: readonly RoadmapRow[], people: People): CellValue[][] {
  const owners = workbookTexts().owners;
  const us = people.ours[0] ?? owners.us;
  const them = people.theirs[0] ?? owners.them;
  return rows.flatMap((r) =>
    r.items.map((a) => [
      a.id,
      r.phase,
      a.text,
      a.addresses,
      a.owner === "them" ? them : us,
      isoToSerial(r.end),
      ROADMAP_STATUSES[0],
      null,
    ])
  );
}

/**
 * The new table with the user's values in `keep.columns` carried over from `old` (the table as it
 * is in the workbook) wherever the key matches. A blank old value is kept as blank: clearing a
 * cell is an edit too. Rows of old actions no longer generated are dropped.
 */
export function keepEdits(
  table: TablePlan,
  old: { headers: readonly unknown[]; rows: readonly unknown[][] } | null
): TablePlan {
  if (!table.keep || !old) return table;
  const { key, columns, keyOf: id } = table.keep;
  // Columns by key: the old table may be in another language, or have older English headers.
  const oldKeys = old.headers.map(id);
  const newKeys = table.headers.map(id);
  const oldKey = oldKeys.indexOf(id(key));
  const newKey = newKeys.indexOf(id(key));
  if (oldKey < 0 || newKey < 0) return table;
  const byKey = new Map<string, readonly unknown[]>();
  for (const r of old.rows) {
    const k = r[oldKey];
    if (typeof k === "string" && k) byKey.set(k, r);
  }
  const pairs = columns
    .map((c) => [newKeys.indexOf(id(c)), oldKeys.indexOf(id(c))] as const)
    .filter(([n, o]) => n >= 0 && o >= 0);
  const rows = table.rows.map((row) => {
    const prev = byKey.get(String(row[newKey]));
    if (!prev) return row;
    const next = [...row];
    for (const [n, o] of pairs) next[n] = toCellValue(prev[o]);
    return next;
  });
  return { ...table, rows };
}

/** A host value as a plan value: dates become serials, anything odd becomes its text. */
function toCellValue(v: unknown): CellValue {
  if (v === undefined || v === "") return null;
  if (v instanceof Date) return v.getTime() / 86400000 + 25569;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null)
    return v;
  return String(v);
}

/** The CF Actions sheet, alone: generated and regenerated with the roadmap. */
export function buildActionsPlan(rows: readonly RoadmapRow[], people: People): SheetPlan {
  const values = buildActionRows(rows, people);
  const body = values.length ? values : [ACTION_COLUMNS.map(() => null)];
  const first = parseCell(ACTIONS_TOP_LEFT).row + 1;
  const last = first + body.length - 1;
  const col = (k: ActionColumn) => columnLetter(ACTION_COLUMNS.indexOf(k) + 1);
  const headers = actionHeaders();
  const names = [...people.ours, ...people.theirs];
  const target = rows.length ? modelName(rows[rows.length - 1].toModel) : null;
  const all = workbookTexts();
  const t = all.actions;
  return {
    name: SHEET_NAMES.actions,
    role: "actions",
    tabColor: "#7030A0",
    // One landscape page wide at 8 pt or more (print.ts): long texts wrap.
    columnWidths: { A: 11, B: 20, C: 30, D: 16, E: 16, F: 11, G: 12, H: 14 },
    freeze: { rows: first - 1, columns: 0 },
    cells: [
      {
        address: "A1",
        value: t.title,
        style: { bold: true, fontSize: 16, fontColor: "#1F3864" },
      },
      {
        address: "A2",
        value: values.length ? (target ? t.introTowards(target) : t.intro) : t.empty,
        style: { fontColor: "#595959" },
      },
      // A line of its own: one long sentence would run off the printed page.
      ...(values.length
        ? [
            {
              address: "A3",
              value: t.keep,
              style: { fontColor: "#595959" },
            },
          ]
        : []),
    ],
    rangeStyles: [
      {
        range: `A${first}:${col("evidence")}${last}`,
        style: { wrap: true, vertical: "top" },
      },
      {
        range: `${col("owner")}${first}:${col("evidence")}${last}`,
        style: { unlocked: true },
      },
      {
        range: `${col("due")}${first}:${col("due")}${last}`,
        style: { numberFormat: "yyyy-mm-dd", horizontal: "left" },
      },
    ],
    tables: [
      {
        name: TABLE_NAMES.actions,
        topLeft: ACTIONS_TOP_LEFT,
        headers: ACTION_COLUMNS.map((k) => headers[k]),
        rows: body,
        style: "TableStyleLight9",
        keep: {
          key: headers.id,
          columns: KEPT_ACTION_COLUMNS.map((k) => headers[k]),
          keyOf: actionHeaderKey,
        },
      },
    ],
    validations: [
      {
        kind: "list",
        range: `${col("status")}${first}:${col("status")}${last}`,
        values: [...ROADMAP_STATUSES],
        allowBlank: true,
        error: {
          title: all.statusError,
          message: all.allowed(joinedBy(ROADMAP_STATUSES, all.commaMore)),
        },
      },
      // Excel refuses an inline list longer than 255 characters.
      ...(names.length && names.every((n) => !n.includes('"')) && names.join(",").length < 250
        ? [
            {
              kind: "list" as const,
              range: `${col("owner")}${first}:${col("owner")}${last}`,
              values: names,
              allowBlank: true,
              prompt: { ...t.ownerPrompt },
              error: {
                title: t.ownerError.title,
                message: t.ownerError.message(joinedBy(names, all.commaMore)),
              },
            },
          ]
        : []),
      dateValidation(`${col("due")}${first}:${col("due")}${last}`),
    ],
    print: { landscape: true, fitToWidth: true, printTitleRows: `$${first - 1}:$${first - 1}` },
  };
}
