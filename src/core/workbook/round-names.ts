/**
 * Sheets, tables and names of respondents and rounds (issue 13). Kept apart from names.ts because
 * these sheets are optional: a workbook has them once a second respondent or a closed round exists.
 */
import type { Side } from "../method/types";
import { namesTexts } from "../texts/parts/names";
import { keyFinder, keysOf, labels, liveList, lower, exact, type Names } from "./labels";
import { SHEET_NAMES } from "./names";

/** The round sheets' names in the active language (labels; see names.ts). */
export const ROUND_SHEETS = {
  get responses(): string {
    return SHEET_NAMES.responses;
  },
  get summary(): string {
    return SHEET_NAMES.responseSummary;
  },
  get history(): string {
    return SHEET_NAMES.history;
  },
} as const;

export const ROUND_TABLES = {
  responses: "CF_Responses",
  respondents: "CF_Respondents",
  summary: "CF_ResponseSummary",
  history: "CF_History",
  trend: "CF_Trend",
} as const;

const sides = (t: Names) => t.sides;
const responseHeaders = (t: Names) => t.responseHeaders;
export type ResponseHeaderKey = keyof Names["responseHeaders"];

/** The Side column's text, per side: what a person reads and what the formulas match. */
export const SIDE_TEXT: Readonly<Record<Side, string>> = labels(sides, keysOf(sides));
/** A Side cell in any language we ship and any case, or undefined. */
export const sideOfText = keyFinder(sides, lower);

const RESPONSE_KEYS = [
  "side",
  "respondent",
  "role",
  "organisation",
  "id",
  "dimension",
  "score",
  "countsAs",
] as const satisfies readonly ResponseHeaderKey[];

/** CF_Responses' headers in the active language, by key. */
export const RESPONSE_HEADERS = labels(responseHeaders, RESPONSE_KEYS);

export const RESPONSE_TABLE_HEADERS: readonly string[] = liveList(() =>
  RESPONSE_KEYS.map((k) => RESPONSE_HEADERS[k])
);

const RESPONDENT_KEYS = [
  "side",
  "respondent",
  "role",
  "organisation",
  "answered",
  "status",
] as const satisfies readonly ResponseHeaderKey[];

/** CF_Respondents' headers in the active language, by key. */
export const RESPONDENT_HEADERS = labels(responseHeaders, RESPONDENT_KEYS);

export const RESPONDENT_TABLE_HEADERS: readonly string[] = liveList(() =>
  RESPONDENT_KEYS.map((k) => RESPONDENT_HEADERS[k])
);

/** A CF_Responses/CF_Respondents header's key, in any language we ship. */
export const responseHeaderKey = keyFinder(responseHeaders, exact);

/**
 * The cover's anonymity setting (issue 13), one defined-name cell per side: "Yes" keeps that side's
 * respondents out of the disagreement topics, "No" names who gave the lowest and highest score.
 */
export const ANONYMITY_NAMES: Record<Side, string> = {
  us: "CF_AnonymousUs",
  them: "CF_AnonymousThem",
};
/** Respondents may have been promised anonymity: on for the other side, off for our own team. */
export const ANONYMITY_DEFAULT: Record<Side, boolean> = { us: false, them: true };
/** The anonymity cells' choices in the active language (read back with yesNoOf, any language). */
export const ANONYMITY_CHOICES: readonly string[] = liveList(() => [
  namesTexts().yes,
  namesTexts().no,
]);
