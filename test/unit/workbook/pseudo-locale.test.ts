/**
 * Every workbook the product writes, in the pseudo-locale: written through the exceljs adapter (so
 * formulas, validations and print headers are in the file), every text a reader sees must come from
 * the catalogue (between ⟦ ⟧), apart from the user's own data and an explicit list of what other
 * changes are moving into the catalogue now. And such a workbook still reads back as in English.
 */
import { sheetNamesOfEveryWorkbook } from "../../../src/core/workbook/layout";
import ExcelJS from "exceljs";
import {
  DIMENSION_KEYS,
  ITEM_SETS,
  PERSPECTIVES,
  PRINCIPLES,
  RULE_ORDER,
} from "../../../src/core/method";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { en } from "../../../src/core/texts/en";
import { derivedAssessmentId } from "../../../src/core/workbook/assessment-id";
import { DEMO_INTERESTS, demoAssessment } from "../../../src/core/workbook/demo";
import { JOINT_SHEET } from "../../../src/core/workbook/joint-summary";
import {
  INTEREST_KINDS,
  ITEM_HEADERS,
  NA_TEXT,
  REVERSE_NO,
  REVERSE_YES,
  ROADMAP_STATUSES,
  SCORE_CHOICES,
  SHEET_PREFIX,
  STEP_IDS,
  TABLE_NAMES,
  sheetKeyOf,
} from "../../../src/core/workbook/names";
import { PORTFOLIO_TABLE } from "../../../src/core/workbook/portfolio";
import {
  ANONYMITY_CHOICES,
  ROUND_SHEETS,
  ROUND_TABLES,
  SIDE_TEXT,
} from "../../../src/core/workbook/round-names";
import { UPGRADE_SHEET, UPGRADE_TABLES } from "../../../src/core/workbook/upgrade";
import { loadWorkbook, readItemTables, readMeta, workbookProfile } from "../../../src/xlsx";
import { peopleOf } from "../../../src/core/workbook/actions";
import { readCover } from "../../../src/xlsx/read";
import {
  OLD_WORKBOOK,
  USER_DATA,
  productPlans,
  portfolioRows,
  productWorkbooks,
  seenIn,
  type Seen,
} from "../../support/product-workbooks";
import { outsideCatalogue, untranslated } from "../../support/untranslated";
import * as fs from "node:fs";

/** What the user typed: the builders' data, and the cover of the workbook the test upgrades. */
async function userData(): Promise<string[]> {
  const oldBook = await loadWorkbook(fs.readFileSync(OLD_WORKBOOK));
  const old = readMeta(oldBook).meta;
  // The upgraded file carries the old one's notes and evidence, and offers its people as owners.
  const carried = readItemTables(oldBook).flatMap((t) =>
    [ITEM_HEADERS.notes, ITEM_HEADERS.evidence].flatMap((h) =>
      t.rows.map((r) => String(r[t.headers.indexOf(h)] ?? ""))
    )
  );
  const people = peopleOf(old);
  return [
    ...Object.values(USER_DATA.meta),
    ...USER_DATA.respondents.flatMap((r) => [r.name, r.role ?? "", r.organisation ?? ""]),
    ...USER_DATA.signOff.flatMap((s) => [s.role, s.name]),
    ...USER_DATA.skipped.flatMap((s) => [s.file, s.reason]),
    ...portfolioRows().flatMap((r) => [r.file, r.relationship, r.otherParty, r.assessmentId]),
    ...Object.values(old).map(String),
    ...carried,
    ...people.ours,
    ...people.theirs,
    ...[...DEMO_INTERESTS.us, ...DEMO_INTERESTS.them].flat().map((v) => String(v ?? "")),
    // The cover's assessment reference: made from the cover (ours), or the upgraded file's own.
    derivedAssessmentId(USER_DATA.meta),
    readCover(oldBook).assessmentId,
  ].filter(Boolean);
}

/** Tables whose headers are catalogue labels (read back by key): not on the list below. */
const CHECKED_TABLES: readonly string[] = [
  ROUND_TABLES.history,
  ROUND_TABLES.trend,
  TABLE_NAMES.scores,
  TABLE_NAMES.roadmap,
  TABLE_NAMES.actions,
  ROUND_TABLES.summary,
  PORTFOLIO_TABLE,
  UPGRADE_TABLES.toAnswer,
  UPGRADE_TABLES.replaced,
];

/**
 * Texts other changes move into the catalogue at this time, from the data (not typed here). Each
 * group says what takes it off this list.
 */
async function movingElsewhere(upgraded: Buffer): Promise<string[]> {
  const { assessments, portfolio } = productPlans();
  const plans = [...Object.values(assessments), portfolio.plan];
  return [
    // Sheet names, table headers and the values read back (N/A, Yes/No, statuses, sides, kinds, the
    // portfolio's no-segment and mismatch words): off once names.ts keeps display labels apart from
    // the keys read-back looks for, and takes the labels from the catalogue.
    ...sheetNamesOfEveryWorkbook(),
    ...Object.values(ROUND_SHEETS),
    UPGRADE_SHEET,
    JOINT_SHEET,
    // CF History's, CF_Scores', CF_Roadmap's, CF_Actions', CF_ResponseSummary's, CF_Portfolio's and
    // the upgrade sheet's tables have catalogue headers: checked, not listed.
    ...plans.flatMap((p) =>
      p.sheets.flatMap((s) =>
        (s.tables ?? []).filter((t) => !CHECKED_TABLES.includes(t.name)).flatMap((t) => t.headers)
      )
    ),
    // The upgraded workbook's tables (built by the adapter from the fixture, not in productPlans),
    // those with catalogue headers apart.
    ...readItemTables(
      await loadWorkbook(upgraded),
      (name) => !CHECKED_TABLES.includes(name)
    ).flatMap((t) => t.headers.map(String)),
    ...SCORE_CHOICES,
    NA_TEXT,
    REVERSE_YES,
    REVERSE_NO,
    ...INTEREST_KINDS,
    ...ROADMAP_STATUSES,
    ...Object.values(SIDE_TEXT),
    ...ANONYMITY_CHOICES,
  ].filter((t): t is string => typeof t === "string" && t !== "");
}

