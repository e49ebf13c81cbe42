/**
 * Every sheet, table and defined name the assessment workbook owns: the one place for them.
 *
 * Decision: every name we own carries the prefix, so a glance at the tab bar or the Name Manager tells
 * our objects from the user's. Sheets start with "CF " (a space, because sheet names are read by
 * people); tables and defined names start with "CF_". Anything without the prefix is the user's and
 * is never touched.
 */
import type { StepId } from "../method/types";

export const NAME_PREFIX = "CF_";
export const SHEET_PREFIX = "CF ";

export const SHEET_NAMES = {
  cover: "CF Cover",
  /** Issue 14: the one-page summary. */
  summary: "CF Summary",
  S1: "CF S1 Interests",
  S2: "CF S2 Drivers",
  S3: "CF S3 Trust and Power",
  S4: "CF S4 Track Record",
  scores: "CF Scores",
  results: "CF Results",
  roadmap: "CF Roadmap",
  /** Issue 14: one roadmap action a row, with the analyst's owner, due date, status, evidence. */
  actions: "CF Actions",
  principles: "CF Principles",
} as const;

export const STEP_IDS: readonly StepId[] = ["S1", "S2", "S3", "S4"];

/** What a sheet is (SheetPlan.role), beside its name. */
export type SheetRole =
  | "cover"
  | "step"
  | "scores"
  | "results"
  | "roadmap"
  | "actions"
  | "summary"
  | "principles"
  | "questionnaire"
  | "instructions"
  | "portfolio"
  // Issue 13: respondents and rounds.
  | "responses"
  | "history";

export const TABLE_NAMES = {
  /** Item tables are named CF_Items_<step>; any table whose name starts with ITEMS prefix is an item table. */
  itemsPrefix: "CF_Items",
  items: (step: StepId): string => `CF_Items_${step}`,
  interestsUs: "CF_Interests_Us",
  interestsThem: "CF_Interests_Them",
  scores: "CF_Scores",
  roadmap: "CF_Roadmap",
  actions: "CF_Actions",
} as const;

/** Columns of the S1 interests tables (ours and theirs); the questionnaire asks theirs in the same shape. */
export const INTEREST_HEADERS = ["Interest or objective", "Kind", "Priority", "Notes"] as const;

/** The Kind column's choices in the interests tables. */
export const INTEREST_KINDS = ["Interest", "Objective"] as const;

/** Defined names. Scores ranges follow the custom-functions contract (see layout.ts). */
export const DEFINED_NAMES = {
  ourScores: "CF_OurScores",
  theirScores: "CF_TheirScores",
  perspective: "CF_Perspective",
  title: "CF_Title",
  ourOrg: "CF_OurOrg",
  otherParty: "CF_OtherParty",
  date: "CF_Date",
  assessors: "CF_Assessors",
  itemSetVersion: "CF_ItemSetVersion",
  snapshotTime: "CF_SnapshotTime",
  /** Exchange (issue 7): ties a questionnaire sent to the other party to this assessment. */
  assessmentId: "CF_AssessmentId",
  /** Issue 14: people on their side (owners of actions) and the confidentiality label. */
  contacts: "CF_Contacts",
  confidentiality: "CF_Confidentiality",
  /** Portfolio segmentation (issue 15): optional 1-5 on the cover. */
  profitImpact: "CF_ProfitImpact",
} as const;

/** Item table headers, in column order (ITEM_TABLE_HEADERS). */
export const ITEM_HEADERS = {
  id: "ID",
  dimension: "Dimension",
  principle: "Principle",
  question: "Question",
  anchor1: "Anchor 1",
  anchor3: "Anchor 3",
  anchor5: "Anchor 5",
  reverse: "Reverse",
  weight: "Weight",
  our: "Our score",
  their: "Their score",
  ourValue: "Our value",
  /** Their answer in our frame (a mirrored item shows their answer to its partner). */
  theirValue: "Their value (our frame)",
  notes: "Notes",
  /** Added with question set 2026.2's layout: absent from older workbooks, never required. */
  compare: "Compared with",
  evidence: "Evidence",
} as const;

/** Column order of an item table. "Our value"/"Their value" are computed (reverse applied, N/A blank). */
export const ITEM_TABLE_HEADERS: readonly string[] = Object.values(ITEM_HEADERS);

/** Headers as older workbooks wrote them -> today's header for the same column. */
export const LEGACY_ITEM_HEADERS: Readonly<Record<string, string>> = {
  "Their value": ITEM_HEADERS.theirValue,
};

export const REQUIRED_ITEM_HEADERS: readonly string[] = [
  ITEM_HEADERS.id,
  ITEM_HEADERS.dimension,
  ITEM_HEADERS.question,
  ITEM_HEADERS.our,
  ITEM_HEADERS.their,
  ITEM_HEADERS.weight,
  ITEM_HEADERS.notes,
];

/** Item table columns the Scores sheet's formulas read (read-back insists on them too). */
export const COMPUTED_ITEM_HEADERS: readonly string[] = [
  ITEM_HEADERS.reverse,
  ITEM_HEADERS.ourValue,
  ITEM_HEADERS.theirValue,
];

/** What a score cell accepts (list validation and read-back agree on this). */
export const NA_TEXT = "N/A";
export const SCORE_CHOICES: readonly string[] = ["1", "2", "3", "4", "5", NA_TEXT];
export const REVERSE_YES = "Yes";
export const REVERSE_NO = "No";

export const ROADMAP_STATUSES: readonly string[] = [
  "Not started",
  "In progress",
  "Done",
  "Blocked",
];

export function isOurName(name: string): boolean {
  return name.startsWith(NAME_PREFIX);
}

export function isOurSheet(name: string): boolean {
  return name.startsWith(SHEET_PREFIX);
}

export function isItemTable(name: string): boolean {
  return name.startsWith(TABLE_NAMES.itemsPrefix);
}

/** A sheet name as a formula reference: always quoted, with inner quotes doubled. */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}
