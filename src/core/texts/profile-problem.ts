/**
 * A ProfileError in words of the active language. The method only says what is wrong (a code and
 * its parameters, see core/method/profile); every edge that shows one (CLI, functions, pane) asks here.
 */
import { DIMENSION_KEYS, PERSPECTIVES, THRESHOLDS, ProfileError } from "../method";
import { problemsTexts } from "./parts/problems";

/** The offending value as a message shows it: a text in quotes, a word for lists and objects. */
function describe(v: unknown): string {
  const t = problemsTexts().profileInput;
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return t.aList;
  if (v === null) return t.null;
  if (typeof v === "object") return t.anObject;
  return String(v);
}

export function profileProblemText(err: ProfileError): string {
  const t = problemsTexts().profileInput;
  const { field, problem: p } = err;
  const scale = t.scale(String(THRESHOLDS.scaleMin), String(THRESHOLDS.scaleMax));
  const keys = DIMENSION_KEYS.join(", ");
  switch (p.code) {
    case "sideNotObject":
      return t.sideNotObject(field, describe(p.value), keys);
    case "notDimension":
      return t.notDimension(field, keys);
    case "notNumber":
      return t.notNumber(field, describe(p.value), scale);
    case "outsideScale":
      return t.outsideScale(field, String(p.value), scale);
    case "dimensionMissing":
      return p.missing.length > 1
        ? t.dimensionsMissing(field, scale, p.missing.join(", "))
        : t.dimensionMissing(field, scale);
    case "engineMissing":
      return t.engineMissing(field, DIMENSION_KEYS.length, p.missing.join(", "));
    case "profileNotObject":
      return t.profileNotObject(field, describe(p.value));
    case "notField":
      return t.notField(field, p.allowed.join(", "));
    case "perspective":
      return t.perspective(
        field,
        p.value === undefined ? t.missing : describe(p.value),
        (PERSPECTIVES as readonly string[]).reduce(t.orMore)
      );
    case "name":
      return t.name(field, describe(p.value));
    case "usMissing":
      return t.usMissing(field);
    case "profitImpact":
      return t.profitImpact(field, describe(p.value), scale);
    case "coverageNotObject":
      return t.coverageNotObject(field, describe(p.value));
    case "coverageKey":
      return t.coverageKey(field);
    case "coverageValue":
      return t.coverageValue(field, describe(p.value));
    case "coverageThem":
      return t.coverageThem(field);
  }
}

/** An error's message for a person: a ProfileError rendered, any other error as it says. */
export function errorText(err: Error): string {
  return err instanceof ProfileError ? profileProblemText(err) : err.message;
}
