/**
 * The catalogue of every text the product shows, in parts (`parts/`: common, engine, pane, cli, …).
 * Each part is its own module with its own accessor, so a bundle carries only the parts its surface
 * shows (the pane never carries the command line's help). Callers read a part's accessor when they
 * render (not at module load), so the language chosen at start-up applies everywhere. The engine
 * returns structured results; the edges turn them into words from here.
 */
import type { Texts } from "./catalogue";
import { pseudoLocalise } from "./pseudo";

export type { Texts } from "./catalogue";
export { PSEUDO_OPEN, PSEUDO_CLOSE, pseudoText } from "./pseudo";

/** Microsoft's pseudo-locale tag: accented, longer texts for tests of completeness and layout. */
export const PSEUDO_LOCALE = "qps-ploc";

/** The languages we ship, by primary subtag; a new language adds its tag here and a folder beside `en/`. */
export const LANGUAGES = ["en"] as const;
export type Language = (typeof LANGUAGES)[number];

let activeTag: Language | typeof PSEUDO_LOCALE = "en";

/** The language we ship for a BCP 47 tag, by its primary subtag ("en-GB" -> "en"). */
function languageFor(tag: string): Language | typeof PSEUDO_LOCALE | undefined {
  const lower = tag.trim().toLowerCase();
  if (lower === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  const primary = lower.split("-")[0];
  return LANGUAGES.find((l) => l === primary);
}

const listeners: (() => void)[] = [];

/**
 * Runs `listener` now and after every `setLanguage`: for the few texts exported as plain strings
 * (core/workbook/names.ts's NA_TEXT, REVERSE_YES), which no accessor call can reach.
 */
export function onLanguageChange(listener: () => void): void {
  listeners.push(listener);
  listener();
}

/** Use the language of `tag` (e.g. Office's display language); English when we do not ship it. */
export function setLanguage(tag: string | undefined | null): string {
  activeTag = (tag ? languageFor(tag) : undefined) ?? "en";
  listeners.forEach((l) => l());
  return activeTag;
}

/** The tag in use ("en" or "qps-ploc"). */
export function language(): string {
  return activeTag;
}

/**
 * A part's accessor: its texts in the active language. `languages` holds the part in every language
 * we ship, typed from English, so a language missing a text does not compile; the pseudo-locale is
 * derived from English on first use.
 */
export function textPart<T>(
  languages: { readonly en: T } & { readonly [L in Language]: Texts<T> }
): () => Texts<T> {
  let pseudo: Texts<T> | undefined;
  return () =>
    activeTag === PSEUDO_LOCALE
      ? (pseudo ??= pseudoLocalise(languages.en as Texts<T>))
      : languages[activeTag];
}

/**
 * A part in every language we ship, the pseudo-locale (derived from English) included: for
 * read-back, which accepts a label in whatever language a workbook was written.
 */
export function textPartInEveryLanguage<T>(
  languages: { readonly en: T } & { readonly [L in Language]: Texts<T> }
): () => readonly Texts<T>[] {
  let every: readonly Texts<T>[] | undefined;
  return () =>
    (every ??= [...LANGUAGES.map((l) => languages[l]), pseudoLocalise(languages.en as Texts<T>)]);
}
