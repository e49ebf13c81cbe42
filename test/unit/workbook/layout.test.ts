import { regimeText } from "../../../src/core/texts/render";
import { DIMENSION_KEYS, ITEMS, PRINCIPLES, THRESHOLDS } from "../../../src/core/method";
import { buildDemoPlan, demoAssessment } from "../../../src/core/workbook/demo";
import {
  LAYOUT,
  RESULT_ROWS,
  buildAssessmentPlan,
  buildResultsPlan,
  buildRoadmapPlan,
  buildRoadmapRows,
  itemColumn,
  scoresRow,
  sheetNamesOfEveryWorkbook,
} from "../../../src/core/workbook/layout";
import {
  DEFINED_NAMES,
  ITEM_HEADERS,
  REQUIRED_ITEM_HEADERS,
  SHEET_NAMES,
  STEP_IDS,
  isOurName,
  isOurSheet,
} from "../../../src/core/workbook/names";
import type { CellWrite, WorkbookPlan } from "../../../src/core/workbook/plan";
import { parseCell } from "../../../src/core/workbook/a1";

const META = {
  title: "Relationship",
  us: "Us",
  them: "Them",
  perspective: "supplier" as const,
  date: "2026-02-03",
  assessors: "A, B",
};

const plan: WorkbookPlan = buildAssessmentPlan(META);
const sheet = (name: string) => plan.sheets.find((s) => s.name === name)!;
const cell = (name: string, address: string): CellWrite | undefined =>
  sheet(name).cells.find((c) => c.address === address);

