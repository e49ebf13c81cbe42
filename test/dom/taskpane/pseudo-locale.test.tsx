/**
 * The pane in the pseudo-locale: every text a view shows (text nodes, aria-labels, titles,
 * placeholders) must come from the catalogue, i.e. be between ⟦ ⟧. Only data may stay as typed:
 * the fixture's names and the item ids; the method's words (questions, principles, steps, models,
 * dimensions, roadmap phases) are catalogue texts too.
 */
import { act, screen, within } from "@testing-library/react";
import { ITEM_SET_VERSION, ITEMS, THRESHOLDS, todayIso } from "../../../src/core/method";
import { roundRecord } from "../../../src/core/rounds/history";
import { roundsOverview } from "../../../src/core/rounds/overview";
import type { Respondent } from "../../../src/core/rounds/respondents";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { allPaneTexts } from "./pane-texts";
import { roadmapTexts } from "../../../src/core/texts/parts/roadmap";
import { readableDate } from "../../../src/core/texts/render";
import { validateReturned } from "../../../src/core/exchange/answers";
import { ExchangeError } from "../../../src/core/exchange/errors";
import { profileOrProblems } from "../../../src/core/workbook/profile-problems";
import { untranslated } from "../../support/untranslated";
import { computeResult } from "../../../src/taskpane/use-pane";
import { untranslatedIn } from "../../support/pseudo-dom";
import { fullAnswers } from "./answers";
import { FakePort } from "./fake-port";
import { renderApp } from "./helpers";

const LAZY_VIEW_MS = 20_000;

/** The assessment typed into the New form. */
const FIXTURE = {
  title: "Facilities 2026",
  us: "Acme",
  them: "CleanCo",
  assessors: "Ann, Bob",
};

/**
 * Respondents, so the Respondents view shows every status (answered with a role, partial, not
 * answered), a side without respondents (typed scores) and the topics; the test adds a closed round.
 */
const allItems = (v: number) => Object.fromEntries(ITEMS.map((it) => [it.id, v]));
const PEOPLE: Respondent[] = [
  { name: "Ana", side: "them", role: "Buyer", answers: allItems(2) },
  { name: "Ben", side: "them", answers: { [ITEMS[0].id]: 5, [ITEMS[1].id]: 5 } },
  { name: "Cleo", side: "them", answers: {} },
];
/** A respondent added by the import (the fake port names it after the file). */
const IMPORTED = "Dana";

/** Item ids: keys a reader refers to, shown as they are. */
const METHOD_DATA = ITEMS.map((i) => i.id);

beforeAll(() => setLanguage(PSEUDO_LOCALE));
afterAll(() => setLanguage("en"));

/** Fails with every untranslated text of the page, named with where it is. */
function expectAllFromCatalogue(allowed: readonly string[]) {
  const findings = untranslatedIn(document.body, [
    ...Object.values(FIXTURE),
    ...METHOD_DATA,
    ...allowed,
  ]);
  expect(findings).toEqual([]);
}

