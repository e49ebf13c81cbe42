/**
 * What a surface shows that did not come from the catalogue: rendered in the pseudo-locale, every
 * catalogue text sits between ⟦ ⟧, so any word with a letter outside them was typed inline (or comes
 * from data that is no text). Shared by the CLI, pane and workbook pseudo-locale tests.
 */
import { PSEUDO_CLOSE, PSEUDO_OPEN } from "../../src/core/texts";

/** The text outside every ⟦ ⟧ (nested ones included: a text may hold another, e.g. a reason). */
export function outsideCatalogue(text: string): string {
  let depth = 0;
  let out = "";
  for (const ch of text) {
    if (ch === PSEUDO_OPEN) depth++;
    else if (ch === PSEUDO_CLOSE) depth = Math.max(0, depth - 1);
    else out += depth === 0 ? ch : " ";
    if (ch === PSEUDO_OPEN || ch === PSEUDO_CLOSE) out += " ";
  }
  return out;
}

/**
 * Every word with a letter outside the catalogue's brackets that is not in `allowed`, in order.
 * Words are split at spaces and at the punctuation of syntax (`[--json]`, `them|us`, `'name'`,
 * `recommend:`), so `allowed` lists syntax words as they are: `collabfit`, `--out`, `FILE.xlsx`.
 */
export function untranslated(text: string, allowed: Iterable<string> = []): string[] {
  const ok = new Set(allowed);
  return outsideCatalogue(text)
    .split(/[\s[\]|(){}`'",:;]+/)
    .filter((word) => /\p{L}/u.test(word) && !ok.has(word));
}
