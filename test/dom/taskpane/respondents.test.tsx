/** The Respondents view (issue 13): respondents with status, several files at once, remove, rounds, trend. */
import { screen, waitFor, within } from "@testing-library/react";
import { DIMENSION_KEYS, ITEMS } from "../../../src/core/method";
import { roundsOverview, type RoundsOverview } from "../../../src/core/rounds/overview";
import type { RoundRecord } from "../../../src/core/rounds/history";
import { RoundCloseError } from "../../../src/core/rounds/close";
import type { Respondent } from "../../../src/core/rounds/respondents";
import { dimensionLabel } from "../../../src/taskpane/pane-model";
import { createdApp, renderApp } from "./helpers";
import { FakePort } from "./fake-port";

const all = (v: number) => Object.fromEntries(ITEMS.map((it) => [it.id, v]));
const ANA: Respondent = { name: "Ana", side: "them", role: "Buyer", answers: all(2) };
// Ben answered only the first half: partial.
const half = Math.floor(ITEMS.length / 2);
const BEN: Respondent = {
  name: "Ben",
  side: "them",
  answers: Object.fromEntries(ITEMS.slice(0, half).map((it) => [it.id, 5])),
};
const DANA: Respondent = { name: "Dana", side: "us", answers: all(4) };

const scores = (v: number) =>
  Object.fromEntries(DIMENSION_KEYS.map((k) => [k, v])) as RoundRecord["us"];
const ROUND1: RoundRecord = {
  date: "2026-01-10",
  itemSetVersion: "x",
  us: scores(3),
  them: scores(1.5),
  respondents: { us: 1, them: 2 },
  targetModel: "cooperative",
  startModel: "transactional",
  trustGap: 1,
  powerRegime: "balanced",
};

function overview(people: Respondent[], history: RoundRecord[] = []): RoundsOverview {
  return roundsOverview({
    respondents: people,
    anonymous: ["them"],
    history,
    typed: { us: {}, them: {} },
    items: ITEMS,
    date: "2026-06-01",
  });
}

async function onRespondents(kind: "excel" | "preview", o: RoundsOverview, next = {}) {
  const app = await createdApp(kind);
  app.port.withRounds(o, next);
  await app.user.click(screen.getByRole("tab", { name: "Respondents" }));
  await screen.findByRole("heading", { name: "Respondents and rounds" });
  return app;
}

