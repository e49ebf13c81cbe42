/**
 * The Results view in headless Chromium (preview mode, production build), after scoring the demo's
 * answers in the pane: the confidence, margins and plain-English reasons it shows are the engine's
 * for that profile, with no rule codes, internal keys or raw timestamps; axe finds nothing serious.
 * Screenshot: .artifacts/results.png.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { DIMENSION_KEYS, ITEMS, STEPS, dimensionByKey, recommend } from "../../src/core/method";
import { confidenceText, marginText, reasonTexts } from "../../src/core/texts/render";
import { DEMO_META, demoAssessment } from "../../src/core/workbook/demo";
import { assessmentToProfile } from "../../src/core/workbook/readback";
import {
  CHROMIUM,
  DIST,
  ROOT,
  NO_MOTION_SCRIPT,
  settled,
  launchChromium,
  seriousViolations,
  serveDist,
  type Chromium,
  type StaticServer,
} from "../support/browser";
import { modelName } from "../../src/core/texts/method-words";

jest.setTimeout(240_000);

describe("Results view in Chromium (preview, demo answers)", () => {
  let server: StaticServer;
  let browser: Chromium;
  let page: Page;
  const demo = demoAssessment();

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
    if (!existsSync(join(DIST, "taskpane.html")))
      throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm test does).");
    server = await serveDist();
    browser = await launchChromium();
    await browser.context.addInitScript({ content: NO_MOTION_SCRIPT });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.emulateMedia({ reducedMotion: "reduce" });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the engine's confidence, margins and reasons in plain English", async () => {
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "New assessment" }).waitFor();
    await page.getByRole("textbox", { name: "Relationship title" }).fill(DEMO_META.title);
    await page.getByRole("textbox", { name: "Our organisation" }).fill(DEMO_META.us);
    await page.getByRole("textbox", { name: "Other party" }).fill(DEMO_META.them);
    await page.getByRole("radio", { name: `We are the ${DEMO_META.perspective}` }).check();
    await page.getByRole("textbox", { name: "Assessors" }).fill(DEMO_META.assessors);
    await page.getByRole("button", { name: "Create assessment sheets" }).click();
    await page.getByRole("heading", { name: "Score the relationship" }).waitFor();
    for (const step of STEPS) {
      await page.getByRole("tab", { name: `Step ${step.number}`, exact: true }).click();
      for (const item of ITEMS.filter((i) => dimensionByKey(i.dimension).step === step.id)) {
        for (const side of ["us", "them"] as const) {
          const value = demo.answers[side][item.id];
          await page
            .locator(`#score-${side}-${item.id}`)
            .selectOption(typeof value === "number" ? String(value) : "");
        }
      }
    }
    await page.getByRole("tab", { name: "Results", exact: true }).click();
    await page.getByRole("button", { name: "Update results" }).click();
    await page.getByText("Results and Roadmap updated.").waitFor();
    await settled(page);

    // The engine, on the same answers as the pane read them.
    const { profile } = assessmentToProfile(
      { us: demo.answers.us, them: demo.answers.them, weights: {} },
      { perspective: DEMO_META.perspective }
    );
    const rec = recommend(profile);
    const view = page.locator("section[aria-labelledby='rec-heading']");
    const text = (await view.innerText()).replace(/\s+/g, " ");
    const flat = (s: string) => s.replace(/\s+/g, " ");
    expect(text).toContain(modelName(rec.targetModel));
    expect(text).toContain(modelName(rec.startModel));
    expect(text).toContain(flat(confidenceText(rec.confidence)));
    expect(rec.margins.length).toBeGreaterThan(0);
    for (const m of rec.margins) expect(text).toContain(flat(marginText(m, rec)));
    for (const reason of reasonTexts(rec).slice(0, 3)) expect(text).toContain(flat(reason));
    // The trust gap reads as the reasons state it (not rounded differently).
    if (rec.trustGap > 0)
      expect(text).toContain(`Trust falls ${Math.round(rec.trustGap * 100) / 100} short`);
    // Plain English: no rule codes, no internal dimension keys, no raw ISO timestamps.
    expect(text).not.toMatch(/\bR\d{1,2}\b\s*:/);
    for (const key of DIMENSION_KEYS.filter((k) => /[A-Z]/.test(k)))
      expect({ key, shown: text.includes(key) }).toEqual({ key, shown: false });
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);

    expect(await seriousViolations(page)).toEqual([]);
    mkdirSync(join(ROOT, ".artifacts"), { recursive: true });
    await page.screenshot({ path: join(ROOT, ".artifacts", "results.png"), fullPage: true });
  });
});
