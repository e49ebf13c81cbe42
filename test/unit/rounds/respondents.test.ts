/** Several respondents per side: the statistics against hand computations on a small item set. */
import { ITEMS, recommend, scoreItems } from "../../../src/core/method";
import type { AssessmentItem, ItemAnswers } from "../../../src/core/method/types";
import { dimensionLabel } from "../../../src/core/texts/method-words";
import {
  anonymousSides,
  DISAGREEMENT_SPREAD,
  RespondentError,
  checkRespondents,
  disagreementTopic,
  disagreements,
  effectiveSideAnswers,
  itemStats,
  removeRespondent,
  respondentStatus,
  sideAnswers,
  sideScores,
  typedAsRespondent,
  upsertRespondent,
  type Respondent,
} from "../../../src/core/rounds";

const it3 = (id: string, dimension: AssessmentItem["dimension"], reverse = false, weight = 1) =>
  ({
    id,
    dimension,
    wording: "2026.1",
    reverse,
    weight,
  }) as AssessmentItem;

// Two trust items (one reverse, one weighted 2) and one stakes item.
const ITEMS3: AssessmentItem[] = [
  it3("T-1", "trust"),
  it3("T-2", "trust", true, 2),
  it3("S-1", "stakes"),
];

const them = (name: string, answers: ItemAnswers): Respondent => ({ name, side: "them", answers });
const A = them("Ana", { "T-1": 2, "T-2": 4, "S-1": 5 });
const B = them("Ben", { "T-1": 5, "T-2": null, "S-1": 4 });
const C = them("Cy", { "T-1": 3, "T-2": 2, "S-1": null });
const ourOne: Respondent = { name: "Pat", side: "us", answers: { "T-1": 4, "T-2": 1, "S-1": 3 } };

describe("item statistics over respondents", () => {
  test("n, mean, min, max and spread per item, N/A left out (hand computed)", () => {
    const s = itemStats([A, B, C, ourOne], "them", ITEMS3);
    // T-1: 2, 5, 3 -> n 3, mean 10/3, min 2, max 5, spread 3
    expect(s[0]).toEqual({
      itemId: "T-1",
      dimension: "trust",
      side: "them",
      n: 3,
      mean: 3.333333,
      min: 2,
      max: 5,
      spread: 3,
    });
    // T-2: 4, (N/A), 2 -> n 2, mean 3, spread 2
    expect(s[1]).toMatchObject({ n: 2, mean: 3, min: 2, max: 4, spread: 2 });
    // S-1: 5, 4, (N/A) -> n 2, mean 4.5, spread 1
    expect(s[2]).toMatchObject({ n: 2, mean: 4.5, min: 4, max: 5, spread: 1 });
    // Our side is counted apart.
    expect(itemStats([A, B, C, ourOne], "us", ITEMS3)[0]).toMatchObject({
      n: 1,
      mean: 4,
      spread: 0,
    });
  });

  test("an item nobody answered has n 0 and no mean", () => {
    const s = itemStats([them("Dee", { "T-1": null })], "them", ITEMS3);
    expect(s[0]).toMatchObject({ n: 0, mean: null, min: null, max: null, spread: null });
    expect(sideAnswers([them("Dee", {})], "them", ITEMS3)["T-1"]).toBeNull();
  });

  test("the side's dimension scores use the item means, reverse and weights as for one respondent", () => {
    const { scores, missing } = sideScores([A, B, C], "them", ITEMS3);
    // trust = (10/3 * 1 + (6 - 3) * 2) / (1 + 2) = (3.333333 + 6) / 3 = 3.111111
    expect(scores.trust).toBeCloseTo(3.111111, 5);
    expect(scores.stakes).toBe(4.5);
    expect(missing).not.toContain("trust");
    // A single respondent gives exactly the one-respondent score.
    expect(sideScores([ourOne], "us", ITEMS3).scores).toEqual(
      scoreItems(ourOne.answers, ITEMS3).scores
    );
  });

  test("the order respondents were added in does not change anything", () => {
    const orders = [
      [A, B, C],
      [C, A, B],
      [B, C, A],
    ];
    const results = orders.map((o) =>
      JSON.stringify([itemStats(o, "them", ITEMS3), disagreements(o, { items: ITEMS3 })])
    );
    expect(new Set(results).size).toBe(1);
  });
});

describe("respondent list", () => {
  test("importing the same name again replaces the answers (case and spaces ignored)", () => {
    const again = them(" ana ", { "T-1": 1 });
    const list = upsertRespondent([A, B], again);
    expect(list).toHaveLength(2);
    expect(list[0].answers).toEqual({ "T-1": 1 });
    // The same name on the other side is another person.
    expect(upsertRespondent([A], { ...again, side: "us" })).toHaveLength(2);
  });

  test("removing a respondent, and a clear error for an unknown name", () => {
    expect(removeRespondent([A, B, C], "BEN").map((r) => r.name)).toEqual(["Ana", "Cy"]);
    expect(() => removeRespondent([A], "Zed")).toThrow(/no respondent named "Zed".*allowed: Ana/);
  });

  test("a duplicate name in one side, a nameless respondent and a bad score are refused", () => {
    expect(() => checkRespondents([A, them("ANA", {})])).toThrow(RespondentError);
    expect(() => checkRespondents([A, them("ANA", {})])).toThrow(
      /"ANA" appears twice for their side/
    );
    expect(() => checkRespondents([them("  ", {})])).toThrow(/has no name/);
    expect(() => checkRespondents([them("X", { "T-1": 2.5 })])).toThrow(
      /item T-1: 2.5 is not a score/
    );
    expect(() => checkRespondents([A, B, C, ourOne])).not.toThrow();
  });

  test("status: answered when every item is scored, partial, or not answered", () => {
    expect(respondentStatus(ourOne, ITEMS3)).toEqual({ status: "answered", answered: 3, of: 3 });
    expect(respondentStatus(B, ITEMS3).status).toBe("partial");
    expect(respondentStatus(them("E", {}), ITEMS3).status).toBe("not answered");
    expect(respondentStatus(them("E", {})).of).toBe(ITEMS.length);
  });
});