describe("Respondents view", () => {
  it("lists the respondents per side with their status (answered, partial: n of m)", async () => {
    await onRespondents("preview", overview([ANA, BEN, DANA]));
    const theirs = await screen.findByRole("table", { name: /Respondents, Their side/ });
    const rows = within(theirs)
      .getAllByRole("row")
      .slice(1)
      .map((r) => r.textContent);
    expect(rows[0]).toMatch(/Ana, Buyer.*answered/);
    expect(rows[1]).toMatch(new RegExp(`Ben.*partial: ${half} of ${ITEMS.length}`));
    const ours = screen.getByRole("table", { name: /Respondents, Our side/ });
    expect(within(ours).getByText("Dana")).toBeInTheDocument();
    // Ana 2 and Ben 5 on the first half: their team disagrees, without names (anonymous side).
    const topics = screen.getByRole("list", { name: "Disagreement inside a side" });
    expect(topics.textContent).toMatch(/their team disagrees/);
    expect(topics.textContent).not.toMatch(/Ana|Ben/);
  });

  it("imports several questionnaires from one pick of the file input, then shows who came in", async () => {
    const { port, user } = await onRespondents("preview", overview([]), {
      import: overview([ANA, BEN]),
    });
    // Both sides: nobody recorded yet.
    expect(await screen.findAllByText(/No respondents recorded/)).toHaveLength(2);
    const input = screen.getByLabelText("Returned questionnaires (.xlsx, several at once)");
    expect(input).toHaveAttribute("multiple");
    const file = (n: string) => new File([new Uint8Array([0x50, 0x4b])], n);
    await user.upload(input, [file("Ana.xlsx"), file("Ben.xlsx")]);
    await screen.findByRole("table", { name: /Respondents, Their side/ });
    expect(port.roundCalls).toContain("import Ana.xlsx, Ben.xlsx");
    expect(
      await screen.findByText(/Imported 2 questionnaire\(s\); added Ana, Ben\./)
    ).toBeInTheDocument();
  });

  it("removes one respondent on its own side", async () => {
    const { port, user } = await onRespondents("preview", overview([ANA, BEN]), {
      remove: overview([ANA]),
    });
    await user.click(await screen.findByRole("button", { name: "Remove Ben" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: "Remove Ben" })).toBeNull());
    expect(port.roundCalls).toContain("remove them Ben");
    expect(screen.getByText("Removed Ben.")).toBeInTheDocument();
  });

  it("starts a new round only after confirmation, with the chosen date; then shows the trend", async () => {
    const { port, user } = await onRespondents("preview", overview([ANA]), {
      round: overview([], [ROUND1]),
    });
    expect(screen.getByText(/No round closed yet/)).toBeInTheDocument();
    const date = screen.getByLabelText(/Date of the new round/);
    await user.clear(date);
    await user.type(date, "2026-07-01");
    await user.click(screen.getByRole("button", { name: "Start a new round" }));
    // Nothing happens before the confirmation.
    expect(port.roundCalls.filter((c) => c.startsWith("round"))).toEqual([]);
    const confirm = screen.getByRole("group", { name: "Confirm the new round" });
    expect(confirm.textContent).toMatch(
      /Close round 1 into CF History and open round 2 dated 1 July 2026/
    );
    await user.click(within(confirm).getByRole("button", { name: "Close the round" }));
    const trend = await screen.findByRole("table", { name: "Our side: scores per round" });
    expect(port.roundCalls).toContain("round 2026-07-01");
    const head = within(trend)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    // Dates as a person reads them, not ISO.
    expect(head).toEqual(["Dimension", "Round 1 (10 January 2026)", "Now (1 June 2026)"]);
    expect(within(trend).getAllByRole("row")).toHaveLength(DIMENSION_KEYS.length + 1);
  });

  it("in Excel imports, removes and closes rounds too (the colleague's questionnaire stays in the preview)", async () => {
    await onRespondents("excel", overview([ANA], [ROUND1]));
    await screen.findByRole("table", { name: /Respondents, Their side/ });
    expect(screen.getByRole("button", { name: "Import questionnaires" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Start a new round" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Remove Ana" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Questionnaire for a colleague" })).toBeNull();
    expect(screen.queryByText(/collabfit round FILE.xlsx/)).toBeNull();
    // The trend: their side in our frame, round 1 (1.50) then now (from Ana's answers).
    const now = overview([ANA]).current.them[DIMENSION_KEYS[0]]!;
    expect(now).toBeGreaterThan(1.5);
    const trend = screen.getByRole("table", { name: /Their side \(in our frame\)/ });
    expect(within(trend).getAllByRole("row")[1].textContent).toBe(
      `${dimensionLabel(DIMENSION_KEYS[0])}1.50${now.toFixed(2)} (up ${(now - 1.5).toFixed(2)})`
    );
  });

  it("a refused round says so in its title, with the one line from the check", async () => {
    const { port, user } = await onRespondents("excel", overview([ANA], [ROUND1]));
    port.startRound = async () => {
      throw new RoundCloseError(
        "date",
        "2026-01-01 is before the last round (2026-01-10); allowed: 2026-01-10 or later"
      );
    };
    await user.click(screen.getByRole("button", { name: "Start a new round" }));
    await user.click(screen.getByRole("button", { name: "Close the round" }));
    expect(await screen.findByText(/The round was not closed/)).toBeInTheDocument();
    expect(screen.getByText(/is before the last round/)).toBeInTheDocument();
    expect(screen.queryByText(/Something went wrong/)).toBeNull();
  });

  it("is not available before the sheets exist", async () => {
    const port = new FakePort("preview").withRounds(overview([]));
    const { user } = renderApp(port);
    await user.click(screen.getByRole("tab", { name: "Respondents" }));
    expect(await screen.findByText(/Create the assessment sheets first/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Import questionnaires" })).toBeDisabled();
    expect(port.roundCalls).toEqual([]);
  });
});
