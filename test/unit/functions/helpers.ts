/** Shared helpers of the COLLAB.* function tests. */
import { DIMENSION_KEYS, type DimensionScores, type Profile } from "../../../src/core/method";
import {
  CustomFunctionsError,
  installCustomFunctionsStub,
} from "../../support/custom-functions-stub";

installCustomFunctionsStub();

/** A function's value once the engine is loaded (beforeAll(loadFunctionsEngine)): never a Promise. */
export function now<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error("expected a value at once, got a Promise");
  return value;
}

/** What a call threw, for asserting the Excel error code and message. */
export function thrown(call: () => unknown): CustomFunctionsError {
  try {
    const value = call();
    if (value instanceof Promise) {
      value.catch(() => undefined); // its rejection is this failure, not an unhandled one
      throw new Error("expected the call to throw at once, but it returned a Promise");
    }
  } catch (err) {
    if (err instanceof CustomFunctionsError) return err;
    throw new Error(`expected a CustomFunctions.Error, got ${String(err)}`);
  }
  throw new Error("expected the call to throw, but it returned");
}

/** What an async function (one that loads its part on first call) rejected with. */
export async function rejected(call: () => Promise<unknown>): Promise<CustomFunctionsError> {
  return call().then(
    () => {
      throw new Error("expected the call to reject, but it resolved");
    },
    (err: unknown) =>
      thrown(() => {
        throw err;
      })
  );
}

/** A Scores-sheet style 2-column range (key, score); missing keys give blank cells. */
export function keyed(scores: DimensionScores): unknown[][] {
  return DIMENSION_KEYS.map((k) => [k, scores[k] ?? ""]);
}

/** A 1-column range aligned with keyed(), like CF_TheirScores. */
export function column(scores: DimensionScores | undefined): unknown[][] {
  return DIMENSION_KEYS.map((k) => [scores?.[k] ?? ""]);
}

/** The profile's ranges as the Results sheet passes them: CF_OurScores, CF_TheirScores, CF_Perspective. */
export function args(profile: Profile): [unknown[][], unknown[][], string] {
  return [keyed(profile.us), column(profile.them), profile.perspective];
}
