/**
 * The pane's own tab strip (tabs.tsx) keeps Fluent's TabList keyboard contract: one tab stop (the
 * selected tab), arrows move focus round the list without selecting, Home/End go to the ends, Enter,
 * Space or a click select.
 */
import "./jsdom-shims";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { Tabs } from "../../../src/taskpane/tabs";

const TABS = [
  { value: "a", label: "Alpha" },
  { value: "b", label: "Beta" },
  { value: "c", label: "Gamma" },
] as const;
type Value = (typeof TABS)[number]["value"];

function Harness(props: { onSelect(value: Value): void }) {
  const [selected, setSelected] = useState<Value>(TABS[1].value);
  return (
    <>
      <button>before</button>
      <Tabs<Value>
        tabs={TABS}
        selected={selected}
        aria-label="Sections"
        onSelect={(value) => {
          setSelected(value);
          props.onSelect(value);
        }}
      />
      <button>after</button>
    </>
  );
}

const tab = (i: number) => screen.getByRole("tab", { name: TABS[i].label });

describe("the pane's tab strip", () => {
  it("is a labelled tablist whose only tab stop is the selected tab", async () => {
    const user = userEvent.setup();
    render(<Harness onSelect={() => undefined} />);
    expect(screen.getByRole("tablist", { name: "Sections" })).toBeInTheDocument();
    expect(screen.getAllByRole("tab")).toHaveLength(TABS.length);
    expect(tab(1)).toHaveAttribute("aria-selected", "true");
    for (const i of [0, 2]) expect(tab(i)).toHaveAttribute("aria-selected", "false");

    await user.click(screen.getByRole("button", { name: "before" }));
    await user.tab();
    expect(tab(1)).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "after" })).toHaveFocus();
    await user.tab({ shift: true });
    expect(tab(1)).toHaveFocus();
  });

  it("moves focus with the arrows round the list and to the ends with Home/End, without selecting", async () => {
    const user = userEvent.setup();
    const selected: Value[] = [];
    render(<Harness onSelect={(value) => selected.push(value)} />);
    tab(1).focus();
    await user.keyboard("{ArrowRight}");
    expect(tab(2)).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(tab(0)).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(tab(TABS.length - 1)).toHaveFocus();
    await user.keyboard("{Home}");
    expect(tab(0)).toHaveFocus();
    await user.keyboard("{End}");
    expect(tab(TABS.length - 1)).toHaveFocus();
    // With a modifier the keys are the browser's or the host's, not the list's.
    await user.keyboard("{Shift>}{ArrowLeft}{/Shift}");
    expect(tab(TABS.length - 1)).toHaveFocus();
    expect(selected).toEqual([]);
    expect(tab(1)).toHaveAttribute("aria-selected", "true");
  });

  it("selects with Enter, Space or a click, and the selected tab becomes the tab stop", async () => {
    const user = userEvent.setup();
    const selected: Value[] = [];
    render(<Harness onSelect={(value) => selected.push(value)} />);
    tab(1).focus();
    await user.keyboard("{ArrowLeft}{Enter}");
    expect(tab(0)).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{End} ");
    await user.click(tab(1));
    expect(selected).toEqual(["a", "c", "b"]);
    expect(tab(1)).toHaveAttribute("tabindex", "0");
    for (const i of [0, 2]) expect(tab(i)).toHaveAttribute("tabindex", "-1");
  });
});
