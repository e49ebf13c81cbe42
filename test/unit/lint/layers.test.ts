/**
 * The layer rules in eslint.config.js bite: code that breaks them, linted as if it lived in src/core,
 * is refused, and the same code in an edge is not. (`npm run lint` checks the real tree.)
 */
import * as path from "node:path";
import { ESLint } from "eslint";

const root = path.resolve(__dirname, "../../..");
// The project's config, passed in: ESLint's own loader needs a dynamic import jest does not offer.
const config = require(path.join(root, "eslint.config.js"));
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages
    .filter((m) => /^no-restricted-(imports|globals|syntax)$/.test(m.ruleId ?? ""))
    .map((m) => m.message);
}

const BREAKS: [string, string, RegExp][] = [
  ["a Node built-in", 'import * as fs from "node:fs";\nexport const f = fs;\n', /no packages/],
  [
    "a bare built-in",
    'import * as fs from "fs";\nexport const f = fs;\n',
    /no Node built-ins|no packages/,
  ],
  ["a package", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n', /no packages/],
  [
    "the Office.js adapter",
    'import { x } from "../../excel/ops";\nexport const y = x;\n',
    /adapters/,
  ],
  ["the exceljs adapter", 'import { x } from "../../xlsx";\nexport const y = x;\n', /adapters/],
  ["the pane", 'import { x } from "../../taskpane/App";\nexport const y = x;\n', /adapters/],
  [
    "the functions",
    'import { x } from "../../functions/ranges";\nexport const y = x;\n',
    /adapters/,
  ],
  ["the CLI", 'import { x } from "../../cli/files";\nexport const y = x;\n', /adapters/],
  ["a DOM global", "export const w = () => document.title;\n", /no DOM, Node or host globals/],
  ["a Node global", "export const e = () => process.env.HOME;\n", /no DOM, Node or host globals/],
  [
    "an Office value",
    "export const run = () => Excel.run(async () => {});\n",
    /knows nothing of Office/,
  ],
  ["an Office type", "export type R = Excel.Range;\n", /knows nothing of Office/],
];

describe("src/core is pure", () => {
  it.each(BREAKS)("refuses %s in core", async (_what, code, message) => {
    const errors = await layerErrors("src/core/workbook/probe.ts", code);
    expect(errors.join("\n")).toMatch(message);
  });

  it("lets the edges import what they need", async () => {
    const code =
      'import * as fs from "node:fs";\nimport { x } from "../core/method";\nexport const y = [fs, x];\n';
    expect(await layerErrors("src/cli/probe.ts", code)).toEqual([]);
  });

  it("lets a file in a layer's sub-folder reach the other layers, and nothing outside src/core", async () => {
    const file = "src/core/workbook/sheets/probe.ts";
    const inside = 'import { THRESHOLDS } from "../../method";\nexport const y = THRESHOLDS;\n';
    expect(await layerErrors(file, inside)).toEqual([]);
    const outside = 'import { x } from "../../../shared/x";\nexport const y = x;\n';
    expect((await layerErrors(file, outside)).join("\n")).toMatch(/only from inside src\/core/);
    const exchange = 'import { x } from "../../exchange/names";\nexport const y = x;\n';
    expect((await layerErrors(file, exchange)).join("\n")).toMatch(/never the other way round/);
  });

  it("lets core import core (and ES globals such as Math and Intl)", async () => {
    const code =
      'import { THRESHOLDS } from "../method";\nexport const y = Math.max(THRESHOLDS.scaleMax, new Intl.NumberFormat("en").resolvedOptions().maximumFractionDigits);\n';
    expect(await layerErrors("src/core/workbook/probe.ts", code)).toEqual([]);
  });
});

describe("one direction inside core", () => {
  const fromExchange = 'import { x } from "../exchange/names";\nexport const y = x;\n';
  const fromWorkbook = 'import { x } from "../workbook/names";\nexport const y = x;\n';

  it("core/exchange may import core/workbook", async () => {
    expect(await layerErrors("src/core/exchange/probe.ts", fromWorkbook)).toEqual([]);
  });

  it("core/workbook may not import core/exchange", async () => {
    expect((await layerErrors("src/core/workbook/probe.ts", fromExchange)).join("\n")).toMatch(
      /never the other way round/
    );
  });

  it("without exception: the assessment id lives in core/workbook, where the cover stores it", async () => {
    const code =
      'import { derivedAssessmentId } from "../exchange/assessment-id";\nexport const y = derivedAssessmentId;\n';
    expect((await layerErrors("src/core/workbook/probe.ts", code)).join("\n")).toMatch(
      /never the other way round/
    );
  });

  it.each(["src/core/method/probe.ts", "src/core/input/probe.ts"])(
    "%s may import neither core/workbook nor core/exchange",
    async (file) => {
      for (const code of [fromExchange, fromWorkbook]) {
        expect((await layerErrors(file, code)).join("\n")).toMatch(/come before core\/workbook/);
      }
    }
  );
});

describe("the catalogue of texts", () => {
  const fromTexts = 'import { texts } from "../texts";\nexport const y = texts;\n';

  it.each(["src/core/method/probe.ts", "src/core/input/probe.ts"])(
    "%s returns keys and structured results, so it may not import core/texts",
    async (file) => {
      expect((await layerErrors(file, fromTexts)).join("\n")).toMatch(/structured results/);
    }
  );

  it.each(["src/core/workbook/probe.ts", "src/core/exchange/probe.ts", "src/cli/probe.ts"])(
    "%s may read the catalogue",
    async (file) => {
      const code = file.startsWith("src/cli")
        ? 'import { texts } from "../core/texts";\nexport const y = texts;\n'
        : fromTexts;
      expect(await layerErrors(file, code)).toEqual([]);
    }
  );

  it("core/texts names the method's types but imports no other layer", async () => {
    const types = 'import type { DimensionKey } from "../method";\nexport type K = DimensionKey;\n';
    expect(await layerErrors("src/core/texts/probe.ts", types)).toEqual([]);
    const layout = 'import { x } from "../workbook/names";\nexport const y = x;\n';
    expect((await layerErrors("src/core/texts/probe.ts", layout)).join("\n")).toMatch(/words only/);
  });
});
