/**
 * The identifier that ties a questionnaire to one assessment. A new workbook stores a random id on
 * its cover (defined name CF_AssessmentId); a workbook without one gets an id derived from its cover
 * facts, so the same unedited workbook always yields the same id.
 */
import type { AssessmentMeta } from "./plan";

const ID_PATTERN = /^CF-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/;

function format(hex16: string): string {
  const h = hex16.toUpperCase();
  return `CF-${h.slice(0, 4)}-${h.slice(4, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}`;
}

function hex4(n: number): string {
  return (n & 0xffff).toString(16).padStart(4, "0");
}

/** A fresh id such as "CF-3F2A-09BC-77D1-E4A0" (64 random bits; not a secret, only a label). */
export function newAssessmentId(random: () => number = Math.random): string {
  let hex = "";
  for (let i = 0; i < 4; i++) hex += hex4(Math.floor(random() * 0x10000));
  return format(hex);
}

/** Two independent 32-bit FNV-1a hashes: enough to tell assessments apart, deterministic everywhere. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The id of a workbook that has no stored id: a fingerprint of its cover facts. */
export function derivedAssessmentId(
  meta: Pick<AssessmentMeta, "title" | "us" | "them" | "perspective" | "date">
): string {
  const text = [meta.title, meta.us, meta.them, meta.perspective, meta.date]
    .map((s) => String(s).trim())
    .join("\u241f");
  const a = fnv1a(text, 0x811c9dc5);
  const b = fnv1a(text, 0x01000193 ^ 0x5bd1e995);
  return format(a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0"));
}

export function isAssessmentId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value.trim());
}

/** The stored id when there is a valid one, else the derived one. */
export function resolveAssessmentId(
  stored: unknown,
  meta: Pick<AssessmentMeta, "title" | "us" | "them" | "perspective" | "date">
): string {
  return isAssessmentId(stored) ? stored.trim() : derivedAssessmentId(meta);
}
