/**
 * The catalogue of every text the product shows, in parts (`parts/`: common, engine, pane, cli, …).
 * Each part is its own module with its own accessor, so a bundle carries only the parts its surface
 * shows (the pane never carries the command line's help). Callers read a part's accessor when they
 * render (not at module load), so the language chosen at start-up applies everywhere. The engine
 * returns structured results; the edges turn them into words from here.
 */
import type { Texts } from "./catalogue";
// Types only: the English catalogue gives every language its shape without entering a bundle.
import type { en as english } from "./en";
import { pseudoLocalise } from "./pseudo";

export type { Texts } from "./catalogue";
export { PSEUDO_OPEN, PSEUDO_CLOSE, pseudoText } from "./pseudo";

/** Microsoft's pseudo-locale tag: accented, longer texts for tests of completeness and layout. */
export const PSEUDO_LOCALE = "qps-ploc";

/** The whole catalogue in one language: every part, typed from English (en/index.ts, types only). */
export type Catalogue = { readonly [P in keyof typeof english]: Texts<(typeof english)[P]> };
export type PartName = keyof Catalogue;

/**
 * The languages we ship beside English, by primary subtag: each is ONE catalogue file in
 * `languages/` (a `Catalogue`, so a missing text does not compile), fetched as one chunk when it is
 * chosen, so an English pane never downloads another language. A new language: its file and its line
 * here: `nl: () => import("./languages/nl").then((m) => m.nl)`, with a webpackChunkName comment.
 */
const LANGUAGE_FILES: Record<string, () => Promise<Catalogue>> = {};

/** The languages we ship, English first. */
export function languages(): string[] {
  return ["en", ...Object.keys(LANGUAGE_FILES)];
}

/** Adds a language we ship (the list above; tests add one made for them). */
export function registerLanguage(tag: string, load: () => Promise<Catalogue>): void {
  LANGUAGE_FILES[tag.toLowerCase()] = load;
}

const loaded = new Map<string, Catalogue>();
/** Bumped when a language is loaded, so the read-back lists below are rebuilt. */
let loadedCount = 0;
let activeTag = "en";

/** The language we ship for a BCP 47 tag, by its primary subtag ("en-GB" -> "en"). */
function languageFor(tag: string): string | undefined {
  const lower = tag.trim().toLowerCase();
  if (lower === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  const primary = lower.split("-")[0];
  return languages().find((l) => l === primary);
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

/**
 * Use the language of `tag` (e.g. Office's display language) if it is at hand: English, the
 * pseudo-locale or a language already loaded; English otherwise. `chooseLanguage` loads it first.
 */
export function setLanguage(tag: string | undefined | null): string {
  const wanted = tag ? languageFor(tag) : undefined;
  activeTag =
    wanted && (wanted === "en" || wanted === PSEUDO_LOCALE || loaded.has(wanted)) ? wanted : "en";
  listeners.forEach((l) => l());
  return activeTag;
}

async function load(lang: string): Promise<void> {
  if (loaded.has(lang)) return;
  loaded.set(lang, await LANGUAGE_FILES[lang]());
  loadedCount++;
}

/**
 * Loads the language of `tag` (one chunk) and uses it; English when we do not ship it or its file
 * cannot be fetched (a pane in English is better than no pane).
 */
export async function chooseLanguage(tag: string | undefined | null): Promise<string> {
  const wanted = tag ? languageFor(tag) : undefined;
  if (wanted && Object.hasOwn(LANGUAGE_FILES, wanted)) await load(wanted).catch(() => undefined);
  return setLanguage(tag);
}

/**
 * Loads every language we ship, for read-back: a workbook keeps the language it was written in, so
 * its sheet names and headers are found in any of them. The command line calls it at start, the pane
 * before it reads a workbook; with English alone it costs nothing.
 */
export async function loadEveryLanguage(): Promise<void> {
  await Promise.all(Object.keys(LANGUAGE_FILES).map(load));
}

/** The tag in use ("en", "qps-ploc" or a language we ship). */
export function language(): string {
  return activeTag;
}

/**
 * A part's accessor: its texts in the active language. English is the part's own module (so a bundle
 * carries only the parts it imports); another language is its part of the loaded catalogue; the
 * pseudo-locale is derived from English on first use.
 */
export function textPart<P extends PartName>(
  part: P,
  englishPart: (typeof english)[P]
): () => Catalogue[P] {
  const en = englishPart as Catalogue[P];
  let pseudo: Catalogue[P] | undefined;
  return () =>
    activeTag === "en"
      ? en
      : activeTag === PSEUDO_LOCALE
        ? (pseudo ??= pseudoLocalise(en))
        : (loaded.get(activeTag)?.[part] ?? en);
}

/**
 * A part in every language loaded (all we ship after `loadEveryLanguage`), the pseudo-locale
 * included: for read-back, which accepts a label in whatever language a workbook was written. The
 * same array until another language is loaded, so callers may cache what they build from it.
 */
export function textPartInEveryLanguage<P extends PartName>(
  part: P,
  englishPart: (typeof english)[P]
): () => readonly Catalogue[P][] {
  const en = englishPart as Catalogue[P];
  let every: readonly Catalogue[P][] | undefined;
  let builtAt = -1;
  return () => {
    if (!every || builtAt !== loadedCount) {
      every = [en, ...[...loaded.values()].map((c) => c[part]), pseudoLocalise(en)];
      builtAt = loadedCount;
    }
    return every;
  };
}
