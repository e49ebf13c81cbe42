/** The pure exchange logic: questionnaire plan, answer validation, merge, gaps. */
import fc from "fast-check";
import {
  ANSWER_HEADERS,
  ANSWER_TABLE_HEADERS,
  ANSWERS_TABLE,
  ExchangeError,
  MAX_NOTE_LENGTH,
  QUESTIONNAIRE_KIND,
  QUESTIONNAIRE_LAYOUT,
  QUESTIONNAIRE_NAMES,
  QUESTIONNAIRE_SHEETS,
  THEIR_INTERESTS_TABLE,
  THEIR_NOTE_MARK,
  applyMergeToTables,
  buildQuestionnairePlan,
  derivedAssessmentId,
  isAssessmentId,
  mergeNote,
  newAssessmentId,
  perceptionSummary,
  planMerge,
  resolveAssessmentId,
  validateReturned,
  workshopTopics,
  type ReturnedCell,
  type ReturnedWorkbook,
} from "../../../src/core/exchange";
import { ITEMS, ITEM_SET_VERSION, type ItemAnswers } from "../../../src/core/method";
import { buildAssessmentPlan } from "../../../src/core/workbook/layout";
import {
  INTEREST_HEADERS,
  INTEREST_KINDS,
  ITEM_HEADERS,
  SCORE_CHOICES,
} from "../../../src/core/workbook/names";
import { columnLetter, parseCell } from "../../../src/core/workbook/a1";
import type { ItemTableValues } from "../../../src/core/workbook/plan";
import { readAssessment } from "../../../src/core/workbook/readback";
import { META, PRIVATE } from "./helpers";

const ID = "CF-AAAA-BBBB-CCCC-0001";
import { QUESTION_SET_CHECK_NAME, questionSetCheck } from "../../../src/core/exchange/fingerprint";

const plan = buildQuestionnairePlan({ assessmentId: ID, meta: META });

/** The questionnaire as the adapter would read it back, with answer and note cells filled in. */
function returned(
  scores: Record<string, ReturnedCell> = {},
  notes: Record<string, ReturnedCell> = {}
): ReturnedWorkbook {
  const table = plan.sheets[1].tables![0];
  const s = ANSWER_TABLE_HEADERS.indexOf(ANSWER_HEADERS.score);
  const n = ANSWER_TABLE_HEADERS.indexOf(ANSWER_HEADERS.notes);
  const rows = table.rows.map((r) => {
    const row = [...r] as ReturnedCell[];
    const id = String(r[0]);
    if (id in scores) row[s] = scores[id];
    if (id in notes) row[n] = notes[id];
    return row;
  });
  return {
    sheetNames: plan.sheets.map((x) => x.name),
    names: {
      [QUESTIONNAIRE_NAMES.assessmentId]: { refersTo: "x", value: ID },
      [QUESTIONNAIRE_NAMES.itemSetVersion]: { refersTo: "x", value: ITEM_SET_VERSION },
      [QUESTIONNAIRE_NAMES.kind]: { refersTo: "x", value: QUESTIONNAIRE_KIND },
      [QUESTION_SET_CHECK_NAME]: { refersTo: "x", value: questionSetCheck(ITEMS) },
    },
    tables: [
      {
        sheet: plan.sheets[1].name,
        tableName: table.name,
        topLeft: table.topLeft,
        headers: table.headers,
        rows,
      },
    ],
  };
}

/** Our item tables straight from the layout plan (as an adapter would read them). */
function ourTables(them: ItemAnswers = {}, notes: Record<string, string> = {}): ItemTableValues[] {
  const p = buildAssessmentPlan(META, { answers: { us: { "MUT-1": 4 }, them }, notes });
  return p.sheets.flatMap((sh) =>
    (sh.tables ?? [])
      .filter((t) => t.name.startsWith("CF_Items"))
      .map((t) => ({
        sheet: sh.name,
        tableName: t.name,
        topLeft: t.topLeft,
        headers: t.headers,
        rows: t.rows,
      }))
  );
}

const expectRefusal = (f: () => unknown, pattern: RegExp) => {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ExchangeError);
  expect((err as Error).message).toMatch(pattern);
};

describe("assessment id", () => {
  it("new ids are well-formed and differ; derived ids are stable and depend on the cover", () => {
    const a = newAssessmentId();
    expect(isAssessmentId(a)).toBe(true);
    expect(newAssessmentId()).not.toBe(a);
    const d = derivedAssessmentId(META);
    expect(isAssessmentId(d)).toBe(true);
    expect(derivedAssessmentId({ ...META })).toBe(d);
    expect(derivedAssessmentId({ ...META, date: "2026-04-01" })).not.toBe(d);
    expect(resolveAssessmentId(ID, META)).toBe(ID);
    expect(resolveAssessmentId("", META)).toBe(d);
  });
});

