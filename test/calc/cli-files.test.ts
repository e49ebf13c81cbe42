/**
 * Every file the command line writes, opened and recalculated by LibreOffice (a spreadsheet without
 * the add-in): no cell holds an error value, #NAME? included, because no file written outside Excel
 * carries a COLLAB.* formula.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { ITEMS } from "../../src/core/method";
import { buildCliIfMissing, runCli } from "../support/cli";
import { convertWithLibreOffice } from "../support/libreoffice";
import { fillQuestionnaire } from "../unit/exchange/helpers";

jest.setTimeout(300_000);

const files: Record<string, string> = {};
let converted = "";

/** Error cells (t="e") and COLLAB.* formulas in every sheet of an .xlsx file. */
async function errorsIn(file: string): Promise<{ errors: string[]; collab: string[] }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const errors: string[] = [];
  const collab: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) =>
    /^xl\/worksheets\/sheet\d+\.xml$/.test(n)
  )) {
    const xml = await zip.file(name)!.async("string");
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*\bt="e"[^>]*>(?:.*?<v>([^<]*)<\/v>)?/g))
      errors.push(`${name}!${m[1]} ${m[2] ?? ""}`);
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>\s*<f>([^<]*COLLAB\.[^<]*)<\/f>/gi))
      collab.push(`${name}!${m[1]} ${m[2]}`);
  }
  return { errors, collab };
}

beforeAll(async () => {
  buildCliIfMissing();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cf-calc-cli-"));
  const at = (n: string) => path.join(dir, n);
  const ok = (...args: string[]) => {
    const r = runCli(...args);
    if (r.code !== 0) throw new Error(`collabfit ${args.join(" ")} failed: ${r.stderr}`);
  };
  ok(
    "new",
    "--out",
    at("new.xlsx"),
    "--us",
    "Northwind",
    "--them",
    "Contoso",
    "--date",
    "2026-02-01"
  );
  ok("demo", "--out", at("demo.xlsx"));
  ok("recommend", at("demo.xlsx"), "--out", at("recommend.xlsx"));
  ok("questionnaire", at("demo.xlsx"), "--out", at("questionnaire.xlsx"));
  const scores = Object.fromEntries(ITEMS.map((it, i) => [it.id, String((i % 5) + 1)]));
  fs.writeFileSync(
    at("returned.xlsx"),
    await fillQuestionnaire(fs.readFileSync(at("questionnaire.xlsx")), { scores })
  );
  ok("import", at("demo.xlsx"), "--answers", at("returned.xlsx"), "--out", at("import.xlsx"));
  ok("share", at("demo.xlsx"), "--out", at("share.xlsx"));
  for (const n of ["new", "demo", "recommend", "questionnaire", "import", "share"])
    files[n] = at(`${n}.xlsx`);
  converted = await convertWithLibreOffice(Object.values(files), "xlsx");
});

describe.each(["new", "demo", "recommend", "questionnaire", "import", "share"])(
  "collabfit %s: the file it writes",
  (name) => {
    test("holds no COLLAB.* formula", async () => {
      expect((await errorsIn(files[name])).collab).toEqual([]);
    });

    test("shows no error value anywhere once LibreOffice has recalculated it", async () => {
      const out = path.join(converted, `${name}.xlsx`);
      const { errors } = await errorsIn(out);
      expect(errors).toEqual([]);
    });
  }
);
