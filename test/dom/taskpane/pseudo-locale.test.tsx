/**
 * The pane in the pseudo-locale: every text a view shows (text nodes, aria-labels, titles,
 * placeholders) must come from the catalogue, i.e. be between ⟦ ⟧. Only data may stay as typed:
 * the fixture's names, and the method's own content (questions, principles, models, the engine's
 * sentences), which is not in the catalogue yet (listed below from the method, not as literals).
 */
import { act, screen } from "@testing-library/react";
import {
  DIMENSIONS,
  ITEMS,
  MODELS,
  PRINCIPLES,
  STEPS,
  THRESHOLDS,
  todayIso,
} from "../../../src/core/method";
import { PSEUDO_LOCALE, setLanguage, texts } from "../../../src/core/texts";
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

/** The method's content: data of the method, shown as written until it moves into the catalogue. */
const METHOD_DATA = [
  ...ITEMS.flatMap((i) => [i.id, i.question, i.anchors[1], i.anchors[3], i.anchors[5]]),
  ...PRINCIPLES.flatMap((p) => [p.theme, p.observation, p.guidance]),
  ...STEPS.flatMap((s) => [s.title, s.summary]),
  ...MODELS.flatMap((m) => [m.name, m.looksLike]),
  ...DIMENSIONS.map((d) => d.label),
];

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
    const t = texts().pane;
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
    // the result's notes and the roadmap's phases are still the method's English.
    const meta = { ...port.created[0].meta };
    const result = await computeResult(meta, port.read, {
      startDate: todayIso(),
      monthsPerStep: THRESHOLDS.monthsPerStep,
    });
    const engineText = [...result.notes];
    expectAllFromCatalogue(engineText);

    // Roadmap, Their view, Principles, Portfolio, About. (Respondents is not converted yet.)
    await user.click(screen.getByRole("tab", { name: t.shell.tabs.roadmap }));
    await screen.findByRole("heading", { name: t.roadmapView.heading }, { timeout: LAZY_VIEW_MS });
    const phases = result.roadmap.flatMap((r) => [r.phase, r.reviewCadence]);
    expectAllFromCatalogue(phases);

    await user.click(screen.getByRole("tab", { name: t.shell.tabs.exchange }));
    await screen.findByRole("heading", { name: t.exchangeView.heading }, { timeout: LAZY_VIEW_MS });
    expectAllFromCatalogue([]);

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
});
