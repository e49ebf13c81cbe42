/**
 * The cover's fields as one table: where each sits, its defined name, its label and how its cell is
 * read. The cover sheet writes its fields from this table, and both adapters (and the exchange) turn
 * what they read into a record with `coverRecord`, so a bad value gets the same answer everywhere.
 */
import { DEFAULT_PERSPECTIVE, PERSPECTIVES, type Perspective } from "../method/types";
import { SEGMENT_THRESHOLDS } from "../method/segment";
import { isIsoDate } from "../input";
import { serialToIso } from "./a1";
import { DEFINED_NAMES, SHEET_NAMES } from "./names";
import type { AssessmentMeta, ReadProblem } from "./plan";
import { coverPerspective, coverProfitImpact, coverText } from "./readback";
import { workbookTexts } from "../texts/parts/workbook";

export type CoverKey =
  | "title"
  | "us"
  | "them"
  | "perspective"
  | "date"
  | "assessors"
  | "itemSetVersion"
  | "assessmentId"
  | "profitImpact"
  | "contacts"
  | "confidentiality";

/** A cell's value read, or what is wrong with it (the message names the value and what is allowed). */
export type Parsed = { value: string | number | null } | { problem: string };

export interface CoverField {
  key: CoverKey;
  /** The label, in the cell left of the value (from the catalogue, in the active language). */
  readonly label: string;
  /** The value's cell on the cover, where the defined name points. */
  cell: string;
  name: string;
  /** The defined name's comment, for the Name Manager (from the catalogue). */
  readonly comment?: string;
  /** Read only where the workbook has the defined name: in older workbooks its cell held other things. */
  namedOnly?: boolean;
  parse: (raw: unknown) => Parsed;
}

const text = (raw: unknown): Parsed => ({ value: coverText(raw) });

/** Why a perspective cannot be used: the value, and the perspectives the cell takes. */
export function perspectiveProblem(value: unknown): string {
  return workbookTexts().cover.problems.perspective(String(value ?? ""), PERSPECTIVES.join(", "));
}

/** Why a profit impact cannot be used: the value as described, and the scale (or blank). */
export function profitImpactProblem(value: string): string {
  const { profitImpactMin: min, profitImpactMax: max } = SEGMENT_THRESHOLDS;
  return workbookTexts().cover.problems.profitImpact(value, String(min), String(max));
}

function perspective(raw: unknown): Parsed {
  const p = coverPerspective(raw);
  return p ? { value: p } : { problem: perspectiveProblem(raw) };
}

/** A date as a host returns it (a serial, a Date from exceljs, or ISO text); blank is allowed. */
function date(raw: unknown): Parsed {
  if (raw instanceof Date) return { value: raw.toISOString().slice(0, 10) };
  if (typeof raw === "number" && Number.isFinite(raw)) return { value: serialToIso(raw) };
  if (typeof raw === "string" && isIsoDate(raw.trim())) return { value: raw.trim() };
  if (raw === null || raw === undefined || raw === "") return { value: "" };
  return { problem: workbookTexts().cover.problems.date(JSON.stringify(raw)) };
}

function profitImpact(raw: unknown): Parsed {
  const n = coverProfitImpact(raw);
  return n === undefined ? { problem: profitImpactProblem(JSON.stringify(raw)) } : { value: n };
}

/**
 * A field with its label and comment read from the catalogue when asked (not when this module
 * loads), so the language chosen at start-up applies.
 */
function withTexts(f: Omit<CoverField, "label" | "comment">): CoverField {
  const comment = (): string | undefined =>
    (workbookTexts().cover.fieldComments as Partial<Record<CoverKey, string>>)[f.key];
  return Object.defineProperties(f as CoverField, {
    label: { enumerable: true, get: () => workbookTexts().cover.fields[f.key] },
    comment: { enumerable: true, get: comment },
  });
}