describe("buildAssessmentPlan", () => {
  test("every sheet, table and defined name is ours (prefixed)", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(sheetNamesOfEveryWorkbook());
    for (const s of plan.sheets) {
      expect(isOurSheet(s.name)).toBe(true);
      expect(s.name.length).toBeLessThanOrEqual(31);
      for (const t of s.tables ?? []) expect(isOurName(t.name)).toBe(true);
    }
    for (const n of plan.names) expect(isOurName(n.name)).toBe(true);
  });

  test("each item sits once in the item table of its step, with the required headers", () => {
    const seen: string[] = [];
    for (const step of ["S1", "S2", "S3", "S4"] as const) {
      const t = sheet(SHEET_NAMES[step]).tables!.find((x) => x.name === `CF_Items_${step}`)!;
      for (const h of REQUIRED_ITEM_HEADERS) expect(t.headers).toContain(h);
      seen.push(...t.rows.map((r) => String(r[0])));
    }
    expect(seen.sort()).toEqual(ITEMS.map((i) => i.id).sort());
  });

  test("score cells have the 1-5/N/A list with prompt and error alert, a colour scale, frozen header", () => {
    const s = sheet(SHEET_NAMES.S3);
    const v = s.validations!.find(
      (x) => x.kind === "list" && x.range.startsWith(itemColumn(ITEM_HEADERS.our))
    )!;
    expect(v.kind === "list" && v.values).toEqual(["1", "2", "3", "4", "5", "N/A"]);
    expect(v.prompt?.message).toBeTruthy();
    expect(v.error.message).toMatch(/1 to 5/);
    // Score cells are coloured by what the answer means: every answered row falls under a fill.
    const [, first, , last] = /^[A-Z]+(\d+):([A-Z]+)(\d+)$/.exec(v.range)!.map(String);
    const fills = s.conditionalFormats!.filter(
      (c) => c.kind === "formula" && c.range.startsWith(itemColumn(ITEM_HEADERS.our))
    );
    const covered = new Set<number>();
    for (const f of fills) {
      const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(f.range)!;
      for (let r = Number(m[1]); r <= Number(m[2]); r++) covered.add(r);
    }
    expect(covered.size).toBe(Number(last) - Number(first) + 1);
    expect(s.freeze).toEqual({ rows: 5, columns: 1 });
    expect(s.print?.printTitleRows).toBe("$5:$5");
  });

  test("S1 has a free interests table for each side", () => {
    const names = sheet(SHEET_NAMES.S1).tables!.map((t) => t.name);
    expect(names).toEqual(["CF_Items_S1", "CF_Interests_Us", "CF_Interests_Them"]);
  });

  test("Scores contract: dimension keys in order in column A; names cover A:B and I", () => {
    const t = sheet(SHEET_NAMES.scores).tables![0];
    expect(t.topLeft).toBe("A1");
    expect(t.headers.slice(0, 3)).toEqual(["Key", "Our score", "Their score (our frame)"]);
    expect(t.headers[8]).toBe("Their own score");
    expect(t.rows.map((r) => r[0])).toEqual([...DIMENSION_KEYS]);
    DIMENSION_KEYS.forEach((k, i) => expect(scoresRow(k)).toBe(2 + i));
    const byName = Object.fromEntries(plan.names.map((n) => [n.name, n.refersTo]));
    expect(byName[DEFINED_NAMES.ourScores]).toBe(
      `'CF Scores'!$A$2:$B$${1 + DIMENSION_KEYS.length}`
    );
    // COLLAB.* take the other side's scores from their side and swap them themselves.
    expect(byName[DEFINED_NAMES.theirScores]).toBe(
      `'CF Scores'!$I$2:$I$${1 + DIMENSION_KEYS.length}`
    );
    expect(byName[DEFINED_NAMES.perspective]).toBe(`'CF Cover'!$B$6`);
    expect(cell(SHEET_NAMES.cover, LAYOUT.cover.perspective)?.value).toBe("supplier");
  });

  test("dimension formulas read only their own step's sheet, skip N/A and use the gap threshold", () => {
    const t = sheet(SHEET_NAMES.scores).tables![0];
    const trust = t.formulaColumns!["Our score"](DIMENSION_KEYS.indexOf("trust"));
    expect(trust).toContain(`'${SHEET_NAMES.S3}'!`);
    expect(trust).not.toContain(SHEET_NAMES.S1);
    expect(trust).toMatch(/ISNUMBER/);
    const cf = sheet(SHEET_NAMES.scores).conditionalFormats!.find((c) => c.kind === "formula")!;
    expect(cf.kind === "formula" && cf.formula).toContain(`>=${THRESHOLDS.perceptionGapDimension}`);
    // The gap is the difference of the two numbers shown beside it (their column is in our frame).
    const row = scoresRow("ourDependence");
    const gap = t.formulaColumns!.Gap(DIMENSION_KEYS.indexOf("ourDependence"));
    expect(gap).toContain(`ABS(B${row}-C${row})`);
    // Their own score swaps back: their "our dependence" is our "their dependence" row in our frame.
    const own = t.formulaColumns!["Their own score"](DIMENSION_KEYS.indexOf("ourDependence"));
    expect(own).toContain(`C${scoresRow("theirDependence")}`);
  });

  test("Results: COLLAB.* only in add-in cells, with the agreed arguments; natives never call COLLAB", () => {
    const r = sheet(SHEET_NAMES.results);
    const formulas = r.cells.filter((c) => c.formula !== undefined);
    for (const c of formulas) expect(/COLLAB\./.test(c.formula!)).toBe(!!c.addinFormula);
    const model = formulas.find((c) => c.formula!.startsWith("COLLAB.MODEL"))!;
    expect(model.formula).toBe("COLLAB.MODEL(CF_OurScores,CF_TheirScores,CF_Perspective)");
    expect(formulas.some((c) => /^COLLAB\.TRUSTGAP\(B\d+,B\d+\)$/.test(c.formula!))).toBe(true);
    expect(
      formulas.some((c) => /^COLLAB\.POWER\(B\d+,B\d+,CF_Perspective\)$/.test(c.formula!))
    ).toBe(true);
    expect(r.charts?.[0]).toMatchObject({ type: "radar" });
    for (const s of plan.sheets)
      for (const c of s.cells) if (c.formula) expect(c.formula.startsWith("=")).toBe(false);
  });

  test("Principles names the source and lists the nine principles and four steps", () => {
    const texts = sheet(SHEET_NAMES.principles).cells.map((c) => String(c.value ?? ""));
    expect(texts.some((t) => t.includes("Joost van Boeschoten") && t.includes("NextSales"))).toBe(
      true
    );
    for (const p of PRINCIPLES) expect(texts.some((t) => t.startsWith(`${p.id} `))).toBe(true);
    for (const s of ["S1", "S2", "S3", "S4"])
      expect(texts.some((t) => t.startsWith(`${s} `))).toBe(true);
  });

  test("the cover links to every other sheet, the steps first, each with a line about it", () => {
    const cover = sheet(SHEET_NAMES.cover);
    const linkCells = cover.cells.filter((c) => c.hyperlink);
    const others = sheetNamesOfEveryWorkbook().filter((n) => n !== SHEET_NAMES.cover);
    const steps = STEP_IDS.map((s) => SHEET_NAMES[s]);
    expect(linkCells.map((c) => c.value)).toEqual([
      ...steps,
      ...others.filter((n) => !steps.includes(n)),
    ]);
    for (const link of linkCells) {
      const about = cover.cells.find((c) => c.address === `B${parseCell(link.address).row}`);
      expect({ link: link.value, about: String(about?.value ?? "").length > 0 }).toEqual({
        link: link.value,
        about: true,
      });
    }
  });

  test("bad cover fields are refused with the field and what is allowed", () => {
    expect(() => buildAssessmentPlan({ ...META, perspective: "buyer" as never })).toThrow(
      /allowed: customer, supplier/
    );
    expect(() => buildAssessmentPlan({ ...META, date: "03/02/2026" })).toThrow(/YYYY-MM-DD/);
  });
});

