/** How the pane behaves across tabs and actions: nothing typed is lost, focus and messages stay right. */
import { screen, waitFor, within } from "@testing-library/react";
import { perceptionSummary, workshopTopics } from "../../../src/core/exchange";
import { ITEMS, ProfileError } from "../../../src/core/method";
import { profileProblemText } from "../../../src/core/texts/profile-problem";
import { problemsTexts } from "../../../src/core/texts/parts/problems";
import { WORKSHOP_TOPIC_LIMIT } from "../../../src/taskpane/use-pane";
import { fullAnswers } from "./answers";
import { FakePort } from "./fake-port";
import { createdApp, fillNewForm, renderApp, shownTopics } from "./helpers";

describe("pane flow across tabs and actions", () => {
  it("keeps the New form's entries when the analyst visits another tab and comes back", async () => {
    const port = new FakePort("excel");
    const { user } = renderApp(port);
    await fillNewForm(user, screen);
    await user.click(screen.getByRole("tab", { name: "Principles" }));
    await user.click(screen.getByRole("tab", { name: "New" }));
    expect(screen.getByRole("textbox", { name: /relationship title/i })).toHaveValue(
      "Facilities 2026"
    );
    expect(screen.getByRole("textbox", { name: /other party/i })).toHaveValue("CleanCo");
    expect(screen.getByRole("radio", { name: /we are the supplier/i })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
    await waitFor(() => expect(port.created).toHaveLength(1));
    expect(port.created[0].meta).toMatchObject({ title: "Facilities 2026", us: "Acme" });
  });

  it("keeps the roadmap settings typed before visiting another tab", async () => {
    const { port, user } = await createdApp("excel");
    port.read = { us: fullAnswers(1), them: {}, problems: [] };
    await user.click(screen.getByRole("tab", { name: "Results" }));
    await user.click(screen.getByRole("button", { name: "Update results" }));
    await screen.findByText("Results and Roadmap updated.");
    await user.click(screen.getByRole("tab", { name: "Roadmap" }));
    const months = screen.getByRole("spinbutton", { name: "Months per step" });
    await user.clear(months);
    await user.type(months, "7");
    await user.click(screen.getByRole("tab", { name: "About" }));
    await user.click(screen.getByRole("tab", { name: "Roadmap" }));
    expect(screen.getByRole("spinbutton", { name: "Months per step" })).toHaveValue(7);
  });

  it("words scores that make no profile (a ProfileError) by the problem, not by its code", async () => {
    const { port, user } = await createdApp("excel");
    port.read = { us: fullAnswers(1), them: {}, problems: [] };
    const error = new ProfileError({ code: "outsideScale", value: 7 }, "us.trust");
    port.failNext.writeResults = error;
    await user.click(screen.getByRole("tab", { name: "Results" }));
    await user.click(screen.getByRole("button", { name: "Update results" }));
    // The message bar: the problem, then what to do.
    const bar = await screen.findByText(problemsTexts().profileInput.paneAction, { exact: false });
    expect(bar).toHaveTextContent(
      `${profileProblemText(error)} ${problemsTexts().profileInput.paneAction}`
    );
    expect(profileProblemText(error)).toMatch(/^us\.trust is 7, outside the scale; allowed: /);
    // The error's own message is its code: the pane no longer shows it.
    expect(document.body.textContent).not.toContain(error.message);
  });

  it("clears an earlier error once a later action succeeds", async () => {
    const port = new FakePort("excel");
    port.failNext.existingSheets = new Error("workbook busy");
    const { user } = renderApp(port);
    await fillNewForm(user, screen);
    await user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
    expect(await screen.findByText(/workbook busy/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
    await screen.findByText("Assessment sheets created.");
    expect(screen.queryByText(/workbook busy/)).not.toBeInTheDocument();
  });

  it("moves focus to the Score view's heading after creating the sheets", async () => {
    await createdApp("excel");
    await waitFor(() =>
      expect(screen.getByRole("heading", { name: "Score the relationship" })).toHaveFocus()
    );
  });

  it("marks shown results as out of date when a score changes, until they are updated", async () => {
    const { port, user } = await createdApp("preview");
    port.read = { us: fullAnswers(1), them: {}, problems: [] };
    await user.click(screen.getByRole("tab", { name: "Results" }));
    await user.click(screen.getByRole("button", { name: "Update results" }));
    await screen.findByText("Results and Roadmap updated.");
    expect(screen.queryByText(/scores have changed/i)).not.toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Score" }));
    const group = screen.getByRole("group", { name: new RegExp(ITEMS[0].id) });
    const select = within(group).getByRole("combobox", { name: "Our side" });
    // fullAnswers(1) gives the first item a 2.
    await user.selectOptions(select, "5");
    await user.click(screen.getByRole("tab", { name: "Results" }));
    expect(screen.getByText(/scores have changed/i)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Update results" }));
    await screen.findByText("Results and Roadmap updated.");
    expect(port.written).toHaveLength(2);
    expect(screen.queryByText(/scores have changed/i)).not.toBeInTheDocument();
  });

  it("recomputes the perception gaps when our scores change after an import", async () => {
    const { port, user } = await createdApp("preview");
    const us = fullAnswers(1);
    const them = fullAnswers(4);
    port.read = { us, them: {}, problems: [] };
    port.importResult = {
      report: { assessmentId: "CF-1111-2222-3333-4444", imported: [], skipped: [] },
      read: { us, them, problems: [] },
    };
    await user.click(screen.getByRole("tab", { name: "Their view" }));
    await user.upload(
      screen.getByLabelText("Returned questionnaire (.xlsx)"),
      new File([new Uint8Array([0x50, 0x4b])], "Questionnaire CleanCo.xlsx")
    );
    await screen.findByText(/Imported \d+ answers from CleanCo/);
    // Our side now agrees with theirs on the first item.
    const first = ITEMS[0];
    await user.click(screen.getByRole("tab", { name: "Score" }));
    const group = screen.getByRole("group", { name: new RegExp(first.id) });
    await user.selectOptions(
      within(group).getByRole("combobox", { name: "Our side" }),
      String(them[first.id])
    );
    await user.click(screen.getByRole("tab", { name: "Their view" }));
    const expected = workshopTopics(
      perceptionSummary({ us: { ...us, [first.id]: them[first.id] }, them }, "supplier"),
      WORKSHOP_TOPIC_LIMIT
    );
    expect(shownTopics()).toEqual(expected);
  });
});
