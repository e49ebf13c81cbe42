/** Checking a profile (the engine's input) that came from outside: a JSON file, a sheet, a caller. */
import { THRESHOLDS } from "./method";
import {
  DIMENSION_KEYS,
  PERSPECTIVES,
  type DimensionKey,
  type DimensionScores,
  type Profile,
} from "./types";

/**
 * What is wrong with a profile, as a code and its parameters (the engine has no words: the edges
 * render it with core/texts' `profileProblemText`). `value` is the offending value as given.
 */
export type ProfileProblem =
  | { code: "sideNotObject"; value: unknown }
  | { code: "notDimension" }
  | { code: "notNumber"; value: unknown }
  | { code: "outsideScale"; value: number }
  | { code: "dimensionMissing"; missing: readonly DimensionKey[] }
  | { code: "engineMissing"; missing: readonly DimensionKey[] }
  | { code: "profileNotObject"; value: unknown }
  | { code: "notField"; allowed: readonly string[] }
  | { code: "perspective"; value: unknown }
  | { code: "name"; value: unknown }
  | { code: "usMissing" }
  | { code: "profitImpact"; value: unknown }
  | { code: "coverageNotObject"; value: unknown }
  | { code: "coverageKey" }
  | { code: "coverageValue"; value: unknown }
  | { code: "coverageThem" };

/**
 * Bad profile input. `field` is the dotted path of the offending value, e.g. "us.trust"; `problem`
 * says what is wrong. The message is the field and the code, for logs; people read the rendered text.
 */
export class ProfileError extends Error {
  constructor(
    readonly problem: ProfileProblem,
    readonly field: string
  ) {
    super(`${field}: ${problem.code}`);
    this.name = "ProfileError";
  }
}

const TOP_KEYS = ["perspective", "us", "them", "name", "coverage", "profitImpact"] as const;
const DIMENSION_SET = new Set<string>(DIMENSION_KEYS);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** One side's scores: every dimension present, each a number within the scale. */
export function validateScores(input: unknown, side: string): Record<DimensionKey, number> {
  if (!isPlainObject(input)) {
    throw new ProfileError({ code: "sideNotObject", value: input }, side);
  }
  for (const key of Object.keys(input)) {
    if (!DIMENSION_SET.has(key)) {
      throw new ProfileError({ code: "notDimension" }, `${side}.${key}`);
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
      throw new ProfileError({ code: "notNumber", value: v }, field);
    }
    if (v < THRESHOLDS.scaleMin || v > THRESHOLDS.scaleMax) {
      throw new ProfileError({ code: "outsideScale", value: v }, field);
    }
    out[key] = v;
  }
  if (missing.length > 0) {
    throw new ProfileError({ code: "dimensionMissing", missing }, `${side}.${missing[0]}`);
  }
  return out;
}

/**
 * A complete, in-range profile or a ProfileError naming the field and what is allowed. `them` holds
 * the other party's own answers from ITS perspective (its ourDependence is its dependence on us).
 */
export function validateProfile(input: unknown): Profile {
  if (!isPlainObject(input)) {
    throw new ProfileError({ code: "profileNotObject", value: input }, "profile");
  }
  for (const key of Object.keys(input)) {
    if (!(TOP_KEYS as readonly string[]).includes(key)) {
      throw new ProfileError({ code: "notField", allowed: TOP_KEYS }, key);
    }
  }
  const perspective = input.perspective;
  if (
    typeof perspective !== "string" ||
    !(PERSPECTIVES as readonly string[]).includes(perspective)
  ) {
    throw new ProfileError({ code: "perspective", value: perspective }, "perspective");
  }
  if (input.name !== undefined && typeof input.name !== "string") {
    throw new ProfileError({ code: "name", value: input.name }, "name");
  }
  if (input.us === undefined) {
    throw new ProfileError({ code: "usMissing" }, "us");
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
      throw new ProfileError({ code: "profitImpact", value: v }, "profitImpact");
    }
    profile.profitImpact = v;
  }
  return profile;
}

/** Share of items answered per side: `{ "us": 0.9, "them": 0.7 }`, each from 0 to 1. */
function validateCoverage(input: unknown, hasThem: boolean): NonNullable<Profile["coverage"]> {
  if (!isPlainObject(input)) {
    throw new ProfileError({ code: "coverageNotObject", value: input }, "coverage");
  }
  const out: { us: number; them?: number } = { us: 1 };
  for (const [key, v] of Object.entries(input)) {
    if (key !== "us" && key !== "them") {
      throw new ProfileError({ code: "coverageKey" }, `coverage.${key}`);
    }
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 1) {
      throw new ProfileError({ code: "coverageValue", value: v }, `coverage.${key}`);
    }
    out[key] = v;
  }
  if (out.them !== undefined && !hasThem) {
    throw new ProfileError({ code: "coverageThem" }, "coverage.them");
  }
  return out;
}

/** The dimensions a side's scores lack (the engine needs all ten from `us`). */
export function missingDimensions(scores: DimensionScores): DimensionKey[] {
  return DIMENSION_KEYS.filter((k) => scores[k] === undefined);
}
