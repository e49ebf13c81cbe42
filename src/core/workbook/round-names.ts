/**
 * Sheets, tables and names of respondents and rounds (issue 13). Kept apart from names.ts because
 * these sheets are optional: a workbook has them once a second respondent or a closed round exists.
 */
import type { Side } from "../method/types";

export const ROUND_SHEETS = {
  responses: "CF Responses",
  summary: "CF Response Summary",
  history: "CF History",
} as const;

export const ROUND_TABLES = {
  responses: "CF_Responses",
  respondents: "CF_Respondents",
  summary: "CF_ResponseSummary",
  history: "CF_History",
  trend: "CF_Trend",
} as const;

/** The Side column's text, per side: what a person reads and what the formulas match. */
export const SIDE_TEXT: Record<Side, string> = { us: "Our side", them: "Their side" };

export const RESPONSE_HEADERS = {
  side: "Side",
  respondent: "Respondent",
  role: "Role",
  organisation: "Organisation",
  id: "ID",
  dimension: "Dimension",
  score: "Score",
  countsAs: "Counts as",
} as const;

export const RESPONSE_TABLE_HEADERS: readonly string[] = Object.values(RESPONSE_HEADERS);

export const RESPONDENT_TABLE_HEADERS = [
  "Side",
  "Respondent",
  "Role",
  "Organisation",
  "Answered",
  "Status",
] as const;

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
export const ANONYMITY_CHOICES = ["Yes", "No"] as const;
