/** The cover: who the assessment is between, how to use the workbook, links, people and sign-off. */
import { ITEM_SET_VERSION, PERSPECTIVES } from "../../method";
import { stepTitle } from "../../texts/method-words";
import type { Side, StepId } from "../../method/types";
import { SIDES } from "../../rounds/respondents";
import { derivedAssessmentId } from "../assessment-id";
import { absolute, isoToSerial, offsetCell } from "../a1";
import { COVER_FIELDS, coverField, type CoverKey } from "../cover-fields";
import { SHEET_NAMES, STEP_IDS, sheetRef, type SheetKey } from "../names";
import type {
  AssessmentMeta,
  CellStyle,
  CellValue,
  CellWrite,
  DefinedNamePlan,
  SheetPlan,
} from "../plan";
import { ANONYMITY_CHOICES, ANONYMITY_DEFAULT, ANONYMITY_NAMES } from "../round-names";
import { workbookTexts } from "../../texts/parts/workbook";
import { COLORS, LAYOUT, TAB_COLORS, dateValidation, joinedBy, sectionCell } from "./common";

const isStepId = (key: SheetKey): key is StepId => (STEP_IDS as readonly string[]).includes(key);

/** Issue 14: where the cover keeps people and sign-off (below the sheet links). */
export const COVER_PEOPLE = {
  sectionRow: 34,
  contacts: coverField("contacts").cell,
  confidentiality: coverField("confidentiality").cell,
  signOffRow: 38,
} as const;
/** The sign-off roles, one row each (read back by position, so their words may be translated). */
export function signOffRoles(): readonly string[] {
  return workbookTexts().cover.signOffRoles;
}

/** The cover's confidentiality label, or the default one in the workbook's language. */
export function confidentialityOf(meta: Pick<AssessmentMeta, "confidentiality">): string {
  return meta.confidentiality?.trim() || workbookTexts().cover.defaultConfidentiality;
}

/** Issue 13: the anonymity setting, right of the date and assessors (C/D, like profit impact). */
const COVER_ANONYMITY: Record<Side, { label: string; cell: string }> = {
  us: { label: "C7", cell: "D7" },
  them: { label: "C8", cell: "D8" },
};

/**
 * The cover; `linked` are the sheets its list links to (every workbook's other sheets, from SHEETS):
 * the steps first, where the work is, then the others in tab order, each with its line from the
 * catalogue (`cover.links`).
 */
export function buildCover(
  meta: AssessmentMeta,
  linked: readonly SheetKey[],
  itemSetVersion: string = ITEM_SET_VERSION,
  anonymous: readonly Side[] = SIDES.filter((s) => ANONYMITY_DEFAULT[s])
): SheetPlan {
  const c = LAYOUT.cover;
  const t = workbookTexts();
  const tc = t.cover;
  const howTo = tc.howTo;
  const roles = signOffRoles();
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
      value: tc.title,
      style: { bold: true, fontSize: 18, fontColor: COLORS.title },
    },
    // Each field's label sits left of its value.
    ...COVER_FIELDS.flatMap((f): CellWrite[] => [
      { address: offsetCell(f.cell, -1, 0), value: f.label, style: { bold: true } },
      { address: f.cell, ...field[f.key] },
    ]),
    sectionCell("A11", tc.howToTitle),
    // Issue 13: whether the disagreement topics may name who answered what, per side.
    ...SIDES.flatMap((s): CellWrite[] => [
      { address: COVER_ANONYMITY[s].label, value: tc.anonymous[s], style: { bold: true } },
      {
        address: COVER_ANONYMITY[s].cell,
        value: anonymous.includes(s) ? ANONYMITY_CHOICES[0] : ANONYMITY_CHOICES[1],
        style: { ...input, horizontal: "center" },
      },
    ]),
  ];
  howTo.forEach((line, i) =>
    cells.push({ address: `A${12 + i}`, value: line, style: { wrap: false } })
  );
  const linksTop = 12 + howTo.length + 1;
  cells.push(sectionCell(`A${linksTop}`, tc.sheetsTitle));
  const about: Partial<Record<SheetKey, string>> = tc.links;
  const steps = linked.filter(isStepId);
  const links = [...steps, ...linked.filter((k) => !isStepId(k))].map((key): [string, string] => [
    SHEET_NAMES[key],
    isStepId(key) ? stepTitle(key) : (about[key] ?? ""),
  ]);
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
    sectionCell(`A${p.sectionRow}`, tc.peopleTitle),
    { address: `A${p.signOffRow}`, value: tc.signOff, style: { bold: true } },
    { address: `B${p.signOffRow}`, value: tc.name, style: { bold: true } },
    { address: `C${p.signOffRow}`, value: tc.date, style: { bold: true } }
  );
  roles.forEach((role, i) => {
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
    // C holds the anonymity labels: wide enough for them 30 % longer than in English.
    columnWidths: { A: 26, B: 56, C: 25, D: 8 },
    cells,
    validations: [
      {
        kind: "list",
        range: c.perspective,
        values: [...PERSPECTIVES],
        allowBlank: false,
        prompt: { ...tc.perspectivePrompt },
        error: {
          title: tc.perspectiveError,
          message: t.allowed(joinedBy(PERSPECTIVES, t.orMore)),
        },
      },
      dateValidation(c.date),
      dateValidation(`C${COVER_PEOPLE.signOffRow + 1}:C${COVER_PEOPLE.signOffRow + roles.length}`),
      {
        kind: "list",
        range: c.profitImpact,
        values: ["1", "2", "3", "4", "5"],
        allowBlank: true,
        prompt: { ...tc.profitImpactPrompt },
        error: { ...tc.profitImpactError },
      },
      ...SIDES.map((s) => ({
        kind: "list" as const,
        range: COVER_ANONYMITY[s].cell,
        values: [...ANONYMITY_CHOICES],
        allowBlank: true,
        prompt: { title: tc.anonymousPrompt.title, message: tc.anonymousPrompt[s] },
        error: { ...tc.anonymousError },
      })),
    ],
    // One page, sign-off included (a second page held only the sign-off rows).
    print: { landscape: true, fitToWidth: true, onePage: true },
  };
}

/** The defined names of the cover's fields. */
export function coverNames(): DefinedNamePlan[] {
  const tc = workbookTexts().cover;
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
      comment: tc.anonymousComment,
    })),
  ];
}
