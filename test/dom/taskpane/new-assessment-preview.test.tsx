/**
 * In its own file on purpose: jsdom keeps Fluent's focus-trap (tabster) state for the whole file, and
 * a dialog opened after other dialogs in the same window can be left marked aria-hidden there.
 * Chromium does not do this (the browser suite checks the dialog for real).
 */
import { screen, waitFor, within } from "@testing-library/react";
import { FakePort } from "./fake-port";
import { fillNewForm, renderApp } from "./helpers";

describe("New assessment view in preview", () => {
  it("in preview, saves the current assessment as a download before starting another", async () => {
    const port = new FakePort("preview");
    const { user } = renderApp(port);
    await fillNewForm(user, screen);
    await user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
    await screen.findByRole("heading", { name: "Score the relationship" });
    port.existing = ["CF Cover"];
    const saved: string[] = [];
    URL.createObjectURL = () => "blob:fake";
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      saved.push(this.download);
    });
    try {
      await user.click(screen.getByRole("tab", { name: "New" }));
      await user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
      const dialog = await screen.findByRole("dialog");
      await user.click(within(dialog).getByRole("button", { name: /new workbook/i }));
      await waitFor(() => expect(port.created).toHaveLength(2));
      expect(saved).toEqual(["x.xlsx"]);
    } finally {
      click.mockRestore();
    }
  });
});