/** In the order the workbook has always written their defined names (so files stay the same). */
const FIELDS: readonly Omit<CoverField, "label" | "comment">[] = [
  // Issue 14: people (owners of actions) and the label every page footer carries.
  { key: "contacts", cell: "B35", name: DEFINED_NAMES.contacts, namedOnly: true, parse: text },
  {
    key: "confidentiality",
    cell: "B36",
    name: DEFINED_NAMES.confidentiality,
    namedOnly: true,
    parse: text,
  },
  { key: "title", cell: "B3", name: DEFINED_NAMES.title, parse: text },
  { key: "us", cell: "B4", name: DEFINED_NAMES.ourOrg, parse: text },
  { key: "them", cell: "B5", name: DEFINED_NAMES.otherParty, parse: text },
  { key: "perspective", cell: "B6", name: DEFINED_NAMES.perspective, parse: perspective },
  { key: "date", cell: "B7", name: DEFINED_NAMES.date, parse: date },
  { key: "assessors", cell: "B8", name: DEFINED_NAMES.assessors, parse: text },
  { key: "itemSetVersion", cell: "B9", name: DEFINED_NAMES.itemSetVersion, parse: text },
  // Exchange (issue 7): the reference a questionnaire carries back to this assessment.
  { key: "assessmentId", cell: "B10", name: DEFINED_NAMES.assessmentId, parse: text },
  // Portfolio segmentation (issue 15): beside the perspective it depends on; blank is allowed.
  { key: "profitImpact", cell: "D6", name: DEFINED_NAMES.profitImpact, parse: profitImpact },
];

export const COVER_FIELDS: readonly CoverField[] = FIELDS.map((f) => withTexts({ ...f }));

export function coverField(key: CoverKey): CoverField {
  return COVER_FIELDS.find((f) => f.key === key)!;
}

/** A field's value as read, and where it was read (the defined name's cell, or the field's own). */
export interface CoverRead {
  value: unknown;
  sheet?: string;
  cell?: string;
}

export interface CoverRecord {
  meta: AssessmentMeta;
  /** The stored reference ("" when blank or absent); resolveAssessmentId makes one when needed. */
  assessmentId: string;
  itemSetVersion: string;
  /** One per field that holds a value it cannot have, naming its cell, the value and what is allowed. */
  problems: ReadProblem[];
}

/**
 * The cover's values as a record. `read` holds what the workbook has per field; a field it lacks (a
 * workbook made before the field existed) reads as blank. A value a field cannot have (a perspective
 * that is neither customer nor supplier ...) is a problem naming its cell, the value and what is
 * allowed; the record holds the default meanwhile, and callers refuse to go on while there are any.
 */
export function coverRecord(read: Partial<Record<CoverKey, CoverRead>>): CoverRecord {
  const problems: ReadProblem[] = [];
  const v = {} as Record<CoverKey, string | number | null>;
  for (const f of COVER_FIELDS) {
    const r = read[f.key];
    // A field the workbook lacks reads blank (the perspective: the default), as it always did.
    if (!r) {
      v[f.key] = null;
      continue;
    }
    const parsed = f.parse(r.value);
    if ("problem" in parsed) {
      problems.push({
        sheet: r.sheet ?? SHEET_NAMES.cover,
        cell: r.cell ?? f.cell,
        value: r.value,
        message: parsed.problem,
      });
      v[f.key] = null;
    } else v[f.key] = parsed.value;
  }
  const str = (k: CoverKey) => (typeof v[k] === "string" ? (v[k] as string) : "");
  const meta: AssessmentMeta = {
    title: str("title"),
    us: str("us"),
    them: str("them"),
    perspective: (v.perspective as Perspective | null) ?? DEFAULT_PERSPECTIVE,
    date: str("date"),
    assessors: str("assessors"),
    // Absent when blank: a workbook without these reads exactly as before they existed.
    ...(typeof v.profitImpact === "number" && { profitImpact: v.profitImpact }),
    ...(str("contacts") && { contacts: str("contacts") }),
    ...(str("confidentiality") && { confidentiality: str("confidentiality") }),
  };
  return {
    meta,
    assessmentId: str("assessmentId"),
    itemSetVersion: str("itemSetVersion"),
    problems,
  };
}
