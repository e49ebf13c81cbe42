/**
 * Input errors of the COLLAB.* functions, independent of the Excel runtime so the parsing layer can
 * run (and be tested or benchmarked) in plain Node. compute.ts turns them into CustomFunctions.Error.
 */

/** "invalidValue" shows as #VALUE! in Excel, "notAvailable" as #N/A. */
export type FunctionErrorCode = "invalidValue" | "notAvailable";

export class FunctionInputError extends Error {
  constructor(
    readonly code: FunctionErrorCode,
    message: string
  ) {
    super(message);
    this.name = "FunctionInputError";
  }
}

export function invalidValue(message: string): FunctionInputError {
  return new FunctionInputError("invalidValue", message);
}

export function notAvailable(message: string): FunctionInputError {
  return new FunctionInputError("notAvailable", message);
}
