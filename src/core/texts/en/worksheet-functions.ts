/**
 * The COLLAB.* worksheet functions' words: each input error (the message Excel shows beside #VALUE!
 * or #N/A: which argument or cell, which value, what is allowed) and the headers of COLLAB.GAPS.
 * Parameters arrive as text: argument names, keys, ids and the value as the cell holds it stay as a
 * formula has them (src/functions/problem-text.ts fills them in). The functions' descriptions are
 * their metadata (JSDoc in src/functions/functions.ts), not this part.
 */
export const functions = {
  /** Where a score cell sits: a line of a keyed range, a cell of a row of ten, a cell of any range. */
  place: {
    line: (arg: string, unit: string, position: string, key: string) =>
      `${arg} ${unit} ${position} (${key})`,
    cell: (arg: string, position: string, key: string) => `${arg} cell ${position} (${key})`,
    grid: (arg: string, row: string, column: string) => `${arg} row ${row} column ${column}`,
  },
  /** A line of a range, by the way its entries run. */
  unit: { row: "row", column: "column" },
  units: { row: "rows", column: "columns" },
  /** What one side's range holds. */
  kind: { dimension: "dimension", item: "item" },
  /** The score scale: "1 to 5". */
  scale: (min: string, max: string) => `${min} to ${max}`,
  /** One text per kind of input error (the problem codes of src/functions/errors.ts). */
  input: {
    notAScore: (where: string, value: string, scale: string) =>
      `${where}: ${value} is not a score; allowed: a number from ${scale}, N/A, or a blank cell`,
    scoreBlank: (arg: string, scale: string) =>
      `${arg} is blank or N/A; it needs a score from ${scale}`,
    notRange: (arg: string) => `${arg} must be a range of cells`,
    notRectangular: (arg: string) => `${arg} must be a rectangular range of cells`,
    badShape: (arg: string, height: string, width: string, count: string, keys: string) =>
      `${arg} is ${height}x${width} cells; give 2 columns (dimension or item, score), 3 columns ` +
      `(dimension, our score, their score), the same laid out across rows, or one column of ` +
      `${count} scores in the order ${keys}`,
    scoreWithoutKey: (arg: string, unit: string, position: string) =>
      `${arg} ${unit} ${position} has a score but no dimension or item id in its first cell`,
    notKey: (
      arg: string,
      unit: string,
      position: string,
      value: string,
      keys: string,
      item: string
    ) =>
      `${arg} ${unit} ${position}: ${value} is not a dimension or item id; ` +
      `allowed: ${keys} (or their labels), or an item id such as ${item}`,
    repeatedKey: (arg: string, key: string, units: string, first: string, second: string) =>
      `${arg} lists ${key} twice (${units} ${first} and ${second})`,
    mixedKinds: (arg: string) =>
      `${arg} mixes dimensions and item ids; use one kind per range (dimension scores or item answers)`,
    /** `line`/`lines`: the other way than the range's entries run (a third column of rows). */
    thirdLineTaken: (us: string, them: string, line: string, lines: string) =>
      `${us} already has a third ${line} with their scores; leave ${them} empty or give ${us} only 2 ${lines}`,
    alignedLength: (
      them: string,
      cells: string,
      us: string,
      count: string,
      units: string,
      unit: string
    ) =>
      `${them} has ${cells} cells but ${us} has ${count} ${units}; ` +
      `give one cell per ${unit} of ${us}, or a 2-column (dimension, score) range`,
    alignedWithoutKey: (them: string, unit: string, position: string, us: string) =>
      `${them} ${unit} ${position} has a score but the matching ${unit} of ${us} names no dimension`,
    kindMismatch: (us: string, ours: string, them: string, theirs: string) =>
      `${us} holds ${ours} scores but ${them} holds ${theirs} scores; use the same kind on both sides`,
    notPerspective: (arg: string, value: string, allowed: string) =>
      `${arg}: ${value} is not a perspective; allowed: ${allowed}`,
    modelBlank: (arg: string) => `${arg} is blank; it needs a collaboration model`,
    notModel: (arg: string, value: string, allowed: string) =>
      `${arg}: ${value} is not a collaboration model; allowed: ${allowed} (or their names)`,
    notPrinciple: (arg: string, value: string, allowed: string, count: string) =>
      `${arg}: ${value} is not a principle; allowed: ${allowed} or 1 to ${count}`,
    scoresMissing: (arg: string, missing: string, scale: string) =>
      `${arg} has no score for ${missing}; every dimension needs a score from ${scale} ` +
      `(N/A and blank cells do not count)`,
    otherSideBlank: (arg: string) => `${arg} is blank; it needs the other party's scores`,
    nothingInCommon: (us: string, them: string) =>
      `${us} and ${them} have no dimension scored by both sides`,
    badThreshold: (arg: string, value: string, max: string) =>
      `${arg}: ${value} is not allowed; give a number above 0 and at most ${max}`,
    weightsShape: (weights: string, weightsSize: string, scores: string, scoresSize: string) =>
      `${weights} is ${weightsSize} cells but ${scores} is ${scoresSize}; give one weight per score cell`,
    notAWeight: (where: string, value: string) =>
      `${where}: ${value} is not a weight; allowed: a number of 0 or more, or blank (= 1)`,
    noWeightedAnswer: (arg: string) => `${arg} has no answered cell with a weight above 0`,
    notPrincipleField: (arg: string, value: string, allowed: string) =>
      `${arg}: ${value} is not a principle field; allowed: ${allowed}`,
    profitImpactBlank: (arg: string, scale: string, name: string) =>
      `${arg} is blank; the segment needs a profit impact from ${scale} (the cover's ${name})`,
    dateBlank: (arg: string) => `${arg} is blank; it needs a date (a date cell or text YYYY-MM-DD)`,
    dateOutOfRange: (arg: string, value: string, first: string) =>
      `${arg}: ${value} is not a date Excel can show from ${first} on; give a date cell or text YYYY-MM-DD`,
    notADate: (arg: string, value: string, example: string) =>
      `${arg}: ${value} is not a date; give a date cell or text YYYY-MM-DD (e.g. ${example})`,
    badMonths: (arg: string, value: string, min: string, max: string) =>
      `${arg}: ${value} is not allowed; give a whole number of months from ${min} to ${max}`,
    modelsReversed: (fromArg: string, from: string, toArg: string, to: string) =>
      `${fromArg} (${from}) is above ${toArg} (${to}); a roadmap climbs from the start model up to the target`,
  },
  /** COLLAB.GAPS's header row (dimension gaps; item gaps put `item` first). */
  gaps: {
    item: "Item",
    dimension: "Dimension",
    us: "Our score",
    them: "Their score (our frame)",
    difference: "Difference",
  },
} as const;
