import { act, screen } from "@testing-library/react";
import { PRINCIPLES, STEPS } from "../../../src/core/method";
import { FakePort } from "./fake-port";
import { renderApp } from "./helpers";
import { principleWords, stepTitle } from "../../../src/core/texts/method-words";

/** How long a lazily loaded view may take to arrive in jsdom on a loaded machine. */
const LAZY_VIEW_MS = 20_000;

describe("Principles and About views", () => {
  it("lists the nine principles under their four steps, expandable by keyboard", async () => {
    // Awaited act: the lazily loaded view resolves, and React retries it, inside the act scope.
    const { user } = await act(async () =>
      renderApp(new FakePort("preview"), { initialView: "principles" })
    );
    // Views other than New load on demand (here: required and compiled on first use): wait for it.
    await screen.findByRole("heading", { name: "Principles and steps" }, { timeout: LAZY_VIEW_MS });
    for (const step of STEPS) {
      expect(
        screen.getByRole("heading", { name: `Step ${step.number}: ${stepTitle(step.id)}` })
      ).toBeInTheDocument();
    }
    const headers = screen.getAllByRole("button", { name: /^Principle \d:/ });
    expect(headers).toHaveLength(PRINCIPLES.length);
    headers[0].focus();
    await user.keyboard("{Enter}");
    expect(screen.getByText(principleWords(PRINCIPLES[0].id).guidance)).toBeInTheDocument();
  });

  it("names the method's source", async () => {
    await act(async () => renderApp(new FakePort("excel"), { initialView: "about" }));
    expect(
      await screen.findByText(/Joost van Boeschoten, NextSales, 2020/, undefined, {
        timeout: LAZY_VIEW_MS,
      })
    ).toBeInTheDocument();
    expect(screen.getByText(/inside Excel/)).toBeInTheDocument();
  });
});
