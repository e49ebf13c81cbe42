/**
 * Every sheet, table and defined name the assessment workbook owns: the one place for them.
 *
 * Decision: every name we own carries the prefix, so a glance at the tab bar or the Name Manager tells
 * our objects from the user's. Sheets start with "CF " (a space, because sheet names are read by
 * people); tables and defined names start with "CF_". Anything without the prefix is the user's and
 * is never touched.
 *
 * Keys and labels (issue 16): the prefixes, every table name and every defined name are keys, never
 * translated (formulas, the custom-functions contract and isOurSheet/isOurName rely on them). The words
 * after "CF ", the table headers and the drop-down words (N/A, Yes/No, statuses, kinds) are labels
 * from the catalogue part `names`: the exports below read the active language's text (getters and
 * lists kept current by setLanguage), so a writer writes the language in use, and the `...Of`/`...Key`
 * functions turn a label of ANY language we ship (pseudo-locale and older English headers included)
 * back into its key, so read-back does not depend on the language a workbook was written in.
 * The headers of CF_Scores, CF_Roadmap, CF_Actions, CF_ResponseSummary and CF_Portfolio are labels
 * too, in their sheet's own part (workbook, roadmap, portfolio), read back the same way.
 */
import type { StepId } from "../method/types";
import { onLanguageChange } from "../texts";
import { names as englishNames } from "../texts/en/names";
import { namesTexts } from "../texts/parts/names";
import { exact, keyFinder, keysOf, labels, liveList, lower, type Names } from "./labels";

export const NAME_PREFIX = "CF_";
export const SHEET_PREFIX = "CF ";

const sheets = (t: Names) => t.sheets;
/** A sheet's key: one of ours, in any language (the round sheets' keys too). */
export type SheetKey = keyof Names["sheets"];

/**
 * Our sheets' names by key in the active language: "CF " + the label. Which sheets a workbook has,
 * and in what order, is `SHEETS` (sheets/index.ts); this only names them.
 */
export const SHEET_NAMES = labels(sheets, keysOf(sheets), (label) => SHEET_PREFIX + label);

const sheetLabelKey = keyFinder(sheets, lower);

/** The key of one of our sheets named in any language we ship (sheet names ignore case in Excel). */
export function sheetKeyOf(name: string): SheetKey | undefined {
  return isOurSheet(name) ? sheetLabelKey(name.slice(SHEET_PREFIX.length)) : undefined;
}

/** Which of `existing` is the sheet `key`, whatever language wrote it (the active one first). */
export function findSheet(existing: Iterable<string>, key: SheetKey): string | undefined {
  const all = [...existing];
  return all.find((n) => n === SHEET_NAMES[key]) ?? all.find((n) => sheetKeyOf(n) === key);
}

export const STEP_IDS: readonly StepId[] = ["S1", "S2", "S3", "S4"];

/**
 * What a sheet is (SheetPlan.role), beside its name: an assessment sheet's key (the four steps share
 * "step", the response summary is one of the "responses"), or one of the other workbooks' sheets.
 */
export type SheetRole =
  | Exclude<SheetKey, StepId | "responseSummary">
  | "step"
  | "questionnaire"
  | "instructions"
  | "portfolio";

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

const interestHeaders = (t: Names) => t.interestHeaders;
const interestKinds = (t: Names) => t.interestKinds;
export type InterestHeaderKey = keyof Names["interestHeaders"];
export type InterestKind = keyof Names["interestKinds"];

/** Columns of the S1 interests tables (ours and theirs); the questionnaire asks theirs in the same shape. */
export const INTEREST_HEADERS: readonly string[] = liveList(() =>
  Object.values(namesTexts().interestHeaders)
);
export const INTEREST_HEADER_KEYS = keysOf(interestHeaders);
/** An interests table header's key, in any language we ship. */
export const interestHeaderKey = keyFinder(interestHeaders, exact);

/** The Kind column's choices in the interests tables. */
export const INTEREST_KINDS: readonly string[] = liveList(() =>
  Object.values(namesTexts().interestKinds)
);
export const INTEREST_KIND_KEYS = keysOf(interestKinds);
/** A Kind cell's choice in any language and case, or undefined. */
export const interestKindOf = keyFinder(interestKinds, lower);

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

