/**
 * functions.js registers every COLLAB.* id as it loads and leaves the engine (compute.ts) to a chunk
 * loaded later: a call made before that chunk is there must give what the same call gives after.
 */
import { readFileSync } from "fs";
import { join } from "path";
import * as ts from "typescript";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { validateProfile, type Profile } from "../../../src/core/method";
import { args, column, keyed, rejected, thrown } from "./helpers";
import { CustomFunctionsError } from "../../support/custom-functions-stub";

type Functions = typeof import("../../../src/functions/functions");

const root = join(__dirname, "../../..");
const source = join(root, "src/functions/functions.ts");
const snapshot = JSON.parse(
  readFileSync(join(root, "test/fixtures/functions/functions.metadata.json"), "utf8")
) as { functions: { id: string }[] };
const ids = snapshot.functions.map((f) => f.id);

const profile: Profile = validateProfile(
  JSON.parse(
    readFileSync(join(root, "test/fixtures/profiles/technology-and-market-access.json"), "utf8")
  )
);

/** functions.ts with a registry of its own: the engine not loaded yet. */
function fresh(): Functions {
  let loaded: Functions | undefined;
  jest.isolateModules(() => {
    loaded = require("../../../src/functions/functions") as Functions;
  });
  return loaded!;
}

/** One call that answers and one that is refused, for every function Excel knows. */
const CALLS: Record<string, { ok: (f: Functions) => unknown; bad: (f: Functions) => unknown }> = {
  MODEL: { ok: (f) => f.model(...args(profile)), bad: (f) => f.model([["trust", 9]]) },
  START: { ok: (f) => f.start(...args(profile)), bad: (f) => f.start(keyed({ trust: 3 })) },
  EXPLAIN: {
    ok: (f) => f.explain(...args(profile)),
    bad: (f) => f.explain(args(profile)[0], args(profile)[1], "neither"),
  },
  TRUSTGAP: { ok: (f) => f.trustGap("collaborative", 2), bad: (f) => f.trustGap("nonsense", 3) },
  POWER: { ok: (f) => f.power(4, 2, "supplier"), bad: (f) => f.power(4, 0.5) },
  ALIGNMENT: {
    ok: (f) => f.alignment(keyed(profile.us), column(profile.them)),
    bad: (f) => f.alignment(keyed({ trust: 3 }), keyed({ stakes: 3 })),
  },
  GAPS: {
    ok: (f) => f.gaps(keyed(profile.us), column(profile.them), 1),
    bad: (f) => f.gaps(keyed(profile.us), column(profile.them), -1),
  },
  SCORE: {
    ok: (f) => f.score([[1, 2, "N/A", 5]], [[1, 2, 3, ""]]),
    bad: (f) => f.score([[1, 2]], [[1]]),
  },
  ROADMAP: {
    ok: (f) => f.roadmap("cooperative", "collaborative", "2026-03-01", 2),
    bad: (f) => f.roadmap("collaborative", "cooperative", "2026-03-01"),
  },
  PRINCIPLE: { ok: (f) => f.principle(3, "guidance"), bad: (f) => f.principle("P99") },
  SEGMENT: {
    ok: (f) => f.segment(...args(profile), 4),
    bad: (f) => f.segment(...args(profile), ""),
  },
};

/** ROADMAP loads its phases on each first call, so it answers with a Promise even afterwards. */
const ALWAYS_ASYNC = new Set(["ROADMAP"]);

it("has a call of each kind for every function in the metadata", () => {
  expect(Object.keys(CALLS).sort()).toEqual([...ids].sort());
});

it("associates every id of the metadata as functions.js runs, before the engine is loaded", async () => {
  // The build's own step: the metadata plugin's loader appends CustomFunctions.associate calls.
  const generated = await generateCustomFunctionsMetadata(source, true);
  expect(generated.errors).toEqual([]);
  const plugin = require("custom-functions-metadata-plugin") as {
    generateResults: Record<string, unknown>;
  };
  plugin.generateResults[source] = generated;
  const appendAssociations = require("custom-functions-metadata-plugin/lib/loader.js") as (
    this: { getOptions(): { input: string; file: string } },
    code: string
  ) => string;
  const withAssociations = appendAssociations.call(
    { getOptions: () => ({ input: source, file: source }) },
    readFileSync(source, "utf8")
  );
  const js = ts.transpileModule(withAssociations, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;

  const associated: [string, unknown][] = [];
  const runtime = {
    ...globalThis.CustomFunctions,
    associate: (id: string, fn: unknown) => {
      associated.push([id, fn]);
    },
  };
  const exported: Record<string, unknown> = {};
  jest.isolateModules(() => {
    const requireFromFunctions = (id: string): unknown =>
      require(join(root, "src/functions", id)) as unknown;
    new Function("exports", "require", "CustomFunctions", js)(
      exported,
      requireFromFunctions,
      runtime
    );
  });
  // Synchronously, with no await since the script ran: every id, each bound to its export.
  expect(associated.map(([id]) => id)).toEqual(ids);
  for (const [id, fn] of associated) {
    const name = generated.associate.find((a) => a.id === id)!.functionName;
    expect(fn).toBe(exported[name]);
  }
  // And the engine was not loaded for it: a call now answers with a Promise.
  const first = (exported.model as Functions["model"])(...args(profile));
  expect(first).toBeInstanceOf(Promise);
  await first;
});

describe.each(ids)("%s", (id) => {
  it("called before the engine is loaded, resolves to what the same call returns after", async () => {
    const f = fresh();
    const before = CALLS[id].ok(f);
    expect(before).toBeInstanceOf(Promise);
    const early = await before;
    const after = CALLS[id].ok(f);
    expect(after instanceof Promise).toBe(ALWAYS_ASYNC.has(id));
    expect(early).toEqual(await after);
    // A value worth comparing: not an error in disguise, not nothing.
    expect(early).toBeDefined();
    expect(early).not.toBeInstanceOf(CustomFunctionsError);
  });

  it("refused before the engine is loaded, rejects with the error the call throws after", async () => {
    const f = fresh();
    const before = CALLS[id].bad(f);
    expect(before).toBeInstanceOf(Promise);
    const early = await rejected(() => before as Promise<unknown>);
    const late = ALWAYS_ASYNC.has(id)
      ? await rejected(() => CALLS[id].bad(f) as Promise<unknown>)
      : thrown(() => CALLS[id].bad(f));
    expect(early).toBeInstanceOf(CustomFunctionsError);
    expect({ code: early.code, message: early.message }).toEqual({
      code: late.code,
      message: late.message,
    });
    expect(early.message).toBeTruthy();
  });
});

it("fetches the engine again on the next call when a fetch failed", async () => {
  const compute = "../../../src/functions/compute";
  jest.doMock(compute, () => {
    throw new Error("the network went away");
  });
  let load: typeof import("../../../src/functions/load") | undefined;
  jest.isolateModules(() => {
    load = require("../../../src/functions/load") as typeof load;
  });
  try {
    await expect(load!.loadFunctionsEngine()).rejects.toThrow("the network went away");
  } finally {
    jest.dontMock(compute);
  }
  const engine = await load!.loadFunctionsEngine();
  expect(engine.principle(1, "id")).toBe("P1");
});