describe("the pane in the pseudo-locale", () => {
  it("shows no text outside the catalogue in the converted views", async () => {
    const t = allPaneTexts();
    // The tags the pane sets at start: the test sets the pseudo-locale itself, as index.tsx would.
    expect(t.shell.tabs.new.startsWith("⟦")).toBe(true);
    const port = new FakePort("preview");
    const { user } = await act(async () => renderApp(port));

    // New (empty form, then the errors of an empty submit).
    expectAllFromCatalogue([]);
    await user.click(screen.getByRole("button", { name: t.newView.create }));
    expect(screen.getByText(t.newView.errors.us)).toBeInTheDocument();
    expectAllFromCatalogue([]);

    await user.type(screen.getByRole("textbox", { name: t.newView.title }), FIXTURE.title);
    await user.type(screen.getByRole("textbox", { name: t.newView.us }), FIXTURE.us);
    await user.type(screen.getByRole("textbox", { name: t.newView.them }), FIXTURE.them);
    await user.type(screen.getByRole("textbox", { name: t.newView.assessors }), FIXTURE.assessors);
    await user.click(screen.getByRole("button", { name: t.newView.create }));

    // Score, before and after a score is chosen.
    await screen.findByRole("heading", { name: t.scoreView.heading }, { timeout: LAZY_VIEW_MS });
    expectAllFromCatalogue([]);

    // Results: computed from a full set of our scores.
    port.read = { us: fullAnswers(1), them: {}, problems: [] };
    await user.click(screen.getByRole("tab", { name: t.shell.tabs.results }));
    await user.click(
      await screen.findByRole("button", { name: t.recommendView.update }, { timeout: LAZY_VIEW_MS })
    );
    await screen.findByRole("heading", { name: t.recommendView.reasonsHeading });
    // The engine's reasons, confidence and margins come from the catalogue (core/texts/render);
    // the result's notes are still the method's English.
    const meta = { ...port.created[0].meta };
    const result = await computeResult(meta, port.read, {
      startDate: todayIso(),
      monthsPerStep: THRESHOLDS.monthsPerStep,
    });
    const engineText = [...result.notes];
    expectAllFromCatalogue(engineText);

    // Roadmap, Their view, Respondents, Principles, Portfolio, About.
    await user.click(screen.getByRole("tab", { name: t.shell.tabs.roadmap }));
    await screen.findByRole("heading", { name: t.roadmapView.heading }, { timeout: LAZY_VIEW_MS });
    // The phases and the review cadence (by its label) are catalogue texts.
    expectAllFromCatalogue([]);
    // Each phase's cadence is the roadmap part's label, a text of its own inside the owner's line
    // (a key there would be accented with the sentence, but not bracketed on its own).
    for (const row of result.roadmap)
      expect(document.body.textContent).toContain(roadmapTexts().reviewCadences[row.reviewCadence]);
    // The dates are written with the catalogue's month names, not as ISO (digits would pass above).
    const dates = result.roadmap.flatMap((row) => [row.start, row.end]);
    for (const iso of dates) {
      expect(readableDate(iso)).toContain("⟦");
      expect(document.body.textContent).toContain(readableDate(iso));
    }
    const cells = screen.getByRole("table", { name: t.roadmapView.table }).textContent ?? "";
    expect(dates.filter((iso) => cells.includes(iso))).toEqual([]);

    await user.click(screen.getByRole("tab", { name: t.shell.tabs.exchange }));
    await screen.findByRole("heading", { name: t.exchangeView.heading }, { timeout: LAZY_VIEW_MS });
    expectAllFromCatalogue([]);

    // Respondents (preview: import, remove and new round are offered), with the results above closed
    // as a round so the trend shows; then an import's notice and the confirmation of a new round.
    // Names and roles are data; the topics are catalogue texts (core/rounds, the dimension by label).
    const rounds = roundsOverview({
      respondents: PEOPLE,
      anonymous: ["them"],
      history: [
        roundRecord({
          date: "2026-01-10",
          itemSetVersion: ITEM_SET_VERSION,
          us: result.profile.us,
          respondents: { us: 1, them: PEOPLE.length },
          recommendation: result.recommendation,
        }),
      ],
      typed: { us: allItems(3), them: {} },
      items: ITEMS,
      date: todayIso(),
    });
    port.withRounds(rounds);
    const r = t.respondentsView;
    await user.click(screen.getByRole("tab", { name: t.shell.tabs.respondents }));
    await screen.findByRole("heading", { name: r.heading }, { timeout: LAZY_VIEW_MS });
    const theirs = await screen.findByRole("table", {
      name: r.respondentsTable(r.sideHeadings.them(FIXTURE.them)),
    });
    // Every respondent has a row (and a status), under the header row.
    expect(within(theirs).getAllByRole("row")).toHaveLength(PEOPLE.length + 1);
    expect(screen.getByRole("table", { name: r.ourTrend })).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: r.removeLabel(PEOPLE[0].name) })).toHaveLength(1);
    expect(rounds.topics.length).toBeGreaterThan(0);
    const roundsData = PEOPLE.flatMap((p) => [p.name, p.role ?? ""]);
    expectAllFromCatalogue(roundsData);

    const file = new File([new Uint8Array([0x50, 0x4b])], `${IMPORTED}.xlsx`);
    await user.upload(screen.getByLabelText(r.fileInput), [file]);
    expect(await screen.findByText(r.imported(1, IMPORTED, ""))).toBeInTheDocument();
    expectAllFromCatalogue(roundsData);

    await user.click(screen.getByRole("button", { name: r.startRound }));
    const confirm = screen.getByRole("group", { name: r.confirmGroup });
    expect(within(confirm).getByRole("button", { name: r.closeRound })).toBeInTheDocument();
    expectAllFromCatalogue(roundsData);

    await user.click(screen.getByRole("tab", { name: t.shell.tabs.principles }));
    await screen.findByRole(
      "heading",
      { name: t.principlesView.heading },
      { timeout: LAZY_VIEW_MS }
    );
    expectAllFromCatalogue([]);

    await user.click(screen.getByRole("tab", { name: t.shell.tabs.portfolio }));
    await screen.findByRole(
      "heading",
      { name: t.portfolioView.heading },
      { timeout: LAZY_VIEW_MS }
    );
    expectAllFromCatalogue([]);

    await user.click(screen.getByRole("tab", { name: t.shell.tabs.about }));
    await screen.findByRole("heading", { name: t.aboutView.heading }, { timeout: LAZY_VIEW_MS });
    expectAllFromCatalogue([]);
  }, 120_000);

  it("shows the core's refusals from the catalogue: an exchange error and read-back problems", async () => {
    const t = allPaneTexts();
    const port = new FakePort("preview");
    const { user } = await act(async () => renderApp(port));
    // The New form, field by field, as in the test above.
    for (const key of ["title", "us", "them", "assessors"] as const)
      await user.type(screen.getByRole("textbox", { name: t.newView[key] }), FIXTURE[key]);
    await user.click(screen.getByRole("button", { name: t.newView.create }));
    await screen.findByRole("heading", { name: t.scoreView.heading }, { timeout: LAZY_VIEW_MS });
    const meta = port.created[0].meta;

    // A file that is no questionnaire, refused by the core's check (every problem it names).
    let refusal: unknown;
    try {
      validateReturned(
        { sheetNames: ["Sheet1"], names: {}, tables: [] },
        { assessmentId: String(meta.assessmentId) }
      );
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(ExchangeError);
    const refused = (refusal as ExchangeError).problems;
    expect(refused.length).toBeGreaterThan(1);
    // Each problem's own words are a catalogue text (the cell reference wraps them in another).
    for (const p of refused) expect(untranslated(p.message)).toEqual([]);
    port.failNext.importAnswers = refusal as ExchangeError;
    await user.click(screen.getByRole("tab", { name: t.shell.tabs.exchange }));
    await screen.findByRole("heading", { name: t.exchangeView.heading }, { timeout: LAZY_VIEW_MS });
    await user.upload(
      screen.getByLabelText(t.exchangeView.fileInput),
      new File([new Uint8Array([0x50, 0x4b])], "returned.xlsx")
    );
    const cells = await screen.findByRole("list", { name: t.shell.cellsToCorrect });
    for (const p of refused) expect(cells).toHaveTextContent(p.message);
    expectAllFromCatalogue([]);

    // Read-back problems: no score on either side, worded by core/workbook.
    const { problems } = profileOrProblems(
      { us: {}, them: {}, weights: {}, problems: [] },
      meta,
      ITEMS
    );
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(untranslated(p.message)).toEqual([]);
    port.read = { us: {}, them: {}, problems };
    await user.click(screen.getByRole("tab", { name: t.shell.tabs.results }));
    await user.click(
      await screen.findByRole("button", { name: t.recommendView.update }, { timeout: LAZY_VIEW_MS })
    );
    const unread = await screen.findByRole("list", { name: t.shell.cellsToCorrect });
    expect(unread).toHaveTextContent(problems[0].message);
    expectAllFromCatalogue([]);
  }, 120_000);
});
