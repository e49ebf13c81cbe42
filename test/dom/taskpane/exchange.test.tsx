import { screen, waitFor, within } from "@testing-library/react";
import {
  ExchangeError,
  ExchangeFileError,
  isAssessmentId,
  perceptionSummary,
  workshopTopics,
} from "../../../src/core/exchange";
import { ITEMS } from "../../../src/core/method";
import { WORKSHOP_TOPIC_LIMIT, readBytes } from "../../../src/taskpane/use-pane";
import { fullAnswers } from "./answers";
import { FakePort } from "./fake-port";
import { createdApp as createdAppOnScore, renderApp, shownTopics } from "./helpers";

async function createdApp(kind: "excel" | "preview") {
  const app = await createdAppOnScore(kind);
  await app.user.click(screen.getByRole("tab", { name: "Their view" }));
  return app;
}

const xlsx = (name = "Questionnaire CleanCo.xlsx", bytes = [0x50, 0x4b, 3, 4, 9]) =>
  new File([new Uint8Array(bytes)], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });

function fileInput(): HTMLInputElement {
  return screen.getByLabelText("Returned questionnaire (.xlsx)");
}

describe("Their view (two-party exchange)", () => {
  it("is not available before the sheets exist", async () => {
    const { user } = renderApp(new FakePort("excel"));
    await user.click(screen.getByRole("tab", { name: "Their view" }));
    expect(screen.getByRole("button", { name: /Prepare questionnaire/ })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Import their answers" })).toBeDisabled();
    expect(screen.getByText(/Create the assessment sheets first/)).toBeInTheDocument();
  });

  it("stores a fresh assessment id on the cover when creating", async () => {
    const { port, unmount } = await createdApp("excel");
    const id = port.created[0].meta.assessmentId;
    expect(isAssessmentId(id)).toBe(true);
    unmount();
    // Two assessments never share an id.
    const other = await createdApp("excel");
    expect(other.port.created[0].meta.assessmentId).not.toBe(id);
  });

  it("opens the questionnaire in Excel and shows its reference", async () => {
    const { port, user } = await createdApp("excel");
    await user.click(screen.getByRole("button", { name: "Prepare questionnaire for CleanCo" }));
    const id = port.created[0].meta.assessmentId as string;
    expect(
      await screen.findByText(new RegExp(`opened as a new workbook.*${id}`))
    ).toBeInTheDocument();
    expect(port.prepared).toBe(1);
    expect(screen.getByText(id, { selector: "span span" })).toBeInTheDocument();
  });

  it("shares our evidence only when the analyst ticks the box", async () => {
    const { port, user } = await createdApp("excel");
    const prepare = screen.getByRole("button", { name: "Prepare questionnaire for CleanCo" });
    const box = screen.getByRole("checkbox", { name: /Share our evidence/ });
    expect(box).not.toBeChecked();
    await user.click(prepare);
    await waitFor(() => expect(port.prepared).toBe(1));
    await user.click(box);
    await user.click(prepare);
    await waitFor(() => expect(port.prepared).toBe(2));
    expect(port.preparedOpts).toEqual([{ shareEvidence: false }, { shareEvidence: true }]);
  });

  it("downloads the questionnaire in preview", async () => {
    const { port, user } = await createdApp("preview");
    const urls: Blob[] = [];
    const clicked: string[] = [];
    URL.createObjectURL = (blob: Blob) => {
      urls.push(blob);
      return "blob:questionnaire";
    };
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push(this.download);
    });
    await user.click(screen.getByRole("button", { name: "Prepare questionnaire for CleanCo" }));
    await screen.findByText(/downloaded as "Questionnaire CleanCo.xlsx"/);
    expect(port.prepared).toBe(1);
    expect(clicked).toEqual(["Questionnaire CleanCo.xlsx"]);
    expect([...(await readBytes(urls[0]))]).toEqual([..."q"].map((c) => c.charCodeAt(0)));
    click.mockRestore();
  });

  it("imports the picked file and shows the report and the workshop topics", async () => {
    const { port, user } = await createdApp("excel");
    const us = fullAnswers(1);
    const them = fullAnswers(4);
    port.importResult = {
      report: {
        assessmentId: "CF-1111-2222-3333-4444",
        imported: ITEMS.slice(2).map((item, i) => ({
          itemId: item.id,
          sheet: "Your answers",
          cell: `G${7 + i}`,
          score: them[item.id] as number,
        })),
        skipped: [
          {
            itemId: ITEMS[0].id,
            sheet: "Your answers",
            cell: "G5",
            column: "score",
            value: "=1+1",
            reason: "a formula is never imported as a score",
          },
          {
            itemId: ITEMS[1].id,
            sheet: "Your answers",
            cell: "G6",
            column: "score",
            reason: "not answered",
          },
        ],
      },
      read: { us, them, problems: [] },
    };
    await user.upload(fileInput(), xlsx());
    await screen.findByText(/Imported \d+ answers from CleanCo/);
    expect(port.imported).toHaveLength(1);
    expect(port.imported[0].name).toBe("Questionnaire CleanCo.xlsx");
    expect([...port.imported[0].data]).toEqual([0x50, 0x4b, 3, 4, 9]);

    const report = screen.getByLabelText("Import report");
    expect(within(report).getByText(`${ITEMS.length - 2} answers imported`)).toBeInTheDocument();
    expect(report).toHaveTextContent("1 skipped, 1 not answered");
    expect(report).toHaveTextContent(`Not answered: ${ITEMS[1].id}.`);
    const skipped = screen.getByRole("list", { name: "Skipped answers" });
    const rows = within(skipped).getAllByRole("listitem");
    expect(rows.map((li) => li.textContent)).toEqual([
      `Your answers!G5 (${ITEMS[0].id}, score): a formula is never imported as a score`,
    ]);

    const expected = workshopTopics(
      perceptionSummary({ us, them }, "supplier"),
      WORKSHOP_TOPIC_LIMIT
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(shownTopics()).toEqual(expected);
  });

  it("says so when the two views agree", async () => {
    const { port, user } = await createdApp("preview");
    const same = fullAnswers(2);
    // The same story from their side: a mirrored question is answered as we answered its partner.
    const theirs = Object.fromEntries(
      ITEMS.map((it) => [it.id, same[it.compare.kind === "mirror" ? it.compare.partner : it.id]])
    );
    port.importResult = {
      report: { assessmentId: "CF-1111-2222-3333-4444", imported: [], skipped: [] },
      read: { us: same, them: theirs, problems: [] },
    };
    await user.upload(fileInput(), xlsx());
    expect(await screen.findByText(/No big differences/)).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Workshop topics" })).toBeNull();
  });

  it("shows a refused file's cells, and no report", async () => {
    const { port, user } = await createdApp("excel");
    port.failNext.importAnswers = new ExchangeError([
      { sheet: "How to answer", cell: "B16", message: "belongs to another assessment" },
      { sheet: "Your answers", cell: "A9", message: "item TRU-2 appears twice" },
    ]);
    await user.upload(fileInput(), xlsx());
    expect(await screen.findByText(/The file was refused/)).toBeInTheDocument();
    const cells = screen.getByRole("list", { name: "Cells to correct" });
    expect(cells).toHaveTextContent("How to answer!B16: belongs to another assessment");
    expect(cells).toHaveTextContent("Your answers!A9: item TRU-2 appears twice");
    expect(screen.getByText(/Nothing in the assessment was changed/)).toBeInTheDocument();
    expect(screen.queryByLabelText("Import report")).toBeNull();
    // The same file may be picked again once fixed: the input was cleared.
    expect(fileInput().value).toBe("");
    port.importResult = {
      report: { assessmentId: "CF-1111-2222-3333-4444", imported: [], skipped: [] },
      read: { us: {}, them: {}, problems: [] },
    };
    await user.upload(fileInput(), xlsx());
    await waitFor(() => expect(port.imported).toHaveLength(2));
    expect(await screen.findByLabelText("Import report")).toBeInTheDocument();
  });

  it("explains a file that is not a questionnaire at all", async () => {
    const { port, user } = await createdApp("preview");
    port.failNext.importAnswers = new ExchangeFileError(
      "the returned questionnaire is not an .xlsx workbook (it is not a zip file); allowed: an .xlsx workbook"
    );
    await user.upload(fileInput(), xlsx("notes.xlsx", [1, 2, 3]));
    expect(
      await screen.findByText(/The returned questionnaire is not an \.xlsx workbook/)
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Import their answers" })).toBeEnabled();
  });
});
