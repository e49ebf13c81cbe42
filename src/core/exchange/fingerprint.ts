/**
 * A check value of the question set: computed from what each question says (id, wording, the 1/3/5
 * anchors and the reverse flag), so a change to any of them changes it, whoever makes the change and
 * whether or not the set's version was bumped. The questionnaire carries the value of the set it was
 * made from; the import compares it with the set this version asks. It is no secret and no signature:
 * the import also compares every question and anchor the file shows with ours.
 */
import type { AssessmentItem } from "../method/types";
import { sourceItemWording } from "../texts/question-words";
import { NAME_PREFIX } from "../workbook/names";

/** Defined name of the check value in the questionnaire. */
export const QUESTION_SET_CHECK_NAME = `${NAME_PREFIX}QuestionSetCheck`;

/** Two independent 32-bit FNV-1a hashes over UTF-16 code units, as 16 hex digits. */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).toUpperCase().padStart(8, "0");
  return hex(a) + hex(b);
}

/** "QS-" and 16 hex digits, e.g. "QS-1A2B3C4D5E6F7081". */
export function questionSetCheck(items: readonly AssessmentItem[]): string {
  // From the English wording, so the check does not depend on the language a file was written in.
  const data = items.map((it) => {
    const w = sourceItemWording(it);
    return [it.id, w.question, w.anchors[1], w.anchors[3], w.anchors[5], it.reverse];
  });
  return `QS-${hash64(JSON.stringify(data))}`;
}