const itemHeaders = (t: Names) => t.itemHeaders;
export type ItemHeaderKey = keyof Names["itemHeaders"];

/**
 * Item table headers in the active language, by key. "Compared with" and "Evidence" came with question
 * set 2026.2's layout: absent from older workbooks, never required. "Their value (our frame)" is their
 * answer in our frame (a mirrored item shows their answer to its partner).
 */
export const ITEM_HEADERS = labels(itemHeaders, keysOf(itemHeaders));

/** Column order of an item table. "Our value"/"Their value" are computed (reverse applied, N/A blank). */
export const ITEM_TABLE_HEADERS: readonly string[] = liveList(() =>
  Object.values(namesTexts().itemHeaders)
);

/** Headers as older (English) workbooks wrote them -> the key of the same column today. */
export const LEGACY_ITEM_HEADERS: Readonly<Record<string, ItemHeaderKey>> = {
  "Their value": "theirValue",
};

/** An item table header's key: its label in any language we ship, or an older English header. */
export const itemHeaderKey = keyFinder(itemHeaders, exact, LEGACY_ITEM_HEADERS);

/**
 * Headers as read -> the active language's header of the same column (a header we do not know is
 * kept, trimmed), so a reader finds a column with `headers.indexOf(ITEM_HEADERS.x)` whatever
 * language wrote the table.
 */
export function activeItemHeaders(headers: readonly unknown[]): string[] {
  return headers.map((h) => {
    const key = itemHeaderKey(h);
    return key ? ITEM_HEADERS[key] : String(h ?? "").trim();
  });
}

export const REQUIRED_ITEM_KEYS: readonly ItemHeaderKey[] = [
  "id",
  "dimension",
  "question",
  "our",
  "their",
  "weight",
  "notes",
];
export const REQUIRED_ITEM_HEADERS: readonly string[] = liveList(() =>
  REQUIRED_ITEM_KEYS.map((k) => ITEM_HEADERS[k])
);

/** Item table columns the Scores sheet's formulas read (read-back insists on them too). */
export const COMPUTED_ITEM_KEYS: readonly ItemHeaderKey[] = ["reverse", "ourValue", "theirValue"];
export const COMPUTED_ITEM_HEADERS: readonly string[] = liveList(() =>
  COMPUTED_ITEM_KEYS.map((k) => ITEM_HEADERS[k])
);

/** What a score cell accepts (list validation and read-back agree on this), in the active language. */
export let NA_TEXT = englishNames.notApplicable as string;
export const SCORE_CHOICES: readonly string[] = liveList(() => [
  "1",
  "2",
  "3",
  "4",
  "5",
  namesTexts().notApplicable,
]);
/** The Reverse column's words (and the cover's anonymity choice), in the active language. */
export let REVERSE_YES = englishNames.yes as string;
export let REVERSE_NO = englishNames.no as string;
onLanguageChange(() => {
  const t = namesTexts();
  NA_TEXT = t.notApplicable;
  REVERSE_YES = t.yes;
  REVERSE_NO = t.no;
});

const naKey = keyFinder((t) => ({ na: t.notApplicable }), lower);
const yesNoKey = keyFinder((t) => ({ yes: t.yes, no: t.no }), lower);

/** Whether a cell holds "N/A" in any language we ship (any case). */
export function isNotApplicableText(v: unknown): boolean {
  return naKey(v) !== undefined;
}

/** A Yes/No cell in any language and case: true, false, or undefined for anything else. */
export function yesNoOf(v: unknown): boolean | undefined {
  const k = yesNoKey(v);
  return k === undefined ? undefined : k === "yes";
}

const roadmapStatuses = (t: Names) => t.roadmapStatuses;
export type RoadmapStatus = keyof Names["roadmapStatuses"];
/** The roadmap's status choices in order (the first is a new row's, "done" ends the overdue flag). */
export const ROADMAP_STATUSES: readonly string[] = liveList(() =>
  Object.values(namesTexts().roadmapStatuses)
);
/** A status cell's key in any language and case, or undefined. */
export const roadmapStatusOf = keyFinder(roadmapStatuses, lower);

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