describe("buildQuestionnairePlan", () => {
  it("writes only the items, the two organisation names and the identifiers", () => {
    const text = JSON.stringify(plan);
    for (const p of Object.values(PRIVATE)) expect(text).not.toContain(p);
    expect(text).not.toContain(ITEM_HEADERS.weight);
    expect(text).not.toContain(ITEM_HEADERS.our);
    expect(plan.sheets.map((s) => s.name)).toEqual([
      QUESTIONNAIRE_SHEETS.instructions,
      QUESTIONNAIRE_SHEETS.answers,
    ]);
    expect(plan.sheets.every((s) => s.protect)).toBe(true);
    const table = plan.sheets[1].tables![0];
    expect(table.name).toBe(ANSWERS_TABLE);
    expect(table.rows.map((r) => r[0])).toEqual(ITEMS.map((i) => i.id));
    expect(table.rows.every((r) => r[6] === null && r[7] === null)).toBe(true);
    // Their Step 1 table: below the questions, in our S1 shape, empty.
    const interests = plan.sheets[1].tables![1];
    expect(interests.name).toBe(THEIR_INTERESTS_TABLE);
    expect(interests.headers).toEqual([...INTEREST_HEADERS]);
    expect(interests.rows.flat().every((v) => v === null)).toBe(true);
    const top = parseCell(interests.topLeft);
    expect(top.row).toBeGreaterThan(4 + ITEMS.length);
    const iBody = `${interests.topLeft.replace(/\d+/, "")}${top.row + 1}:${columnLetter(top.col + INTEREST_HEADERS.length - 1)}${top.row + interests.rows.length}`;
    expect(plan.sheets[1].validations).toEqual([
      expect.objectContaining({
        kind: "list",
        range: `G5:G${4 + ITEMS.length}`,
        values: [...SCORE_CHOICES],
      }),
      expect.objectContaining({ kind: "list", values: [...INTEREST_KINDS] }),
    ]);
    // Only the two answer columns and their interests table are unlocked.
    const unlocked = plan.sheets.flatMap((s) =>
      (s.rangeStyles ?? []).filter((r) => r.style.unlocked).map((r) => r.range)
    );
    expect(unlocked).toEqual([`G5:G${4 + ITEMS.length}`, `H5:H${4 + ITEMS.length}`, iBody]);
    expect(plan.sheets.flatMap((s) => s.cells).some((c) => c.addinFormula)).toBe(false);
  });

  it("speaks to the other party from their side", () => {
    const cells = plan.sheets[0].cells;
    const side = cells.find((c) => c.address === QUESTIONNAIRE_LAYOUT.facts.side)!;
    expect(side.value).toBe("supplier");
    const how = String(cells.find((c) => c.address === "B5")!.value);
    expect(how).toContain(`"we" and "us" mean ${META.them}`);
    expect(how).toContain(`"the other party" means ${META.us}`);
  });

  it("refuses a malformed id and empty organisation names", () => {
    expect(() => buildQuestionnairePlan({ assessmentId: "abc", meta: META })).toThrow(
      /assessment id "abc"/
    );
    expect(() =>
      buildQuestionnairePlan({ assessmentId: ID, meta: { ...META, them: " " } })
    ).toThrow(/other party is empty/);
  });
});

