import { screen } from "@testing-library/react";
import { PRINCIPLES, STEPS } from "../../../src/core/method";
import { FakePort } from "./fake-port";
import { renderApp } from "./helpers";

describe("Principles and About views", () => {
  it("lists the nine principles under their four steps, expandable by keyboard", async () => {
    const { user } = renderApp(new FakePort("preview"), { initialView: "principles" });
    for (const step of STEPS) {
      expect(
        screen.getByRole("heading", { name: `Step ${step.number}: ${step.title}` })
      ).toBeInTheDocument();
    }
    const headers = screen.getAllByRole("button", { name: /^Principle \d:/ });
    expect(headers).toHaveLength(PRINCIPLES.length);
    headers[0].focus();
    await user.keyboard("{Enter}");
    expect(screen.getByText(PRINCIPLES[0].guidance)).toBeInTheDocument();
  });

  it("names the method's source", () => {
    renderApp(new FakePort("excel"), { initialView: "about" });
    expect(screen.getByText(/Joost van Boeschoten, NextSales, 2020/)).toBeInTheDocument();
    expect(screen.getByText(/inside Excel/)).toBeInTheDocument();
  });
});
