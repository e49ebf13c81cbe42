/**
 * One COLLAB.* call per kind of input error (each problem code of src/functions/errors.ts), made as
 * Excel makes it: through functions.ts, with the engine loaded. Typed by the codes, so a new kind
 * of error does not compile until it has its call here.
 */
import {
  DIMENSION_KEYS,
  ITEMS,
  MODELS,
  modelLevel,
  type DimensionScores,
} from "../../../src/core/method";
import type { FunctionProblemCode } from "../../../src/functions/errors";
import {
  alignment,
  gaps,
  model,
  power,
  principle,
  roadmap,
  score,
  segment,
  trustGap,
} from "../../../src/functions/functions";
import { column, keyed } from "./helpers";

const [first, second] = DIMENSION_KEYS;
const all: DimensionScores = Object.fromEntries(DIMENSION_KEYS.map((k) => [k, 3]));
const full = () => keyed(all);
/** A full keyed range with one line changed. */
const changed = (line: number, cells: unknown[]) => {
  const range = full();
  range[line] = cells;
  return range;
};
const byLevel = [...MODELS].sort((a, b) => modelLevel(a.id) - modelLevel(b.id));
const [lowest, highest] = [byLevel[0].id, byLevel[byLevel.length - 1].id];
const DATE = "2026-01-15";

export const INPUT_ERRORS: { readonly [C in FunctionProblemCode]: () => unknown } = {
  notAScore: () => model(changed(0, [first, 6])),
  scoreBlank: () => power("", 3),
  notRange: () => model("trust" as unknown as unknown[][]),
  notRectangular: () => model([[first, 3], [second]]),
  badShape: () => model(DIMENSION_KEYS.slice(0, 4).map(() => [1, 2, 3, 4])),
  scoreWithoutKey: () => model([...full(), ["", 3]]),
  notKey: () => model(changed(0, ["friendship", 3])),
  repeatedKey: () => model(changed(1, [first, 3])),
  mixedKinds: () => model(changed(0, [ITEMS[0].id, 3])),
  thirdLineTaken: () =>
    model(
      DIMENSION_KEYS.map((k) => [k, 3, 3]),
      column(all)
    ),
  alignedLength: () => model(full(), [[3], [3]]),
  alignedWithoutKey: () => model([...full(), ["", ""]], [...column(all), [3]]),
  kindMismatch: () => model(full(), [[ITEMS[0].id, 3]]),
  notPerspective: () => model(full(), undefined, "buyer"),
  modelBlank: () => trustGap("", 3),
  notModel: () => trustGap("friend", 3),
  notPrinciple: () => principle("P99"),
  scoresMissing: () => model(full().slice(1)),
  otherSideBlank: () => alignment(full(), column(undefined)),
  nothingInCommon: () => alignment([[first, 3]], [[second, 3]]),
  badThreshold: () => gaps(full(), column(all), -1),
  weightsShape: () => score([[3, 3]], [[1]]),
  notAWeight: () => score([[3, 3]], [[1, -1]]),
  noWeightedAnswer: () => score([[3]], [[0]]),
  notPrincipleField: () => principle(1, "colour"),
  profitImpactBlank: () => segment(full(), undefined, "customer", ""),
  dateBlank: () => roadmap(lowest, highest, ""),
  dateOutOfRange: () => roadmap(lowest, highest, 10),
  notADate: () => roadmap(lowest, highest, "2026-02-30"),
  badMonths: () => roadmap(lowest, highest, DATE, 0),
  modelsReversed: () => roadmap(highest, lowest, DATE),
};