describe("disagreement inside a side", () => {
  test(`items with a spread of ${DISAGREEMENT_SPREAD} or more, biggest first, anonymous for the other side by default`, () => {
    const d = disagreements([A, B, C, ourOne], { items: ITEMS3 });
    expect(d.map((x) => [x.itemId, x.spread])).toEqual([
      ["T-1", 3],
      ["T-2", 2],
    ]);
    expect(d[0].lowest).toBeUndefined();
    // The dimension by its label, not its key.
    expect(disagreementTopic(d[0])).toBe(
      `T-1 (${dimensionLabel(d[0].dimension)}): their team disagrees, 3 answers from 2 to 5`
    );
    expect(dimensionLabel(d[0].dimension)).not.toBe(d[0].dimension);
    expect(disagreementTopic(d[0])).not.toMatch(/Ana|Ben|Cy/);
  });

  test("names appear only when the analyst lifts anonymity", () => {
    const d = disagreements([A, B, C], { items: ITEMS3, anonymous: [] });
    expect(d[0]).toMatchObject({ lowest: ["Ana"], highest: ["Ben"] });
    expect(disagreementTopic(d[0])).toMatch(/lowest: Ana; highest: Ben/);
    // Our own team is named by default.
    const us = [
      { name: "Pat", side: "us" as const, answers: { "S-1": 1 } },
      { name: "Lee", side: "us" as const, answers: { "S-1": 4 } },
    ];
    expect(disagreements(us, { items: ITEMS3 })[0]).toMatchObject({
      side: "us",
      lowest: ["Pat"],
      highest: ["Lee"],
    });
  });

  test("a spread just below the threshold is no topic", () => {
    expect(
      disagreements([them("a", { "S-1": 3 }), them("b", { "S-1": 4 })], { items: ITEMS3 })
    ).toEqual([]);
  });
});

describe("typed answers and the respondents table", () => {
  test("a side without respondents uses the typed column; with respondents, their means", () => {
    const typed: ItemAnswers = { "T-1": 1, "T-2": 1, "S-1": 1 };
    expect(effectiveSideAnswers([A], typed, "us", ITEMS3)).toEqual({
      answers: typed,
      source: "typed",
    });
    const them3 = effectiveSideAnswers([A, B, C], typed, "them", ITEMS3);
    expect(them3.source).toBe("respondents");
    expect(them3.answers).toEqual({ "T-1": 3.333333, "T-2": 3, "S-1": 4.5 });
  });

  test("typed answers become one respondent, N/A kept; nothing typed gives none", () => {
    expect(typedAsRespondent({ "T-1": 4, "T-2": null }, "us", "Typed")).toEqual({
      name: "Typed",
      side: "us",
      answers: { "T-1": 4, "T-2": null },
    });
    expect(typedAsRespondent({ "T-1": null }, "us", "Typed")).toBeNull();
  });

  test("means feed the engine like any answers (scores between whole numbers are fine)", () => {
    const us: ItemAnswers = {};
    const th: ItemAnswers = {};
    ITEMS.forEach((i) => {
      us[i.id] = 3;
      th[i.id] = null;
    });
    const list = [them("x", { ...th }), them("y", { ...th })];
    list[0].answers[ITEMS[0].id] = 2;
    list[1].answers[ITEMS[0].id] = 3;
    const mean = sideAnswers(list, "them")[ITEMS[0].id];
    expect(mean).toBe(2.5);
    const profile = { perspective: "customer" as const, us: scoreItems(us).scores };
    expect(() => recommend(profile)).not.toThrow();
  });
});

describe("anonymity setting (cover cells, one per side)", () => {
  test("blank takes the default: their side anonymous, ours named", () => {
    expect(anonymousSides({})).toEqual(["them"]);
    expect(anonymousSides({ us: null, them: "" })).toEqual(["them"]);
  });
  test("No names a side, Yes protects it, in any case and with spaces; booleans too", () => {
    expect(anonymousSides({ us: " yes ", them: "NO" })).toEqual(["us"]);
    expect(anonymousSides({ us: true, them: false })).toEqual(["us"]);
    expect(anonymousSides({ us: "No", them: "No" })).toEqual([]);
  });
  test("any other text keeps the respondents anonymous (the safe reading of a typo)", () => {
    expect(anonymousSides({ us: "Nope", them: "n" })).toEqual(["us", "them"]);
    expect(anonymousSides({ us: 0 })).toEqual(["us", "them"]);
  });
});
