const officeAddins = require("eslint-plugin-office-addins");
const reactHooks = require("eslint-plugin-react-hooks");
const globals = require("globals");
const tsParser = require("@typescript-eslint/parser");
const { builtinModules } = require("node:module");
// Reuse the TypeScript plugin instance the office-addins config registers (ESLint refuses a second one).
const tsPlugin = officeAddins.configs.react.find((c) => c.plugins?.["@typescript-eslint"]).plugins[
  "@typescript-eslint"
];

// Layers. src/core/** is plain TypeScript: it imports no package (so no Node built-in, React or exceljs),
// nothing from the edges (src/excel, src/xlsx, src/taskpane, src/functions, src/cli), and uses no DOM,
// Node or Office global. Inside core the direction is one way:
//   core/input  -> core/method (its data: THRESHOLDS, types)
//   core/method -> core/input (the engine checks dates and months with the same rules)
//   core/workbook -> core/method, core/input
//   core/exchange -> core/workbook, core/method, core/input (the exchange builds on the layout; never back)
//   core/texts -> core/method (its types, and in texts/render.ts its data: model names, dimension
//   labels, thresholds); every layer may read the catalogue except core/method and core/input, which
//   return keys and structured results for the edges to put into words.
const EDGE = "(^|/)(excel|xlsx|taskpane|functions|cli)(/|$)";
// A file in a folder of a layer (core/workbook/sheets) climbs one level more to reach another layer.
const coreImports = (depth, ...extra) => [
  "error",
  {
    paths: builtinModules.map((name) => ({
      name,
      message: "src/core is pure: no Node built-ins.",
    })),
    patterns: [
      {
        regex: "^[^.]",
        message: "src/core is pure: no packages (Node, DOM, Office, exceljs, React).",
      },
      {
        regex: EDGE,
        message: "src/core must not import the adapters, the pane, the functions or the CLI.",
      },
      {
        regex: `^(\\.\\./){${depth + 1},}`,
        message: "src/core imports only from inside src/core.",
      },
      ...extra,
    ],
  },
];
const ES_GLOBALS = new Set(Object.keys(globals.es2021));
const HOST_GLOBALS = [
  ...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)]),
].filter((name) => !ES_GLOBALS.has(name));
const OFFICE_NAMES = "^(Office|Excel|OfficeExtension|OfficeRuntime|CustomFunctions)$";
/** The import rule for the files of some layers, one level deeper in their sub-folders. */
const importRule = (layers, ...extra) =>
  [1, 2].map((depth) => ({
    files: layers.map((l) => `src/core/${l}/${depth === 1 ? "" : "*/**/"}*.ts`),
    rules: { "no-restricted-imports": coreImports(depth, ...extra) },
  }));
const coreLayer = [
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...HOST_GLOBALS.map((name) => ({
          name,
          message: "src/core is pure: no DOM, Node or host globals (pass values in from the edge).",
        })),
      ],
      // Office types and values alike (Excel.Range in a type position is no global reference).
      "no-restricted-syntax": [
        "error",
        {
          selector: `Identifier[name=/${OFFICE_NAMES}/]`,
          message: "src/core knows nothing of Office.",
        },
      ],
    },
  },
  ...importRule(["*"]),
  ...importRule(
    ["method", "input"],
    {
      regex: "(^|/)(workbook|exchange)(/|$)",
      message: "core/method and core/input come before core/workbook and core/exchange.",
    },
    {
      regex: "(^|/)texts(/|$)",
      message:
        "The engine returns structured results ({ rule, params }, keys); words come from core/texts at the edges.",
    }
  ),
  // The catalogue is data for every layer; it may read the method (render.ts), nothing else.
  ...importRule(["texts"], {
    regex: "(^|/)(workbook|exchange|rounds|input)(/|$)",
    message: "core/texts holds words only: it imports nothing but the method.",
  }),
  ...importRule(["workbook"], {
    regex: "(^|/)exchange(/|$)",
    message: "core/exchange builds on core/workbook, never the other way round.",
  }),
];

module.exports = [
  {
    ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", ".artifacts/**", ".certs/**"],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,js,cjs}"],
    plugins: {
      "react-hooks": reactHooks,
      "office-addins": officeAddins,
      "@typescript-eslint": tsPlugin,
    },
    languageOptions: {
      parser: tsParser,
      sourceType: "module",
      ecmaVersion: 2022,
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
      },
    },
    rules: {
      // A sync inside a loop makes round trips grow with the data: never allowed here.
      "office-addins/no-context-sync-in-loop": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-redeclare": "off",
      // The base rule misreads TypeScript (parameter names in types); the TypeScript one covers .tsx too.
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  ...coreLayer,
];
