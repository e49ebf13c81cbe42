/**
 * Issue 16: the workbook's labels (sheet names after "CF ", headers, drop-down words) are the
 * language's; read-back finds them by key in every language we ship. A workbook written in the
 * pseudo-locale reads in English and the reverse, through both adapters, and fits Excel's limits.
 */
import { workbookTexts } from "../../../src/core/texts/parts/workbook";
import fs from "fs";
import path from "path";
import { PSEUDO_LOCALE, loadEveryLanguage, setLanguage } from "../../../src/core/texts";
import { MADE_UP, registerMadeUpLanguage } from "../../support/made-up-language";
import { namesInEveryLanguage } from "../../../src/core/texts/parts/names";
import { methodInEveryLanguage } from "../../../src/core/texts/parts/method";
import { portfolioInEveryLanguage } from "../../../src/core/texts/parts/portfolio";
import { workbookInEveryLanguage } from "../../../src/core/texts/parts/workbook";
import { DIMENSION_KEYS } from "../../../src/core/method";
import { parseCell } from "../../../src/core/workbook/a1";
import {
  ACTIONS_TOP_LEFT,
  ACTION_COLUMNS,
  actionHeaderKey,
  actionHeaders,
  buildActionsPlan,
  keepEdits,
  peopleOf,
} from "../../../src/core/workbook/actions";
import {
  LIVE_MODEL_HEADER,
  PORTFOLIO_HEADERS,
  PORTFOLIO_TABLE,
  portfolioHeaderKey,
} from "../../../src/core/workbook/portfolio";
import { ROUND_TABLES } from "../../../src/core/workbook/round-names";
import { tableValues } from "../../../src/xlsx/write";
import { buildAssessmentPlan } from "../../../src/core/workbook/layout";
import {
  SHEET_NAMES,
  SHEET_PREFIX,
  TABLE_NAMES,
  interestHeaderKey,
  interestKindOf,
  isNotApplicableText,
  itemHeaderKey,
  roadmapStatusOf,
  sheetKeyOf,
  yesNoOf,
} from "../../../src/core/workbook/names";
import type { WorkbookPlan } from "../../../src/core/workbook/plan";
import { responseHeaderKey, sideOfText } from "../../../src/core/workbook/round-names";
import { readAssessmentFromWorkbook } from "../../../src/excel/read";
import { readRoundsInExcel } from "../../../src/excel/rounds";
import { loadWorkbook, planToBuffer, readMeta, workbookProfile } from "../../../src/xlsx";
import { readAnonymity, readHistory, readRespondents } from "../../../src/xlsx/rounds";
import { fakeOfPlan } from "../excel/plans";
import { demoRounds } from "../../support/demo-rounds";

// Beside the pseudo-locale, a language we ship as one catalogue file (made up for tests).
registerMadeUpLanguage();
beforeAll(() => loadEveryLanguage());
afterEach(() => setLanguage("en"));

/** Tables whose headers are catalogue labels (issue 16) beside the item, interest and round tables. */
const KEYED_TABLES = [
  TABLE_NAMES.scores,
  TABLE_NAMES.roadmap,
  TABLE_NAMES.actions,
  ROUND_TABLES.summary,
  ROUND_TABLES.history,
  PORTFOLIO_TABLE,
];

let every: ReturnType<typeof namesInEveryLanguage>;
beforeAll(() => (every = namesInEveryLanguage()));

