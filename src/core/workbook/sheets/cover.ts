/** The cover: who the assessment is between, how to use the workbook, links, people and sign-off. */
import { ITEM_SET_VERSION, PERSPECTIVES } from "../../method";
import { stepTitle } from "../../texts/method-words";
import type { Side } from "../../method/types";
import { SIDES } from "../../rounds/respondents";
import { derivedAssessmentId } from "../assessment-id";
import { absolute, isoToSerial, offsetCell } from "../a1";
import { COVER_FIELDS, coverField, type CoverKey } from "../cover-fields";
import { SHEET_NAMES, STEP_IDS, sheetRef } from "../names";
import type {
  AssessmentMeta,
  CellStyle,
  CellValue,
  CellWrite,
  DefinedNamePlan,
  SheetPlan,
} from "../plan";
import { ANONYMITY_CHOICES, ANONYMITY_DEFAULT, ANONYMITY_NAMES } from "../round-names";
import { SUMMARY_SHEET } from "../summary";
import { COLORS, LAYOUT, TAB_COLORS, dateValidation, sectionCell } from "./common";

// One line each, short enough to print on the cover's page width (the text spills, it does not wrap).
const HOW_TO = [
  "1. Fill in the fields above: who the relationship is between, whose view this records, and who scored.",
  "2. Score each question of the four step sheets 1-5 (or N/A) in 'Our score'; the 1, 3 and 5 texts help.",
  "3. Put the other party's view in 'Their score': send them the questionnaire, or score together.",
  "4. The Scores sheet averages the answers per dimension and marks big differences between the views.",
  "5. Results shows which model fits now and which to aim for; the Roadmap plans the way there.",
  "6. Score again every year, and after any major incident: the right model changes with the relationship.",
];

/** Issue 14: where the cover keeps people and sign-off (below the sheet links). */
export const COVER_PEOPLE = {
  sectionRow: 34,
  contacts: coverField("contacts").cell,
  confidentiality: coverField("confidentiality").cell,
  signOffRow: 38,
} as const;
export const SIGN_OFF_ROLES = ["Prepared by", "Reviewed by", "Approved by"] as const;
export const DEFAULT_CONFIDENTIALITY = "Confidential: internal use only";

export function confidentialityOf(meta: Pick<AssessmentMeta, "confidentiality">): string {
  return meta.confidentiality?.trim() || DEFAULT_CONFIDENTIALITY;
}

/** Issue 13: the anonymity setting, right of the date and assessors (C/D, like profit impact). */
const COVER_ANONYMITY: Record<Side, { label: string; cell: string; text: string }> = {
  us: { label: "C7", cell: "D7", text: "Anonymous – ours" },
  them: { label: "C8", cell: "D8", text: "Anonymous – theirs" },
};

