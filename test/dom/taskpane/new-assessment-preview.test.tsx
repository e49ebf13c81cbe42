/**
 * jsdom quirk: once the pane has shown another view, Fluent's focus trap (tabster) leaves a dialog
 * opened later marked aria-hidden in jsdom, so the queries below include hidden elements. Real
 * Chromium does not do this: the browser suite opens the same dialog after visiting other tabs and
 * finds it by its accessible role.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { createdApp } from "./helpers";

describe("New assessment view in preview", () => {
  it("in preview, saves the current assessment as a download before starting another", async () => {
    const { port, user } = await createdApp("preview");
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
      const dialog = await screen.findByRole("dialog", { hidden: true });
      await user.click(within(dialog).getByRole("button", { name: /new workbook/i, hidden: true }));
      await waitFor(() => expect(port.created).toHaveLength(2));
      expect(saved).toEqual(["x.xlsx"]);
    } finally {
      click.mockRestore();
    }
  });
});
