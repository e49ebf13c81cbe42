/**
 * The written workbooks in a real spreadsheet: LibreOffice Calc recalculates every formula on load
 * and saves the result; we compare each native formula's value with the engine's figure.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DIMENSION_KEYS, ITEMS, effectiveScores, swapPerspective } from "../../src/core/method";
import type { DimensionKey, ItemAnswers, Profile } from "../../src/core/method/types";
import { buildDemoPlan } from "../../src/core/workbook/demo";
import {
  CHART_TABLE_TOP,
  LAYOUT,
  RESULT_ROWS,
  buildAssessmentPlan,
  itemColumn,
  itemTablesOfPlan,
  scoresRow,
} from "../../src/core/workbook/layout";
import {
  ITEM_HEADERS,
  SHEET_NAMES,
  TABLE_NAMES,
  DEFINED_NAMES,
} from "../../src/core/workbook/names";
import type { WorkbookPlan } from "../../src/core/workbook/plan";
import { assessmentToProfile, readAssessment } from "../../src/core/workbook/readback";
import { dimensionComparison, formatDimensionScore } from "../../src/taskpane/pane-model";
import { loadWorkbook, readWorkbookAssessment, writePlan } from "../../src/xlsx";
import { convertWithLibreOffice } from "../support/libreoffice";

jest.setTimeout(240_000);

const META = {
  title: "Calc check",
  us: "Us Ltd",
  them: "Them plc",
  perspective: "supplier" as const,
  date: "2026-05-04",
  assessors: "Tester",
};

/** Text scores, N/A, blanks, reverse items, changed weights and one side only: the hard cases. */
function edgePlan(): WorkbookPlan {
  const us: ItemAnswers = {};
  ITEMS.forEach((it, i) => (us[it.id] = i % 7 === 3 ? null : ((i * 3) % 5) + 1));
  const plan = buildAssessmentPlan(META, { answers: { us } });
  const our = 9; // column index of "Our score" in the item table
  const weight = 8;
  for (const s of plan.sheets)
    for (const t of s.tables ?? []) {
      if (!t.name.startsWith(TABLE_NAMES.itemsPrefix)) continue;
      expect(t.headers[our]).toBe(ITEM_HEADERS.our);
      expect(t.headers[weight]).toBe(ITEM_HEADERS.weight);
      t.rows.forEach((r, i) => {
        if (i === 0 && typeof r[our] === "number") r[our] = String(r[our]); // as some clients store picks
        if (i === 1) r[our] = "N/A";
        if (i === 2) r[weight] = 2.5;
      });
    }
  return plan;
}

function twoSidedPlan(): WorkbookPlan {
  const us: ItemAnswers = {};
  const them: ItemAnswers = {};
  ITEMS.forEach((it, i) => {
    us[it.id] = (i % 5) + 1;
    them[it.id] = i % 4 === 0 ? null : ((i + 2) % 5) + 1;
  });
  return buildAssessmentPlan({ ...META, perspective: "customer" }, { answers: { us, them } });
}

/**
 * Both sides tell the same story in their own words (the customer gains a lot, the supplier little):
 * mirrored questions are answered crosswise, so nothing differs once read in our frame.
 */
function storyPlan(): WorkbookPlan {
  const us: ItemAnswers = {};
  ITEMS.forEach((it, i) => (us[it.id] = ((i * 2) % 5) + 1));
  Object.assign(us, { "MUT-1": 1, "MUT-2": 5, "CMP-1": 5, "CMP-2": 2 });
  const them: ItemAnswers = {};
  for (const it of ITEMS)
    them[it.id] = it.compare.kind === "mirror" ? us[it.compare.partner] : us[it.id];
  return buildAssessmentPlan({ ...META, perspective: "customer" }, { answers: { us, them } });
}

interface Case {
  name: string;
  plan: WorkbookPlan;
  read: ReturnType<typeof readAssessment>;
  profile: Profile;
  file?: ExcelJS.Workbook;
  /** Raw cached values per sheet and cell: exceljs drops a formula's result when it is 0. */
  raw?: Map<string, Map<string, { t: string; v: string | undefined }>>;
}

async function rawValues(
  buf: Buffer
): Promise<Map<string, Map<string, { t: string; v: string | undefined }>>> {
  const zip = await JSZip.loadAsync(buf);
  const wbXml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const out = new Map<string, Map<string, { t: string; v: string | undefined }>>();
  for (const m of wbXml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target =
      new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels) ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    const xml = await zip.file(`xl/${target![1].replace(/^\/?xl\//, "")}`)!.async("string");
    const cells = new Map<string, { t: string; v: string | undefined }>();
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const t = /t="([^"]+)"/.exec(c[2])?.[1] ?? "n";
      const v = c[3] ? /<v>([\s\S]*?)<\/v>/.exec(c[3])?.[1] : undefined;
      cells.set(c[1], { t, v });
    }
    out.set(m[1].replace(/&amp;/g, "&"), cells);
  }
  return out;
}

