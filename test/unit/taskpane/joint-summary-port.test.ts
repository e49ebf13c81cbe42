/**
 * The pane's joint summary (PreviewPort, the same builder ExcelPort opens in Excel): the file it
 * hands over is scanned like the CLI's (test/cli/share.test.ts) for anything private: every cell,
 * comment, defined name and raw part of the package.
 */
import { sheetNamesOfEveryWorkbook } from "../../../src/core/workbook/layout";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DIMENSION_KEYS } from "../../../src/core/method";
import { DEMO_META, demoAssessment } from "../../../src/core/workbook/demo";
import { JOINT_SHEET } from "../../../src/core/workbook/joint-summary";
import { ITEM_HEADERS } from "../../../src/core/workbook/names";
import { PreviewPort } from "../../../src/taskpane/preview-port";
import { dimensionLabel, modelName } from "../../../src/core/texts/method-words";
import { workbookTexts } from "../../../src/core/texts/parts/workbook";

const SIGN_OFF_ROLES = workbookTexts().cover.signOffRoles;

const CONTACTS = "Chris Contactperson; Dana Dealmaker";

describe("PreviewPort.prepareJointSummary", () => {
  it("downloads one sheet with the results and nothing private", async () => {
    const demo = demoAssessment();
    const meta = { ...DEMO_META, contacts: CONTACTS, confidentiality: "Secret label" };
    const outcome = await new PreviewPort().prepareJointSummary(
      {
        meta,
        recommendation: demo.recommendation,
        roadmap: demo.roadmap,
        profile: demo.assessed.profile,
      },
      () => undefined
    );
    expect(outcome.delivered).toBe("download");
    const bytes = new Uint8Array(await outcome.file!.blob.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([JOINT_SHEET]);
    const texts: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          texts.push(typeof cell.value === "string" ? cell.value : JSON.stringify(cell.value));
          if (cell.note) texts.push(JSON.stringify(cell.note));
        })
      )
    );
    // What it is for: the models and every dimension by its label.
    const cells = texts.join("\n");
    expect(cells).toContain(modelName(demo.recommendation.targetModel));
    for (const k of DIMENSION_KEYS) expect(cells).toContain(dimensionLabel(k));
    const zip = await JSZip.loadAsync(bytes);
    for (const f of Object.values(zip.files)) if (!f.dir) texts.push(await f.async("string"));
    const all = texts.join("\n");
    const forbidden = [
      ...meta.assessors.split(",").map((s) => s.replace(/\(.*\)/, "").trim()),
      ...CONTACTS.split(";").map((s) => s.trim()),
      "Secret label",
      ...SIGN_OFF_ROLES,
      ITEM_HEADERS.weight,
      ITEM_HEADERS.our,
      ITEM_HEADERS.notes,
      ...sheetNamesOfEveryWorkbook(),
      "CF_",
      "COLLAB.",
    ];
    for (const f of forbidden) expect({ f, found: all.includes(f) }).toEqual({ f, found: false });
  });
});
