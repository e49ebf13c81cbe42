/* Several respondents (issue 13): 50 returned questionnaires imported into one workbook, time per file. */
const path = require("path");
const ExcelJS = require("exceljs");

function lib(p) {
  try {
    return require(path.join(__dirname, "../../lib", p));
  } catch (err) {
    if (err && err.code === "MODULE_NOT_FOUND")
      throw new Error("lib/ missing: run `npm run build:cli` first");
    throw err;
  }
}

/** The questionnaire as the other party fills it in: a deterministic score per item and person. */
async function filled(questionnaire, person, ANSWERS_TABLE, ANSWER_TABLE_HEADERS, ANSWER_HEADERS) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(questionnaire);
  wb.eachSheet((ws) => {
    const models = ws.getTables().map((x) => x.table);
    for (const model of models) {
      if (model.name !== ANSWERS_TABLE) continue;
      const [a, b] = model.tableRef.split(":");
      const top = Number(/\d+/.exec(a)[0]);
      const last = Number(/\d+/.exec(b)[0]);
      const col = 1 + ANSWER_TABLE_HEADERS.indexOf(ANSWER_HEADERS.score);
      for (let r = top + 1; r <= last; r++)
        ws.getCell(r, col).value = ((r * 7 + person * 3) % 5) + 1;
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

module.exports = async function run() {
  const { buildDemoPlan } = lib("core/workbook/demo");
  const { planToBuffer } = lib("xlsx");
  const { buildQuestionnaireBuffer } = lib("xlsx/exchange");
  const { importRespondentsBuffer } = lib("xlsx/respondents-import");
  const { ANSWERS_TABLE, ANSWER_TABLE_HEADERS, ANSWER_HEADERS } = lib("core/exchange");
  const ours = await planToBuffer(buildDemoPlan(new Date().toISOString()));
  const q = (await buildQuestionnaireBuffer(ours)).buffer;
  const n = 50;
  const files = [];
  for (let i = 0; i < n; i++)
    files.push({
      fileName: `Respondent ${String(i + 1).padStart(2, "0")}.xlsx`,
      data: await filled(q, i, ANSWERS_TABLE, ANSWER_TABLE_HEADERS, ANSWER_HEADERS),
    });
  const t0 = process.hrtime.bigint();
  const out = await importRespondentsBuffer(ours, files);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return [
    [`import ${n} respondents' questionnaires into one workbook`, `${seconds.toFixed(2)} s`],
    ["time per file", `~${Math.round((seconds * 1000) / n)} ms`],
    ["merged workbook size", `${Math.round(out.buffer.length / 1024)} KB`],
    ["respondents in CF_Responses", `${out.respondents.length} (their typed answers included)`],
  ];
};
