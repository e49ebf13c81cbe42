import fc from "fast-check";
import {
  ACTION_CATALOGUE,
  DIMENSION_KEYS,
  MODELS,
  POWER_ACTIONS,
  powerPosition,
  type DimensionKey,
  addDays,
  addMonths,
  detectGaps,
  isMonthsPerStep,
  recommend,
  THRESHOLDS,
  type Profile,
} from "../../../src/core/method";
import { BASE, profile } from "./helpers";
import {
  buildPathRoadmap,
  buildRoadmap,
  roadmapActionText,
  roadmapCells,
} from "../../../src/core/texts/roadmap-words";
import { ROADMAP_COLUMNS } from "../../../src/core/method";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { roadmapTexts } from "../../../src/core/texts/parts/roadmap";
import { untranslated } from "../../support/untranslated";

/** The words of a gap's catalogue actions. */
const catalogueTexts = (gap: keyof typeof ACTION_CATALOGUE) =>
  ACTION_CATALOGUE[gap].actions.map((key) => roadmapActionText({ key }));

/** The words of every action marked as needing leverage (power actions and what models put in place). */
const LEVERAGE_ACTIONS = [
  ...Object.values(POWER_ACTIONS)
    .flat()
    .filter((a) => a.needsLeverage)
    .map((a) => roadmapActionText({ key: a.key })),
  ...MODELS.flatMap((m) =>
    m.putInPlace.flatMap((p, index) =>
      p.needsLeverage ? [roadmapActionText({ key: "putInPlace", model: m.id, index })] : []
    )
  ),
];

describe("date arithmetic (UTC, ISO strings)", () => {
  test("months clamp to the month's length; leap years; year wrap", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
    expect(addMonths("2026-05-31", -3)).toBe("2026-02-28");
  });
  test("days cross month and year ends", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
  test("invalid dates are refused with the allowed format", () => {
    expect(() => addMonths("2026-02-30", 1)).toThrow(/'2026-02-30'.*YYYY-MM-DD/);
    expect(() => addMonths("26-1-1", 1)).toThrow(/YYYY-MM-DD/);
  });
});

