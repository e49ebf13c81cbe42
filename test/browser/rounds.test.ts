/**
 * Respondents and rounds in the production pane, headless Chromium, preview mode (issue 13): three
 * returned questionnaires imported through one pick of the file input, respondents with status, a
 * new round started, the trend shown; axe on the view and a screenshot in .artifacts/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { DIMENSION_KEYS, ITEMS, STEPS, dimensionByKey } from "../../src/core/method";
import { readableDate } from "../../src/core/texts/render";
import { dimensionLabel } from "../../src/taskpane/pane-model";
import { fillQuestionnaire } from "../unit/exchange/helpers";
import {
  CHROMIUM,
  DIST,
  ROOT,
  NO_MOTION_SCRIPT,
  launchChromium,
  seriousViolations,
  serveDist,
  type Chromium,
  type StaticServer,
} from "../support/browser";

/** The new round's date, typed as the date input takes it. */
const NEW_ROUND = "2030-01-15";

jest.setTimeout(240_000);

const SHOTS = join(ROOT, ".artifacts", "screenshots");

describe("Respondents view in Chromium (preview, production build)", () => {
  let server: StaticServer;
  let browser: Chromium;
  let page: Page;
  const errors: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "collabfit-rounds-"));

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
    if (!existsSync(join(DIST, "taskpane.html")))
      throw new Error("dist/taskpane.html is missing: run `npm run build` first.");
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDist();
    browser = await launchChromium();
    await browser.context.addInitScript({ content: NO_MOTION_SCRIPT });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.emulateMedia({ reducedMotion: "reduce" });
    page.on("pageerror", (err) => errors.push(err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("imports three questionnaires at once, shows their status, starts a round and shows the trend", async () => {
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "New assessment" }).waitFor();
    await page.getByRole("textbox", { name: "Relationship title" }).fill("Packaging supply");
    await page.getByRole("textbox", { name: "Our organisation" }).fill("Acme Foods");
    await page.getByRole("textbox", { name: "Other party" }).fill("BoxCo");
    await page.getByRole("radio", { name: "We are the customer" }).check();
    await page.getByRole("button", { name: "Create assessment sheets" }).click();
    await page.getByRole("heading", { name: "Score the relationship" }).waitFor();

    // Our side typed in the pane (a round needs our scores); theirs comes from three people.
    for (const step of STEPS) {
      await page.getByRole("tab", { name: `Step ${step.number}`, exact: true }).click();
      for (const [i, item] of ITEMS.entries())
        if (dimensionByKey(item.dimension).step === step.id)
          await page.locator(`#score-us-${item.id}`).selectOption(String((i % 5) + 1));
    }

    // Their questionnaire, downloaded from the Their view and answered by three people.
    await page.getByRole("tab", { name: "Their view", exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /Prepare questionnaire/ }).click(),
    ]);
    const q = join(dir, "q.xlsx");
    await download.saveAs(q);
    const fills: Record<string, (i: number) => number | string> = {
      Ana: (i) => (i === 0 ? 1 : 3),
      Ben: (i) => (i === 0 ? 5 : 4),
      // Cy answers only the first half: partial.
      Cy: (i) => (i < ITEMS.length / 2 ? 2 : ""),
    };
    const files: string[] = [];
    for (const [name, f] of Object.entries(fills)) {
      const scores = Object.fromEntries(ITEMS.map((it, i) => [it.id, f(i) === "" ? null : f(i)]));
      const file = join(dir, `${name}.xlsx`);
      writeFileSync(file, await fillQuestionnaire(readFileSync(q), { scores }));
      files.push(file);
    }

    await page.getByRole("tab", { name: "Respondents", exact: true }).click();
    await page.getByRole("heading", { name: "Respondents and rounds" }).waitFor();
    await page.getByLabel("Returned questionnaires (.xlsx, several at once)").setInputFiles(files);
    await page.getByText(/Imported 3 questionnaire\(s\); added Ana, Ben, Cy\./).waitFor();
    const theirs = page.getByRole("table", { name: /Respondents, Their side/ });
    const rows = await theirs.getByRole("row").allTextContents();
    const half = Math.ceil(ITEMS.length / 2);
    expect(rows.slice(1)).toEqual([
      expect.stringMatching(/^Ana.*answered/),
      expect.stringMatching(/^Ben.*answered/),
      expect.stringMatching(new RegExp(`^Cy.*partial: ${half} of ${ITEMS.length}`)),
    ]);
    // Item 1: Ana 1, Ben 5 — a topic, without names (their side is anonymous by default).
    const topics = await page
      .getByRole("list", { name: "Disagreement inside a side" })
      .textContent();
    expect(topics).toMatch(new RegExp(`${ITEMS[0].id} .*their team disagrees`));
    expect(topics).not.toMatch(/Ana|Ben|Cy/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "rounds-1-respondents.png"), fullPage: true });

    await page.getByLabel(/Date of the new round/).fill(NEW_ROUND);
    await page.getByRole("button", { name: "Start a new round" }).click();
    await page
      .getByRole("group", { name: "Confirm the new round" })
      .getByText(new RegExp(`open round 2 dated ${readableDate(NEW_ROUND)}`))
      .waitFor();
    await page.getByRole("button", { name: "Close the round" }).click();
    await page.getByText(/Round closed into CF History/).waitFor();

    const trend = page.getByRole("table", { name: "Our side: scores per round" });
    const head = await trend.getByRole("columnheader").allTextContents();
    // Dates as a person reads them, not ISO.
    expect(head[1]).toMatch(/^Round 1 \(\d{1,2} [A-Z][a-z]+ \d{4}\)$/);
    expect(head[2]).toBe(`Now (${readableDate(NEW_ROUND)})`);
    expect(await trend.getByRole("row").count()).toBe(DIMENSION_KEYS.length + 1);
    // The closed round keeps a score; the new round starts empty.
    const first = await trend.getByRole("row").nth(1).allTextContents();
    expect(first[0]).toMatch(new RegExp(`^${dimensionLabel(DIMENSION_KEYS[0])}\\d\\.\\d\\d–$`));
    // The new round has no respondents: everyone was closed into the round.
    await expect(page.getByText(/No respondents recorded/).count()).resolves.toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "rounds-2-trend.png"), fullPage: true });
    expect(errors).toEqual([]);
  });
});
