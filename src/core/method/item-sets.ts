/**
 * Every released question set, by version. A workbook, questionnaire or import is read with the set
 * named in its CF_ItemSetVersion, so workbooks already in use keep working after a new set comes out.
 */
import { ITEM_SET_VERSION, ITEMS_2026_1, ITEMS_2026_2 } from "./items";
import type { AssessmentItem } from "./types";

export const ITEM_SETS: Readonly<Record<string, readonly AssessmentItem[]>> = {
  "2026.1": ITEMS_2026_1,
  "2026.2": ITEMS_2026_2,
};

export const ITEM_SET_VERSIONS: readonly string[] = Object.keys(ITEM_SETS);

export function isItemSetVersion(version: string): boolean {
  return Object.prototype.hasOwnProperty.call(ITEM_SETS, version);
}

/** The items of a released set; a clear error naming the known versions otherwise. */
export function itemSet(version: string): readonly AssessmentItem[] {
  if (!isItemSetVersion(version)) {
    throw new Error(
      `question set "${version}" is not known to this version of CollabFit; allowed: ${ITEM_SET_VERSIONS.join(", ")}`
    );
  }
  return ITEM_SETS[version];
}

/** A workbook with no version cell and no item rows to go by is read with the first released set. */
export const UNVERSIONED_ITEM_SET = "2026.1";

/**
 * The set for a version cell's text. A blank cell (the name deleted or the cell cleared) is read
 * with the released set whose item ids the workbook's rows hold most of, the newest on a tie, so
 * clearing the cell does not turn every row into an unknown item.
 */
export function itemSetOf(
  version: string | null | undefined,
  rowIds?: Iterable<string>
): {
  version: string;
  items: readonly AssessmentItem[];
} {
  const v = version && version.trim() ? version.trim() : blankVersion(rowIds);
  return { version: v, items: itemSet(v) };
}

function blankVersion(rowIds?: Iterable<string>): string {
  const ids = new Set(rowIds ?? []);
  if (ids.size === 0) return UNVERSIONED_ITEM_SET;
  let best = UNVERSIONED_ITEM_SET;
  let bestCount = -1;
  for (const v of ITEM_SET_VERSIONS) {
    const count = ITEM_SETS[v].filter((i) => ids.has(i.id)).length;
    if (count >= bestCount) [best, bestCount] = [v, count];
  }
  return best;
}

/** What moving answers from one set to another keeps, and what must be answered again. */
export interface ItemSetUpgrade {
  from: string;
  to: string;
  /** Same id, same wording, anchors, reverse flag and dimension: answers carry over. */
  carried: string[];
  /** Items of the new set to answer (new or changed). */
  toAnswer: string[];
  /** Items of the old set that are gone (their answers are not carried over). */
  dropped: string[];
}

function sameItem(a: AssessmentItem, b: AssessmentItem): boolean {
  return (
    a.dimension === b.dimension &&
    a.wording === b.wording && // the same catalogue entry: the same question and anchors
    a.reverse === b.reverse
  );
}

export function itemSetUpgrade(from: string, to: string = ITEM_SET_VERSION): ItemSetUpgrade {
  const old = new Map(itemSet(from).map((i) => [i.id, i]));
  const next = itemSet(to);
  const carried: string[] = [];
  const toAnswer: string[] = [];
  for (const it of next) {
    const before = old.get(it.id);
    if (before && sameItem(before, it)) carried.push(it.id);
    else toAnswer.push(it.id);
  }
  const kept = new Set(next.map((i) => i.id));
  const dropped = [...old.keys()].filter((id) => !kept.has(id));
  return { from, to, carried, toAnswer, dropped };
}