describe("validateReturned", () => {
  it('treats 3 and "3" alike, reads N/A, and skips anything else with its cell', () => {
    const v = validateReturned(
      returned({
        "MUT-1": 3,
        "MUT-2": "3",
        "MUT-3": "n/a",
        "MUT-4": 7,
        "ALI-1": 2.5,
        "ALI-2": "abc",
        "ALI-3": true,
      }),
      { assessmentId: ID }
    );
    expect(v.answers["MUT-1"]).toBe(3);
    expect(v.answers["MUT-2"]).toBe(3);
    expect(v.values["MUT-3"]).toBe("N/A");
    expect(v.answers["MUT-3"]).toBeNull();
    const skipped = Object.fromEntries(
      v.report.skipped.filter((s) => s.column === "score").map((s) => [s.itemId, s])
    );
    expect(skipped["MUT-4"]).toMatchObject({
      cell: "G8",
      reason: expect.stringMatching(/outside 1-5/),
    });
    expect(skipped["ALI-1"].reason).toMatch(/not a whole number/);
    expect(skipped["ALI-2"].reason).toMatch(/not a score/);
    expect(skipped["ALI-3"]).toBeDefined();
    expect(v.notes["ALI-2"]).toBe("(score entry not accepted: abc)");
    expect(v.values["MUT-4"]).toBeNull();
  });

  it("keeps formula-like text and formulas as note text, never as scores", () => {
    const v = validateReturned(
      returned(
        { "MUT-1": 4, "MUT-2": "=1+1", "MUT-3": "+2", "MUT-4": { formula: "A1" } },
        { "MUT-2": "see call" }
      ),
      { assessmentId: ID }
    );
    expect(v.answers["MUT-2"]).toBeNull();
    expect(v.answers["MUT-3"]).toBeNull();
    expect(v.answers["MUT-4"]).toBeNull();
    expect(v.notes["MUT-2"]).toBe("see call (score entry not accepted: =1+1)");
    expect(v.notes["MUT-4"]).toBe("(score entry not accepted: =A1)");
  });

  it("cuts overlong notes and drops control characters", () => {
    const v = validateReturned(
      returned({ "MUT-1": 1 }, { "MUT-1": "a\u0007b" + "x".repeat(MAX_NOTE_LENGTH) }),
      {
        assessmentId: ID,
      }
    );
    expect(v.notes["MUT-1"]).toHaveLength(MAX_NOTE_LENGTH);
    expect(v.notes["MUT-1"].startsWith("abx")).toBe(true);
    expect(v.report.skipped.some((s) => s.column === "notes" && /was cut/.test(s.reason))).toBe(
      true
    );
  });

  it("refuses structural faults, each naming its place", () => {
    const ok = returned({ "MUT-1": 3 });
    expectRefusal(
      () => validateReturned(ok, { assessmentId: "CF-0000-0000-0000-0000" }),
      /'How to answer'!B16: .*belongs to assessment/
    );
    expectRefusal(
      () => validateReturned(ok, { assessmentId: ID, itemSetVersion: "1999.9" }),
      /B17: question set version is "2026/
    );
    expectRefusal(
      () => validateReturned({ ...ok, names: {} }, { assessmentId: ID }),
      /not a CollabFit questionnaire/
    );
    expectRefusal(
      () => validateReturned({ ...ok, tables: [] }, { assessmentId: ID }),
      /CF_Answers is missing/
    );
    const renamedHeader = {
      ...ok,
      tables: [
        {
          ...ok.tables[0],
          headers: ok.tables[0].headers.map((h) => (h === "Your score" ? "Score" : h)),
        },
      ],
    };
    expectRefusal(
      () => validateReturned(renamedHeader, { assessmentId: ID }),
      /'Your answers'!A4:H4: the answers table's header row was changed/
    );
    const rows = ok.tables[0].rows.map((r) => [...r]);
    rows.pop();
    expectRefusal(
      () => validateReturned({ ...ok, tables: [{ ...ok.tables[0], rows }] }, { assessmentId: ID }),
      new RegExp(`item ${ITEMS[ITEMS.length - 1].id} is missing`)
    );
    const formulaId = ok.tables[0].rows.map((r, i) =>
      i === 2 ? [{ formula: "A5" }, ...r.slice(1)] : r
    );
    expectRefusal(
      () =>
        validateReturned(
          { ...ok, tables: [{ ...ok.tables[0], rows: formulaId as ReturnedCell[][] }] },
          { assessmentId: ID }
        ),
      /A7: unknown item ID "=A5"/
    );
  });
});

