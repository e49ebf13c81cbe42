/**
 * The pseudo-locale "qps-ploc" (Microsoft's tag for it): every text of the catalogue accented,
 * about 30 % longer and between ⟦ ⟧, so a test can tell a catalogue text from one typed inline, and a
 * layout that only holds for short English shows it.
 */
export const PSEUDO_OPEN = "⟦";
export const PSEUDO_CLOSE = "⟧";

const PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED = "áƀçďéƒĝĥíĵķĺɱñóþǫŕŝţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓÞǪŔŜŢÚṼŴẊÝŽ";
const ACCENT = new Map([...PLAIN].map((c, i) => [c, [...ACCENTED][i]]));

/** One text in the pseudo-locale: accented letters, padded to ~130 % of its length, bracketed. */
export function pseudoText(text: string): string {
  if (!text) return text;
  const accented = [...text].map((c) => ACCENT.get(c) ?? c).join("");
  const pad = "·".repeat(Math.max(1, Math.ceil(text.length * 0.3)));
  return `${PSEUDO_OPEN}${accented}${pad}${PSEUDO_CLOSE}`;
}

type Leaf = string | ((...args: never[]) => string);
type Node = Leaf | readonly unknown[] | { readonly [key: string]: unknown };

function mapNode(node: Node, text: (t: string) => string): Node {
  if (typeof node === "string") return text(node);
  if (typeof node === "function") {
    const fn = node as (...args: unknown[]) => string;
    const wrapped = (...args: unknown[]) => text(fn(...args));
    // Same arity as the English text, so code (and tests) that read `length` see its parameters.
    return Object.defineProperty(wrapped, "length", { value: fn.length });
  }
  if (Array.isArray(node)) return node.map((n) => mapNode(n as Node, text));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = mapNode(value as Node, text);
  return out;
}

/** Texts of the same shape with every text (and every function's result) passed through `text`. */
export function mapTexts<T>(part: T, text: (t: string) => string): T {
  return mapNode(part as unknown as Node, text) as unknown as T;
}

/** A part of the catalogue in the pseudo-locale (same shape, so it type-checks as a language). */
export function pseudoLocalise<T>(part: T): T {
  return mapTexts(part, pseudoText);
}
