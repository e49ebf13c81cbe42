/**
 * functions.json (what Excel reads for autocomplete and argument types) must match the reviewed
 * snapshot. On a difference: regenerate with
 *   node -e 'require("custom-functions-metadata").generateCustomFunctionsMetadata("src/functions/functions.ts").then(r => console.log(r.metadataJson))'
 * read the output by eye (ids, parameter names, types, dimensionality, optional flags, descriptions),
 * and only then overwrite test/fixtures/functions/functions.metadata.json with it.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { THRESHOLDS } from "../../../src/core/method";
import * as functions from "../../../src/functions/functions";

const root = join(__dirname, "../../..");
const snapshotPath = join(root, "test/fixtures/functions/functions.metadata.json");
const HOW_TO =
  "functions.json differs from the reviewed snapshot; see the header of metadata.test.ts to re-review";

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: {
      name: string;
      type: string;
      dimensionality?: string;
      optional?: boolean;
      description: string;
    }[];
    result: { type?: string; dimensionality?: string };
  }[];
}

let generated: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(root, "src/functions/functions.ts"));
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson) as Metadata;
}, 30_000);

it("matches the reviewed snapshot", () => {
  const snapshot = JSON.parse(readFileSync(snapshotPath, "utf8")) as Metadata;
  if (JSON.stringify(generated) !== JSON.stringify(snapshot)) {
    throw new Error(`${HOW_TO}\n${JSON.stringify(generated, null, 2)}`);
  }
});

it("lists every function of issue 5, each backed by an export, with help text", () => {
  const ids = generated.functions.map((f) => f.id);
  expect(ids).toEqual([
    "MODEL",
    "START",
    "EXPLAIN",
    "TRUSTGAP",
    "POWER",
    "ALIGNMENT",
    "GAPS",
    "SCORE",
    "ROADMAP",
    "PRINCIPLE",
    "SEGMENT",
  ]);
  const exported = Object.keys(functions).map((k) => k.toUpperCase());
  for (const f of generated.functions) {
    expect(exported).toContain(f.id);
    expect(f.description.length).toBeGreaterThan(20);
    for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(5);
  }
});

it("takes ranges as matrices and spills tables as matrices", () => {
  const byId = new Map(generated.functions.map((f) => [f.id, f]));
  const matrixParams = (id: string) =>
    byId
      .get(id)!
      .parameters.filter((p) => p.dimensionality === "matrix")
      .map((p) => p.name);
  expect(matrixParams("MODEL")).toEqual(["scores", "their_scores"]);
  expect(matrixParams("GAPS")).toEqual(["our", "their"]);
  expect(matrixParams("SCORE")).toEqual(["scores", "weights"]);
  expect(matrixParams("POWER")).toEqual([]);
  for (const id of ["EXPLAIN", "GAPS", "ROADMAP"])
    expect(byId.get(id)!.result.dimensionality).toBe("matrix");
  for (const id of ["TRUSTGAP", "ALIGNMENT", "SCORE"])
    expect(byId.get(id)!.result.type).toBe("number");
});

// JSDoc cannot read THRESHOLDS, so the help text repeats its numbers: this keeps them one fact.
it("the help text of months_per_step states the engine's range and default", () => {
  const roadmap = generated.functions.find((f) => f.id === "ROADMAP")!;
  const months = roadmap.parameters.find((p) => p.name === "months_per_step")!;
  const { minMonthsPerStep: min, maxMonthsPerStep: max, monthsPerStep: byDefault } = THRESHOLDS;
  expect(months.description).toContain(`whole number ${min}-${max} (default ${byDefault})`);
});
