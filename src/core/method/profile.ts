/** Checking a profile (the engine's input) that came from outside: a JSON file, a sheet, a caller. */
import { THRESHOLDS } from "./method";
import {
  DIMENSION_KEYS,
  PERSPECTIVES,
  type DimensionKey,
  type DimensionScores,
  type Profile,
} from "./types";

/** Bad profile input. `field` is the dotted path of the offending value, e.g. "us.trust". */
export class ProfileError extends Error {
  constructor(
    message: string,
    readonly field: string
  ) {
    super(message);
    this.name = "ProfileError";
  }
}

const TOP_KEYS = ["perspective", "us", "them", "name", "coverage", "profitImpact"] as const;
const DIMENSION_SET = new Set<string>(DIMENSION_KEYS);
const SCALE = `a number from ${THRESHOLDS.scaleMin} to ${THRESHOLDS.scaleMax}`;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return "a list";
  if (v === null) return "null";
  if (typeof v === "object") return "an object";
  return String(v);
}

/** One side's scores: every dimension present, each a number within the scale. */
export function validateScores(input: unknown, side: string): Record<DimensionKey, number> {
  if (!isPlainObject(input)) {
    throw new ProfileError(
      `${side} is ${describe(input)}; expected an object of dimension scores (${DIMENSION_KEYS.join(", ")})`,
      side
    );
  }
  for (const key of Object.keys(input)) {
    if (!DIMENSION_SET.has(key)) {
      throw new ProfileError(
        `${side}.${key} is not a dimension; allowed keys: ${DIMENSION_KEYS.join(", ")}`,
        `${side}.${key}`
      );
    }
  }
  const out = {} as Record<DimensionKey, number>;
  // A wrong value is reported before an absent one: it is the more specific mistake.
  const missing = DIMENSION_KEYS.filter((key) => !(key in input));
  for (const key of DIMENSION_KEYS) {
    if (!(key in input)) continue;
    const field = `${side}.${key}`;
    const v = input[key];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new ProfileError(`${field} is ${describe(v)}; allowed: ${SCALE}`, field);
    }
    if (v < THRESHOLDS.scaleMin || v > THRESHOLDS.scaleMax) {
      throw new ProfileError(`${field} is ${v}, outside the scale; allowed: ${SCALE}`, field);
    }
    out[key] = v;
  }
  if (missing.length > 0) {
    const field = `${side}.${missing[0]}`;
    const all = missing.length > 1 ? ` (missing: ${missing.join(", ")})` : "";
    throw new ProfileError(`${field} is missing; every dimension needs ${SCALE}${all}`, field);
  }
  return out;
}

/**
 * A complete, in-range profile or a ProfileError naming the field and what is allowed. `them` holds
 * the other party's own answers from ITS perspective (its ourDependence is its dependence on us).
 */
export function validateProfile(input: unknown): Profile {
  if (!isPlainObject(input)) {
    throw new ProfileError(
      `profile is ${describe(input)}; expected an object with perspective, us and optionally them`,
      "profile"
    );
  }
  for (const key of Object.keys(input)) {
    if (!(TOP_KEYS as readonly string[]).includes(key)) {
      throw new ProfileError(`${key} is not a profile field; allowed: ${TOP_KEYS.join(", ")}`, key);
    }
  }
  const perspective = input.perspective;
  if (
    typeof perspective !== "string" ||
    !(PERSPECTIVES as readonly string[]).includes(perspective)
  ) {
    throw new ProfileError(
      `perspective is ${perspective === undefined ? "missing" : describe(perspective)}; allowed: ${PERSPECTIVES.join(" or ")}`,
      "perspective"
    );
  }
  if (input.name !== undefined && typeof input.name !== "string") {
    throw new ProfileError(`name is ${describe(input.name)}; allowed: a text`, "name");
  }
  if (input.us === undefined) {
    throw new ProfileError(`us is missing; expected an object of dimension scores`, "us");
  }
  const profile: Profile = {
    perspective: perspective as Profile["perspective"],
    us: validateScores(input.us, "us"),
  };
  if (input.them !== undefined) profile.them = validateScores(input.them, "them");
  if (typeof input.name === "string") profile.name = input.name;
  if (input.coverage !== undefined)
    profile.coverage = validateCoverage(input.coverage, !!profile.them);
  // Portfolio segmentation only (segment.ts); the rules never read it.
  if (input.profitImpact !== undefined && input.profitImpact !== null) {
    const v = input.profitImpact;
    if (
      typeof v !== "number" ||
      !Number.isFinite(v) ||
      v < THRESHOLDS.scaleMin ||
      v > THRESHOLDS.scaleMax
    ) {
      throw new ProfileError(
        `profitImpact is ${describe(v)}; allowed: ${SCALE} (or leave it out)`,
        "profitImpact"
      );
    }
    profile.profitImpact = v;
  }
  return profile;
}

/** Share of items answered per side: `{ "us": 0.9, "them": 0.7 }`, each from 0 to 1. */
function validateCoverage(input: unknown, hasThem: boolean): NonNullable<Profile["coverage"]> {
  if (!isPlainObject(input)) {
    throw new ProfileError(
      `coverage is ${describe(input)}; expected an object such as { "us": 0.9, "them": 0.7 }`,
      "coverage"
    );
  }
  const out: { us: number; them?: number } = { us: 1 };
  for (const [key, v] of Object.entries(input)) {
    if (key !== "us" && key !== "them") {
      throw new ProfileError(
        `coverage.${key} is not allowed; allowed keys: us, them`,
        `coverage.${key}`
      );
    }
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 1) {
      throw new ProfileError(
        `coverage.${key} is ${describe(v)}; allowed: the share of items answered, from 0 to 1`,
        `coverage.${key}`
      );
    }
    out[key] = v;
  }
  if (out.them !== undefined && !hasThem) {
    throw new ProfileError(
      "coverage.them is given but the profile has no them scores",
      "coverage.them"
    );
  }
  return out;
}

/** The dimensions a side's scores lack (the engine needs all ten from `us`). */
export function missingDimensions(scores: DimensionScores): DimensionKey[] {
  return DIMENSION_KEYS.filter((k) => scores[k] === undefined);
}
