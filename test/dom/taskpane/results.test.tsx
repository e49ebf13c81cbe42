import { screen, waitFor, within } from "@testing-library/react";
import { THRESHOLDS, recommend, whatIf } from "../../../src/core/method";
import {
  confidenceText,
  marginText,
  readableDate,
  reasonTexts,
} from "../../../src/core/texts/render";
import { assessmentToProfile } from "../../../src/core/workbook/readback";
import { hintText } from "../../../src/taskpane/views/RecommendView";
import { fullAnswers } from "./answers";
import { FakePort } from "./fake-port";
import { fillNewForm, renderApp } from "./helpers";
import { modelName } from "../../../src/core/texts/method-words";
import { buildRoadmap } from "../../../src/core/texts/roadmap-words";

async function createdApp() {
  const port = new FakePort("excel");
  const utils = renderApp(port);
  await fillNewForm(utils.user, screen);
  await utils.user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
  await screen.findByRole("heading", { name: "Score the relationship" });
  await utils.user.click(screen.getByRole("tab", { name: "Results" }));
  return { port, ...utils };
}

describe("Results and Roadmap views", () => {
  it("is not available before the sheets exist", async () => {
    const { user } = renderApp(new FakePort("excel"));
    await user.click(screen.getByRole("tab", { name: "Results" }));
    expect(screen.getByRole("button", { name: "Update results" })).toBeDisabled();
    expect(screen.getByText(/Create the assessment sheets first/)).toBeInTheDocument();
  });

  it("reads scores, writes results and shows the engine's recommendation", async () => {
    const { port, user } = await createdApp();
    port.read = { us: fullAnswers(1), them: fullAnswers(3), problems: [] };
    await user.click(screen.getByRole("button", { name: "Update results" }));
    await screen.findByText("Results and Roadmap updated.");
    const { profile } = assessmentToProfile(
      { ...port.read, weights: {} },
      { perspective: "supplier" }
    );
    const rec = recommend(profile);
    expect(port.written).toHaveLength(1);
    expect(port.written[0].recommendation).toEqual(rec);
    expect(port.written[0].meta.perspective).toBe("supplier");
    const models = screen.getByLabelText("Models");
    expect(within(models).getAllByText(modelName(rec.targetModel)).length).toBeGreaterThan(0);
    expect(within(models).getAllByText(modelName(rec.startModel)).length).toBeGreaterThan(0);
    for (const reason of reasonTexts(rec).slice(0, 3))
      expect(screen.getByText(reason)).toBeInTheDocument();
    // Confidence and margins as the engine gives them; reasons read without rule codes.
    const conf = screen.getByLabelText("Confidence and margins");
    expect(within(conf).getByText(rec.confidence)).toBeInTheDocument();
    expect(within(conf).getByText(confidenceText(rec.confidence))).toBeInTheDocument();
    expect(rec.margins.length).toBeGreaterThan(0);
    for (const m of rec.margins)
      expect(within(conf).getByText(marginText(m, rec))).toBeInTheDocument();
    expect(within(conf).queryByText(/Sensitive result/) !== null).toBe(rec.sensitive);
    expect(document.body.textContent).not.toMatch(/\bR\d:/);
    for (const hint of whatIf(profile))
      expect(screen.getByText(hintText(hint))).toBeInTheDocument();
  });

  it("names the dimensions our side has not scored, and writes nothing", async () => {
    const { port, user } = await createdApp();
    const us = fullAnswers(1);
    for (const id of Object.keys(us)) if (id.startsWith("TRU-")) us[id] = null;
    port.read = { us, them: {}, problems: [] };
    await user.click(screen.getByRole("button", { name: "Update results" }));
    expect(await screen.findByText(/Our side has no score yet for: Trust/)).toBeInTheDocument();
    expect(port.written).toHaveLength(0);
  });

  it("stops on unreadable cells and lists them", async () => {
    const { port, user } = await createdApp();
    port.read = {
      us: fullAnswers(1),
      them: {},
      problems: [
        {
          sheet: "CF S3 Trust and Power",
          cell: "J7",
          value: 2.5,
          message: "2.5 is not a whole score",
        },
      ],
    };
    await user.click(screen.getByRole("button", { name: "Update results" }));
    expect(
      await screen.findByText(/CF S3 Trust and Power!J7: 2.5 is not a whole score/)
    ).toBeInTheDocument();
    expect(port.written).toHaveLength(0);
  });

  it("shows a failed write with what to do and enables the button again", async () => {
    const { port, user } = await createdApp();
    port.read = { us: fullAnswers(1), them: {}, problems: [] };
    port.failNext.writeResults = Object.assign(
      new Error("The request payload size has exceeded the limit."),
      {
        code: "RequestPayloadSizeLimitExceeded",
      }
    );
    await user.click(screen.getByRole("button", { name: "Update results" }));
    expect(await screen.findByText(/RequestPayloadSizeLimitExceeded/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Update results" })).toBeEnabled();
  });

  it("regenerates the roadmap with a new start date and step length", async () => {
    const { port, user } = await createdApp();
    port.read = { us: fullAnswers(2), them: {}, problems: [] };
    await user.click(screen.getByRole("button", { name: "Update results" }));
    await screen.findByText("Results and Roadmap updated.");
    await user.click(screen.getByRole("tab", { name: "Roadmap" }));
    const date = screen.getByLabelText("Start date");
    await user.clear(date);
    await user.type(date, "2027-04-01");
    const months = screen.getByLabelText("Months per step");
    await user.clear(months);
    await user.type(months, "4");
    await user.click(screen.getByRole("button", { name: "Regenerate roadmap" }));
    await screen.findByText("Roadmap regenerated.");
    const { profile } = assessmentToProfile(
      { ...port.read, weights: {} },
      { perspective: "supplier" }
    );
    const expected = buildRoadmap(profile, recommend(profile), {
      startDate: "2027-04-01",
      monthsPerStep: 4,
    });
    expect(port.written).toHaveLength(2);
    expect(port.written[1].roadmap).toEqual(expected);
    const table = screen.getByRole("table", { name: "Roadmap phases" });
    expect(within(table).getAllByRole("row")).toHaveLength(expected.length + 1);
    // Dates read as the rest of the product writes them ("1 April 2027"), not ISO.
    expect(within(table).getByText(readableDate(expected[0].start))).toBeInTheDocument();
    expect(within(table).getByText(`to ${readableDate(expected[0].end)}`)).toBeInTheDocument();
    expect(within(table).queryByText(expected[0].start)).toBeNull();
  });

  it("refuses a month count outside the engine's range (THRESHOLDS)", async () => {
    const { minMonthsPerStep: min, maxMonthsPerStep: max } = THRESHOLDS;
    const { port, user } = await createdApp();
    port.read = { us: fullAnswers(2), them: {}, problems: [] };
    await user.click(screen.getByRole("button", { name: "Update results" }));
    await screen.findByText("Results and Roadmap updated.");
    await user.click(screen.getByRole("tab", { name: "Roadmap" }));
    const months = screen.getByLabelText("Months per step");
    await user.clear(months);
    await user.type(months, String(max + 1));
    await user.click(screen.getByRole("button", { name: "Regenerate roadmap" }));
    expect(
      screen.getByText(`Enter a whole number of months from ${min} to ${max}.`)
    ).toBeInTheDocument();
    await waitFor(() => expect(port.written).toHaveLength(1));
  });
});