export function buildCover(
  meta: AssessmentMeta,
  itemSetVersion: string = ITEM_SET_VERSION,
  anonymous: readonly Side[] = SIDES.filter((s) => ANONYMITY_DEFAULT[s])
): SheetPlan {
  const c = LAYOUT.cover;
  const input = { unlocked: true, fill: "#FFF2CC", border: "thin" as const };
  const muted = { fontColor: COLORS.muted };
  const field: Record<CoverKey, { value: CellValue; style: CellStyle }> = {
    title: { value: meta.title, style: input },
    us: { value: meta.us, style: input },
    them: { value: meta.them, style: input },
    perspective: { value: meta.perspective, style: input },
    // Portfolio segmentation (issue 15): optional, so a blank cell is a valid answer.
    profitImpact: { value: meta.profitImpact ?? null, style: { ...input, horizontal: "center" } },
    date: {
      value: isoToSerial(meta.date),
      style: { ...input, numberFormat: "yyyy-mm-dd", horizontal: "left" },
    },
    assessors: { value: meta.assessors, style: input },
    itemSetVersion: { value: itemSetVersion, style: muted },
    assessmentId: { value: meta.assessmentId ?? derivedAssessmentId(meta), style: muted },
    contacts: { value: meta.contacts ?? "", style: input },
    confidentiality: { value: confidentialityOf(meta), style: input },
  };
  const cells: CellWrite[] = [
    {
      address: "A1",
      value: "Collaboration model assessment",
      style: { bold: true, fontSize: 18, fontColor: COLORS.title },
    },
    // Each field's label sits left of its value.
    ...COVER_FIELDS.flatMap((f): CellWrite[] => [
      { address: offsetCell(f.cell, -1, 0), value: f.label, style: { bold: true } },
      { address: f.cell, ...field[f.key] },
    ]),
    sectionCell("A11", "How to use this workbook"),
    // Issue 13: whether the disagreement topics may name who answered what, per side.
    ...SIDES.flatMap((s): CellWrite[] => [
      { address: COVER_ANONYMITY[s].label, value: COVER_ANONYMITY[s].text, style: { bold: true } },
      {
        address: COVER_ANONYMITY[s].cell,
        value: anonymous.includes(s) ? "Yes" : "No",
        style: { ...input, horizontal: "center" },
      },
    ]),
  ];
  HOW_TO.forEach((t, i) => cells.push({ address: `A${12 + i}`, value: t, style: { wrap: false } }));
  const linksTop = 12 + HOW_TO.length + 1;
  cells.push(sectionCell(`A${linksTop}`, "Sheets"));
  const links: Array<[string, string]> = [
    ...STEP_IDS.map((s): [string, string] => [SHEET_NAMES[s], stepTitle(s)]),
    [SHEET_NAMES.scores, "Dimension scores per side, computed by formulas"],
    [SUMMARY_SHEET, "The result on one page, for a decision"],
    [SHEET_NAMES.results, "Recommended target and start model, with a snapshot"],
    [SHEET_NAMES.roadmap, "Phases from the start model to the target"],
    [SHEET_NAMES.actions, "Every roadmap action with owner, due date, status and evidence"],
    [SHEET_NAMES.principles, "The nine principles and four steps behind the questions"],
  ];
  links.forEach(([sheet, about], i) => {
    const row = linksTop + 1 + i;
    cells.push(
      {
        address: `A${row}`,
        value: sheet,
        hyperlink: `${sheetRef(sheet)}!A1`,
        style: { fontColor: "#0563C1" },
      },
      { address: `B${row}`, value: about }
    );
  });
  // Issue 14: people (owners of actions), the confidentiality label and the sign-off block.
  const p = COVER_PEOPLE;
  cells.push(
    // Their contacts and the confidentiality label are cover fields (above).
    sectionCell(`A${p.sectionRow}`, "People and sign-off"),
    { address: `A${p.signOffRow}`, value: "Sign-off", style: { bold: true } },
    { address: `B${p.signOffRow}`, value: "Name", style: { bold: true } },
    { address: `C${p.signOffRow}`, value: "Date", style: { bold: true } }
  );
  SIGN_OFF_ROLES.forEach((role, i) => {
    const row = p.signOffRow + 1 + i;
    cells.push(
      { address: `A${row}`, value: role },
      { address: `B${row}`, value: null, style: input },
      { address: `C${row}`, value: null, style: { ...input, numberFormat: "yyyy-mm-dd" } }
    );
  });
  return {
    name: SHEET_NAMES.cover,
    role: "cover",
    tabColor: TAB_COLORS.cover,
    columnWidths: { A: 26, B: 56, C: 20, D: 8 },
    cells,
    validations: [
      {
        kind: "list",
        range: c.perspective,
        values: [...PERSPECTIVES],
        allowBlank: false,
        prompt: {
          title: "Perspective",
          message: "Are we the customer or the supplier in this relationship?",
        },
        error: { title: "Not a perspective", message: `Allowed: ${PERSPECTIVES.join(" or ")}.` },
      },
      dateValidation(c.date),
      dateValidation(
        `C${COVER_PEOPLE.signOffRow + 1}:C${COVER_PEOPLE.signOffRow + SIGN_OFF_ROLES.length}`
      ),
      {
        kind: "list",
        range: c.profitImpact,
        values: ["1", "2", "3", "4", "5"],
        allowBlank: true,
        prompt: {
          title: "Profit impact (optional)",
          message:
            "How much does this relationship move our cost, revenue or quality? 1 = hardly, 5 = a great deal. Used only to place it in the portfolio.",
        },
        error: { title: "Not a profit impact", message: "Allowed: 1, 2, 3, 4, 5 or blank." },
      },
      ...SIDES.map((s) => ({
        kind: "list" as const,
        range: COVER_ANONYMITY[s].cell,
        values: [...ANONYMITY_CHOICES],
        allowBlank: true,
        prompt: {
          title: "Anonymous respondents",
          message: `Yes: the disagreement topics never say which of ${s === "us" ? "our" : "their"} respondents answered what. No: they name the lowest and highest.`,
        },
        error: { title: "Yes or No", message: "Allowed: Yes or No." },
      })),
    ],
    // One page, sign-off included (a second page held only the sign-off rows).
    print: { landscape: true, fitToWidth: true, onePage: true },
  };
}

/** The defined names of the cover's fields. */
export function coverNames(): DefinedNamePlan[] {
  const ref = (a: string) => `${sheetRef(SHEET_NAMES.cover)}!${absolute(a)}`;
  return [
    ...COVER_FIELDS.map((f): DefinedNamePlan => ({
      name: f.name,
      refersTo: ref(f.cell),
      ...(f.comment !== undefined && { comment: f.comment }),
    })),
    ...SIDES.map((s) => ({
      name: ANONYMITY_NAMES[s],
      refersTo: ref(COVER_ANONYMITY[s].cell),
      comment: "Yes: workshop topics do not name this side's respondents",
    })),
  ];
}
