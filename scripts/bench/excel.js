/* Office.js adapter figures against the recording Excel stand-in: round trips and request sizes. */
const fs = require("fs");
const path = require("path");

// src/excel is not part of the CLI build (it needs the Office typings), so transpile it on the fly.
function registerTs() {
  if (require.extensions[".ts"]) return;
  const ts = require("typescript");
  require.extensions[".ts"] = (module, filename) => {
    const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
      },
      fileName: filename,
    });
    module._compile(out.outputText, filename);
  };
}

// Same remap as jest.config.js: office-addin-mock's manifest dependency pulls an ESM-only module.
function mapOfficeManifest(root) {
  const Module = require("module");
  const target = path.join(root, "node_modules/office-addin-manifest/lib/officeApp.js");
  const original = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return original.call(this, request === "office-addin-manifest" ? target : request, ...rest);
  };
}

module.exports = async function run() {
  registerTs();
  const root = path.join(__dirname, "..", "..");
  mapOfficeManifest(root);
  const excel = require(path.join(root, "src/excel/index.ts"));
  const { buildDemoPlan } = require(path.join(root, "src/core/workbook/demo.ts"));
  const { createFakeExcel } = require(path.join(root, "test/fixtures/excel/fake-excel.js"));

  const plan = buildDemoPlan("2026-03-01T10:00:00Z");
  const measure = excel.measurePlanPayload(plan);
  const f = createFakeExcel();
  const started = process.hrtime.bigint();
  const report = await excel.applyPlan(f.context, plan);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const read = createFakeExcel({
    sheets: [],
    tables: plan.sheets.flatMap((s) =>
      (s.tables || [])
        .filter((t) => t.name.startsWith("CF_Items"))
        .map((t) => ({
          name: t.name,
          sheet: s.name,
          topLeft: t.topLeft,
          headers: t.headers,
          rows: t.rows,
        }))
    ),
  });
  await excel.readItemTables(read.context);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  return [
    ["demo workbook: sync calls to generate", `${report.syncs}`],
    ["demo workbook: write requests", `${measure.requests}`],
    ["demo workbook: largest request (estimate)", kb(measure.largestRequestBytes)],
    ["demo workbook: largest request seen by mock", kb(Math.max(...f.state.requestBytes))],
    ["demo workbook: queued operations", `${measure.operations}`],
    ["request budget (Excel on the web limit ~5 MB)", kb(excel.REQUEST_BUDGET_BYTES)],
    ["demo workbook: queue + mocked apply time", `${ms.toFixed(1)} ms`],
    ["read-back: sync calls", `${read.state.syncs}`],
  ];
};