/** Keys and codes a sheet shows as they are: ids, not words of a language. */
const CODES = [
  ...DIMENSION_KEYS,
  ...Object.values(ITEM_SETS)
    .flat()
    .map((i) => i.id),
  ...PRINCIPLES.map((p) => p.id),
  ...STEP_IDS,
  ...RULE_ORDER,
  // The sheet prefix marks our sheets in every language (names.ts: a key, never translated).
  SHEET_PREFIX.trim(),
  // The roadmap's action ids (CF Actions matches edits by them).
  ...demoAssessment().roadmap.flatMap((r) => r.items.map((a) => a.id)),
  // The perspective is the user's answer on the cover.
  ...PERSPECTIVES,
];

/** The parts of a seen text that must be words of the catalogue. */
function checked(s: Seen): string[] {
  if (s.what === "sheet" || s.what === "name") return [];
  // In a formula only its strings are text (a link's target, "#'CF Cover'!A1", is not shown).
  if (s.what === "formula")
    return [...s.text.matchAll(/"((?:[^"]|"")*)"/g)]
      .map((m) => m[1])
      .filter((t) => !t.startsWith("#"));
  // Excel's header and footer codes: left, centre, right.
  if (s.what === "header") return [s.text.replace(/&[LCR]/g, " ")];
  return [s.text];
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function leaks(seen: readonly Seen[], allowed: readonly string[]): string[] {
  const exact = new Set(allowed);
  // Whole words only: "1" (a score) must not take the digit out of "S1".
  const longestFirst = [...exact]
    .sort((a, b) => b.length - a.length)
    .map((p) => new RegExp(`(?<![\\p{L}\\p{N}])${escaped(p)}(?![\\p{L}\\p{N}])`, "gu"));
  const out: string[] = [];
  for (const s of seen) {
    for (const text of checked(s)) {
      let rest = outsideCatalogue(text);
      if (!untranslated(rest, CODES).length || exact.has(rest.trim())) continue;
      for (const phrase of longestFirst) rest = rest.replace(phrase, " ");
      const words = untranslated(rest, CODES);
      if (words.length) out.push(`${s.where} (${s.what}): ${words.join(" ")} ← ${text}`);
    }
  }
  return out;
}

describe("workbooks in the pseudo-locale", () => {
  let books: Record<string, Buffer>;
  let english: Record<string, Buffer>;
  beforeAll(async () => {
    english = await productWorkbooks();
    setLanguage(PSEUDO_LOCALE);
    books = await productWorkbooks();
  });
  afterAll(() => setLanguage("en"));

  it("say nothing outside the catalogue but the user's data and what other parts are moving", async () => {
    const allowed = [...(await userData()), ...(await movingElsewhere(books.upgrade))];
    const names = Object.keys(books);
    expect(names).toEqual(["empty", "demo", "rounds", "joint", "portfolio", "upgrade"]);
    for (const name of names) {
      const seen = await seenIn(books[name]);
      // Something of every kind is checked: cells, formulas' strings, validations, headers.
      const kinds = new Set(seen.map((s) => s.what));
      if (name !== "joint" && name !== "portfolio")
        for (const k of ["value", "formula", "validation", "header"] as const)
          expect({ name, k, seen: kinds.has(k) }).toEqual({ name, k, seen: true });
      expect({ name, leaks: leaks(seen, allowed) }).toEqual({ name, leaks: [] });
    }
  });

  it("the catalogue's words reach the files: the same cells hold other texts than in English", async () => {
    const at = async (bytes: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      // Each file keeps the names of the language it was written in: find the cover by its key.
      return wb.worksheets.find((ws) => sheetKeyOf(ws.name) === "cover")!.getCell("A1").value;
    };
    expect(await at(english.demo)).toBe(en.workbook.cover.title);
    expect(String(await at(books.demo))).toMatch(/^⟦.*⟧$/);
  });

  it("charts' titles and defined names' comments (not in an .xlsx file) come from the catalogue", () => {
    const { assessments, portfolio } = productPlans();
    const plans = [...Object.values(assessments), portfolio.plan];
    const texts = plans.flatMap((p) => [
      ...p.sheets.flatMap((s) => (s.charts ?? []).map((c) => c.title ?? "")),
      ...p.names.flatMap((n) => n.comment ?? []),
    ]);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => untranslated(t).length)).toEqual([]);
  });

  it("reads back to the same profile as the English workbook", async () => {
    for (const name of ["demo", "rounds"]) {
      const ours = workbookProfile(await loadWorkbook(books[name]));
      const theirs = workbookProfile(await loadWorkbook(english[name]));
      expect(ours.problems).toEqual([]);
      expect(ours.profile).not.toBeNull();
      expect(ours.profile).toEqual(theirs.profile);
      // The default confidentiality label is written in the workbook's language, and read as written.
      const { confidentiality, ...meta } = ours.meta;
      expect({ ...theirs.meta, confidentiality: undefined }).toEqual({
        ...meta,
        confidentiality: undefined,
      });
      expect(confidentiality).toMatch(/^⟦.*⟧$/);
    }
  });
});
