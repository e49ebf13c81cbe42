/**
 * The method's words live in the catalogue (method, questions, roadmap parts) and the engine keeps
 * the keys: every key has its words, every set's items find their question and anchors, and a
 * name read back in English is still understood in another language.
 */
import {
  DIMENSION_KEYS,
  ITEM_SETS,
  MODEL_IDS,
  PRINCIPLES,
  STEPS,
  itemSetUpgrade,
} from "../../../src/core/method";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { method } from "../../../src/core/texts/en/method";
import { questions } from "../../../src/core/texts/en/questions";
import {
  dimensionLabel,
  modelIdByName,
  modelName,
  stepTitle,
} from "../../../src/core/texts/method-words";
import { itemWording, sourceItemWording } from "../../../src/core/texts/question-words";

afterEach(() => setLanguage("en"));

describe("the method part has words for every key of the engine, and no others", () => {
  it("models, dimensions, steps and principles", () => {
    expect(Object.keys(method.models)).toEqual([...MODEL_IDS]);
    expect(Object.keys(method.dimensions)).toEqual([...DIMENSION_KEYS]);
    expect(Object.keys(method.steps)).toEqual(STEPS.map((s) => s.id));
    expect(Object.keys(method.principles)).toEqual(PRINCIPLES.map((p) => p.id));
  });

  it("words follow the language; an English name read back is still understood", () => {
    const english = modelName("cooperative");
    setLanguage(PSEUDO_LOCALE);
    expect(modelName("cooperative")).toMatch(/^⟦.*⟧$/);
    expect(dimensionLabel("trust")).toMatch(/^⟦.*⟧$/);
    expect(stepTitle("S1")).toMatch(/^⟦.*⟧$/);
    expect(modelIdByName(english)).toBe("cooperative");
    expect(modelIdByName(modelName("cooperative"))).toBe("cooperative");
    expect(modelIdByName("cooperative")).toBe("cooperative");
    expect(modelIdByName("no such model")).toBeNull();
  });
});

describe("the questions part: wording per question set, ids kept", () => {
  const versions = Object.keys(ITEM_SETS);

  it("every item of every set finds its question and anchors, in the set that introduced them", () => {
    for (const v of versions) {
      for (const it of ITEM_SETS[v]) {
        // Wording from this set or an earlier one: a released set's words never come from a later set.
        expect({ id: it.id, ok: versions.indexOf(it.wording) <= versions.indexOf(v) }).toEqual({
          id: it.id,
          ok: true,
        });
        const w = itemWording(it);
        expect(w.question.length).toBeGreaterThan(10);
        expect([w.anchors[1], w.anchors[3], w.anchors[5]].every((a) => a.length > 0)).toBe(true);
      }
    }
  });

  it("every wording in the catalogue belongs to an item of some set (none left over)", () => {
    const used = new Set(versions.flatMap((v) => ITEM_SETS[v].map((i) => `${i.wording}/${i.id}`)));
    const listed = Object.entries(questions).flatMap(([v, items]) =>
      Object.keys(items).map((id) => `${v}/${id}`)
    );
    expect(listed.sort()).toEqual([...used].sort());
  });

  it("answers carry over exactly for the items whose wording did not change", () => {
    const up = itemSetUpgrade(versions[0], versions[versions.length - 1]);
    const old = new Map(ITEM_SETS[versions[0]].map((i) => [i.id, i]));
    for (const id of up.carried) expect(sourceItemWording(old.get(id)!)).toBeDefined();
    for (const it of ITEM_SETS[versions[versions.length - 1]]) {
      const before = old.get(it.id);
      const same = !!before && before.wording === it.wording && before.reverse === it.reverse;
      expect({ id: it.id, carried: up.carried.includes(it.id) }).toEqual({
        id: it.id,
        carried: same,
      });
    }
  });

  it("an unknown wording is a clear error naming the item and the set", () => {
    expect(() => itemWording({ id: "MUT-1", wording: "1999.1" })).toThrow(
      /No wording for item MUT-1 in question set 1999.1/
    );
  });
});
