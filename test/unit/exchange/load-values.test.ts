/**
 * A returned questionnaire is parsed for its values only (loadValues: exceljs skips validations,
 * formats and print settings). What the validator reads must be what a whole-workbook parse gives.
 */
import type ExcelJS from "exceljs";
import { buildQuestionnaireBuffer } from "../../../src/xlsx/exchange";
import { VALUELESS_NODES, loadValues, loadWorkbook } from "../../../src/xlsx/write";
import { ourWorkbook } from "./helpers";

function valuesOf(wb: ExcelJS.Workbook) {
  const sheets = wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => cells.push([r, c, cell.value]))
    );
    const tables = (ws.getTables() as unknown as Array<{ table?: { name: string; ref?: string } }>)
      .map((t) => [t.table?.name, t.table?.ref])
      .sort();
    return { name: ws.name, cells, tables };
  });
  return { sheets, names: wb.definedNames.model };
}

describe("loadValues", () => {
  it("reads the same cells, tables and names as a whole parse, without the validations", async () => {
    const questionnaire = (await buildQuestionnaireBuffer(await ourWorkbook())).buffer;
    const full = await loadWorkbook(questionnaire);
    const values = await loadValues(questionnaire);
    expect(valuesOf(values)).toEqual(valuesOf(full));
    expect(valuesOf(full).sheets.some((s) => s.cells.length > 0)).toBe(true);
    // The questionnaire carries data validations; the values-only parse does not build them.
    type WithValidations = { dataValidations: { model: Record<string, unknown> } };
    const count = (wb: ExcelJS.Workbook) =>
      wb.worksheets.reduce(
        (n, ws) => n + Object.keys((ws as unknown as WithValidations).dataValidations.model).length,
        0
      );
    expect(count(full)).toBeGreaterThan(0);
    expect(count(values)).toBe(0);
    expect(VALUELESS_NODES).not.toContain("mergeCells");
    expect(VALUELESS_NODES).not.toContain("hyperlinks");
  });
});
