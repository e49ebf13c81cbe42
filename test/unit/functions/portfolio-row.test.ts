/**
 * COLLAB.MODEL as the Excel portfolio's live column calls it: one CF_Portfolio row's ten score cells
 * (in the table's column order, as written) and the row's Perspective cell. Compared with the engine.
 */
import { DIMENSION_KEYS, perceptionGaps, recommend } from "../../../src/core/method";
import {
  PORTFOLIO_HEADERS,
  portfolioRow,
  portfolioValues,
} from "../../../src/core/workbook/portfolio";
import { model } from "../../../src/functions/functions";
import { loadFunctionsEngine } from "../../../src/functions/load";
import { PORTFOLIO_CASES, caseProfile } from "../../support/portfolio";
import "./helpers";
import { dimensionLabel, modelName } from "../../../src/core/texts/method-words";

const scoreColumns = DIMENSION_KEYS.map((k) => PORTFOLIO_HEADERS.indexOf(dimensionLabel(k)));
const perspectiveColumn = PORTFOLIO_HEADERS.indexOf("Perspective");

const rows = PORTFOLIO_CASES.map((c) => {
  const profile = caseProfile(c);
  const row = portfolioRow({
    file: `${c.name}.xlsx`,
    meta: {
      title: c.name,
      us: "Us",
      them: "Them",
      perspective: c.perspective,
      date: "",
      assessors: "",
    },
    assessmentId: `CF-${c.name}`,
    itemSetVersion: "2026.2",
    profile,
  });
  return { name: c.name, profile, row, values: portfolioValues(row) };
});

// The calls below run as in Excel once the engine is loaded: at once, no Promise.
beforeAll(() => loadFunctionsEngine());
describe("COLLAB.MODEL over a CF_Portfolio row", () => {
  test("the ten score columns are adjacent and in the order the one-row form reads", () => {
    // The live formula passes them as one range (first to last score column).
    expect(scoreColumns.map((c) => c - scoreColumns[0])).toEqual(DIMENSION_KEYS.map((_, i) => i));
  });

  test.each(rows.map((r) => [r.name, r]))(
    "%s: the engine's model for the row's scores and perspective",
    (_name, r) => {
      const cells = [scoreColumns.map((c) => r.values[c])];
      const live = model(cells, null as unknown as undefined, r.values[perspectiveColumn]);
      // The engine on the same ten scores, one-sided, from the row's perspective.
      const scores = Object.fromEntries(DIMENSION_KEYS.map((k, i) => [k, cells[0][i] as number]));
      const engine = recommend({ us: scores, perspective: r.row.perspective });
      expect(live).toBe(modelName(engine.targetModel));
      // Where the two views did not differ widely, that is the row's own target model too.
      if (perceptionGaps(r.profile).length === 0) expect(live).toBe(modelName(r.row.targetModel));
    }
  );
});