describe("buildRoadmap", () => {
  const p = profile({ stakes: 4, trust: 2.5, differenceRisk: 4 });
  const r = recommend(p);
  const rows = buildRoadmap(p, r, { startDate: "2026-01-31" });

  test("baseline, MVR + MVC, one phase per level step, re-assessment", () => {
    expect(r.startModel).toBe("transactional");
    expect(r.targetModel).toBe("collaborative");
    expect(rows.map((x) => x.phase)).toEqual([
      "Baseline and alignment workshop",
      "Minimal Viable Relationship + Minimal Viable Contract",
      expect.stringMatching(/^Step 1: Transactional.* to Cooperative/),
      expect.stringMatching(/^Step 2: Cooperative.* to Collaborative/),
      "Re-assessment",
    ]);
    expect(rows.slice(2, 4).map((x) => [x.fromModel, x.toModel])).toEqual([
      ["transactional", "cooperative"],
      ["cooperative", "collaborative"],
    ]);
  });

  test("phases are back to back, 3 months a step by default, counted from the start date", () => {
    expect(rows.map((x) => [x.start, x.end])).toEqual([
      ["2026-01-31", "2026-02-27"],
      ["2026-02-28", "2026-05-30"],
      ["2026-05-31", "2026-08-30"],
      ["2026-08-31", "2026-11-29"],
      // The re-assessment is a dated milestone, a year after the start.
      ["2027-01-31", "2027-01-31"],
    ]);
    expect(rows[rows.length - 1].milestone).toBe(true);
    const custom = buildRoadmap(p, r, { startDate: "2026-01-01", monthsPerStep: 6 });
    expect(custom[1]).toMatchObject({ start: "2026-02-01", end: "2026-07-31" });
  });

  test("monthly early, quarterly later, yearly re-assessment", () => {
    expect(rows.map((x) => x.reviewCadence)).toEqual([
      "monthly",
      "monthly",
      "monthly",
      "quarterly",
      "yearly",
    ]);
  });

  test("actions come from the catalogue for the gaps found", () => {
    expect(detectGaps(r)).toEqual(["trust", "differenceRisk"]);
    expect(rows[1].actions).toEqual(expect.arrayContaining(catalogueTexts("trust")));
    expect(rows[1].actions).toEqual(expect.arrayContaining(catalogueTexts("differenceRisk")));
    expect(rows[0].actions).not.toEqual(expect.arrayContaining(catalogueTexts("alignment")));
    for (const row of rows) {
      expect(row.kpi.length).toBeGreaterThan(10);
      expect(row.exitTrigger.length).toBeGreaterThan(10);
      expect(["us", "them", "joint"]).toContain(row.owner);
    }
  });

  test("two parties with a perception gap and low alignment get those actions in the baseline", () => {
    const two: Profile = {
      perspective: "supplier",
      us: { ...BASE, alignment: 2.5 },
      them: { ...BASE, alignment: 4.5 },
    };
    const rec = recommend(two);
    const baseline = buildRoadmap(two, rec, { startDate: "2026-01-01" })[0];
    expect(detectGaps(rec)).toEqual(expect.arrayContaining(["alignment", "perception"]));
    expect(baseline.actions).toEqual(expect.arrayContaining(catalogueTexts("perception")));
    expect(baseline.actions.join(" ")).toMatch(/workshop with the customer/);
  });

  test("an adversarial target gets a defence plan instead of level steps", () => {
    const adv = profile({ alignment: 1, ourDependence: 5, theirDependence: 1 });
    const rows2 = buildRoadmap(adv, recommend(adv), { startDate: "2026-01-01" });
    expect(rows2.map((x) => x.phase)).toEqual([
      "Baseline and alignment workshop",
      "Defence plan",
      "Controlled delivery and exit preparation",
      "Re-assessment",
    ]);
    expect(rows2[1].actions).toEqual(
      expect.arrayContaining(["Strong legal support", "An exit or dual-sourcing plan"])
    );
    expect(rows2[1].actions).toEqual(expect.arrayContaining(catalogueTexts("power")));
  });

  test("start equal to target: no level steps", () => {
    const flat = profile({});
    expect(buildRoadmap(flat, recommend(flat), { startDate: "2026-01-01" })).toHaveLength(3);
  });

  test("bad options are refused", () => {
    expect(() => buildRoadmap(p, r, { startDate: "2026-13-01" })).toThrow(/2026-13-01/);
    expect(() => buildRoadmap(p, r, { startDate: "2026-01-01", monthsPerStep: 0 })).toThrow(
      /monthsPerStep is 0/
    );
    expect(() => buildRoadmap(p, r, { startDate: "2026-01-01", monthsPerStep: 1.5 })).toThrow(
      /whole number/
    );
    const max = THRESHOLDS.maxMonthsPerStep;
    expect(() => buildRoadmap(p, r, { startDate: "2026-01-01", monthsPerStep: max + 1 })).toThrow(
      `monthsPerStep is ${max + 1}; allowed: a whole number from 1 to ${max}`
    );
    const last = buildRoadmap(p, r, { startDate: "2026-01-01", monthsPerStep: max });
    expect(last[1]).toMatchObject({ start: "2026-02-01", end: "2029-01-31" });
  });
  test("isMonthsPerStep holds THRESHOLDS' range of whole months", () => {
    expect([THRESHOLDS.minMonthsPerStep, THRESHOLDS.maxMonthsPerStep]).toEqual([1, 36]);
    expect([0, 1, 36, 37, 2.5, Number.NaN].map(isMonthsPerStep)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe("buildPathRoadmap", () => {
  test("is buildRoadmap's path without gap actions", () => {
    const flat = profile({});
    const rec = recommend(flat);
    expect(detectGaps(rec)).toEqual([]);
    const options = { startDate: "2026-03-15", monthsPerStep: 4 };
    expect(buildPathRoadmap(rec.startModel, rec.targetModel, "customer", options)).toEqual(
      buildRoadmap(flat, rec, options)
    );
  });
  test("climbs level by level and names the other party by perspective", () => {
    const rows = buildPathRoadmap("transactional", "partnership", "supplier", {
      startDate: "2026-01-01",
    });
    expect(rows.filter((x) => x.phase.startsWith("Step")).map((x) => x.toModel)).toEqual([
      "cooperative",
      "collaborative",
      "partnership",
    ]);
    expect(rows[0].actions.join(" ")).toMatch(/joint workshop with the customer/);
    const catalogue = (Object.keys(ACTION_CATALOGUE) as (keyof typeof ACTION_CATALOGUE)[]).flatMap(
      catalogueTexts
    );
    expect(rows.flatMap((x) => x.actions).filter((a) => catalogue.includes(a))).toEqual([]);
  });
  test("an adversarial path gets the defence plan", () => {
    const rows = buildPathRoadmap("adversarial", "adversarial", "customer", {
      startDate: "2026-01-01",
    });
    expect(rows.map((x) => x.phase)).toEqual([
      "Baseline and alignment workshop",
      "Defence plan",
      "Controlled delivery and exit preparation",
      "Re-assessment",
    ]);
  });
  test("refuses a start above the target, and bad options", () => {
    expect(() =>
      buildPathRoadmap("collaborative", "cooperative", "customer", { startDate: "2026-01-01" })
    ).toThrow(/from 'collaborative' to 'cooperative': the start model is above the target/);
    expect(() =>
      buildPathRoadmap("cooperative", "collaborative", "customer", {
        startDate: "2026-01-01",
        monthsPerStep: 0,
      })
    ).toThrow(/monthsPerStep is 0/);
  });
});

describe("roadmap actions fit the power balance", () => {
  const score = fc.integer({ min: 2, max: 10 }).map((n) => n / 2);
  const scores = fc.record(
    Object.fromEntries(DIMENSION_KEYS.map((k) => [k, score])) as Record<
      DimensionKey,
      fc.Arbitrary<number>
    >
  );
  const perspective = fc.constantFrom("customer" as const, "supplier" as const);

  test("the catalogue marks every action that needs leverage, and a weaker side gets none of them", () => {
    // The wording of leverage we lack must be among the marked actions.
    expect(LEVERAGE_ACTIONS).toContain("Competitive sourcing");
    expect(LEVERAGE_ACTIONS.some((a) => /fair terms/i.test(a))).toBe(true);
    expect(LEVERAGE_ACTIONS.some((a) => /alternatives|market|compare offers/i.test(a))).toBe(true);
    fc.assert(
      fc.property(scores, perspective, (us, persp) => {
        const p: Profile = { perspective: persp, us };
        const rec = recommend(p);
        const rows = buildRoadmap(p, rec, { startDate: "2026-01-01" });
        const texts = rows.flatMap((r) => r.items.map((i) => i.text));
        const position = powerPosition(rec);
        if (position === "weaker") {
          for (const t of texts) {
            expect(LEVERAGE_ACTIONS).not.toContain(t);
            expect(t).not.toMatch(/small, low-risk scope|competitive|tender|stronger side/i);
          }
        }
        // Every phase's actions are rows of their own with a stable id and the gap they address.
        for (const r of rows) {
          expect(r.actions).toEqual(r.items.map((i) => i.text));
          for (const i of r.items) {
            expect(i.id.startsWith(`${r.code}-`)).toBe(true);
            expect(i.addresses).not.toBe("");
            expect(i.addresses).not.toMatch(/^[a-z]+[A-Z]/); // a label, not a key
          }
          expect(new Set(r.items.map((i) => i.id)).size).toBe(r.items.length);
        }
      }),
      { numRuns: 300 }
    );
  });

  test.each(["customer", "supplier"] as const)(
    "a sole source (%s side: our dependence 5, theirs 1-2, high stakes) secures supply instead",
    (persp) => {
      for (const theirs of [1, 1.5, 2]) {
        const p = profile({ ourDependence: 5, theirDependence: theirs, stakes: 4.5 });
        const rec = recommend({ ...p, perspective: persp });
        expect(powerPosition(rec)).toBe("weaker");
        const texts = buildRoadmap(p, rec, { startDate: "2026-01-01" }).flatMap((r) => r.actions);
        expect(texts.join(" ")).toMatch(/second source/);
        expect(texts.join(" ")).toMatch(/allocation/);
        for (const t of LEVERAGE_ACTIONS) expect(texts).not.toContain(t);
      }
    }
  );

  test("where we dominate: fair terms and shared forecasts; interdependence: joint governance", () => {
    const strong = profile({ ourDependence: 1, theirDependence: 4 });
    const s = buildRoadmap(strong, recommend(strong), { startDate: "2026-01-01" });
    expect(s.flatMap((r) => r.actions).join(" ")).toMatch(/fair terms.*Share forecasts/s);
    const inter = profile({ ourDependence: 4, theirDependence: 4 });
    const i = buildRoadmap(inter, recommend(inter), { startDate: "2026-01-01" });
    expect(i.flatMap((r) => r.actions).join(" ")).toMatch(/joint governance/);
  });

  test("an action keeps its id when the gaps around it change", () => {
    const a = profile({ stakes: 4, trust: 2.5 });
    const b = profile({ stakes: 4, trust: 2.5, differenceRisk: 4.5 });
    const ids = (p: Profile) =>
      new Map(
        buildRoadmap(p, recommend(p), { startDate: "2026-01-01" }).flatMap((r) =>
          r.items.map((i) => [i.text + "|" + r.code, i.id] as const)
        )
      );
    const ia = ids(a);
    const ib = ids(b);
    let shared = 0;
    for (const [k, id] of ia)
      if (ib.has(k)) {
        shared++;
        expect(ib.get(k)).toBe(id);
      }
    expect(shared).toBeGreaterThan(5);
    expect(ib.size).toBeGreaterThan(ia.size);
  });
});

describe("a roadmap row's cells (the Roadmap sheet, COLLAB.ROADMAP)", () => {
  const owner = ROADMAP_COLUMNS.indexOf("owner");
  const review = ROADMAP_COLUMNS.indexOf("review");
  const rows = () =>
    buildPathRoadmap("transactional", "partnership", "customer", { startDate: "2026-01-01" });

  test("show the owner and the review cadence by their labels, not the engine's keys", () => {
    const all = rows();
    // Every cadence the engine plans appears on the way to a partnership.
    expect(new Set(all.map((r) => r.reviewCadence)).size).toBe(3);
    for (const r of all) {
      const cells = roadmapCells(r, (iso) => iso);
      expect(cells[owner]).toBe(roadmapTexts().owners[r.owner]);
      expect(cells[review]).toBe(roadmapTexts().reviewCadences[r.reviewCadence]);
      expect(cells[owner]).not.toBe(r.owner);
      expect(cells[review]).not.toBe(r.reviewCadence);
    }
  });

  test("from the catalogue in the pseudo-locale; the row keeps the keys (JSON output)", () => {
    setLanguage(PSEUDO_LOCALE);
    try {
      for (const r of rows()) {
        const cells = roadmapCells(r, (iso) => iso);
        expect(untranslated(`${cells[owner]} ${cells[review]}`)).toEqual([]);
        expect(["us", "them", "joint"]).toContain(r.owner);
        expect(["monthly", "quarterly", "yearly"]).toContain(r.reviewCadence);
      }
    } finally {
      setLanguage("en");
    }
  });
});
