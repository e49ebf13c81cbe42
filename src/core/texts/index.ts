/**
 * The catalogue of every text the product shows. Callers read `texts()` when they render (not at
 * module load), so the language chosen at start-up applies everywhere. The engine returns structured
 * results; the edges turn them into words from here.
 */
import type { Catalogue } from "./catalogue";
import { en } from "./en";
import { pseudoLocalise } from "./pseudo";

export type { Catalogue } from "./catalogue";
export { PSEUDO_OPEN, PSEUDO_CLOSE, pseudoText } from "./pseudo";

/** The source language. */
export const ENGLISH: Catalogue = en;

/** Microsoft's pseudo-locale tag: accented, longer texts for tests of completeness and layout. */
export const PSEUDO_LOCALE = "qps-ploc";

let pseudo: Catalogue | undefined;
let active: Catalogue = ENGLISH;
let activeTag = "en";

/** The language we ship for a BCP 47 tag, by its primary subtag ("en-GB" -> "en"). */
function catalogueFor(tag: string): [string, Catalogue] | undefined {
  const lower = tag.trim().toLowerCase();
  if (lower === PSEUDO_LOCALE) return [PSEUDO_LOCALE, (pseudo ??= pseudoLocalise(ENGLISH))];
  if (lower === "en" || lower.startsWith("en-")) return ["en", ENGLISH];
  return undefined;
}

/** Use the language of `tag` (e.g. Office's display language); English when we do not ship it. */
export function setLanguage(tag: string | undefined | null): string {
  [activeTag, active] = (tag ? catalogueFor(tag) : undefined) ?? ["en", ENGLISH];
  return activeTag;
}

/** The tag in use ("en" or "qps-ploc"). */
export function language(): string {
  return activeTag;
}

/** The active catalogue. */
export function texts(): Catalogue {
  return active;
}
