/** A workbook on an older question set: the pane offers the upgrade, which never touches it. */
import { screen, within } from "@testing-library/react";
import { ITEM_SET_VERSION, ITEM_SETS } from "../../../src/core/method";
import { FakePort } from "./fake-port";
import { fillNewForm, renderApp } from "./helpers";

const OLD = "2026.1";

/** Opens existing sheets whose scores read as question set `version`. */
async function openOn(version: string) {
  const port = new FakePort("excel");
  port.existing = ["CF Cover"];
  port.existingMeta = {
    title: "Chip supply",
    us: "Devices Ltd",
    them: "SoleChip",
    perspective: "customer",
    date: "2026-03-02",
    assessors: "Ann",
  };
  const us = Object.fromEntries(ITEM_SETS[version].map((it) => [it.id, 3]));
  port.read = { us, them: {}, problems: [], itemSetVersion: version };
  const utils = renderApp(port);
  await fillNewForm(utils.user, screen);
  await utils.user.click(screen.getByRole("button", { name: "Create assessment sheets" }));
  await utils.user.click(await screen.findByRole("button", { name: "Open existing sheets" }));
  await screen.findByRole("heading", { name: "Score the relationship" });
  return { port, ...utils };
}

it("offers the upgrade for an older set, makes a new workbook and lists what to answer again", async () => {
  const { port, user } = await openOn(OLD);
  const button = await screen.findByRole("button", {
    name: `Upgrade to question set ${ITEM_SET_VERSION}`,
  });
  expect(
    screen.getByText(new RegExp(`uses question set ${OLD.replace(".", "\\.")}`))
  ).toBeVisible();
  expect(port.created).toHaveLength(0);
  await user.click(button);
  const list = await screen.findByRole("list", { name: "Questions to answer again" });
  expect(port.upgrades).toBe(1);
  expect(
    within(list)
      .getAllByRole("listitem")
      .map((li) => li.textContent)
  ).toEqual(["TRU-5 (CF S3 Trust): Does the other party keep to agreed dates?"]);
  expect(screen.getByText(/open in Excel; this one is unchanged/)).toBeVisible();
  // The open workbook got no write: no sheets created, no results written.
  expect(port.created).toHaveLength(0);
  expect(port.written).toHaveLength(0);
});

it("offers nothing for a workbook on the current set", async () => {
  await openOn(ITEM_SET_VERSION);
  expect(screen.queryByRole("button", { name: /Upgrade to question set/ })).not.toBeInTheDocument();
  expect(screen.queryByText(/Older question set/)).not.toBeInTheDocument();
});
