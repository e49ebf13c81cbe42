const officeAddins = require("eslint-plugin-office-addins");
const reactHooks = require("eslint-plugin-react-hooks");
const globals = require("globals");
const tsParser = require("@typescript-eslint/parser");
// Reuse the TypeScript plugin instance the office-addins config registers (ESLint refuses a second one).
const tsPlugin = officeAddins.configs.react.find((c) => c.plugins?.["@typescript-eslint"]).plugins[
  "@typescript-eslint"
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
];
