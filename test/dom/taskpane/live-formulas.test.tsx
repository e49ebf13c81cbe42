/** A workbook written outside Excel: the pane says its live formulas are off and turns them on. */
import { act, screen, waitFor } from "@testing-library/react";
import { fullAnswers } from "./answers";
import type { ResultsPayload } from "../../../src/taskpane/workbook-port";
import { FakePort } from "./fake-port";
import { fillNewForm, renderApp } from "./helpers";

/** An Excel port whose Results sheet lacks its COLLAB.* formulas until they are written. */
class LiveOffPort extends FakePort {
  off = true;
  turnedOn = 0;
  checks = 0;
  constructor() {
    super("excel");
    this.existing = ["CF Cover", "CF Results"];
  }
  async liveFormulasOff(): Promise<boolean> {
    this.checks++;
    return this.off;
  }
  async turnOnLiveFormulas(): Promise<void> {
    this.turnedOn++;
    this.off = false;
  }
  override async writeResults(payload: ResultsPayload): Promise<void> {
    await super.writeResults(payload);
    this.off = false;
  }
}

function portWithLiveOff() {
  const port = new LiveOffPort();
  return { port, calls: port };
}

async function openExisting(port: FakePort) {
  const utils = renderApp(port);
  await fillNewForm(utils.user, screen);
  await utils.user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
  await utils.user.click(await screen.findByRole("button", { name: "Open existing sheets" }));
  await screen.findByRole("heading", { name: "Score the relationship" });
  await utils.user.click(screen.getByRole("tab", { name: "Results" }));
  return utils;
}

describe("live formulas in a workbook written outside Excel", () => {
  it("says they are off and turns them on in one action", async () => {
    const { port, calls } = portWithLiveOff();
    const { user } = await openExisting(port);
    expect(screen.getByText(/live formulas are off/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Turn on live formulas" }));
    expect(await screen.findByText(/Live formulas are on/)).toBeInTheDocument();
    expect(calls.turnedOn).toBe(1);
    expect(screen.queryByRole("button", { name: "Turn on live formulas" })).not.toBeInTheDocument();
  });

  it("Update results writes them too, and says so", async () => {
    const { port, calls } = portWithLiveOff();
    const { user } = await openExisting(port);
    port.read = { us: fullAnswers(1), them: {}, problems: [] };
    await user.click(screen.getByRole("button", { name: "Update results" }));
    expect(await screen.findByText(/the live formulas are on again/)).toBeInTheDocument();
    await waitFor(() => expect(port.written).toHaveLength(1));
    expect(calls.turnedOn).toBe(0);
    expect(screen.queryByRole("button", { name: "Turn on live formulas" })).not.toBeInTheDocument();
  });

  it("offers nothing when the formulas are there", async () => {
    const { port } = portWithLiveOff();
    port.off = false;
    await openExisting(port);
    expect(screen.queryByText(/live formulas are off/)).not.toBeInTheDocument();
  });
});

describe("live formulas checked when the pane starts", () => {
  it("offers to turn them on before any action, saying why, from one read", async () => {
    const { port, calls } = portWithLiveOff();
    const { user } = renderApp(port);
    // The first view (New) shows the offer: no need to choose "Open existing sheets" first.
    expect(
      await screen.findByText(/Results sheet was written outside\s+Excel/)
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /new assessment/i })).toBeInTheDocument();
    expect(calls.checks).toBe(1);
    await user.click(screen.getByRole("button", { name: "Turn on live formulas" }));
    expect(await screen.findByText(/Live formulas are on/)).toBeInTheDocument();
    expect(calls.turnedOn).toBe(1);
    expect(screen.queryByRole("button", { name: "Turn on live formulas" })).not.toBeInTheDocument();
    // Moving between views reads nothing more.
    await user.click(screen.getByRole("tab", { name: "Results" }));
    await screen.findByRole("heading", { name: "Recommendation" });
    expect(calls.checks).toBe(1);
  });

  it("offers nothing when the start-up check finds nothing to turn on", async () => {
    const { port, calls } = portWithLiveOff();
    port.off = false;
    renderApp(port);
    await waitFor(() => expect(calls.checks).toBe(1));
    await act(async () => {});
    expect(screen.queryByText(/live formulas are off/i)).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Turn on live formulas" })).not.toBeInTheDocument();
  });

  it("a failing check says what failed instead of offering anything", async () => {
    const { port } = portWithLiveOff();
    port.liveFormulasOff = () => Promise.reject(new Error("Excel is busy"));
    renderApp(port);
    expect(await screen.findByText(/Excel is busy/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Turn on live formulas" })).not.toBeInTheDocument();
  });
});
