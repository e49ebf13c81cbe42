/**
 * The catalogue and its pseudo-locale: same shape, every text marked, accented and longer; the
 * language follows the tag Office or the shell gives, English when we do not ship it.
 */
import fs from "fs";
import path from "path";
import {
  PSEUDO_CLOSE,
  PSEUDO_LOCALE,
  PSEUDO_OPEN,
  language,
  pseudoText,
  setLanguage,
} from "../../../src/core/texts";
import { en } from "../../../src/core/texts/en";

const PARTS_DIR = path.join(__dirname, "../../../src/core/texts/parts");

/** Every part's accessor, loaded from the parts folder (a new part is checked without editing this test). */
const accessors: Record<string, () => unknown> = Object.fromEntries(
  fs
    .readdirSync(PARTS_DIR)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => {
      const mod = require(path.join(PARTS_DIR, f)) as Record<string, () => unknown>;
      const [name] = Object.keys(mod);
      return [name.replace(/Texts$/, ""), mod[name]];
    })
);

/** The whole catalogue in the active language, part by part. */
const allParts = () => Object.fromEntries(Object.keys(en).map((part) => [part, accessors[part]()]));

type Leaf = string | ((...args: unknown[]) => string);

/** Every leaf of a catalogue with its path. */
function leaves(node: unknown, path = ""): [string, Leaf][] {
  if (typeof node === "string" || typeof node === "function") return [[path, node as Leaf]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, path ? `${path}.${k}` : k)
  );
}

/** A function leaf called with a plausible argument per parameter (texts take strings and numbers). */
function render(leaf: Leaf): string {
  return typeof leaf === "string" ? leaf : leaf(...Array.from({ length: leaf.length }, () => "x"));
}

afterEach(() => setLanguage("en"));

describe("catalogue", () => {
  const english = leaves(en);

  it("has one accessor per English part, and each gives the English part by default", () => {
    expect(Object.keys(accessors).sort()).toEqual(Object.keys(en).sort());
    for (const [part, texts] of Object.entries(en)) expect(accessors[part]()).toBe(texts);
  });

  it("has texts, none empty or padded with spaces", () => {
    expect(english.length).toBeGreaterThan(0);
    for (const [path, leaf] of english) {
      const text = render(leaf);
      expect({ path, empty: text.length === 0 }).toEqual({ path, empty: false });
      expect({ path, text }).toEqual({ path, text: text.trim() });
    }
  });

  it("pseudo-locale: the same keys, every text bracketed, accented and ~30 % longer", () => {
    setLanguage(PSEUDO_LOCALE);
    expect(language()).toBe(PSEUDO_LOCALE);
    const pseudo = leaves(allParts());
    expect(pseudo.map(([p]) => p)).toEqual(english.map(([p]) => p));
    pseudo.forEach(([path, leaf], i) => {
      const text = render(leaf);
      const source = render(english[i][1]);
      expect(text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE)).toBe(true);
      expect({ path, ascii: /[a-zA-Z]/.test(text) }).toEqual({ path, ascii: false });
      expect(text.length).toBeGreaterThanOrEqual(Math.floor(source.length * 1.3));
    });
  });

  it("pseudoText keeps digits and punctuation and marks an empty text as empty", () => {
    expect(pseudoText("")).toBe("");
    expect(pseudoText("Step 1: 3.5")).toMatch(/^⟦Ŝţéþ 1: 3\.5·+⟧$/);
  });

  it.each([
    ["en-GB", "en"],
    ["EN-us", "en"],
    ["nl-NL", "en"],
    ["", "en"],
    [undefined, "en"],
    [" QPS-ploc ", PSEUDO_LOCALE],
  ])("the tag %p gives %p", (tag, expected) => {
    expect(setLanguage(tag)).toBe(expected);
    expect(accessors.pane() === en.pane).toBe(expected === "en");
  });
});
