/**
 * Input errors of the COLLAB.* functions, independent of the Excel runtime so the parsing layer can
 * run (and be tested or benchmarked) in plain Node. compute.ts turns them into CustomFunctions.Error.
 * The parsing code says what is wrong as data (a problem: a code and its values); the words come
 * from the catalogue (problem-text.ts) only when an error is made, so a cell that reads fine costs
 * no text.
 */
import type { DimensionKey, ModelId } from "../core/method";
import { functionProblemText } from "./problem-text";

/** "invalidValue" shows as #VALUE! in Excel, "notAvailable" as #N/A. */
export type FunctionErrorCode = "invalidValue" | "notAvailable";

/** Which way a keyed range's entries run: one per row, or one per column. */
export type LineUnit = "row" | "column";

/**
 * Where a score or weight cell sits, as a message names it: an argument by its name (a scalar), a
 * line of a keyed range ("scores row 6 (trust)"), a cell of a row of ten ("scores cell 3 (stakes)")
 * or a cell of a range of any shape ("weights row 2 column 1"). Positions count from 1.
 */
export type CellPlace =
  | string
  | { kind: "line"; arg: string; unit: LineUnit; position: number; key: string }
  | { kind: "cell"; arg: string; position: number; key: DimensionKey }
  | { kind: "grid"; arg: string; row: number; column: number };

/** What is wrong with a function's input: a code and the values its message names. */
export type FunctionProblem =
  | { code: "notAScore"; where: CellPlace; value: unknown }
  | { code: "scoreBlank"; arg: string }
  | { code: "notRange"; arg: string }
  | { code: "notRectangular"; arg: string }
  | { code: "badShape"; arg: string; height: number; width: number }
  | { code: "scoreWithoutKey"; arg: string; unit: LineUnit; position: number }
  | { code: "notKey"; arg: string; unit: LineUnit; position: number; value: unknown }
  | {
      code: "repeatedKey";
      arg: string;
      key: string;
      unit: LineUnit;
      first: number;
      second: number;
    }
  | { code: "mixedKinds"; arg: string }
  | { code: "thirdLineTaken"; us: string; them: string; unit: LineUnit }
  | {
      code: "alignedLength";
      us: string;
      them: string;
      unit: LineUnit;
      cells: number;
      lines: number;
    }
  | { code: "alignedWithoutKey"; us: string; them: string; unit: LineUnit; position: number }
  | {
      code: "kindMismatch";
      us: string;
      them: string;
      ours: "dimension" | "item";
      theirs: "dimension" | "item";
    }
  | { code: "notPerspective"; arg: string; value: unknown }
  | { code: "modelBlank"; arg: string }
  | { code: "notModel"; arg: string; value: unknown }
  | { code: "notPrinciple"; arg: string; value: unknown }
  | { code: "scoresMissing"; arg: string; missing: readonly DimensionKey[] }
  | { code: "otherSideBlank"; arg: string }
  | { code: "nothingInCommon"; us: string; them: string }
  | { code: "badThreshold"; arg: string; value: unknown }
  | {
      code: "weightsShape";
      weights: string;
      scores: string;
      weightsSize: readonly [number, number];
      scoresSize: readonly [number, number];
    }
  | { code: "notAWeight"; where: CellPlace; value: unknown }
  | { code: "noWeightedAnswer"; arg: string }
  | { code: "notPrincipleField"; arg: string; value: unknown; allowed: readonly string[] }
  | { code: "profitImpactBlank"; arg: string }
  | { code: "dateBlank"; arg: string }
  | { code: "dateOutOfRange"; arg: string; value: number; first: string }
  | { code: "notADate"; arg: string; value: unknown }
  | { code: "badMonths"; arg: string; value: unknown }
  | {
      code: "modelsReversed";
      fromArg: string;
      toArg: string;
      from: ModelId;
      to: ModelId;
    };

export type FunctionProblemCode = FunctionProblem["code"];

/**
 * The Excel error each problem shows as: #N/A when something needed is missing (blank), #VALUE!
 * when what is there is wrong. Also the list of every problem code (tests word each one).
 */
export const EXCEL_ERROR: { readonly [C in FunctionProblemCode]: FunctionErrorCode } = {
  notAScore: "invalidValue",
  scoreBlank: "notAvailable",
  notRange: "invalidValue",
  notRectangular: "invalidValue",
  badShape: "invalidValue",
  scoreWithoutKey: "invalidValue",
  notKey: "invalidValue",
  repeatedKey: "invalidValue",
  mixedKinds: "invalidValue",
  thirdLineTaken: "invalidValue",
  alignedLength: "invalidValue",
  alignedWithoutKey: "invalidValue",
  kindMismatch: "invalidValue",
  notPerspective: "invalidValue",
  modelBlank: "notAvailable",
  notModel: "invalidValue",
  notPrinciple: "invalidValue",
  scoresMissing: "notAvailable",
  otherSideBlank: "notAvailable",
  nothingInCommon: "notAvailable",
  badThreshold: "invalidValue",
  weightsShape: "invalidValue",
  notAWeight: "invalidValue",
  noWeightedAnswer: "notAvailable",
  notPrincipleField: "invalidValue",
  profitImpactBlank: "notAvailable",
  dateBlank: "notAvailable",
  dateOutOfRange: "invalidValue",
  notADate: "invalidValue",
  badMonths: "invalidValue",
  modelsReversed: "invalidValue",
};

/** Cell `index` (reading order, from 0) of a range `width` cells wide, as a message names it. */
export function gridPlace(arg: string, index: number, width: number): CellPlace {
  return { kind: "grid", arg, row: Math.floor(index / width) + 1, column: (index % width) + 1 };
}

export class FunctionInputError extends Error {
  readonly code: FunctionErrorCode;

  constructor(readonly problem: FunctionProblem) {
    // Worded here, in the active language: an error is made only for input that is wrong.
    super(functionProblemText(problem));
    this.name = "FunctionInputError";
    this.code = EXCEL_ERROR[problem.code];
  }
}

export function inputError(problem: FunctionProblem): FunctionInputError {
  return new FunctionInputError(problem);
}