describe("planMerge", () => {
  it("sets Their score to exactly their answers, keeps our notes and scores, and is idempotent", () => {
    const tables = ourTables({ "MUT-2": 1 }, { "MUT-1": "ours" });
    const v = validateReturned(returned({ "MUT-1": 5, "ALI-1": "N/A" }, { "MUT-1": "theirs" }), {
      assessmentId: ID,
    });
    const merged = applyMergeToTables(tables, planMerge(tables, v));
    const read = readAssessment(merged);
    expect(read.problems).toEqual([]);
    expect(read.them["MUT-1"]).toBe(5);
    expect(read.them["MUT-2"]).toBeNull(); // their old answer is replaced by the file's blank
    expect(read.us["MUT-1"]).toBe(4);
    const t = merged[0];
    const row = t.rows.find((r) => r[0] === "MUT-1")!;
    expect(row[t.headers.indexOf(ITEM_HEADERS.notes)]).toBe(`ours\n${THEIR_NOTE_MARK}theirs`);
    expect(t.rows.find((r) => r[0] === "ALI-1")![t.headers.indexOf(ITEM_HEADERS.their)]).toBe(
      "N/A"
    );
    const again = planMerge(merged, v);
    expect(again.changedScores).toBe(0);
    expect(again.notes).toEqual([]);
    expect(applyMergeToTables(merged, again)).toEqual(merged);
  });

  it("leaves our own Notes cells exactly as they are where they sent no note", () => {
    const tables = ourTables({}, { "MUT-1": "call them back  \n", "MUT-2": "ours" });
    // A number typed into Notes is ours too: it must not come back as text.
    const t = tables.find((x) => x.rows.some((r) => r[0] === "MUT-3"))!;
    const notesCol = t.headers.indexOf(ITEM_HEADERS.notes);
    t.rows.find((r) => r[0] === "MUT-3")![notesCol] = 42;
    const v = validateReturned(returned({ "MUT-1": 5, "MUT-3": 2 }, { "MUT-2": "theirs" }), {
      assessmentId: ID,
    });
    const plan = planMerge(tables, v);
    expect(plan.notes).toEqual([
      expect.objectContaining({ value: `ours\n${THEIR_NOTE_MARK}theirs` }),
    ]);
    const merged = applyMergeToTables(tables, plan);
    const note = (id: string) => merged.flatMap((x) => x.rows).find((r) => r[0] === id)![notesCol];
    expect(note("MUT-1")).toBe("call them back  \n");
    expect(note("MUT-3")).toBe(42);
  });

  it("refuses when our own tables cannot take the answers", () => {
    const tables = ourTables();
    const v = validateReturned(returned({ "MUT-1": 5 }), { assessmentId: ID });
    const noTheir = tables.map((t, i) =>
      i === 0
        ? { ...t, headers: t.headers.map((h) => (h === ITEM_HEADERS.their ? "Theirs" : h)) }
        : t
    );
    expectRefusal(() => planMerge(noTheir, v), /no "Their score" header/);
    expectRefusal(() => planMerge([], v), /no item tables/);
  });

  it("mergeNote: any existing cell, any note, applied twice equals applied once", () => {
    fc.assert(
      fc.property(
        fc.option(fc.string()),
        fc.option(fc.string({ minLength: 1 })),
        (existing, theirs) => {
          const once = mergeNote(existing, theirs ?? undefined);
          expect(mergeNote(once, theirs ?? undefined)).toEqual(once);
        }
      )
    );
  });

  it("round trip property: whatever they answer, read-back after the merge sees exactly that", () => {
    const tables = ourTables();
    const answer = fc.oneof(
      fc.integer({ min: 1, max: 5 }),
      fc.constantFrom("1", "2", "3", "4", "5", "N/A", null)
    );
    fc.assert(
      fc.property(
        fc.array(answer, { minLength: ITEMS.length, maxLength: ITEMS.length }),
        (cells) => {
          if (cells.every((c) => c === null)) return;
          const scores = Object.fromEntries(ITEMS.map((it, i) => [it.id, cells[i]]));
          const v = validateReturned(returned(scores), { assessmentId: ID });
          const read = readAssessment(applyMergeToTables(tables, planMerge(tables, v)));
          for (const [i, it] of ITEMS.entries()) {
            const c = cells[i];
            expect(read.them[it.id] ?? null).toBe(c === null || c === "N/A" ? null : Number(c));
          }
        }
      ),
      { numRuns: 50 }
    );
  });
});

describe("perception gaps after import", () => {
  it("lists dimension and item gaps, biggest first, as workshop topics", () => {
    const us: ItemAnswers = {};
    const them: ItemAnswers = {};
    for (const it of ITEMS) {
      us[it.id] = 3;
      them[it.id] = 3;
    }
    for (const it of ITEMS.filter((i) => i.dimension === "trust")) {
      us[it.id] = it.reverse ? 1 : 5;
      them[it.id] = it.reverse ? 5 : 1;
    }
    them["MUT-1"] = 5;
    us["MUT-1"] = 1;
    const s = perceptionSummary({ us, them }, "customer");
    expect(s.dimensions.map((g) => g.dimension)).toEqual(["trust"]);
    expect(s.items[0].itemId.startsWith("TRU") || s.items[0].itemId === "MUT-1").toBe(true);
    expect(s.items.some((g) => g.itemId === "MUT-1")).toBe(true);
    const topics = workshopTopics(s, 3);
    expect(topics).toHaveLength(3);
    expect(topics[0]).toMatch(/^Trust: we score 5, they score 1/);
  });
});