describe("labels in every language we ship", () => {
  test("the list holds English, every language loaded and the pseudo-locale", () => {
    expect(every).toHaveLength(3);
    for (const tag of ["en", MADE_UP, PSEUDO_LOCALE]) {
      setLanguage(tag);
      expect(every.map((t) => t.sheets.cover)).toContain(SHEET_NAMES.cover.slice(3));
    }
  });

  test("every sheet name fits Excel: 31 characters at most, none of : \\ / ? * [ ], not blank", () => {
    for (const t of every) {
      const sheetNames = Object.values(t.sheets).map((label) => SHEET_PREFIX + label);
      for (const name of sheetNames) {
        expect({ name, length: name.length <= 31 }).toEqual({ name, length: true });
        expect(name).not.toMatch(/[:\\/?*[\]]/);
        expect(name.slice(SHEET_PREFIX.length).trim()).not.toBe("");
        // Excel refuses a name that starts or ends with an apostrophe.
        expect(name).not.toMatch(/^'|'$/);
      }
      // Sheet names are unique in a workbook, whatever their case.
      expect(new Set(sheetNames.map((n) => n.toLowerCase())).size).toBe(sheetNames.length);
    }
  });

  test("each table's headers are unique in every language", () => {
    const unique = (labels: readonly string[]) => expect(new Set(labels).size).toBe(labels.length);
    for (const t of every)
      for (const group of [t.itemHeaders, t.interestHeaders, t.responseHeaders])
        unique(Object.values(group));
    for (const tag of ["en", MADE_UP, PSEUDO_LOCALE]) {
      setLanguage(tag);
      const plan = planIn(tag, true);
      const tables = plan.sheets.flatMap((s) => s.tables ?? []);
      for (const name of KEYED_TABLES.filter((n) => n !== PORTFOLIO_TABLE)) {
        const table = tables.find((x) => x.name === name);
        expect({ name, found: table !== undefined }).toEqual({ name, found: true });
        unique(table!.headers);
      }
      unique([...PORTFOLIO_HEADERS, LIVE_MODEL_HEADER]);
    }
  });

  test("every label of every language goes back to its key", () => {
    const back = <K extends string>(
      group: Readonly<Record<K, string>>,
      find: (text: string) => string | undefined
    ) => {
      for (const [key, label] of Object.entries(group) as [K, string][])
        expect({ label, key: find(label) }).toEqual({ label, key });
    };
    for (const t of every) {
      back(t.sheets, (label) => sheetKeyOf(SHEET_PREFIX + label));
      back(t.itemHeaders, itemHeaderKey);
      back(t.interestHeaders, interestHeaderKey);
      back(t.responseHeaders, responseHeaderKey);
      back(t.interestKinds, interestKindOf);
      back(t.roadmapStatuses, roadmapStatusOf);
      back(t.sides, sideOfText);
      // Words picked from a drop-down count in any case.
      expect(yesNoOf(t.yes.toUpperCase())).toBe(true);
      expect(yesNoOf(` ${t.no} `)).toBe(false);
      expect(isNotApplicableText(t.notApplicable.toLowerCase())).toBe(true);
    }
    // CF_Actions' and CF_Portfolio's headers, the tables read back by their headers' keys.
    for (const t of workbookInEveryLanguage()) back(t.actions.headers, actionHeaderKey);
    const methods = methodInEveryLanguage();
    portfolioInEveryLanguage().forEach((t, i) => {
      back(t.headers, portfolioHeaderKey);
      for (const k of DIMENSION_KEYS)
        expect(portfolioHeaderKey(methods[i].dimensions[k].label)).toBe(k);
    });
    // Not ours: another prefix, an unknown word, a header renamed in case (reported by read-back).
    expect(sheetKeyOf("Results")).toBeUndefined();
    expect(yesNoOf("Maybe")).toBeUndefined();
    expect(itemHeaderKey("OUR SCORE")).toBeUndefined();
    expect(actionHeaderKey("OWNER")).toBeUndefined();
    expect(portfolioHeaderKey("SEGMENT")).toBeUndefined();
    // An older English header still names its column.
    expect(itemHeaderKey("Their value")).toBe("theirValue");
  });
});

const rounds = demoRounds();
const demo = rounds.demo;
const PEOPLE = rounds.respondents;
const HISTORY = rounds.history;

/** The demo workbook with respondents and a closed round, written in `tag`. */
function planIn(tag: string, extras: boolean): WorkbookPlan {
  setLanguage(tag);
  // With respondents, their answers are the sides' (typed scores would be reported as unused).
  return buildAssessmentPlan(demo.meta, {
    answers: extras ? {} : demo.answers,
    recommendation: demo.recommendation,
    roadmap: demo.roadmap,
    takenAt: "2026-03-05T10:00:00Z",
    ...(extras && { respondents: PEOPLE, history: HISTORY, anonymous: [] }),
  });
}

/** What read-back makes of a plan through both adapters, with `tag` active. */
async function readIn(plan: WorkbookPlan, tag: string) {
  const bytes = await planToBuffer(plan);
  setLanguage(tag);
  const wb = await loadWorkbook(bytes);
  const made = workbookProfile(wb);
  const f = fakeOfPlan(plan);
  const inExcel = await readAssessmentFromWorkbook(f.ctx);
  return {
    file: {
      problems: made.problems,
      profile: made.profile,
      meta: readMeta(wb).meta,
      us: made.read?.us,
      them: made.read?.them,
      respondents: readRespondents(wb),
      history: readHistory(wb),
      anonymous: readAnonymity(wb),
    },
    excel: {
      read: { us: inExcel.us, them: inExcel.them, problems: inExcel.problems },
      rounds: await readRoundsInExcel(f.ctx),
    },
  };
}

