/**
 * Roadmap action ids are stored in users' workbooks (CF_Actions, matched on refresh). They were once
 * `CODE-` + a short hash of the English text; the engine now keeps each action's hash as data, so a
 * rewording or another language never changes an id. These tests hold the frozen hashes to what
 * the old hash gave for the English texts, and show the ids no longer follow the words.
 */
import {
  ACTION_HASHES,
  MODELS,
  MODEL_IDS,
  PERSPECTIVES,
  recommend,
  type Profile,
} from "../../../src/core/method";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { method } from "../../../src/core/texts/en/method";
import { roadmap } from "../../../src/core/texts/en/roadmap";
import { buildPathRoadmap, buildRoadmap } from "../../../src/core/texts/roadmap-words";
import { BASE } from "./helpers";

/** The id hash as it was computed from an action's text (FNV-1a, 16 bits as 4 hex digits). */
function oldShortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return ((h ^ (h >>> 16)) & 0xffff).toString(16).toUpperCase().padStart(4, "0");
}

afterEach(() => setLanguage("en"));

describe("frozen roadmap action ids", () => {
  it("every action's hash is what the old hash gave for its English text", () => {
    const keys = Object.keys(roadmap.actions).sort();
    expect(Object.keys(ACTION_HASHES).sort()).toEqual(keys);
    for (const key of keys) {
      const words = roadmap.actions[key as keyof typeof roadmap.actions];
      const frozen = ACTION_HASHES[key as keyof typeof ACTION_HASHES];
      if (typeof words === "string")
        expect({ key, hash: frozen }).toEqual({ key, hash: oldShortHash(words) });
      else if (typeof words === "function")
        for (const m of MODEL_IDS)
          expect({ key, m, hash: (frozen as Record<string, string>)[m] }).toEqual({
            key,
            m,
            hash: oldShortHash(words(method.models[m].name)),
          });
      else
        for (const side of PERSPECTIVES)
          expect({ key, side, hash: (frozen as Record<string, string>)[side] }).toEqual({
            key,
            side,
            hash: oldShortHash(words[side]),
          });
    }
  });

  it("every model's putInPlace hash is the old hash of its English text, index by index", () => {
    for (const m of MODELS) {
      const texts = method.models[m.id].putInPlace;
      expect(m.putInPlace.map((p) => p.hash)).toEqual(texts.map(oldShortHash));
    }
  });

  it("no two actions share an English text (one action, one text, one id)", () => {
    const texts = [
      ...Object.values(roadmap.actions).flatMap((w) =>
        typeof w === "string"
          ? [w]
          : typeof w === "function"
            ? MODEL_IDS.map((m) => w(method.models[m].name))
            : Object.values(w)
      ),
      ...MODELS.flatMap((m) => method.models[m.id].putInPlace),
    ];
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("the ids of a roadmap stay the same in another language; only the words change", () => {
    const p: Profile = { perspective: "customer", us: { ...BASE, trust: 2, differenceRisk: 4 } };
    const rec = recommend(p);
    const roadmaps = () => [
      buildRoadmap(p, rec, { startDate: "2026-01-01" }),
      ...MODEL_IDS.map((to) =>
        buildPathRoadmap("adversarial", to, "supplier", { startDate: "2026-01-01" })
      ),
    ];
    const ids = (rows: ReturnType<typeof roadmaps>) =>
      rows.flat().flatMap((r) => r.items.map((i) => i.id));
    const texts = (rows: ReturnType<typeof roadmaps>) => rows.flat().flatMap((r) => r.actions);
    const english = roadmaps();
    setLanguage(PSEUDO_LOCALE);
    const pseudo = roadmaps();
    expect(ids(pseudo)).toEqual(ids(english));
    expect(ids(english).length).toBeGreaterThan(MODEL_IDS.length);
    // Every action text differs: the words moved, the ids did not.
    const [a, b] = [texts(english), texts(pseudo)];
    expect(b).toHaveLength(a.length);
    for (let i = 0; i < a.length; i++) expect(b[i]).not.toBe(a[i]);
  });
});
