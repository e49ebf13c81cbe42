/** The method behind the questions: the four steps, nine principles and five models. */
import { MODELS, PRINCIPLES, STEPS } from "../../method";
import {
  modelLooksLike,
  modelName,
  principleWords,
  putInPlaceTexts,
  stepSummary,
  stepTitle,
} from "../../texts/method-words";
import { SHEET_NAMES } from "../names";
import type { CellWrite, SheetPlan } from "../plan";
import { workbookTexts } from "../../texts/parts/workbook";
import { COLORS, TAB_COLORS, sectionCell, titleCell } from "./common";

export function buildPrinciples(): SheetPlan {
  const t = workbookTexts().principles;
  const cells: CellWrite[] = [
    titleCell(t.title),
    { address: "A2", value: t.source, style: { italic: true } },
    sectionCell("A4", t.steps),
  ];
  let row = 5;
  for (const s of STEPS) {
    cells.push(
      {
        address: `A${row}`,
        value: `${s.id} ${stepTitle(s.id)}`,
        style: { bold: true, vertical: "top" },
      },
      { address: `B${row}`, value: stepSummary(s.id), style: { wrap: true, vertical: "top" } }
    );
    row++;
  }
  row++;
  cells.push(sectionCell(`A${row++}`, t.principles));
  const hdr = { bold: true, fill: COLORS.header };
  cells.push(
    { address: `A${row}`, value: t.principle, style: hdr },
    { address: `B${row}`, value: t.observation, style: hdr },
    { address: `C${row}`, value: t.guidance, style: hdr },
    { address: `D${row}`, value: t.step, style: hdr }
  );
  row++;
  for (const p of PRINCIPLES) {
    const style = { wrap: true, vertical: "top" as const };
    cells.push(
      {
        address: `A${row}`,
        value: `${p.id} ${principleWords(p.id).theme}`,
        style: { bold: true, vertical: "top" },
      },
      { address: `B${row}`, value: principleWords(p.id).observation, style },
      { address: `C${row}`, value: principleWords(p.id).guidance, style },
      { address: `D${row}`, value: p.step, style }
    );
    row++;
  }
  row++;
  cells.push(sectionCell(`A${row++}`, t.models));
  for (const m of MODELS) {
    cells.push(
      { address: `A${row}`, value: modelName(m.id), style: { bold: true, vertical: "top" } },
      { address: `B${row}`, value: modelLooksLike(m.id), style: { wrap: true, vertical: "top" } },
      {
        address: `C${row}`,
        value: putInPlaceTexts(m.id).join("; "),
        style: { wrap: true, vertical: "top" },
      },
      {
        address: `D${row}`,
        value: t.requiredTrust(String(m.requiredTrust)),
        style: { vertical: "top" },
      }
    );
    row++;
  }
  return {
    name: SHEET_NAMES.principles,
    role: "principles",
    tabColor: TAB_COLORS.principles,
    columnWidths: { A: 44, B: 60, C: 60, D: 10 },
    cells,
    print: { landscape: true, fitToWidth: true },
  };
}
