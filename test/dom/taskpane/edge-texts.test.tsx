/**
 * Texts of the pane's edges in the pseudo-locale: the spinner of a view still loading, and the
 * Their view's skipped answers, which name the questionnaire's column by its label (not its key).
 */
import { render, screen, within } from "@testing-library/react";
import { perceptionSummary, workshopTopics } from "../../../src/core/exchange";
import { ITEMS, ProfileError } from "../../../src/core/method";
import { profileProblemText } from "../../../src/core/texts/profile-problem";
import { toPaneMessage, toPaneMessageWorded } from "../../../src/taskpane/errors";
import { untranslated } from "../../support/untranslated";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { paneTexts } from "../../../src/core/texts/parts/pane";
import { paneExchangeTexts } from "../../../src/core/texts/parts/pane-exchange";
import { lazyView } from "../../../src/taskpane/lazy-view";
import { WORKSHOP_TOPIC_LIMIT } from "../../../src/taskpane/use-pane";
import { ExchangeView } from "../../../src/taskpane/views/ExchangeView";
import { untranslatedIn } from "../../support/pseudo-dom";
import { fullAnswers } from "./answers";

beforeAll(() => setLanguage(PSEUDO_LOCALE));
afterAll(() => setLanguage("en"));

it("a view still loading says so in catalogue words", () => {
  // A view whose code never arrives: its spinner stays.
  const Never = lazyView<object>(() => new Promise(() => undefined));
  render(<Never />);
  expect(screen.getByText(paneTexts().shell.loadingView)).toBeInTheDocument();
  expect(paneTexts().shell.loadingView).toMatch(/^⟦.*⟧$/);
  expect(untranslatedIn(document.body, [])).toEqual([]);
});

it("a skipped answer names its column by the catalogue's label", () => {
  const us = fullAnswers(1);
  const them = fullAnswers(4);
  const summary = perceptionSummary({ us, them }, "supplier");
  const sheet = "Answers";
  const reason = "refused";
  const skipped = (["score", "notes"] as const).map((column, i) => ({
    itemId: ITEMS[i].id,
    sheet,
    cell: `G${5 + i}`,
    column,
    value: "=1+1",
    reason,
  }));
  render(
    <ExchangeView
      them="CleanCo"
      busy={false}
      mode="excel"
      questionnaireId={null}
      exchange={{
        fileName: "returned.xlsx",
        report: { assessmentId: "CF-1111-2222-3333-4444", imported: [], skipped },
        summary,
        topics: workshopTopics(summary, WORKSHOP_TOPIC_LIMIT),
      }}
      onPrepare={() => Promise.resolve()}
      onImport={() => Promise.resolve()}
    />
  );
  const t = paneExchangeTexts();
  const rows = within(screen.getByRole("list", { name: t.skippedList })).getAllByRole("listitem");
  expect(rows.map((li) => li.textContent)).toEqual(
    skipped.map(
      (s) => `${s.sheet}!${s.cell} ${t.skipped(s.itemId, t.answerColumns[s.column], s.reason)}`
    )
  );
  // The item ids, the cells and the reason are data here; the column is not.
  const data = ["CleanCo", sheet, reason, ...skipped.flatMap((s) => [s.itemId, s.cell])];
  const findings = untranslatedIn(screen.getByRole("list", { name: t.skippedList }), data);
  expect(findings).toEqual([]);
  for (const li of rows) expect(li.textContent).not.toMatch(/\b(score|notes)\b/);
});

it("scores that make no profile (a ProfileError) are worded in catalogue words, with the problem", async () => {
  const error = new ProfileError({ code: "outsideScale", value: 7 }, "us.trust");
  const during = paneTexts().during.readingScores;
  const shown = await toPaneMessageWorded(error, during);
  expect(shown.message).toBe(profileProblemText(error));
  for (const text of [shown.title, shown.message, shown.action])
    expect({ text, outside: untranslated(text) }).toEqual({ text, outside: [] });
  // Without the wording, the message is the method's code: the check can tell.
  expect(untranslated(toPaneMessage(error, during).message)).not.toEqual([]);
  // Any other error is worded as before.
  const other = new Error("workbook busy");
  expect(await toPaneMessageWorded(other, during)).toEqual(toPaneMessage(other, during));
});