const cases: Case[] = [];

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cf-calc-"));
  const plans: Array<[string, WorkbookPlan]> = [
    ["demo", buildDemoPlan("2026-03-02T09:00:00Z")],
    ["edge", edgePlan()],
    ["two", twoSidedPlan()],
    ["story", storyPlan()],
  ];
  for (const [name, plan] of plans) {
    const read = readAssessment(itemTablesOfPlan(plan));
    expect(read.problems).toEqual([]);
    const { profile } = assessmentToProfile(read, {
      perspective: name === "edge" ? "supplier" : "customer",
    });
    await writePlan(plan).xlsx.writeFile(path.join(dir, `${name}.xlsx`));
    cases.push({ name, plan, read, profile });
  }
  const out = await convertWithLibreOffice(
    cases.map((c) => path.join(dir, `${c.name}.xlsx`)),
    "xlsx"
  );
  for (const c of cases) {
    const buf = fs.readFileSync(path.join(out, `${c.name}.xlsx`));
    c.file = await loadWorkbook(buf);
    c.raw = await rawValues(buf);
  }
});

function formulaCells(
  wb: ExcelJS.Workbook
): Array<{ sheet: string; address: string; formula: string; result: unknown }> {
  const out: Array<{ sheet: string; address: string; formula: string; result: unknown }> = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === "object" && "formula" in v) {
          out.push({ sheet: ws.name, address: cell.address, formula: v.formula, result: v.result });
        }
      })
    )
  );
  return out;
}

const isError = (r: unknown) => typeof r === "object" && r !== null && "error" in r;
/** A computed cell as Calc saved it: a number, "" for an empty text result, or NaN for anything else. */
function calcNumber(c: Case, sheet: string, address: string): number | "" {
  const raw = c.raw!.get(sheet)?.get(address);
  if (!raw || raw.v === undefined) return "";
  if (raw.t === "n") return Number(raw.v);
  return raw.t === "str" && raw.v === "" ? "" : NaN;
}

