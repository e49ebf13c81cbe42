/**
 * The command line in the pseudo-locale: `collabfit --help`, every command's help and an error read
 * only catalogue texts (between ⟦ ⟧), apart from the syntax each command lists in its own table
 * (`syntax`: option names and placeholders) and the command names. `recommend`'s report and its
 * roadmap show the method's words (models, dimensions, phases, actions) from the catalogue too.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type ExcelJS from "exceljs";
import { untranslated } from "../support/untranslated";
import { buildCliIfStale, runCliIn } from "../support/cli";
import { commands } from "../../src/cli/commands";
import type { Command } from "../../src/cli/cli-error";
import { PSEUDO_LOCALE, pseudoText } from "../../src/core/texts";
import { ANSWER_TABLE_HEADERS, QUESTIONNAIRE_KIND } from "../../src/core/exchange/names";
import { ITEMS, PERSPECTIVES } from "../../src/core/method";
import { parseCell } from "../../src/core/workbook/a1";
import { ITEM_HEADERS } from "../../src/core/workbook/names";
import { loadWorkbook, readItemTables } from "../../src/xlsx";
import { fillQuestionnaire, withNotesFormula } from "../unit/exchange/helpers";
import { exchange } from "../../src/core/texts/en/two-party-exchange";
import { DIMENSION_KEYS, MODEL_IDS, RULE_ORDER, type RoadmapRow } from "../../src/core/method";

const PROFILES = path.join(__dirname, "../fixtures/profiles");
const PROFILE_FILES = fs.readdirSync(PROFILES).filter((f) => f.endsWith(".json"));
/** A text's letters as the pseudo-locale shows them, without its brackets and padding. */
const accented = (text: string) => pseudoText(text).slice(1, -1).replace(/·+$/, "");
/**
 * Keys a catalogue sentence would show accented (the pseudo-locale accents its parameters too): a
 * model's key in brackets, a rule's code, and the dimension keys that are no English word.
 */
const ACCENTED_KEYS = [
  ...MODEL_IDS.map((m) => `[${accented(m)}]`),
  ...RULE_ORDER.map(accented),
  ...DIMENSION_KEYS.filter((k) => /[A-Z]/.test(k)).map(accented),
];

const PSEUDO = { COLLABFIT_LANG: PSEUDO_LOCALE };
/**
 * A problem as the core words it: the cell's reference ("'Sheet'!J7: …", itself a catalogue text, so
 * accented) and then the problem's own catalogue text; inline words there would show unbracketed.
 */
const NESTED_PROBLEM = /'!\S+: ⟦/;
/** A data validation as exceljs reads it back. */
type Dv = { promptTitle?: string; prompt?: string; errorTitle?: string; error?: string };
const NAMES = Object.keys(commands);
let table: [string, Command][];

beforeAll(async () => {
  buildCliIfStale();
  table = await Promise.all(NAMES.map(async (n) => [n, await commands[n]()] as [string, Command]));
}, 120_000);

/** Syntax a command may show untranslated: the program, its own name and its table. */
function syntaxOf(name: string, command: Command): string[] {
  return ["collabfit", name, ...command.syntax];
}

