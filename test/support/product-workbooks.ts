/**
 * Every workbook the product writes, built as the product builds it and written through the exceljs
 * adapter (so formulas, notes, validations and print headers are in the file), and a dump of what a
 * reader sees in each: every cell's value, formula and note, every validation, every header and
 * footer. The workbook pseudo-locale test reads the dumps; comparing two dumps shows a change in
 * what a workbook says.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ITEMS, swapPerspective } from "../../src/core/method";
import { roundRecord } from "../../src/core/rounds";
import type { Respondent } from "../../src/core/rounds/respondents";
import { buildAssessmentPlan } from "../../src/core/workbook/layout";
import { DEMO_INTERESTS, demoAssessment } from "../../src/core/workbook/demo";
import { printedJointSummary } from "../../src/core/workbook/joint-summary";
import {
  buildPortfolioPlan,
  portfolioRow,
  type PortfolioPlan,
  type PortfolioRow,
} from "../../src/core/workbook/portfolio";
import { withRoundChanges } from "../../src/core/workbook/results-rounds";
import { withRoundStatus } from "../../src/core/workbook/roadmap-rounds";
import { summaryScores } from "../../src/core/workbook/summary";
import type { AssessmentMeta, WorkbookPlan } from "../../src/core/workbook/plan";
import { loadWorkbook, planToBuffer } from "../../src/xlsx";
import { portfolioToBuffer } from "../../src/xlsx/portfolio";
import { upgradeWorkbook } from "../../src/xlsx/upgrade";
import { PORTFOLIO_CASES, caseProfile } from "./portfolio";

/** The user's own data the builders below put in: a checker must not count it as product text. */
export const USER_DATA = {
  meta: {
    title: "Zqx relationship",
    us: "Zqx Alpha",
    them: "Zqx Beta",
    perspective: "customer",
    date: "2026-03-02",
    assessors: "Zqx Assessor",
    contacts: "Zqx Contact",
  } satisfies AssessmentMeta,
  respondents: [
    { name: "Zqx Ana", side: "us", role: "Zqx buyer", answers: {} },
    { name: "Zqx Bo", side: "us", answers: {} },
    { name: "Zqx Cy", side: "them", organisation: "Zqx Beta", answers: {} },
    { name: "Zqx Di", side: "them", answers: {} },
  ] as Respondent[],
  signOff: [
    { role: "Zqx role", name: "Zqx Signer", date: "2026-03-05" },
    { role: "Zqx role", name: "Zqx Other", date: null },
  ],
  /** A skipped file (its reason stands in for the adapter's message, which is not a workbook text). */
  skipped: [{ file: "zqx.xlsx", reason: "zqx" }],
  takenAt: "2026-03-02T09:30:00Z",
  takenOn: "2026-03-02",
} as const;

/** Respondents who disagree on the first items, so the workshop topics have something to list. */
export function roundsRespondents(): Respondent[] {
  return USER_DATA.respondents.map((r, i) => ({
    ...r,
    answers: Object.fromEntries(
      ITEMS.map((it, j) => [it.id, j < 4 ? (i % 2 ? 5 : 1) : j % 7 === 0 ? null : 3])
    ),
  }));
}

/** The demo's answers under our user data, with two closed rounds, respondents and the rounds' blocks. */
function roundsPlan(): WorkbookPlan {
  const d = demoAssessment();
  const meta = { ...USER_DATA.meta };
  const scores = summaryScores(d.assessed.profile);
  const history = [1, 0.5].map((by, i) =>
    roundRecord({
      date: `2025-0${3 + i * 3}-01`,
      itemSetVersion: "",
      us: Object.fromEntries(Object.entries(scores.us).map(([k, v]) => [k, Math.max(1, v! - by)])),
      them: d.assessed.profile.them ? swapPerspective(d.assessed.profile.them) : undefined,
      respondents: { us: 2, them: 2 },
      recommendation: { ...d.recommendation, trustGap: d.recommendation.trustGap + 0.25 * (2 - i) },
    })
  );
  // Both sides answer through respondents (typed scores beside them would be refused on reading).
  const plan = buildAssessmentPlan(meta, {
    recommendation: d.recommendation,
    roadmap: d.roadmap,
    takenAt: USER_DATA.takenAt,
    respondents: roundsRespondents(),
    anonymous: ["them"],
    history,
  });
  plan.sheets = plan.sheets.map((s) =>
    s.role === "results"
      ? withRoundChanges(s, history, scores, d.recommendation.trustGap)
      : s.role === "roadmap"
        ? withRoundStatus(s, d.roadmap, history, d.recommendation.startModel)
        : s
  );
  return plan;
}

