/**
 * The production pane in the pseudo-locale (?lang=qps-ploc, read by the preview only) at the pane's
 * narrow width: every catalogue text is ~30 % longer there, and no element may stick out sideways.
 * One screenshot per view in .artifacts/screenshots/pseudo-*.png.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ITEMS, STEPS, dimensionByKey } from "../../src/core/method";
import { PSEUDO_LOCALE, setLanguage } from "../../src/core/texts";
import { allPaneTexts } from "../dom/taskpane/pane-texts";
import {
  ROOT,
  openPaneSession,
  settled,
  type Chromium,
  type StaticServer,
} from "../support/browser";

jest.setTimeout(180_000);

/** The narrowest task pane Office shows. */
const PANE_WIDTH = 320;
const SHOTS = join(ROOT, ".artifacts", "screenshots");

interface Overflow {
  element: string;
  left: number;
  right: number;
}

/** Visible elements whose box reaches past either side of the pane, and the page's own overflow. */
function overflows(page: Page): Promise<{ page: number; elements: Overflow[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const elements: Overflow[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (getComputedStyle(el).visibility === "hidden") continue;
      if (box.right > width + 0.5 || box.left < -0.5) {
        const name = el.getAttribute("aria-label") ?? el.textContent?.slice(0, 40) ?? "";
        elements.push({
          element: `${el.tagName.toLowerCase()}.${el.className}: ${name}`,
          left: Math.round(box.left),
          right: Math.round(box.right),
        });
      }
    }
    return { page: document.documentElement.scrollWidth - width, elements };
  });
}

describe("the pane in the pseudo-locale at 320 px (production build)", () => {
  let server: StaticServer;
  let browser: Chromium;
  let page: Page;
  let errors: string[] = [];
  setLanguage(PSEUDO_LOCALE);
  const t = allPaneTexts();
  setLanguage("en");

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ server, browser, page, errors } = await openPaneSession(PANE_WIDTH));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function holds(view: string): Promise<void> {
    await settled(page);
    await page.screenshot({ path: join(SHOTS, `pseudo-${view}.png`), fullPage: true });
    expect({ view, ...(await overflows(page)) }).toEqual({ view, page: 0, elements: [] });
  }

  async function open(tab: string, heading: string): Promise<void> {
    await page.getByRole("tab", { name: tab, exact: true }).click();
    await page.getByRole("heading", { name: heading, exact: true }).waitFor();
  }

  it("starts in the pseudo-locale and the New form holds", async () => {
    await page.goto(`${server.origin}/taskpane.html?lang=qps-ploc`);
    await page.getByRole("heading", { name: t.newView.heading, exact: true }).waitFor();
    await holds("new");
    // Errors of an empty submit: the longest texts of the form.
    await page.getByRole("button", { name: t.newView.create, exact: true }).click();
    await page.getByText(t.newView.errors.title, { exact: true }).waitFor();
    await holds("new-errors");
  });

  it("Score, Results and Roadmap hold once an assessment has scores", async () => {
    await page.getByRole("textbox", { name: t.newView.title }).fill("Facilities contract 2026");
    await page.getByRole("textbox", { name: t.newView.us }).fill("Acme Foods");
    await page.getByRole("textbox", { name: t.newView.them }).fill("CleanCo");
    await page.getByRole("button", { name: t.newView.create, exact: true }).click();
    await page.getByRole("heading", { name: t.scoreView.heading, exact: true }).waitFor();
    await holds("score");
    // Our side fully scored (the step forms show one step at a time).
    for (const step of STEPS) {
      await page.getByRole("tab", { name: t.scoreView.stepTab(step.number), exact: true }).click();
      for (const [i, item] of ITEMS.entries()) {
        if (dimensionByKey(item.dimension).step !== step.id) continue;
        await page.locator(`#score-us-${item.id}`).selectOption(String((i % 5) + 1));
      }
    }
    await page.getByText(t.scoreView.complete(t.scoreView.sides.us), { exact: true }).waitFor();
    await holds("score-filled");

    await open(t.shell.tabs.results, t.recommendView.heading);
    await page.getByRole("button", { name: t.recommendView.update, exact: true }).click();
    await page
      .getByRole("heading", { name: t.recommendView.reasonsHeading, exact: true })
      .waitFor();
    await holds("results");

    await open(t.shell.tabs.roadmap, t.roadmapView.heading);
    await page.getByRole("table", { name: t.roadmapView.table }).waitFor();
    await holds("roadmap");
  });

  it.each([
    ["exchange", "exchangeView"],
    ["principles", "principlesView"],
    ["about", "aboutView"],
  ] as const)("%s holds", async (tab, view) => {
    await open(t.shell.tabs[tab], t[view].heading);
    await holds(tab);
    expect(errors).toEqual([]);
  });
});
