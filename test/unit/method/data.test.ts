import {
  DIMENSIONS,
  DIMENSION_KEYS,
  ITEMS,
  ITEM_SET_VERSION,
  MODELS,
  MODEL_IDS,
  PRINCIPLES,
  STEPS,
  THRESHOLDS,
  modelById,
  modelLevel,
  principleById,
} from "../../../src/core/method";
import { dimensionLabel, principleWords } from "../../../src/core/texts/method-words";
import { itemWording } from "../../../src/core/texts/question-words";

describe("method data", () => {
  test("four steps, nine principles, each principle in a step", () => {
    expect(STEPS.map((s) => s.id)).toEqual(["S1", "S2", "S3", "S4"]);
    expect(PRINCIPLES.map((p) => p.id)).toEqual([
      "P1",
      "P2",
      "P3",
      "P4",
      "P5",
      "P6",
      "P7",
      "P8",
      "P9",
    ]);
    // METHOD.md's principle -> step table
    expect(PRINCIPLES.map((p) => p.step)).toEqual([
      "S1",
      "S1",
      "S2",
      "S2",
      "S3",
      "S2",
      "S3",
      "S3",
      "S4",
    ]);
    for (const p of PRINCIPLES) {
      expect(principleWords(p.id).observation.length).toBeGreaterThan(40);
      expect(principleWords(p.id).guidance.length).toBeGreaterThan(40);
      expect(principleById(p.id)).toBe(p);
    }
  });

  test("the dimensions in contract order, with METHOD.md's principle and step", () => {
    expect(DIMENSIONS.map((d) => d.key)).toEqual([...DIMENSION_KEYS]);
    const table = DIMENSIONS.map((d) => `${d.key}:${d.principle}:${d.step}`);
    expect(table).toEqual([
      "mutuality:P1:S1",
      "alignment:P2:S1",
      "complementarity:P3:S2",
      "differenceRisk:P4:S2",
      "stakes:P6:S2",
      "trust:P5:S3",
      "ourDependence:P7:S3",
      "theirDependence:P7:S3",
      "partnershipFit:P8:S3",
      "maturity:P9:S4",
    ]);
    expect(dimensionLabel("trust")).toBe("Trust");
  });

  test("five ordered models with METHOD.md's required trust", () => {
    expect(MODELS.map((m) => m.id)).toEqual([...MODEL_IDS]);
    expect(MODELS.map((m) => m.requiredTrust)).toEqual([1, 2, 3, 4, 4.5]);
    MODELS.forEach((m, i) => {
      expect(m.level).toBe(i);
      expect(modelLevel(m.id)).toBe(i);
      expect(modelById(m.id)).toBe(m);
      expect(m.putInPlace.length).toBeGreaterThanOrEqual(3);
    });
    expect(() => modelById("friends" as never)).toThrow(/Unknown model 'friends'/);
  });

  test("thresholds hold METHOD.md's numbers", () => {
    expect(THRESHOLDS.partnership).toEqual({
      stakes: 3.5,
      alignment: 4.5,
      mutuality: 4,
      trust: 4.5,
      partnershipFit: 4,
      maturity: 3,
    });
    expect([THRESHOLDS.perceptionGapDimension, THRESHOLDS.perceptionGapItem]).toEqual([1.5, 2]);
    expect([THRESHOLDS.stakesTransactionalBelow, THRESHOLDS.stakesCooperativeBelow]).toEqual([
      2.5, 3.5,
    ]);
  });

  test("items: 3 to 5 per dimension, unique ids with the dimension's prefix, anchors, some reversed", () => {
    expect(ITEM_SET_VERSION).toMatch(/^\d{4}\.\d+$/);
    const ids = ITEMS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const prefix: Record<string, string> = {
      mutuality: "MUT",
      alignment: "ALI",
      complementarity: "CMP",
      differenceRisk: "DIF",
      stakes: "STK",
      trust: "TRU",
      ourDependence: "ODP",
      theirDependence: "TDP",
      partnershipFit: "PFT",
      maturity: "MAT",
    };
    for (const key of DIMENSION_KEYS) {
      const items = ITEMS.filter((i) => i.dimension === key);
      expect(items.length).toBeGreaterThanOrEqual(3);
      expect(items.length).toBeLessThanOrEqual(5);
      for (const it of items) {
        expect(it.id).toMatch(new RegExp(`^${prefix[key]}-\\d+$`));
        expect(it.weight).toBe(1);
        const w = itemWording(it);
        for (const a of [w.anchors[1], w.anchors[3], w.anchors[5]])
          expect(a.length).toBeGreaterThan(3);
        expect(w.question.endsWith("?")).toBe(true);
      }
    }
    expect(ITEMS.filter((i) => i.reverse).length).toBeGreaterThanOrEqual(5);
  });
});
