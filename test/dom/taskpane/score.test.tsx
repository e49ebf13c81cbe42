import { screen, waitFor, within } from "@testing-library/react";
import { ITEMS, dimensionByKey, principleById, type ItemAnswers } from "../../../src/core/method";
import { dimensionComparison, formatDimensionScore } from "../../../src/taskpane/pane-model";
import { createdApp } from "./helpers";
import { dimensionLabel, principleWords } from "../../../src/core/texts/method-words";
import { itemQuestion } from "../../../src/core/texts/question-words";

const s1 = ITEMS.filter((i) => dimensionByKey(i.dimension).step === "S1");

describe("Score view", () => {
  it("in preview, a chosen score updates progress and the missing dimensions", async () => {
    const { port, user } = await createdApp("preview");
    expect(screen.getByText(`Our side: 0 of ${s1.length} answered`)).toBeInTheDocument();
    expect(screen.getByText("Our side: no dimension scored yet.")).toBeInTheDocument();
    const first = s1[0];
    const group = screen.getByRole("group", { name: new RegExp(first.id) });
    await user.selectOptions(within(group).getByRole("combobox", { name: "Our side" }), "4");
    expect(port.read.us[first.id]).toBe(4);
    expect(screen.getByText(`Our side: 1 of ${s1.length} answered`)).toBeInTheDocument();
    const label = dimensionLabel(first.dimension);
    const missingLine = screen.getByText(/^Our side: missing/);
    expect(missingLine.textContent).not.toContain(label);
    // N/A (blank) takes the answer back out.
    await user.selectOptions(within(group).getByRole("combobox", { name: "Our side" }), "");
    expect(port.read.us[first.id]).toBeNull();
    expect(screen.getByText(`Our side: 0 of ${s1.length} answered`)).toBeInTheDocument();
  });

  it("jumps to the next unanswered item and explains its principle", async () => {
    const { port, user } = await createdApp("preview");
    await port.setScore?.(ITEMS[0].id, "us", 3);
    // Re-render with the first item answered through the form itself.
    const group = screen.getByRole("group", { name: new RegExp(ITEMS[0].id) });
    await user.selectOptions(within(group).getByRole("combobox", { name: "Our side" }), "3");
    await user.click(screen.getByRole("button", { name: "Next unanswered item" }));
    const next = ITEMS[1];
    const card = screen.getByLabelText("Current item");
    expect(within(card).getByText(itemQuestion(next))).toBeInTheDocument();
    const principle = principleById(dimensionByKey(next.dimension).principle);
    expect(within(card).getByText(principleWords(principle.id).guidance)).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement?.id).toBe(`score-us-${next.id}`));
  });

  it("in Excel, reads scores from the sheets and selects the next unanswered cell", async () => {
    const { port, user } = await createdApp("excel");
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();
    port.read = { us: { [ITEMS[0].id]: 5 }, them: {}, problems: [] };
    await user.click(screen.getByRole("button", { name: "Read scores from sheets" }));
    expect(await screen.findByText(`Our side: 1 of ${s1.length} answered`)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Next unanswered item" }));
    await waitFor(() => expect(port.selected).toEqual([{ itemId: ITEMS[1].id, side: "us" }]));
  });

  it("shows each dimension as the Scores sheet does: ours, theirs in our frame, their difference", async () => {
    const { port, user } = await createdApp("excel");
    // We depend on them heavily and they agree (their "they depend on us" items say so).
    const us: ItemAnswers = Object.fromEntries(ITEMS.map((it) => [it.id, 3]));
    const them: ItemAnswers = { ...us };
    for (const it of ITEMS.filter((i) => i.dimension === "ourDependence")) {
      us[it.id] = it.reverse ? 1 : 5;
      if (it.compare.kind === "mirror") them[it.compare.partner] = it.reverse ? 1 : 5;
    }
    port.read = { us, them, problems: [] };
    await user.click(screen.getByRole("button", { name: "Read scores from sheets" }));
    const table = await screen.findByRole("table", { name: "Dimension scores" });
    const expected = dimensionComparison(port.read);
    for (const row of expected) {
      const cells = within(within(table).getByText(row.label).closest("tr")!).getAllByRole("cell");
      expect(cells.map((c) => c.textContent)).toEqual([
        row.label,
        formatDimensionScore(row.us),
        formatDimensionScore(row.them),
        formatDimensionScore(row.gap),
      ]);
    }
    const dep = expected.find((r) => r.key === "ourDependence")!;
    expect([dep.us, dep.them, dep.gap]).toEqual([5, 5, 0]);
  });

  it("lists every unreadable cell with sheet and address", async () => {
    const { port, user } = await createdApp("excel");
    port.read = {
      us: {},
      them: {},
      problems: [
        {
          sheet: "CF S1 Interests",
          cell: "J6",
          value: "high",
          message: "“high” is not a score; allowed: 1-5, N/A or blank",
        },
        { sheet: "CF S2 Drivers", cell: "K9", value: 7, message: "7 is outside 1-5" },
      ],
    };
    await user.click(screen.getByRole("button", { name: "Read scores from sheets" }));
    const list = await screen.findByRole("list", { name: "Cells to correct" });
    expect(within(list).getByText(/CF S1 Interests!J6: “high” is not a score/)).toBeInTheDocument();
    expect(within(list).getByText(/CF S2 Drivers!K9: 7 is outside 1-5/)).toBeInTheDocument();
    expect(screen.getByText(/Correct the cells listed below/)).toBeInTheDocument();
  });

  it("reports a failed read without losing the view", async () => {
    const { port, user } = await createdApp("excel");
    port.failNext.readScores = Object.assign(new Error("Table CF_Items_S1 not found"), {
      code: "ItemNotFound",
    });
    await user.click(screen.getByRole("button", { name: "Read scores from sheets" }));
    expect(
      await screen.findByText(/ItemNotFound: Table CF_Items_S1 not found/)
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Score the relationship" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Read scores from sheets" })).toBeEnabled();
  });
});
