/**
 * Loads what the COLLAB.* functions compute (compute.ts and the engine behind it) as a chunk of its
 * own, once: on the first call, or earlier when the pane asks for it once its first view is
 * interactive (index.tsx). One module instance serves both, as the pane and the functions share
 * webpack's runtime on one page.
 */
import type * as Compute from "./compute";

export type FunctionsEngine = typeof Compute;

let engine: FunctionsEngine | null = null;
let loading: Promise<FunctionsEngine> | null = null;

export function loadFunctionsEngine(): Promise<FunctionsEngine> {
  loading ??= import(/* webpackChunkName: "functions-engine" */ "./compute").then(
    (loaded) => (engine = loaded),
    (error: unknown) => {
      // A fetch that failed (the network went away) is tried again on the next call.
      loading = null;
      throw error;
    }
  );
  return loading;
}

/**
 * Runs a function's computation: at once once the engine is loaded (a recalculation of thousands of
 * cells pays no promise per cell), else when it is (a Promise of the same value or the same error).
 */
export function withEngine<T>(compute: (engine: FunctionsEngine) => T): T | Promise<T> {
  return engine !== null ? compute(engine) : loadFunctionsEngine().then(compute);
}