describe.each(["demo", "edge", "two", "story"])("%s workbook in LibreOffice", (name) => {
  const get = () => cases.find((c) => c.name === name)!;

  test("no COLLAB.* formula is written; every formula evaluates without error (no #NAME?)", () => {
    const cells = formulaCells(get().file!);
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.filter((c) => /COLLAB\./i.test(c.formula))).toEqual([]);
    const errors = cells
      .filter((c) => isError(c.result))
      .map((c) => `${c.sheet}!${c.address} ${JSON.stringify(c.result)}`);
    expect(errors).toEqual([]);
  });

  test("dimension scores, gaps and effective values equal the engine's", () => {
    const { profile, file } = get();
    const ws = file!.getWorksheet(SHEET_NAMES.scores)!;
    const them = profile.them ? swapPerspective(profile.them) : undefined;
    const complete = DIMENSION_KEYS.every((k) => profile.us[k] !== undefined);
    const eff = complete ? effectiveScores(profile) : undefined;
    for (const k of DIMENSION_KEYS) {
      const row = scoresRow(k);
      const at = (col: string) => calcNumber(get(), SHEET_NAMES.scores, `${col}${row}`);
      expect(ws.getCell(`A${row}`).value).toBe(k);
      const checks: Array<[string, number | undefined]> = [
        ["B", profile.us[k]],
        // Their column is their view in our frame; their own view (for COLLAB.*) sits in I.
        ["C", them?.[k]],
        [
          "D",
          profile.us[k] !== undefined && them?.[k] !== undefined
            ? Math.abs(profile.us[k]! - them[k]!)
            : undefined,
        ],
        ["E", eff?.[k]],
        ["I", profile.them?.[k]],
      ];
      for (const [col, want] of checks) {
        const got = at(col);
        if (want === undefined) {
          if (col !== "E") expect({ k, col, got }).toEqual({ k, col, got: "" });
        } else {
          expect({
            k,
            col,
            got,
            ok: typeof got === "number" && Math.abs(got - want) < 1e-6,
          }).toEqual({
            got,
            k,
            col,
            ok: true,
          });
        }
      }
    }
  });

  test("Scores shows a gap equal to the difference of the two numbers shown, and the pane shows the same", () => {
    const c = get();
    const pane = dimensionComparison(c.read);
    for (const row of pane) {
      const r = scoresRow(row.key);
      const [b, cc, d] = ["B", "C", "D"].map((col) =>
        calcNumber(c, SHEET_NAMES.scores, `${col}${r}`)
      );
      const num = (x: number | "") => (x === "" ? null : x);
      expect({ k: row.key, us: num(b), them: num(cc) }).toEqual({
        k: row.key,
        us: row.us === null ? null : expect.closeTo(row.us, 6),
        them: row.them === null ? null : expect.closeTo(row.them, 6),
      });
      if (typeof b === "number" && typeof cc === "number") {
        expect(d).toBeCloseTo(Math.abs(b - cc), 6);
        expect(row.gap).toBeCloseTo(d as number, 6);
        // What the pane prints is what the sheet prints (both two decimals).
        expect(formatDimensionScore(row.them)).toBe(cc.toFixed(2));
      } else expect(d).toBe("");
    }
    if (c.name === "story") {
      expect(pane.every((row) => row.gap === 0)).toBe(true);
    }
  });

  test("Results: native cells equal the effective values; the chart table mirrors Scores", () => {
    const { profile, file } = get();
    expect(file!.getWorksheet(SHEET_NAMES.results)).toBeDefined();
    const complete = DIMENSION_KEYS.every((k) => profile.us[k] !== undefined);
    const { firstRow, liveColumn } = LAYOUT.results;
    const chartTableTop = CHART_TABLE_TOP;
    const byLabel = (label: string) =>
      firstRow + RESULT_ROWS.findIndex((r) => r.label.startsWith(label));
    if (complete) {
      const eff = effectiveScores(profile);
      const pairs: Array<[string, DimensionKey]> = [
        ["Effective trust", "trust"],
        ["Our dependence", "ourDependence"],
        ["Their dependence", "theirDependence"],
      ];
      for (const [label, key] of pairs) {
        const got = calcNumber(
          get(),
          SHEET_NAMES.results,
          `${liveColumn}${byLabel(label)}`
        ) as number;
        expect(Math.abs(got - eff[key])).toBeLessThan(1e-6);
      }
    }
    DIMENSION_KEYS.forEach((k, i) => {
      for (const col of ["B", "C"]) {
        expect(calcNumber(get(), SHEET_NAMES.results, `${col}${chartTableTop + 1 + i}`)).toEqual(
          calcNumber(get(), SHEET_NAMES.scores, `${col}${scoresRow(k)}`)
        );
      }
    });
  });

  test("tables, validation and defined names survive; read-back of Calc's file gives the same answers", () => {
    const { plan, file } = get();
    const tablesIn = (wb: ExcelJS.Workbook) => {
      const names: string[] = [];
      wb.eachSheet((ws) =>
        (ws.getTables() as unknown as Array<{ table?: { name: string }; name?: string }>).forEach(
          (t) => names.push((t.table?.name ?? t.name)!)
        )
      );
      return names.sort();
    };
    const planned = plan.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name)).sort();
    expect(tablesIn(file!)).toEqual(planned);

    const s3 = file!.getWorksheet(SHEET_NAMES.S3)!;
    const first = Number(/\d+$/.exec(LAYOUT.itemTableTopLeft)![0]) + 1;
    const dv = (
      s3 as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }
    ).dataValidations;
    for (const col of [itemColumn(ITEM_HEADERS.our), itemColumn(ITEM_HEADERS.their)]) {
      const v = dv.find(`${col}${first}`);
      expect(v?.type).toBe("list");
      expect(String(v?.formulae?.[0])).toContain("1,2,3,4,5,N/A");
      expect(v?.showErrorMessage).toBe(true);
    }
    expect(file!.definedNames.getRanges(DEFINED_NAMES.ourScores).ranges).toEqual([
      `'CF Scores'!$A$2:$B$${1 + DIMENSION_KEYS.length}`,
    ]);
    expect(file!.definedNames.getRanges(DEFINED_NAMES.theirScores).ranges).toEqual([
      `'CF Scores'!$I$2:$I$${1 + DIMENSION_KEYS.length}`,
    ]);

    const fromPlan = readAssessment(itemTablesOfPlan(plan));
    const back = readWorkbookAssessment(file!);
    expect(back.problems).toEqual([]);
    expect(back.read.us).toEqual(fromPlan.us);
    expect(back.read.them).toEqual(fromPlan.them);
    expect(back.read.weights).toEqual(fromPlan.weights);
  });
});
