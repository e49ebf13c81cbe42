import { screen, within } from "@testing-library/react";
import { FILE_LIMITS } from "../../../src/core/exchange/names";
import { segmentLabel } from "../../../src/core/texts/method-words";
import {
  NO_SEGMENT,
  PortfolioTableError,
  portfolioRow,
  type PortfolioRow,
} from "../../../src/core/workbook/portfolio";
import type { PickedFile } from "../../../src/taskpane/workbook-port";
import { PORTFOLIO_CASES, caseProfile } from "../../support/portfolio";
import { FakePort } from "./fake-port";
import { renderApp } from "./helpers";
import { modelName } from "../../../src/core/texts/method-words";

function rowOf(file: PickedFile, i: number): PortfolioRow {
  const c = PORTFOLIO_CASES[i];
  return portfolioRow({
    file: file.name,
    meta: {
      title: `Relationship ${c.name}`,
      us: "Northwind",
      them: `Party ${c.name}`,
      perspective: c.perspective,
      date: "2026-03-15",
      assessors: "",
    },
    assessmentId: `CF-TEST-${i}`,
    itemSetVersion: "2026.1",
    profile: caseProfile(c),
  });
}

const xlsx = (name: string, bytes: number[] = [0x50, 0x4b, 3, 4]) =>
  new File([new Uint8Array(bytes)], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });

async function portfolioView(port: FakePort) {
  const app = renderApp(port);
  await app.user.click(screen.getByRole("tab", { name: "Portfolio" }));
  await screen.findByRole("heading", { name: "Portfolio" });
  return app;
}

const input = () => screen.getByLabelText<HTMLInputElement>("Assessment workbooks (.xlsx)");
// Cases that end in different segments and a mismatch, picked from the shared set by their data.
const picks = [
  PORTFOLIO_CASES.findIndex((c) => c.name === "c-strategic"),
  PORTFOLIO_CASES.findIndex((c) => c.name === "c-noncritical-over"),
  PORTFOLIO_CASES.findIndex((c) => c.profitImpact === null),
];

describe("Portfolio view", () => {
  it("hands every picked file's bytes to the port, skips one too large unread, and shows rows and reasons (Excel)", async () => {
    const port = new FakePort("excel");
    port.portfolioResult = (files) => ({
      rows: files.slice(0, picks.length).map((f, i) => rowOf(f, picks[i])),
      skipped: [{ file: "junk.xlsx", reason: "not an .xlsx workbook (it cannot be opened)" }],
      delivered: "workbook",
      written: { mode: "updated", added: 2, updated: 1, kept: 4, rows: 7 },
    });
    const { user } = await portfolioView(port);
    expect(input().multiple).toBe(true);
    const names = picks.map((i) => `${PORTFOLIO_CASES[i].name}.xlsx`);
    const big = new File([new Uint8Array(FILE_LIMITS.maxBytes + 1)], "huge.xlsx");
    await user.upload(input(), [
      ...names.map((n, i) => xlsx(n, [0x50, 0x4b, i])),
      xlsx("junk.xlsx"),
      big,
    ]);

    const report = await screen.findByLabelText("Portfolio report");
    expect(report).toHaveTextContent(
      `${picks.length} relationships read, 2 skipped. CF Portfolio updated: 1 row replaced, 2 added, 4 kept (7 in all).`
    );
    // The huge file never reached the reader; the others did, with their bytes.
    expect(port.portfolioPicks).toHaveLength(1);
    expect(port.portfolioPicks[0].map((f) => f.name)).toEqual([...names, "junk.xlsx"]);
    expect([...port.portfolioPicks[0][1].data]).toEqual([0x50, 0x4b, 1]);

    const table = screen.getByRole("table", { name: "Relationships read" });
    const shown = within(table).getAllByRole("row").slice(1);
    expect(shown).toHaveLength(picks.length);
    picks.forEach((caseIndex, i) => {
      const row = rowOf({ name: names[i], data: new Uint8Array() }, caseIndex);
      const cells = within(shown[i])
        .getAllByRole("cell")
        .map((c) => c.textContent);
      expect(cells[0]).toBe(row.otherParty);
      expect(cells[1]).toBe(row.segment ? segmentLabel(row.segment) : NO_SEGMENT);
      const model = modelName(row.targetModel).replace(/ \(.*$/, "");
      expect(cells[2]).toBe(
        row.mismatch
          ? `${model}Mismatch: the segment usually gets ${modelName(row.mismatch.usual).replace(/ \(.*$/, "")}`
          : model
      );
    });
    // The set holds a mismatch and a relationship without a segment: both are shown as such.
    expect(shown.some((r) => r.textContent?.includes("Mismatch: the segment usually gets"))).toBe(
      true
    );
    expect(shown.some((r) => r.textContent?.includes(NO_SEGMENT))).toBe(true);

    const skipped = within(screen.getByRole("list", { name: "Skipped files" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(skipped).toEqual([
      `huge.xlsx: ${((FILE_LIMITS.maxBytes + 1) / 1024 / 1024).toFixed(1)} MB; allowed: at most ${FILE_LIMITS.maxBytes / 1024 / 1024} MB`,
      "junk.xlsx: not an .xlsx workbook (it cannot be opened)",
    ]);
    expect(screen.getByRole("button", { name: "Choose assessment workbooks" })).toBeEnabled();
  });

  it("downloads the portfolio workbook in the preview", async () => {
    const port = new FakePort("preview");
    port.portfolioResult = (files) => ({
      rows: [rowOf(files[0], picks[0])],
      skipped: [],
      delivered: "download",
      file: { fileName: "CollabFit portfolio 2026-12-02.xlsx", blob: new Blob(["p"]) },
    });
    const clicked: string[] = [];
    URL.createObjectURL = () => "blob:portfolio";
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push(this.download);
    });
    const { user } = await portfolioView(port);
    await user.upload(input(), [xlsx("a.xlsx")]);
    expect(await screen.findByLabelText("Portfolio report")).toHaveTextContent(
      "1 relationship read. The portfolio workbook was downloaded (nothing left this computer)."
    );
    expect(clicked).toEqual(["CollabFit portfolio 2026-12-02.xlsx"]);
    click.mockRestore();
  });

  it("says nothing was written when none could be read, and shows a refusal without losing the view", async () => {
    const port = new FakePort("excel");
    port.portfolioResult = () => ({
      rows: [],
      skipped: [{ file: "q.xlsx", reason: "a questionnaire for the other party" }],
      delivered: "none",
    });
    const { user } = await portfolioView(port);
    await user.upload(input(), [xlsx("q.xlsx")]);
    expect(await screen.findByLabelText("Portfolio report")).toHaveTextContent(
      "No relationship could be read, 1 skipped. Nothing was written."
    );

    port.failNext.buildPortfolio = new PortfolioTableError(
      "The CF_Portfolio table's columns are not the ones CollabFit writes"
    );
    await user.upload(input(), [xlsx("a.xlsx")]);
    expect(await screen.findByText("The portfolio was not written")).toBeInTheDocument();
    expect(screen.getByText(/columns are not the ones CollabFit writes/)).toBeInTheDocument();
    expect(screen.queryByLabelText("Portfolio report")).toBeNull();
    expect(screen.getByRole("button", { name: "Choose assessment workbooks" })).toBeEnabled();
  });
});