describe("CLI in the pseudo-locale", () => {
  it("each command's usage is made of its name and its syntax table only", () => {
    for (const [name, command] of table) {
      const words = command.usage.split(/[\s[\]|]+/).filter(Boolean);
      expect({ name, extra: words.filter((w) => !syntaxOf(name, command).includes(w)) }).toEqual({
        name,
        extra: [],
      });
    }
  });

  it("collabfit --help: every text from the catalogue", () => {
    const r = runCliIn(PSEUDO, "--help");
    expect(r.code).toBe(0);
    const allowed = table.flatMap(([name, command]) => syntaxOf(name, command));
    expect(untranslated(r.stdout, allowed)).toEqual([]);
    // The same help in English fails the check: the test can tell.
    expect(untranslated(runCliIn({ COLLABFIT_LANG: "en" }, "--help").stdout, allowed)).not.toEqual(
      []
    );
  });

  it.each(NAMES)("collabfit %s --help: every text from the catalogue", (name) => {
    const command = table.find(([n]) => n === name)![1];
    const r = runCliIn(PSEUDO, name, "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(command.usage);
    expect(untranslated(r.stdout, syntaxOf(name, command))).toEqual([]);
  });

  it("an error message comes from the catalogue too", () => {
    const [name, command] = table.find(([n]) => n === "recommend")!;
    const r = runCliIn(PSEUDO, name);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^collabfit recommend: ⟦/);
    expect(untranslated(r.stderr, syntaxOf(name, command))).toEqual([]);
  });

  it.each(PROFILE_FILES)(
    "collabfit recommend --profile %s: models, dimensions, reasons and roadmap from the catalogue",
    (file) => {
      const args = ["recommend", "--profile", path.join(PROFILES, file), "--start", "2026-01-31"];
      const name = String(
        JSON.parse(fs.readFileSync(path.join(PROFILES, file), "utf8")).name ?? ""
      );
      // The profile's name is data: its words as the check splits them. No key is.
      const allowed = name.split(/[\s[\]|(){}`'",:;]+/);
      const r = runCliIn(PSEUDO, ...args);
      expect(r.code).toBe(0);
      expect(untranslated(r.stdout, allowed)).toEqual([]);
      // Nor inside a sentence: models, rules and dimensions are shown by their words.
      expect(ACCENTED_KEYS.filter((k) => r.stdout.includes(k))).toEqual([]);
      // The same report in English fails the check: the test can tell.
      const en = runCliIn({ COLLABFIT_LANG: "en" }, ...args);
      expect(untranslated(en.stdout, allowed)).not.toEqual([]);
    }
  );

  it("the roadmap (recommend --json): every phase, criterion, KPI, trigger and action from the catalogue", () => {
    const words = (row: RoadmapRow) => [
      row.phase,
      row.entryCriteria,
      row.kpi,
      row.exitTrigger,
      ...row.actions,
      ...row.items.flatMap((i) => [i.text, i.addresses]),
    ];
    const roadmapOf = (env: Record<string, string>, file: string) => {
      const args = ["recommend", "--profile", path.join(PROFILES, file), "--json"];
      const r = runCliIn(env, ...args, "--start", "2026-01-31");
      expect(r.code).toBe(0);
      return (JSON.parse(r.stdout) as { roadmap: RoadmapRow[] }).roadmap;
    };
    for (const file of PROFILE_FILES) {
      const rows = roadmapOf(PSEUDO, file);
      expect(rows.length).toBeGreaterThan(2);
      expect({ file, outside: rows.flatMap(words).flatMap((w) => untranslated(w)) }).toEqual({
        file,
        outside: [],
      });
    }
    const english = roadmapOf({ COLLABFIT_LANG: "en" }, PROFILE_FILES[0]);
    expect(english.flatMap(words).flatMap((w) => untranslated(w))).not.toEqual([]);
  });

  it.each([
    [{ COLLABFIT_LANG: PSEUDO_LOCALE, LANG: "en_GB.UTF-8" }, true],
    [{ COLLABFIT_LANG: "", LC_ALL: PSEUDO_LOCALE, LANG: "en_GB.UTF-8" }, true],
    [{ COLLABFIT_LANG: "", LC_ALL: "", LANG: "nl_NL.UTF-8" }, false],
    [{ COLLABFIT_LANG: "", LC_ALL: "C", LANG: PSEUDO_LOCALE }, false],
  ])("the language from %p is the pseudo-locale: %p", (env, pseudo) => {
    const r = runCliIn(env, "demo", "--help");
    expect(r.stdout.includes("⟦")).toBe(pseudo);
  });
});

/**
 * Messages the core raises, shown by the CLI in the pseudo-locale: a returned questionnaire refused,
 * a read-back problem, a round refused, and the questionnaire workbook's own cells. Workbooks are made
 * in English (their sheet names and headers are lookup keys); only the refusals run in qps-ploc.
 */
describe("the core's messages in the pseudo-locale", () => {
  const EN = { COLLABFIT_LANG: "en" };
  const US = "Northwind";
  const THEM = "Contoso";
  let tmp: string;
  const at = (name: string) => path.join(tmp, name);
  let ours: string;
  let blank: string;
  /** What a refusal may show untranslated: the command's syntax and the files it names. */
  const allowedFor = (name: string, ...files: string[]) => {
    const command = table.find(([n]) => n === name)![1];
    return [...syntaxOf(name, command), ...files];
  };
  /** A refusal: exit 2, one line on stderr, every word from the catalogue. */
  const expectCatalogueRefusal = (name: string, files: string[], ...args: string[]) => {
    const r = runCliIn(PSEUDO, name, ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(untranslated(r.stderr, allowedFor(name, ...files))).toEqual([]);
    // The same refusal in English fails the check: the test can tell.
    const english = runCliIn(EN, name, ...args);
    expect(english.code).toBe(2);
    expect(untranslated(english.stderr, allowedFor(name, ...files))).not.toEqual([]);
    return r.stderr;
  };

  /** The assessment's sheet names, word by word: a problem names its sheet (a lookup key). */
  let sheetWords: string[] = [];

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-pseudo-"));
    ours = at("ours.xlsx");
    const made = runCliIn(EN, "new", "--out", ours, "--us", US, "--them", THEM);
    expect(made.code).toBe(0);
    blank = at("questionnaire.xlsx");
    expect(runCliIn(EN, "questionnaire", ours, "--out", blank).code).toBe(0);
    const wb = await loadWorkbook(fs.readFileSync(ours));
    sheetWords = wb.worksheets.flatMap((ws) => ws.name.split(/\s+/));
  }, 120_000);

  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("import: a returned questionnaire with no usable answer is refused in catalogue words", async () => {
    const theirs = at("formulas.xlsx");
    const scores = Object.fromEntries(ITEMS.map((it) => [it.id, { formula: "1+2" }]));
    fs.writeFileSync(theirs, await fillQuestionnaire(fs.readFileSync(blank), { scores }));
    const out = at("merged.xlsx");
    const stderr = expectCatalogueRefusal(
      "import",
      [theirs, out],
      ours,
      "--answers",
      theirs,
      "--out",
      out
    );
    expect(stderr).toMatch(NESTED_PROBLEM);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("import: why their note stayed out of our Notes cell is a catalogue text of its own", async () => {
    const { buffer, id, cell } = await withNotesFormula(fs.readFileSync(ours));
    const withFormula = at("ours-formula.xlsx");
    fs.writeFileSync(withFormula, buffer);
    const theirs = at("theirs-note.xlsx");
    const fill = { scores: { [id]: 4 }, notes: { [id]: "Theirs here" } };
    fs.writeFileSync(theirs, await fillQuestionnaire(fs.readFileSync(blank), fill));
    const run = (env: Record<string, string>, out: string) => {
      const r = runCliIn(env, "import", withFormula, "--answers", theirs, "--out", at(out));
      expect(r.code).toBe(0);
      return r.stdout.split("\n");
    };
    // Inside the sentence, bracketed on its own: a text from the catalogue, not an inline reason.
    const why = pseudoText(exchange.report.noteNotWritten.formula);
    const pseudo = run(PSEUDO, "merged-note.xlsx").filter((l) => l.includes(why));
    expect(pseudo).toHaveLength(1);
    expect(untranslated(pseudo[0])).toEqual([]);
    // The English line holds the reason in words, not bracketed: the test can tell.
    const english = run(EN, "merged-note-en.xlsx");
    expect(english.filter((l) => l.includes(exchange.report.noteNotWritten.formula))).toEqual([
      expect.stringContaining(`!${cell} (`),
    ]);
    expect(english.filter((l) => l.includes(why))).toEqual([]);
  });

  it("recommend: a read-back problem (a score of 7) names the cell in catalogue words", async () => {
    const wb = await loadWorkbook(fs.readFileSync(ours));
    const t = readItemTables(wb)[0];
    const { row, col } = parseCell(t.topLeft);
    wb.getWorksheet(t.sheet)!.getCell(row + 1, col + t.headers.indexOf(ITEM_HEADERS.our)).value = 7;
    const bad = at("seven.xlsx");
    await wb.xlsx.writeFile(bad);
    const stderr = expectCatalogueRefusal("recommend", [bad, ...sheetWords], bad);
    // The cell's reference, then the problem's own words: a catalogue text of its own.
    expect(stderr).toMatch(NESTED_PROBLEM);
  });

  it("round: a workbook without scores is refused in catalogue words", () => {
    const out = at("round2.xlsx");
    const stderr = expectCatalogueRefusal(
      "round",
      [ours, out, ...sheetWords],
      ours,
      "--out",
      out,
      "--date",
      "2030-01-15"
    );
    expect(stderr).toMatch(NESTED_PROBLEM);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("round: the rounds closed and opened in catalogue words (models, dates, the gap's trend)", () => {
    const demo = at("demo.xlsx");
    expect(runCliIn(EN, "demo", "--out", demo).code).toBe(0);
    const args = ["round", demo, "--out", at("demo-round2.xlsx"), "--date", "2030-01-15"];
    const r = runCliIn(PSEUDO, ...args);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(3);
    expect(untranslated(r.stdout)).toEqual([]);
    // The dates are catalogue texts inside the sentence, not ISO dates.
    expect(r.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(ACCENTED_KEYS.filter((k) => r.stdout.includes(k))).toEqual([]);
    // The same lines in English fail the check: the test can tell.
    const english = runCliIn(EN, ...args.slice(0, 2), "--out", at("demo-round2-en.xlsx"));
    expect(english.code).toBe(0);
    expect(untranslated(english.stdout)).not.toEqual([]);
  });

  it("questionnaire: every cell and validation text of the workbook comes from the catalogue", async () => {
    const q = at("pseudo-questionnaire.xlsx");
    const r = runCliIn(PSEUDO, "questionnaire", ours, "--out", q);
    expect(r.code).toBe(0);
    const wb = await loadWorkbook(fs.readFileSync(q));
    // Data, not texts: the organisations, the answer table's headers (lookup keys), the file's
    // identifiers, the item ids and our side's key. The questions and topics are catalogue texts.
    const data = [
      US,
      THEM,
      QUESTIONNAIRE_KIND,
      ...PERSPECTIVES,
      ...ANSWER_TABLE_HEADERS,
      ...ITEMS.map((i) => i.id),
    ];
    const words = new Set(data.flatMap((d) => d.split(/[\s[\]|(){}`'",:;]+/)));
    const texts: string[] = [];
    wb.eachSheet((ws) => {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as ExcelJS.CellValue;
          if (typeof v === "string") {
            if (!data.includes(v)) texts.push(v);
          } else if (v && typeof v === "object" && "formula" in v) {
            // Text inside a formula ("… of 40", a link's text) is a catalogue text too; a link's
            // target ("#'Your answers'!A1") is a place, not a text.
            texts.push(
              ...[...String(v.formula).matchAll(/"([^"]*)"/g)]
                .map((m) => m[1])
                .filter((text) => !text.startsWith("#"))
            );
          } else if (v && typeof v === "object" && "text" in v) {
            texts.push(String(v.text));
          }
        })
      );
      // Drop-down and date validations: their prompt and error texts.
      const validations = (ws as unknown as { dataValidations: { model: Record<string, Dv> } })
        .dataValidations.model;
      for (const dv of Object.values(validations))
        for (const t of [dv.promptTitle, dv.prompt, dv.errorTitle, dv.error]) if (t) texts.push(t);
    });
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((t) => t.startsWith("⟦")).length).toBeGreaterThan(20);
    // Identifiers the file carries (reference, question set, check): letters and digits only.
    const ids = texts.filter((t) => /^(CF|QS)-[0-9A-F-]+$|^\d{4}\.\d+$/.test(t));
    expect(texts.filter((t) => !ids.includes(t)).flatMap((t) => untranslated(t, words))).toEqual(
      []
    );
  });
});
