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
