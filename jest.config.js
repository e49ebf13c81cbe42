/** Every suite runs in `npm test`; projects keep the environments apart. */
const tsJest = ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json", diagnostics: false }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  // office-addin-mock pulls office-addin-manifest, whose ESM-only dependency breaks jest on Node 20.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    "\\.(css)$": "<rootDir>/test/support/style-stub.js",
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
module.exports = {
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/unit/**/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/support/node-setup.ts"],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/dom/**/*.test.ts?(x)"],
      setupFilesAfterEnv: ["<rootDir>/test/support/dom-setup.ts"],
    },
    {
      ...common,
      displayName: "cli",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/cli/**/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/support/node-setup.ts"],
    },
    {
      ...common,
      displayName: "calc",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/calc/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "browser",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
    },
  ],
};