/** Every sheet a formula, a name or a validation names ('CF …'!) is one of the plan's sheets. */
function namedSheets(plan: WorkbookPlan): string[] {
  const refs = JSON.stringify(plan).matchAll(/'((?:[^'"]|'')+)'!/g);
  return [...new Set([...refs].map((m) => m[1].replace(/''/g, "'")))];
}

describe.each([
  ["the pseudo-locale", "English", PSEUDO_LOCALE, "en"],
  ["English", "the pseudo-locale", "en", PSEUDO_LOCALE],
  ["a language from its own file", "English", MADE_UP, "en"],
  ["English", "a language from its own file", "en", MADE_UP],
])("a workbook written in %s reads in %s", (_w, _r, writeTag, readTag) => {
  test.each([
    ["the demo", false],
    ["the demo with respondents and a closed round", true],
  ])(
    "%s: the same profile, answers, respondents and history as written and read in English",
    async (_d, extras) => {
      const english = await readIn(planIn("en", extras), "en");
      const plan = planIn(writeTag, extras);
      const crossed = await readIn(plan, readTag);

      expect(english.file.problems).toEqual([]);
      expect(english.excel.read.problems).toEqual([]);
      // The cover's default confidentiality label is written in the workbook's language and is the
      // user's text from then on: read back as written, in any language.
      setLanguage(writeTag);
      const written = workbookTexts().cover.defaultConfidentiality;
      expect(crossed.file.meta.confidentiality).toBe(written);
      const sameLabel = {
        ...crossed.file.meta,
        confidentiality: english.file.meta.confidentiality,
      };
      expect({ ...crossed, file: { ...crossed.file, meta: sameLabel } }).toEqual(english);
      if (extras) {
        expect(crossed.file.respondents.respondents).toHaveLength(PEOPLE.length);
        expect(crossed.file.history.history).toEqual(HISTORY);
      }
    }
  );

  test("CF_Actions as read from the file: a regeneration in the reading language keeps the analyst's edits", async () => {
    const wb = await loadWorkbook(await planToBuffer(planIn(writeTag, false)));
    const actions = wb.worksheets.find((w) => sheetKeyOf(w.name) === "actions")!;
    const top = parseCell(ACTIONS_TOP_LEFT);
    // The analyst edits the second action's owner and evidence in the file.
    const cell = (k: (typeof ACTION_COLUMNS)[number]) =>
      actions.getCell(top.row + 2, top.col + ACTION_COLUMNS.indexOf(k));
    const edited = cell("id").value;
    cell("owner").value = "Pat Analyst";
    cell("evidence").value = "Signed minutes";
    const old = tableValues(actions, TABLE_NAMES.actions)!;
    expect(old.headers.map(actionHeaderKey)).toEqual([...ACTION_COLUMNS]);
    // What the adapters do on a regeneration (xlsx/write.ts, excel/results.ts): the new table in
    // the reading language, the old one's edits carried over by column key.
    setLanguage(readTag);
    const plan = buildActionsPlan(demo.roadmap, peopleOf(demo.meta)).tables![0];
    expect(plan.headers).toEqual(ACTION_COLUMNS.map((k) => actionHeaders()[k]));
    expect(plan.headers).not.toEqual(old.headers);
    const kept = keepEdits(plan, old);
    const row = kept.rows.find((r) => r[ACTION_COLUMNS.indexOf("id")] === edited)!;
    expect(row[ACTION_COLUMNS.indexOf("owner")]).toBe("Pat Analyst");
    expect(row[ACTION_COLUMNS.indexOf("evidence")]).toBe("Signed minutes");
  });

  test("its sheets carry the written language's names, and its formulas and lists name those sheets", () => {
    const plan = planIn(writeTag, true);
    const names = plan.sheets.map((s) => s.name);
    for (const s of plan.sheets) {
      const key = sheetKeyOf(s.name);
      expect(key).toBeDefined();
      expect(s.name).toBe(SHEET_NAMES[key!]);
    }
    const referenced = namedSheets(plan);
    expect(referenced.length).toBeGreaterThan(0);
    for (const sheet of referenced)
      expect({ sheet, ours: names.includes(sheet) }).toEqual({ sheet, ours: true });
  });
});

test("a workbook from before labels were translated (English, question set 2026.1) reads in any language", async () => {
  const file = path.join(__dirname, "../../fixtures/workbooks/assessment-2026.1.xlsx");
  const bytes = fs.readFileSync(file);
  const english = workbookProfile(await loadWorkbook(bytes));
  setLanguage(PSEUDO_LOCALE);
  const pseudo = workbookProfile(await loadWorkbook(bytes));
  expect(english.problems).toEqual([]);
  expect(english.profile).not.toBeNull();
  expect(pseudo).toEqual(english);
});
