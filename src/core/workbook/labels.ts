/**
 * The machinery behind names.ts and round-names.ts (issue 16): a workbook label is read in the active
 * language when written and accepted in every language we ship when read back. See names.ts.
 */
import { onLanguageChange, type Texts } from "../texts";
import { names as englishNames } from "../texts/en/names";
import { namesInEveryLanguage, namesTexts } from "../texts/parts/names";

export type Names = Texts<typeof englishNames>;
export type Group<K extends string> = (t: Names) => Readonly<Record<K, string>>;

/** An object whose keys read their label in the active language (what the writers use). */
export function labels<K extends string>(
  group: Group<K>,
  keys: readonly K[],
  shown: (label: string) => string = (label) => label
): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>;
  for (const k of keys)
    Object.defineProperty(out, k, { enumerable: true, get: () => shown(group(namesTexts())[k]) });
  return out;
}

export const keysOf = <K extends string>(group: Group<K>) =>
  Object.keys(group(englishNames as Names)) as K[];

/** A list of labels kept current by setLanguage (an array, so writers spread, map and index it). */
export function liveList(of: () => readonly string[]): readonly string[] {
  const list: string[] = [];
  onLanguageChange(() => list.splice(0, list.length, ...of()));
  return list;
}

export const lower = (text: string) => text.trim().toLowerCase();
export const exact = (text: string) => text.trim();

/**
 * Label -> key over every language we ship (built from the catalogue once per language loaded): `fold` says whether
 * case counts (headers: exact, so a header renamed in case is reported; drop-down words: any case).
 */
export function keyFinder<K extends string>(
  group: Group<K>,
  fold: (text: string) => string,
  extra: Readonly<Record<string, K>> = {}
): (text: unknown) => K | undefined {
  return keyFinderIn(namesInEveryLanguage, group, fold, extra);
}

/**
 * The same over another part (`every`: the part's InEveryLanguage accessor), for the tables whose
 * headers are in the part of their sheet's other words (workbook, portfolio).
 */
export function keyFinderIn<T, K extends string>(
  every: () => readonly T[],
  group: (t: T) => Readonly<Record<K, string>>,
  fold: (text: string) => string,
  extra: Readonly<Record<string, K>> = {}
): (text: unknown) => K | undefined {
  let map: Map<string, K> | undefined;
  let builtFrom: readonly T[] | undefined;
  return (text) => {
    if (typeof text !== "string" && typeof text !== "number") return undefined;
    const all = every();
    // Rebuilt only when a language is loaded (the list is the same array until then).
    if (all !== builtFrom) map = undefined;
    builtFrom = all;
    map ??= new Map([
      ...all.flatMap((t) =>
        (Object.entries(group(t)) as [K, string][]).map(([k, label]) => [fold(label), k] as const)
      ),
      ...Object.entries(extra).map(([label, k]) => [fold(label), k] as const),
    ]);
    return map.get(fold(String(text)));
  };
}
