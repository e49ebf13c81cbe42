import { act, screen, waitFor, within } from "@testing-library/react";
import { FakePort } from "./fake-port";
import { fillNewForm, renderApp } from "./helpers";

describe("New assessment view", () => {
  it("names every missing required field and creates nothing", async () => {
    const port = new FakePort("excel");
    const { user } = renderApp(port);
    await user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
    expect(screen.getByText(/give the relationship a title/i)).toBeInTheDocument();
    expect(screen.getByText(/name our organisation/i)).toBeInTheDocument();
    expect(screen.getByText(/name the other party/i)).toBeInTheDocument();
    expect(port.created).toHaveLength(0);
  });

  it("creates the sheets with the form's values and moves on to scoring", async () => {
    const port = new FakePort("excel");
    const { user } = renderApp(port);
    await fillNewForm(user, screen);
    await user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
    await waitFor(() => expect(port.created).toHaveLength(1));
    expect(port.created[0].meta).toMatchObject({
      title: "Facilities 2026",
      us: "Acme",
      them: "CleanCo",
      perspective: "supplier",
      assessors: "Ann, Bob",
    });
    expect(port.created[0].meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(port.created[0].options?.target).toBe("here");
    expect(
      await screen.findByRole("heading", { name: "Score the relationship" })
    ).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Score" })).toHaveAttribute("aria-selected", "true");
  });

  it("disables the button and shows progress while Excel works", async () => {
    const port = new FakePort("excel");
    let release: () => void = () => undefined;
    port.gate = new Promise<void>((resolve) => (release = resolve));
    const { user } = renderApp(port);
    await fillNewForm(user, screen);
    await user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
    expect(await screen.findByText("Writing sheets")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Create assessment sheets" })).toBeDisabled();
    await act(async () => release());
    await waitFor(() => expect(port.created).toHaveLength(1));
  });

  it("offers to open existing sheets or start a new workbook", async () => {
    const port = new FakePort("excel");
    port.existing = ["CF Cover", "CF Scores"];
    const { user } = renderApp(port);
    await fillNewForm(user, screen);
    await user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(/CF Cover, CF Scores/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Create in a new workbook" }));
    await waitFor(() => expect(port.created).toHaveLength(1));
    expect(port.created[0].options?.target).toBe("newWorkbook");
    expect(await screen.findByText(/opened in a workbook of its own/)).toBeInTheDocument();
    // Inside Excel the pane stays with this workbook's form: the new one is scored in its own window.
    expect(screen.getByRole("tab", { name: "New" })).toHaveAttribute("aria-selected", "true");
  });

  it("opens the existing sheets when asked, without creating anything", async () => {
    const port = new FakePort("excel");
    port.existing = ["CF Cover"];
    const { user } = renderApp(port);
    await fillNewForm(user, screen);
    await user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
    await user.click(await screen.findByRole("button", { name: "Open existing sheets" }));
    await waitFor(() => expect(port.opened).toBe(1));
    expect(port.created).toHaveLength(0);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(
      await screen.findByRole("heading", { name: "Score the relationship" })
    ).toBeInTheDocument();
  });

  it("shows an Excel failure in a MessageBar with the code and what to do, and keeps the form", async () => {
    const port = new FakePort("excel");
    port.failNext.create = Object.assign(new Error("The sheet is protected."), {
      code: "AccessDenied",
      debugInfo: { errorLocation: "Worksheet.add" },
    });
    const { user } = renderApp(port);
    await fillNewForm(user, screen);
    await user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
    expect(await screen.findByText(/Excel refused the change/)).toBeInTheDocument();
    expect(
      screen.getByText(/AccessDenied: The sheet is protected\. \(at Worksheet\.add\)/)
    ).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /relationship title/i })).toHaveValue(
      "Facilities 2026"
    );
    expect(screen.getByRole("button", { name: "Create assessment sheets" })).toBeEnabled();
  });

  it("reports a failure while looking for existing sheets", async () => {
    const port = new FakePort("excel");
    port.failNext.existingSheets = new Error("workbook busy");
    const { user } = renderApp(port);
    await fillNewForm(user, screen);
    await user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
    expect(await screen.findByText(/looking for existing sheets/)).toBeInTheDocument();
    expect(screen.getByText(/workbook busy/)).toBeInTheDocument();
    expect(port.created).toHaveLength(0);
  });

  it("blocks creation with a clear message when Excel is too old", async () => {
    const port = new FakePort("excel");
    renderApp(port, { unsupported: "This version of Excel lacks data validation (ExcelApi 1.8)." });
    expect(screen.getByText("Excel is too old for this add-in")).toBeInTheDocument();
    expect(screen.getByText(/lacks data validation/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Create assessment sheets" })).toBeDisabled();
  });
});
