/**
 * Respondents and rounds in a real spreadsheet: LibreOffice opens the written workbook, recalculates
 * every native formula, and the per-item statistics, the side's dimension scores and the changes
 * since earlier rounds equal the engine's figures.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  DIMENSION_KEYS,
  ITEMS,
  recommend,
  scoreItems,
  swapPerspective,
} from "../../src/core/method";
import type { ItemAnswers } from "../../src/core/method/types";
import { itemStats, roundRecord, sideScores, type Respondent } from "../../src/core/rounds";
import { HISTORY_KEYS, historyScoreKey } from "../../src/core/workbook/history";
import { buildAssessmentPlan, scoresRow } from "../../src/core/workbook/layout";
import { SHEET_NAMES } from "../../src/core/workbook/names";
import { RESPONSES_LAYOUT, summaryColumn, summaryRow } from "../../src/core/workbook/responses";
import { ROUND_SHEETS } from "../../src/core/workbook/round-names";
import { columnLetter } from "../../src/core/workbook/a1";
import { loadWorkbook, workbookProfile, writePlan } from "../../src/xlsx";
import { readHistory, readRespondents } from "../../src/xlsx/rounds";
import { convertWithLibreOffice } from "../support/libreoffice";
import { buildQuestionnaireBuffer } from "../../src/xlsx/exchange";
import { importRespondentsBuffer } from "../../src/xlsx/respondents-import";
import { fillQuestionnaire, ourWorkbook } from "../unit/exchange/helpers";

jest.setTimeout(240_000);

const META = {
  title: "Rounds check",
  us: "Us Ltd",
  them: "Them plc",
  perspective: "customer" as const,
  date: "2027-01-15",
  assessors: "Tester",
};

function answers(f: (i: number) => number | null): ItemAnswers {
  const a: ItemAnswers = {};
  ITEMS.forEach((it, i) => (a[it.id] = f(i)));
  return a;
}
// Three of their people with different views; some N/A; item 0 spreads from 1 to 5.
const THEM: Respondent[] = [
  {
    name: "Ana",
    side: "them",
    role: "Buyer",
    organisation: "Them plc",
    answers: answers((i) => (i === 0 ? 1 : (i % 5) + 1)),
  },
  {
    name: "Ben",
    side: "them",
    answers: answers((i) => (i === 0 ? 5 : i % 3 === 0 ? null : ((i + 1) % 5) + 1)),
  },
  { name: "Cy", side: "them", answers: answers((i) => (i % 7 === 0 ? null : ((i + 3) % 5) + 1)) },
];
const US = answers((i) => ((i * 2) % 5) + 1);

const flat = (v: number) => Object.fromEntries(DIMENSION_KEYS.map((k) => [k, v]));
const HISTORY = [
  roundRecord({
    date: "2025-01-10",
    itemSetVersion: "2026.1",
    us: flat(2),
    them: flat(2.5),
    respondents: { us: 1, them: 1 },
    recommendation: recommend({ perspective: "customer", us: flat(2), them: flat(2.5) }),
  }),
  roundRecord({
    date: "2026-01-12",
    itemSetVersion: "2026.1",
    us: flat(3),
    respondents: { us: 1, them: 0 },
    recommendation: recommend({ perspective: "customer", us: flat(3) }),
  }),
];

type Raw = Map<string, Map<string, { t: string; v: string | undefined; f: boolean }>>;
async function rawValues(buf: Buffer): Promise<Raw> {
  const zip = await JSZip.loadAsync(buf);
  const wbXml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const out: Raw = new Map();
  for (const m of wbXml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target =
      new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels) ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    const xml = await zip.file(`xl/${target![1].replace(/^\/?xl\//, "")}`)!.async("string");
    const cells = new Map<string, { t: string; v: string | undefined; f: boolean }>();
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const t = /t="([^"]+)"/.exec(c[2])?.[1] ?? "n";
      cells.set(c[1], {
        t,
        v: c[3] ? /<v>([\s\S]*?)<\/v>/.exec(c[3])?.[1] : undefined,
        f: !!c[3] && /<f[ >]/.test(c[3]),
      });
    }
    out.set(m[1].replace(/&amp;/g, "&"), cells);
  }
  return out;
}

let raw: Raw;
let written: ExcelJS.Workbook;
const num = (sheet: string, address: string): number | "" => {
  const c = raw.get(sheet)?.get(address);
  if (!c || c.v === undefined) return "";
  if (c.t === "n") return Number(c.v);
  return c.t === "str" && c.v === "" ? "" : NaN;
};

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cf-rounds-"));
  const plan = buildAssessmentPlan(META, {
    answers: { us: US },
    respondents: THEM,
    history: HISTORY,
  });
  written = writePlan(plan);
  await written.xlsx.writeFile(path.join(dir, "rounds.xlsx"));
  // The import path: an existing workbook with their typed answers, then two questionnaires.
  const ours = await ourWorkbook(EX_META, TYPED_THEM);
  const q = (await buildQuestionnaireBuffer(ours)).buffer;
  const files = await Promise.all(
    Object.entries(IMPORTED).map(async ([name, a]) => ({
      fileName: `${name}.xlsx`,
      data: await fillQuestionnaire(q, {
        scores: Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v ?? "N/A"])),
      }),
    }))
  );
  imported = await importRespondentsBuffer(ours, files);
  fs.writeFileSync(path.join(dir, "imported.xlsx"), imported.buffer);
  const out = await convertWithLibreOffice(
    [path.join(dir, "rounds.xlsx"), path.join(dir, "imported.xlsx")],
    "xlsx"
  );
  raw = await rawValues(fs.readFileSync(path.join(out, "rounds.xlsx")));
  rawImported = await rawValues(fs.readFileSync(path.join(out, "imported.xlsx")));
});

const EX_META = { ...META, assessmentId: "CF-1234-ABCD-5678-EF90" };
const TYPED_THEM = answers((i) => (i % 4) + 1);
const IMPORTED: Record<string, ItemAnswers> = {
  Dee: answers((i) => (i % 2 === 0 ? 5 : 1)),
  Eli: answers((i) => (i % 6 === 0 ? null : 3)),
};
let imported: Awaited<ReturnType<typeof importRespondentsBuffer>>;
let rawImported: Raw;

describe("a workbook that imported respondents (exceljs path), in LibreOffice", () => {
  test("typed answers became a respondent beside the two imported ones", () => {
    expect(imported.respondents.map((r) => r.name).sort()).toEqual(["Dee", "Eli", "Typed answers"]);
    expect(imported.added).toEqual(["Dee", "Eli"]);
  });

  test("no formula error; summary and their dimension scores equal the core's", () => {
    const errors = [...rawImported].flatMap(([sheet, cells]) =>
      [...cells]
        .filter(([, c]) => c.f && c.t === "e" && sheet !== SHEET_NAMES.results)
        .map(([a, c]) => `${sheet}!${a} ${c.v}`)
    );
    expect(errors).toEqual([]);
    const people: Respondent[] = [
      { name: "Typed answers", side: "them", answers: TYPED_THEM },
      ...Object.entries(IMPORTED).map(([name, a]) => ({ name, side: "them" as const, answers: a })),
    ];
    const at = (sheet: string, a: string) => {
      const c = rawImported.get(sheet)?.get(a);
      return c?.t === "n" ? Number(c.v) : "";
    };
    for (const st of itemStats(people, "them")) {
      const row = summaryRow(st.itemId);
      expect({
        id: st.itemId,
        n: at(ROUND_SHEETS.summary, `${summaryColumn("them", "n")}${row}`),
      }).toEqual({ id: st.itemId, n: st.n });
      expect(at(ROUND_SHEETS.summary, `${summaryColumn("them", "spread")}${row}`)).toBe(
        st.spread ?? ""
      );
    }
    // The Scores sheet shows their view in our frame (dependencies crosswise).
    const them = swapPerspective(sideScores(people, "them").scores);
    for (const k of DIMENSION_KEYS)
      expect(at(SHEET_NAMES.scores, `C${scoresRow(k)}`) as number).toBeCloseTo(them[k]!, 6);
  });
});

test("every formula on the new sheets and the step sheets evaluates without an error", () => {
  const errors: string[] = [];
  let formulas = 0;
  for (const [sheet, cells] of raw) {
    for (const [addr, c] of cells) {
      if (!c.f) continue;
      formulas++;
      if (c.t === "e" && !(sheet === SHEET_NAMES.results)) errors.push(`${sheet}!${addr} ${c.v}`);
    }
  }
  expect(formulas).toBeGreaterThan(ITEMS.length * 10);
  expect(errors).toEqual([]);
});

test("n, mean, min, max and spread per item and side equal the core's statistics", () => {
  const sheet = ROUND_SHEETS.summary;
  for (const side of ["us", "them"] as const) {
    for (const s of itemStats(THEM, side)) {
      const row = summaryRow(s.itemId);
      const at = (stat: "n" | "mean" | "min" | "max" | "spread") =>
        num(sheet, `${summaryColumn(side, stat)}${row}`);
      expect({ id: s.itemId, side, n: at("n") }).toEqual({ id: s.itemId, side, n: s.n });
      if (s.n === 0) {
        expect(at("mean")).toBe("");
        continue;
      }
      expect(at("mean") as number).toBeCloseTo(s.mean!, 6);
      expect([at("min"), at("max"), at("spread")]).toEqual([s.min, s.max, s.spread]);
    }
  }
  // Hand check on the first item: Ana 1, Ben 5, Cy N/A (0 % 7 = 0) -> n 2, mean 3, min 1, max 5, spread 4.
  const first = summaryRow(ITEMS[0].id);
  expect(num(sheet, `${summaryColumn("them", "n")}${first}`)).toBe(2);
  expect(num(sheet, `${summaryColumn("them", "mean")}${first}`)).toBe(3);
  expect(num(sheet, `${summaryColumn("them", "min")}${first}`)).toBe(1);
  expect(num(sheet, `${summaryColumn("them", "spread")}${first}`)).toBe(4);
  expect(num(sheet, RESPONSES_LAYOUT.answersCount.us)).toBe(0);
  expect(num(sheet, RESPONSES_LAYOUT.answersCount.them)).toBe(
    THEM.reduce(
      (a, r) => a + Object.values(r.answers).filter((v) => typeof v === "number").length,
      0
    )
  );
});

test("the Scores sheet takes their side from the respondents' means and ours from the typed column", () => {
  const them = swapPerspective(sideScores(THEM, "them").scores);
  const us = scoreItems(US).scores;
  for (const k of DIMENSION_KEYS) {
    expect({ k, us: num(SHEET_NAMES.scores, `B${scoresRow(k)}`) }).toEqual({
      k,
      us: expect.closeTo(us[k]!, 6),
    });
    expect({ k, them: num(SHEET_NAMES.scores, `C${scoresRow(k)}`) }).toEqual({
      k,
      them: expect.closeTo(them[k]!, 6),
    });
  }
});

test("the file reads back to the same respondents, profile and history", async () => {
  const wb = await loadWorkbook((await written.xlsx.writeBuffer()) as ArrayBuffer);
  const back = readRespondents(wb);
  expect(back.problems).toEqual([]);
  expect(back.respondents.map((r) => [r.name, r.role ?? null])).toEqual([
    ["Ana", "Buyer"],
    ["Ben", null],
    ["Cy", null],
  ]);
  const { profile, problems } = workbookProfile(wb);
  expect(problems).toEqual([]);
  for (const k of DIMENSION_KEYS)
    expect(profile!.them![k]).toBeCloseTo(sideScores(THEM, "them").scores[k]!, 6);
  expect(readHistory(wb)).toEqual({ history: HISTORY, problems: [] });
});

test("the trend block shows the change since the previous round and since the first", () => {
  const sheet = ROUND_SHEETS.history;
  const cells = raw.get(sheet)!;
  // Find the trend table: the row whose column A holds the first dimension's label, below the history.
  const them = swapPerspective(sideScores(THEM, "them").scores);
  const us = scoreItems(US).scores;
  const rows = [...cells.entries()]
    .filter(([a]) => /^A\d+$/.test(a))
    .map(([a]) => Number(a.slice(1)))
    .sort((x, y) => x - y);
  const firstTrendRow = rows.find(
    (r) =>
      r > 5 + HISTORY.length && written.getWorksheet(sheet)!.getCell(`B${r}`).value === "better"
  )!;
  DIMENSION_KEYS.forEach((k, i) => {
    const r = firstTrendRow + i;
    const [nowUs, prevUs, baseUs, nowThem, prevThem, baseThem] = ["C", "D", "E", "F", "G", "H"].map(
      (c) => num(sheet, `${c}${r}`)
    );
    expect(nowUs as number).toBeCloseTo(us[k]!, 6);
    expect(prevUs as number).toBeCloseTo(us[k]! - HISTORY[1].us[k]!, 5);
    expect(baseUs as number).toBeCloseTo(us[k]! - HISTORY[0].us[k]!, 5);
    expect(nowThem as number).toBeCloseTo(them[k]!, 6);
    // The previous round was one-sided: no change to show for them.
    expect(prevThem).toBe("");
    expect(baseThem as number).toBeCloseTo(them[k]! - HISTORY[0].them[k]!, 5);
  });
  // Trust gap change: blank for the first round, then the difference to the round before.
  const gapChange = columnLetter(1 + HISTORY_KEYS.indexOf("trustGapChange"));
  expect(num(sheet, `${gapChange}7`) as number).toBeCloseTo(
    HISTORY[1].trustGap - HISTORY[0].trustGap,
    6
  );
  expect(HISTORY_KEYS).toContain(historyScoreKey("them", "trust"));
});
