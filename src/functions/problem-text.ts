/**
 * A COLLAB.* input problem in words of the active language (part `functions`, loaded with the
 * functions' engine chunk). Argument names, keys, ids and the offending value stay as a formula
 * holds them; the lists of what is allowed come from the method's data.
 */
import {
  DIMENSION_KEYS,
  ITEMS,
  MODELS,
  PERSPECTIVES,
  PRINCIPLES,
  THRESHOLDS,
} from "../core/method";
import { functionsTexts } from "../core/texts/parts/functions";
import type { CellPlace, FunctionProblem, LineUnit } from "./errors";

const DATE_EXAMPLE = "2026-01-15";
/**
 * The cover's defined name the profit impact comes from (DEFINED_NAMES.profitImpact, a key never
 * translated): spelt here, as core/workbook/names.ts would bring the names part into this chunk.
 */
const PROFIT_IMPACT_NAME = "CF_ProfitImpact";

/** A cell's value as the range messages show it: text in quotes, anything else as is. */
function shown(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

/** A value as the other arguments' messages show it (JSON: text in quotes, escaped). */
function json(value: unknown): string {
  return String(JSON.stringify(value));
}

const OTHER_WAY: Record<LineUnit, LineUnit> = { row: "column", column: "row" };

function placeText(where: CellPlace): string {
  if (typeof where === "string") return where;
  const t = functionsTexts().place;
  switch (where.kind) {
    case "line":
      return t.line(
        where.arg,
        functionsTexts().unit[where.unit],
        String(where.position),
        where.key
      );
    case "cell":
      return t.cell(where.arg, String(where.position), where.key);
    case "grid":
      return t.grid(where.arg, String(where.row), String(where.column));
  }
}

export function functionProblemText(p: FunctionProblem): string {
  const words = functionsTexts();
  const t = words.input;
  const scale = words.scale(String(THRESHOLDS.scaleMin), String(THRESHOLDS.scaleMax));
  const list = (items: readonly string[]) => items.join(", ");
  switch (p.code) {
    case "notAScore":
      return t.notAScore(placeText(p.where), shown(p.value), scale);
    case "scoreBlank":
      return t.scoreBlank(p.arg, scale);
    case "notRange":
      return t.notRange(p.arg);
    case "notRectangular":
      return t.notRectangular(p.arg);
    case "badShape":
      return t.badShape(
        p.arg,
        String(p.height),
        String(p.width),
        String(DIMENSION_KEYS.length),
        list(DIMENSION_KEYS)
      );
    case "scoreWithoutKey":
      return t.scoreWithoutKey(p.arg, words.unit[p.unit], String(p.position));
    case "notKey":
      return t.notKey(
        p.arg,
        words.unit[p.unit],
        String(p.position),
        shown(p.value),
        list(DIMENSION_KEYS),
        ITEMS[0].id
      );
    case "repeatedKey":
      return t.repeatedKey(p.arg, p.key, words.units[p.unit], String(p.first), String(p.second));
    case "mixedKinds":
      return t.mixedKinds(p.arg);
    case "thirdLineTaken":
      return t.thirdLineTaken(
        p.us,
        p.them,
        words.unit[OTHER_WAY[p.unit]],
        words.units[OTHER_WAY[p.unit]]
      );
    case "alignedLength":
      return t.alignedLength(
        p.them,
        String(p.cells),
        p.us,
        String(p.lines),
        words.units[p.unit],
        words.unit[p.unit]
      );
    case "alignedWithoutKey":
      return t.alignedWithoutKey(p.them, words.unit[p.unit], String(p.position), p.us);
    case "kindMismatch":
      return t.kindMismatch(p.us, words.kind[p.ours], p.them, words.kind[p.theirs]);
    case "notPerspective":
      return t.notPerspective(p.arg, shown(p.value), list(PERSPECTIVES));
    case "modelBlank":
      return t.modelBlank(p.arg);
    case "notModel":
      return t.notModel(p.arg, shown(p.value), list(MODELS.map((m) => m.id)));
    case "notPrinciple":
      return t.notPrinciple(
        p.arg,
        shown(p.value),
        list(PRINCIPLES.map((x) => x.id)),
        String(PRINCIPLES.length)
      );
    case "scoresMissing":
      return t.scoresMissing(p.arg, list(p.missing), scale);
    case "otherSideBlank":
      return t.otherSideBlank(p.arg);
    case "nothingInCommon":
      return t.nothingInCommon(p.us, p.them);
    case "badThreshold":
      return t.badThreshold(
        p.arg,
        String(p.value),
        String(THRESHOLDS.scaleMax - THRESHOLDS.scaleMin)
      );
    case "weightsShape":
      return t.weightsShape(p.weights, p.weightsSize.join("x"), p.scores, p.scoresSize.join("x"));
    case "notAWeight":
      return t.notAWeight(placeText(p.where), json(p.value));
    case "noWeightedAnswer":
      return t.noWeightedAnswer(p.arg);
    case "notPrincipleField":
      return t.notPrincipleField(p.arg, json(p.value), list(p.allowed));
    case "profitImpactBlank":
      return t.profitImpactBlank(p.arg, scale, PROFIT_IMPACT_NAME);
    case "dateBlank":
      return t.dateBlank(p.arg);
    case "dateOutOfRange":
      return t.dateOutOfRange(p.arg, String(p.value), p.first);
    case "notADate":
      return t.notADate(p.arg, json(p.value), DATE_EXAMPLE);
    case "badMonths":
      return t.badMonths(
        p.arg,
        json(p.value),
        String(THRESHOLDS.minMonthsPerStep),
        String(THRESHOLDS.maxMonthsPerStep)
      );
    case "modelsReversed":
      return t.modelsReversed(p.fromArg, p.from, p.toArg, p.to);
  }
}
