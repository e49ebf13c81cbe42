/**
 * The questions and anchors of the items, by question set and item id. The engine's item names
 * the set whose wording it carries (`wording`); a released set's words never change, so a workbook
 * of that set reads the same questions it was written with.
 */
import type { AssessmentItem } from "../method";
import { questions } from "./en/questions";
import { questionsTexts } from "./parts/questions";

export interface ItemWording {
  question: string;
  /** Anchored descriptors for scores 1, 3 and 5. */
  anchors: { readonly 1: string; readonly 3: string; readonly 5: string };
}

type Sets = Record<string, Record<string, ItemWording> | undefined>;

function wordingIn(sets: Sets, item: Pick<AssessmentItem, "id" | "wording">): ItemWording {
  const found = sets[item.wording]?.[item.id];
  if (!found) throw new Error(`No wording for item ${item.id} in question set ${item.wording}`);
  return found;
}

/** An item's question and anchors in the active language. */
export function itemWording(item: Pick<AssessmentItem, "id" | "wording">): ItemWording {
  return wordingIn(questionsTexts() as Sets, item);
}

/** An item's question in the active language. */
export function itemQuestion(item: Pick<AssessmentItem, "id" | "wording">): string {
  return itemWording(item).question;
}

/**
 * The English wording, whatever the language: for what must not depend on it (a questionnaire's
 * fingerprint is computed from the English questions, so files match across languages).
 */
export function sourceItemWording(item: Pick<AssessmentItem, "id" | "wording">): ItemWording {
  return wordingIn(questions as Sets, item);
}