describe("results and roadmap", () => {
  const demo = demoAssessment();

  test("the snapshot holds the recommendation and the time it was taken", () => {
    const r = buildResultsPlan(demo.recommendation, { takenAt: "2026-03-02T10:00:00Z" });
    const snap = (label: string) =>
      r.cells.find(
        (c) =>
          c.address ===
          `${LAYOUT.results.snapshotColumn}${LAYOUT.results.firstRow + RESULT_ROWS.findIndex((x) => x.label === label)}`
      )?.value;
    expect(snap("Trust gap (required − effective)")).toBe(demo.recommendation.trustGap);
    expect(snap("Power regime")).toBe(regimeText(demo.recommendation.powerRegime));
    // A person reads the time: no raw ISO timestamp on the sheet.
    expect(r.cells.some((c) => c.value === "2 March 2026, 10:00 UTC")).toBe(true);
    expect(
      r.cells.some((c) => typeof c.value === "string" && /\d{4}-\d{2}-\d{2}T/.test(c.value))
    ).toBe(false);
    // Reasons carry no rule codes; the codes stay in the trace row.
    expect(String(snap("Why"))).not.toMatch(/\bR\d:/);
    expect(snap("Rules behind each reason (for tracing)")).toBe(
      demo.recommendation.reasons.map((r) => r.rule).join("; ")
    );
  });

  test("roadmap rows carry real dates and start as 'Not started'; the sheet has status list and timeline", () => {
    const rows = buildRoadmapRows(demo.roadmap);
    expect(rows).toHaveLength(demo.roadmap.length);
    expect(rows[0][3]).toBe(Math.round(Date.parse(demo.roadmap[0].start) / 86400000) + 25569);
    expect(rows.every((r) => r[11] === "Not started")).toBe(true);
    const s = buildRoadmapPlan(demo.roadmap);
    expect(s.tables![0].name).toBe("CF_Roadmap");
    expect(s.validations!.some((v) => v.kind === "list" && v.values.includes("Done"))).toBe(true);
    expect(
      s.conditionalFormats!.some((c) => c.kind === "formula" && c.formula.includes("TODAY()"))
    ).toBe(true);
  });

  test("an empty roadmap still makes a valid (one blank row) table", () => {
    expect(buildRoadmapPlan([]).tables![0].rows).toHaveLength(1);
  });

  test("the demo plan is filled for both sides", () => {
    const p = buildDemoPlan("2026-03-02T00:00:00Z");
    const s1 = p.sheets.find((s) => s.name === SHEET_NAMES.S1)!.tables![0];
    const our = s1.headers.indexOf(ITEM_HEADERS.our);
    expect(s1.rows.every((r) => r[our] !== null || r[0] === undefined)).toBe(true);
    expect(demo.assessed.missing).toEqual({ us: [], them: [] });
  });
});
