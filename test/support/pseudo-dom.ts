/**
 * Finds text that did not come from the catalogue in a page rendered in the pseudo-locale: every
 * catalogue text there is between ⟦ ⟧ (pseudo.ts), so a run of Latin letters outside the brackets
 * was typed inline, or is data. Data the test knows of (its fixture) is passed as `allowed`.
 */
import { outsideCatalogue } from "./untranslated";

/** Two or more Latin letters: a word (single letters such as the "x" of a size are not words). */
const WORD = /[A-Za-z]{2,}/g;

/** The words of `text` outside the catalogue's brackets and outside every allowed string. */
export function untranslated(text: string, allowed: readonly string[]): string[] {
  let rest = outsideCatalogue(text);
  // Longest first, so an allowed name is not half-removed by a shorter one inside it.
  for (const data of [...allowed].filter(Boolean).sort((a, b) => b.length - a.length)) {
    rest = rest.split(data).join(" ");
  }
  return rest.match(WORD) ?? [];
}

/** Attributes a user hears or sees. */
const ATTRIBUTES = ["aria-label", "title", "placeholder", "alt", "aria-description"];

export interface Finding {
  /** Where: the text node's parent tag, or the element and attribute. */
  where: string;
  text: string;
  words: string[];
}

/** Every text node and user-facing attribute under `root` with words not from the catalogue. */
export function untranslatedIn(root: Element, allowed: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const check = (where: string, text: string) => {
    const words = untranslated(text, allowed);
    if (words.length > 0) findings.push({ where, text, words });
  };
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("style, script, noscript")) continue;
    check(`<${parent.tagName.toLowerCase()}>`, node.textContent ?? "");
  }
  for (const element of [root, ...Array.from(root.querySelectorAll("*"))]) {
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) check(`<${element.tagName.toLowerCase()} ${name}>`, value);
    }
  }
  return findings;
}
