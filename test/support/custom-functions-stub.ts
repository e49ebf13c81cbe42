/**
 * A stand-in for the CustomFunctions global that Excel's runtime provides: the Error class and the
 * ErrorCode values, enough to call the COLLAB.* functions as plain functions in Node.
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

/** Installs the stub on globalThis (idempotent) and returns it. */
export function installCustomFunctionsStub(): {
  Error: typeof CustomFunctionsError;
  ErrorCode: typeof ErrorCode;
} {
  const stub = { Error: CustomFunctionsError, ErrorCode };
  (globalThis as unknown as { CustomFunctions: typeof stub }).CustomFunctions = stub;
  return stub;
}
