/**
 * Moving an assessment to the current question set: a NEW workbook plan with the answers, weights,
 * notes and evidence of every unchanged item carried over, and a sheet listing what must be answered
 * again and the old answers of the questions that were replaced (so nothing typed is lost). The old
 * workbook is only read.
 */
import {
  ITEM_SET_VERSION,
  dimensionByKey,
  itemSet,
  itemSetUpgrade,
  type ItemSetUpgrade,
} from "../method";
import type { AssessmentItem, ItemAnswers } from "../method/types";
import { itemQuestion } from "../texts/question-words";
import { ITEM_HEADERS, NA_TEXT, SHEET_NAMES } from "./names";
import { buildAssessmentPlan, confidentialityOf } from "./layout";
import { withPrintSettings } from "./print";
import type { AssessmentMeta, CellValue, ItemTableValues, SheetPlan, WorkbookPlan } from "./plan";
import { readAssessment } from "./readback";
import { workbookTexts } from "../texts/parts/workbook";

export const UPGRADE_SHEET = "CF Upgrade";
export const UPGRADE_TABLES = { toAnswer: "CF_Upgrade_ToAnswer", replaced: "CF_Upgrade_Replaced" };

export interface UpgradeInput {
  meta: AssessmentMeta;
  /** The set the old workbook names. */
  fromVersion: string;
  /** The old workbook's item tables, as read (answers, weights, notes, evidence). */
  tables: ItemTableValues[];
  /** The old workbook's interests tables' rows, carried as they are. */
  interests?: { us?: CellValue[][]; them?: CellValue[][] };
}

/** One item of the new set to answer: where it is and why. */
export interface ItemToAnswer {
  id: string;
  sheet: string;
  question: string;
  why: string;
}

export interface UpgradeOutcome {
  plan: WorkbookPlan;
  upgrade: ItemSetUpgrade;
  toAnswer: ItemToAnswer[];
}

/** Text columns of the item tables by item id (Notes, Evidence). */
function column(tables: ItemTableValues[], header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tables) {
    const id = t.headers.indexOf(ITEM_HEADERS.id);
    const c = t.headers.indexOf(header);
    if (id < 0 || c < 0) continue;
    for (const row of t.rows) {
      const v = row[c];
      if (v !== null && v !== undefined && String(v).trim()) out[String(row[id])] = String(v);
    }
  }
  return out;
}

function pick<T>(from: Record<string, T>, ids: readonly string[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const id of ids) if (from[id] !== undefined) out[id] = from[id];
  return out;
}

const shown = (a: ItemAnswers, id: string): CellValue =>
  typeof a[id] === "number" ? (a[id] as number) : a[id] === null && id in a ? NA_TEXT : null;

/** The items of `to` that replace `old` (same dimension, new ids), for the sheet's "replaced by". */
function replacements(old: AssessmentItem, added: readonly AssessmentItem[]): string {
  return added
    .filter((i) => i.dimension === old.dimension)
    .map((i) => i.id)
    .join(", ");
}

export function buildUpgradePlan(
  input: UpgradeInput,
  to: string = ITEM_SET_VERSION
): UpgradeOutcome {
  const upgrade = itemSetUpgrade(input.fromVersion, to);
  const oldItems = itemSet(input.fromVersion);
  const newItems = itemSet(to);
  const read = readAssessment(input.tables, oldItems);
  const keep = upgrade.carried;
  const weights = pick(read.weights, keep);
  const plan = buildAssessmentPlan(input.meta, {
    items: newItems.map((i) => (weights[i.id] !== undefined ? { ...i, weight: weights[i.id] } : i)),
    itemSetVersion: to,
    answers: { us: pick(read.us, keep), them: pick(read.them, keep) },
    notes: pick(column(input.tables, ITEM_HEADERS.notes), keep),
    evidence: pick(column(input.tables, ITEM_HEADERS.evidence), keep),
    interests: input.interests,
  });

  const t = workbookTexts().upgrade;
  const oldIds = new Set(oldItems.map((i) => i.id));
  const added = newItems.filter((i) => !oldIds.has(i.id));
  const toAnswer: ItemToAnswer[] = newItems
    .filter((i) => upgrade.toAnswer.includes(i.id))
    .map((i) => ({
      id: i.id,
      sheet: SHEET_NAMES[dimensionByKey(i.dimension).step],
      question: itemQuestion(i),
      why: oldIds.has(i.id) ? t.why.changed : t.why.added,
    }));
  const notes = column(input.tables, ITEM_HEADERS.notes);
  const dropped = oldItems.filter((i) => upgrade.dropped.includes(i.id));
  const sheet: SheetPlan = {
    name: UPGRADE_SHEET,
    role: "principles",
    columnWidths: { A: 10, B: 18, C: 60, D: 22, E: 12, F: 12, G: 40 },
    cells: [
      {
        address: "A1",
        value: t.title(upgrade.from, upgrade.to),
        style: { bold: true, fontSize: 14 },
      },
      {
        address: "A2",
        value: t.intro(String(keep.length), String(toAnswer.length)),
        // One line across the empty columns beside it (wrapping in A would make a narrow tower).
      },
      { address: "A4", value: t.toAnswer, style: { bold: true } },
      {
        address: `A${toAnswer.length + 8}`,
        value: t.replaced,
        style: { bold: true },
      },
    ],
    tables: [
      {
        name: UPGRADE_TABLES.toAnswer,
        topLeft: "A5",
        headers: Object.values(t.toAnswerHeaders),
        rows: toAnswer.map((t) => [t.id, t.sheet, t.question, t.why]),
        style: "TableStyleLight9",
      },
      {
        name: UPGRADE_TABLES.replaced,
        topLeft: `A${toAnswer.length + 9}`,
        headers: Object.values(t.replacedHeaders),
        rows: dropped.map((i) => [
          i.id,
          replacements(i, added),
          itemQuestion(i),
          SHEET_NAMES[dimensionByKey(i.dimension).step],
          shown(read.us, i.id),
          shown(read.them, i.id),
          notes[i.id] ?? null,
        ]),
        style: "TableStyleLight9",
      },
    ],
    rangeStyles: [
      { range: `A6:D${toAnswer.length + 5}`, style: { wrap: true, vertical: "top" } },
      {
        range: `A${toAnswer.length + 10}:G${toAnswer.length + 9 + Math.max(1, dropped.length)}`,
        style: { wrap: true, vertical: "top" },
      },
    ],
  };
  // After the cover, so it is the second tab the analyst sees.
  plan.sheets.splice(1, 0, withPrintSettings(sheet, input.meta, confidentialityOf(input.meta)));
  return { plan, upgrade, toAnswer };
}