/** One portfolio row per portfolio test case, under our user data. */
export function portfolioRows(): PortfolioRow[] {
  return PORTFOLIO_CASES.map((c, i) =>
    portfolioRow({
      file: `zqx-${c.name}.xlsx`,
      meta: {
        ...USER_DATA.meta,
        perspective: c.perspective,
        title: `Zqx ${i}`,
        them: `Zqx party ${i}`,
      },
      assessmentId: `zqx-${i}`,
      itemSetVersion: "",
      profile: caseProfile(c),
    })
  );
}

/** The plans of every workbook the product builds from data (build in the language to test). */
export function productPlans(): {
  assessments: Record<string, WorkbookPlan>;
  portfolio: PortfolioPlan;
} {
  const d = demoAssessment();
  const meta = USER_DATA.meta;
  const demo = buildAssessmentPlan(meta, {
    answers: d.answers,
    interests: DEMO_INTERESTS,
    recommendation: d.recommendation,
    roadmap: d.roadmap,
    takenAt: USER_DATA.takenAt,
  });
  const joint = printedJointSummary(
    meta,
    d.recommendation,
    d.roadmap,
    summaryScores(d.assessed.profile),
    {
      includeBlockers: true,
      signOff: USER_DATA.signOff,
    }
  );
  const rows = portfolioRows();
  return {
    assessments: { empty: buildAssessmentPlan(meta), demo, rounds: roundsPlan(), joint },
    portfolio: buildPortfolioPlan(rows, USER_DATA.skipped, USER_DATA.takenOn),
  };
}

/** The first question set's workbook, to upgrade (the fixture). */
export const OLD_WORKBOOK = path.join(__dirname, "../fixtures/workbooks/assessment-2026.1.xlsx");

/** Every workbook the product makes, by name, as .xlsx bytes (build in the language to test). */
export async function productWorkbooks(): Promise<Record<string, Buffer>> {
  const { assessments, portfolio } = productPlans();
  const out: Record<string, Buffer> = {};
  for (const [name, plan] of Object.entries(assessments)) out[name] = await planToBuffer(plan);
  out.portfolio = await portfolioToBuffer(portfolio);
  const old = await loadWorkbook(fs.readFileSync(OLD_WORKBOOK));
  out.upgrade = (await upgradeWorkbook(old)).buffer;
  return out;
}

/** What a reader sees in one cell, note, validation or print header, with where it is. */
export interface Seen {
  where: string;
  what: "value" | "formula" | "note" | "validation" | "header" | "sheet" | "name" | "property";
  text: string;
}

function cellText(v: ExcelJS.CellValue): { value?: string; formula?: string } {
  if (v === null || v === undefined) return {};
  // A date is a number shown with a format: data, not text.
  if (v instanceof Date) return {};
  if (typeof v !== "object") return { value: String(v) };
  if ("formula" in v || "sharedFormula" in v) {
    const f = v as ExcelJS.CellFormulaValue;
    return {
      formula: f.formula,
      ...(f.result !== undefined && { value: String(f.result) }),
    };
  }
  if ("richText" in v) return { value: v.richText.map((r) => r.text).join("") };
  if ("hyperlink" in v) return { value: String(v.text) };
  return { value: JSON.stringify(v) };
}

/** Everything a reader of the file sees, in file order. */
export async function seenIn(bytes: Buffer): Promise<Seen[]> {
  const wb = await loadWorkbook(bytes);
  const out: Seen[] = [];
  const props = wb as unknown as Record<string, unknown>;
  for (const p of ["title", "subject", "creator"])
    if (props[p]) out.push({ where: p, what: "property", text: String(props[p]) });
  for (const n of (wb.definedNames as unknown as { model: { name: string }[] }).model)
    out.push({ where: "names", what: "name", text: n.name });
  wb.eachSheet((ws) => {
    out.push({ where: ws.name, what: "sheet", text: ws.name });
    const hf = (ws.headerFooter ?? {}) as Record<string, string | undefined>;
    for (const k of Object.keys(hf).sort())
      if (typeof hf[k] === "string")
        out.push({ where: `${ws.name}!${k}`, what: "header", text: hf[k]! });
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const where = `${ws.name}!${cell.address}`;
        const t = cellText(cell.value);
        if (t.value !== undefined) out.push({ where, what: "value", text: t.value });
        if (t.formula !== undefined) out.push({ where, what: "formula", text: t.formula });
        const note = cell.note;
        if (note)
          out.push({
            where,
            what: "note",
            text: typeof note === "string" ? note : JSON.stringify(note),
          });
      })
    );
    const dv = (
      ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model;
    for (const [range, v] of Object.entries(dv)) {
      const texts = [v.promptTitle, v.prompt, v.errorTitle, v.error, ...(v.formulae ?? [])];
      for (const t of texts)
        if (typeof t === "string" && t !== "")
          out.push({ where: `${ws.name}!${range}`, what: "validation", text: String(t) });
    }
  });
  return out;
}
