import "./jsdom-shims";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App, type ViewId } from "../../../src/taskpane/App";
import { FakePort } from "./fake-port";

export function renderApp(
  port: FakePort,
  options: { initialView?: ViewId; unsupported?: string } = {}
) {
  const user = userEvent.setup();
  const utils = render(
    <App
      port={port}
      theme="light"
      initialView={options.initialView}
      unsupported={options.unsupported}
    />
  );
  return { user, ...utils };
}

/** Fills and submits the New assessment form. */
export async function fillNewForm(
  user: ReturnType<typeof userEvent.setup>,
  screen: typeof import("@testing-library/react").screen
) {
  await user.type(screen.getByRole("textbox", { name: /relationship title/i }), "Facilities 2026");
  await user.type(screen.getByRole("textbox", { name: /our organisation/i }), "Acme");
  await user.type(screen.getByRole("textbox", { name: /other party/i }), "CleanCo");
  await user.click(screen.getByRole("radio", { name: /we are the supplier/i }));
  await user.type(screen.getByRole("textbox", { name: /assessors/i }), "Ann, Bob");
}

/** Renders the pane, fills the New form and creates the sheets: the pane then shows the Score view. */
export async function createdApp(kind: "excel" | "preview") {
  const port = new FakePort(kind);
  const utils = renderApp(port);
  await fillNewForm(utils.user, screen);
  await utils.user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
  await screen.findByRole("heading", { name: "Score the relationship" });
  return { port, ...utils };
}

/** The workshop topics the Their view lists, in order. */
export function shownTopics(): (string | null)[] {
  const topics = screen.getByRole("list", { name: "Workshop topics" });
  return within(topics)
    .getAllByRole("listitem")
    .map((li) => li.textContent);
}
