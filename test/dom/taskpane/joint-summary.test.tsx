/**
 * The Results view's "Prepare joint summary" (issue 14): it hands the port exactly the results the
 * pane shows (the port builds the file with core/workbook/joint-summary.ts, whose privacy the CLI
 * scan and the pane-path scan in test/unit/taskpane/joint-summary-port.test.ts check), opens it in
 * Excel or downloads it in the preview, and is not offered before there are results.
 */
import { screen } from "@testing-library/react";
import { fullAnswers } from "./answers";
import { createdApp } from "./helpers";

async function withResults(kind: "excel" | "preview") {
  const app = await createdApp(kind);
  app.port.read = { us: fullAnswers(4), them: fullAnswers(3), problems: [] };
  await app.user.click(screen.getByRole("tab", { name: "Results" }));
  expect(screen.queryByRole("button", { name: "Prepare joint summary" })).toBeNull();
  await app.user.click(screen.getByRole("button", { name: "Update results" }));
  await screen.findByText("Results and Roadmap updated.");
  return app;
}

describe("Results view: Prepare joint summary", () => {
  it("opens the joint summary in Excel from the results shown", async () => {
    const { port, user } = await withResults("excel");
    await user.click(screen.getByRole("button", { name: "Prepare joint summary" }));
    await screen.findByText(/joint summary for CleanCo opened as a new workbook/);
    expect(port.joint).toHaveLength(1);
    // The same recommendation, roadmap and scores that were written to Results.
    expect(port.joint[0]).toEqual(port.written[0]);
  });

  it("downloads it in the preview", async () => {
    const { port, user } = await withResults("preview");
    const clicked: string[] = [];
    URL.createObjectURL = () => "blob:joint";
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push(this.download);
    });
    await user.click(screen.getByRole("button", { name: "Prepare joint summary" }));
    await screen.findByText(/downloaded as "joint-summary.xlsx"/);
    expect(port.joint).toHaveLength(1);
    expect(clicked).toEqual(["joint-summary.xlsx"]);
    click.mockRestore();
  });
});
