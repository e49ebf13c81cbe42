/**
 * Twenty assessment workbooks across every portfolio segment, both perspectives, one and two
 * sides, with and without a profit impact, including mismatches both ways. Each dimension's items
 * are all scored at the dimension's level (reverse items turned), so the workbook's dimension scores
 * are exactly the levels below and the expected result comes from the engine, not from the file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  ITEMS,
  type DimensionKey,
  type ItemAnswers,
  type Perspective,
  type Profile,
} from "../../src/core/method";
import { buildAssessmentPlan } from "../../src/core/workbook/layout";
import { planToBuffer } from "../../src/xlsx";
import { profile } from "../unit/method/helpers";

type Levels = Partial<Record<DimensionKey, number>>;

export const LEVEL_BASE: Record<DimensionKey, number> = {
  mutuality: 3,
  alignment: 4,
  complementarity: 3,
  differenceRisk: 2,
  stakes: 3,
  trust: 3,
  ourDependence: 3,
  theirDependence: 3,
  partnershipFit: 2,
  maturity: 3,
};

export interface PortfolioCase {
  name: string;
  perspective: Perspective;
  profitImpact: number | null;
  us: Levels;
  /** The other party's own answers (its side), when it answered. */
  them?: Levels;
}

const PARTNER: Levels = {
  stakes: 4,
  alignment: 5,
  mutuality: 4,
  trust: 5,
  partnershipFit: 4,
  ourDependence: 4,
  theirDependence: 4,
  maturity: 3,
};

export const PORTFOLIO_CASES: PortfolioCase[] = [
  {
    name: "c-strategic",
    perspective: "customer",
    profitImpact: 5,
    us: { ourDependence: 4, stakes: 4 },
  },
  {
    name: "c-strategic-r2",
    perspective: "customer",
    profitImpact: 4,
    us: { alignment: 2, ourDependence: 3, stakes: 4 },
  },
  {
    name: "c-strategic-two",
    perspective: "customer",
    profitImpact: 3,
    us: { ourDependence: 4, stakes: 5, mutuality: 4, trust: 4 },
    them: { theirDependence: 4, stakes: 5, mutuality: 2 },
  },
  {
    name: "c-bottleneck",
    perspective: "customer",
    profitImpact: 2,
    us: { ourDependence: 4, stakes: 3 },
  },
  {
    name: "c-bottleneck-r1",
    perspective: "customer",
    profitImpact: 1,
    us: { ourDependence: 5, stakes: 2, alignment: 2 },
  },
  {
    name: "c-leverage",
    perspective: "customer",
    profitImpact: 4,
    us: { ourDependence: 2, stakes: 2, theirDependence: 2 },
  },
  {
    name: "c-leverage-two",
    perspective: "customer",
    profitImpact: 5,
    us: { ourDependence: 1, stakes: 3, theirDependence: 4 },
    them: { mutuality: 2, ourDependence: 4 },
  },
  {
    name: "c-noncritical",
    perspective: "customer",
    profitImpact: 1,
    us: { ourDependence: 1, stakes: 1, theirDependence: 1, mutuality: 2 },
  },
  {
    name: "c-noncritical-over",
    perspective: "customer",
    profitImpact: 2,
    us: { ourDependence: 1, stakes: 4, theirDependence: 3, mutuality: 3 },
  },
  { name: "c-none", perspective: "customer", profitImpact: null, us: {} },
  {
    name: "s-key",
    perspective: "supplier",
    profitImpact: 4,
    us: { theirDependence: 4, stakes: 4 },
  },
  {
    name: "s-key-two",
    perspective: "supplier",
    profitImpact: 5,
    us: { theirDependence: 5, stakes: 4 },
    them: { ourDependence: 5, stakes: 4 },
  },
  { name: "s-develop", perspective: "supplier", profitImpact: 4, us: { theirDependence: 2 } },
  {
    name: "s-develop-low",
    perspective: "supplier",
    profitImpact: 3,
    us: { theirDependence: 1, stakes: 1 },
  },
  { name: "s-maintain", perspective: "supplier", profitImpact: 2, us: { theirDependence: 4 } },
  {
    name: "s-maintain-partner",
    perspective: "supplier",
    profitImpact: 2,
    us: PARTNER,
    them: PARTNER,
  },
  {
    name: "s-efficiency",
    perspective: "supplier",
    profitImpact: 1,
    us: { theirDependence: 1, stakes: 1 },
  },
  {
    name: "s-efficiency-over",
    perspective: "supplier",
    profitImpact: 2,
    us: { theirDependence: 2, stakes: 5, ourDependence: 4 },
  },
  { name: "s-none", perspective: "supplier", profitImpact: null, us: {} },
  {
    name: "s-key-r2",
    perspective: "supplier",
    profitImpact: 5,
    us: { theirDependence: 4, alignment: 2, ourDependence: 2, stakes: 4 },
  },
];

/** Every item of a dimension answered at its level (reverse items turned round). */
export function answersAt(levels: Levels): ItemAnswers {
  const all = { ...LEVEL_BASE, ...levels };
  const out: ItemAnswers = {};
  for (const it of ITEMS) {
    const level = all[it.dimension];
    out[it.id] = it.reverse ? 6 - level : level;
  }
  return out;
}

/** The profile the workbook holds, built from the levels (not read from the file). */
export function caseProfile(c: PortfolioCase): Profile {
  // The method tests' profile builder, on the portfolio's base levels.
  return {
    ...profile(c.us, LEVEL_BASE, c.perspective),
    ...(c.them ? { them: profile(c.them, LEVEL_BASE).us } : {}),
    ...(c.profitImpact !== null ? { profitImpact: c.profitImpact } : {}),
  };
}

/** Writes each case as `<dir>/<name>.xlsx` and returns the paths in case order. */
export async function writePortfolioCases(
  dir: string,
  cases: readonly PortfolioCase[] = PORTFOLIO_CASES
): Promise<string[]> {
  const files: string[] = [];
  for (const [i, c] of cases.entries()) {
    const plan = buildAssessmentPlan(
      {
        title: `Relationship ${c.name}`,
        us: "Northwind",
        them: `Party ${String(i + 1).padStart(2, "0")}`,
        perspective: c.perspective,
        date: `2026-0${1 + (i % 9)}-15`,
        assessors: "Tester",
        profitImpact: c.profitImpact,
      },
      { answers: { us: answersAt(c.us), ...(c.them ? { them: answersAt(c.them) } : {}) } }
    );
    const file = path.join(dir, `${c.name}.xlsx`);
    fs.writeFileSync(file, await planToBuffer(plan));
    files.push(file);
  }
  return files;
}
