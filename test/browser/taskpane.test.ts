/**
 * The production build of the pane in headless Chromium, outside Excel (preview mode): the whole flow,
 * the downloaded .xlsx read back with exceljs, axe on every view, screenshots, and no request leaving
 * 127.0.0.1.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Download, Page } from "playwright-core";
import {
  NOT_ANSWERED,
  QUESTIONNAIRE_NAMES,
  QUESTIONNAIRE_SHEETS,
  isAssessmentId,
  perceptionSummary,
  workshopTopics,
} from "../../src/core/exchange";
import { ITEMS, STEPS, recommend, dimensionByKey } from "../../src/core/method";
import type { ItemAnswers } from "../../src/core/method/types";
import { parseCell, serialToIso } from "../../src/core/workbook/a1";
import { LAYOUT, ROADMAP_SHEET_COLUMNS } from "../../src/core/workbook/layout";
import { ITEM_HEADERS, SHEET_NAMES } from "../../src/core/workbook/names";
import { assessmentToProfile } from "../../src/core/workbook/readback";
import { loadWorkbook, readItemTables, readWorkbookAssessment } from "../../src/xlsx";
import { WORKSHOP_TOPIC_LIMIT } from "../../src/taskpane/use-pane";
import { fillQuestionnaire } from "../unit/exchange/helpers";
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
import { buildRoadmap } from "../../src/core/texts/roadmap-words";
import { readableDate } from "../../src/core/texts/render";

jest.setTimeout(180_000);

const SHOTS = join(ROOT, ".artifacts", "screenshots");

/** Deterministic answers that cover every dimension on both sides, with some N/A. */
function answersFor(side: "us" | "them"): ItemAnswers {
  const answers: ItemAnswers = {};
  ITEMS.forEach((item, i) => {
    const skip = side === "them" && i % 7 === 3;
    answers[item.id] = skip
      ? null
      : ((i * (side === "us" ? 3 : 5) + (side === "us" ? 2 : 1)) % 5) + 1;
  });
  return answers;
}

describe("task pane in Chromium (preview, production build)", () => {
  let server: StaticServer;
  let browser: Chromium;
  let page: Page;
  const consoleErrors: string[] = [];
  const downloadDir = mkdtempSync(join(tmpdir(), "collabfit-download-"));

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
    if (!existsSync(join(DIST, "taskpane.html"))) {
      throw new Error(
        "dist/taskpane.html is missing: run `npx webpack --mode production` first (npm test does)."
      );
    }
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDist();
    browser = await launchChromium();
    // Accessibility is checked on the settled UI, never on a transition frame (a Fluent button
    // mid-fade once read as #f3f3f3 on #3984c6): ask for reduced motion and switch transitions and
    // animations off in every page this context opens.
    await browser.context.addInitScript({ content: NO_MOTION_SCRIPT });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.emulateMedia({ reducedMotion: "reduce" });
    page.on("console", (msg) => {
      if (msg.type() === "error") consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => consoleErrors.push(`pageerror: ${err.message}`));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(downloadDir, { recursive: true, force: true });
  });

  async function checkView(name: string): Promise<void> {
    await settled(page);
    const violations = await seriousViolations(page);
    expect({ view: name, violations }).toEqual({ view: name, violations: [] });
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }

  async function openTab(name: string): Promise<void> {
    await page.getByRole("tab", { name, exact: true }).click();
  }

  const us = answersFor("us");
  const them = answersFor("them");

  it("loads with the real office.js outside Excel and shows the New assessment form", async () => {
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "New assessment" }).waitFor();
    expect(
      await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)
    ).toBe("object");
    await page.getByText("No Excel here").waitFor();
    await checkView("1-new");
  });

  it("is operable by keyboard: arrows move between views, Tab reaches the form", async () => {
    await page.getByRole("tab", { name: "New", exact: true }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Score the relationship" }).waitFor();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "New assessment" }).waitFor();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(
      () => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.tagName
    );
    expect(focused).not.toBe("BODY");
  });

  it("creates the assessment in the in-browser workbook", async () => {
    await page
      .getByRole("textbox", { name: "Relationship title" })
      .fill("Facilities contract 2026");
    await page.getByRole("textbox", { name: "Our organisation" }).fill("Acme Foods");
    await page.getByRole("textbox", { name: "Other party" }).fill("CleanCo");
    await page.getByRole("radio", { name: "We are the customer" }).check();
    await page.getByRole("textbox", { name: "Assessors" }).fill("Ann, Bob");
    await page.getByRole("button", { name: "Create assessment sheets" }).click();
    await page.getByRole("heading", { name: "Score the relationship" }).waitFor();
    await page.getByText("Assessment sheets created.").waitFor();
  });

  it("takes scores for both sides step by step and shows progress", async () => {
    for (const step of STEPS) {
      await page.getByRole("tab", { name: `Step ${step.number}`, exact: true }).click();
      for (const item of ITEMS.filter((i) => dimensionByKey(i.dimension).step === step.id)) {
        for (const [side, answers] of [
          ["us", us],
          ["them", them],
        ] as const) {
          const value = answers[item.id];
          await page
            .locator(`#score-${side}-${item.id}`)
            .selectOption(typeof value === "number" ? String(value) : "");
        }
      }
    }
    const s1 = ITEMS.filter((i) => dimensionByKey(i.dimension).step === "S1").length;
    await page.getByText(`Our side: ${s1} of ${s1} answered`).first().waitFor();
    await page.getByText("Our side: every dimension has a score.").waitFor();
    await page.getByText("All items on our side are answered.").waitFor();
    await page.getByRole("tab", { name: "Step 1", exact: true }).click();
    await checkView("2-score");
  });

  it("fits a 320 px pane: the score form neither overflows nor cuts off its choices", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await page.getByRole("heading", { name: "Score the relationship" }).waitFor();
      // Fluent re-measures parts of the pane (the tab list) one resize-observer tick after the resize:
      // measure once the layout has settled, or after 5 s, whichever comes first.
      await page
        .waitForFunction(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
          null,
          { timeout: 5000 }
        )
        .catch(() => undefined);
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        const cut = [...document.querySelectorAll("select")].filter(
          (el) => el.getBoundingClientRect().right > root.clientWidth + 0.5
        ).length;
        // Named in the failure message: the visible elements that reach past the pane's right edge.
        const wide = [...document.querySelectorAll("#container *")]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.right > root.clientWidth + 0.5;
          })
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(" ")[0]}`);
        return { scrolls: root.scrollWidth > root.clientWidth, cut, wide };
      });
      expect(overflow).toEqual({ scrolls: false, cut: 0, wide: [] });
      await page.screenshot({ path: join(SHOTS, "2-score-320.png"), fullPage: true });
    } finally {
      await page.setViewportSize({ width: 360, height: 800 });
    }
  });

  it("updates results and shows what the engine recommends", async () => {
    await openTab("Results");
    await page.getByRole("button", { name: "Update results" }).click();
    await page.getByText("Results and Roadmap updated.").waitFor();
    const profile = assessmentToProfile(
      { us, them, weights: {} },
      { perspective: "customer" }
    ).profile;
    const rec = recommend(profile);
    const models = page.getByRole("group", { name: "Models" }).or(page.getByLabel("Models"));
    await expect(
      models.getByText(modelName(rec.targetModel), { exact: true }).first().isVisible()
    ).resolves.toBe(true);
    await page.getByText(`Start with:`).waitFor();
    await checkView("3-results");
  });

  it("regenerates the roadmap from a new start date and step length", async () => {
    await openTab("Roadmap");
    await page.getByLabel("Start date").fill("2027-01-01");
    await page.getByLabel("Months per step").fill("6");
    await page.getByRole("button", { name: "Regenerate roadmap" }).click();
    await page.getByText("Roadmap regenerated.").waitFor();
    const profile = assessmentToProfile(
      { us, them, weights: {} },
      { perspective: "customer" }
    ).profile;
    const rows = buildRoadmap(profile, recommend(profile), {
      startDate: "2027-01-01",
      monthsPerStep: 6,
    });
    const table = page.getByRole("table", { name: "Roadmap phases" });
    await expect(table.getByRole("row").count()).resolves.toBe(rows.length + 1);
    await table.getByText(readableDate(rows[0].start), { exact: true }).waitFor();
    await table.getByText(`to ${readableDate(rows[0].end)}`, { exact: true }).waitFor();
    await checkView("4-roadmap");
  });

  it("passes axe on the Principles and About views", async () => {
    await openTab("Principles");
    await page.getByRole("heading", { name: "Principles and steps" }).waitFor();
    await page.getByRole("button", { name: /Principle 1:/ }).click();
    await checkView("5-principles");
    await openTab("About");
    await page.getByText(/Joost van Boeschoten, NextSales, 2020/).waitFor();
    await checkView("6-about");
  });

  it("downloads an .xlsx that reads back with the scores, results and roadmap", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .xlsx" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("CollabFit - Facilities contract 2026.xlsx");
    const file = join(downloadDir, download.suggestedFilename());
    await download.saveAs(file);
    const { readFileSync } = await import("node:fs");
    const wb = await loadWorkbook(readFileSync(file));
    const back = readWorkbookAssessment(wb);
    expect(back.problems).toEqual([]);
    expect(back.meta).toMatchObject({
      title: "Facilities contract 2026",
      us: "Acme Foods",
      them: "CleanCo",
      perspective: "customer",
    });
    const answered = (a: ItemAnswers) =>
      Object.fromEntries(Object.entries(a).filter(([, v]) => typeof v === "number"));
    expect(answered(back.read.us)).toEqual(answered(us));
    expect(answered(back.read.them)).toEqual(answered(them));

    const profile = assessmentToProfile(
      { us, them, weights: {} },
      { perspective: "customer" }
    ).profile;
    const rec = recommend(profile);
    const results = wb.getWorksheet(SHEET_NAMES.results);
    const snapshot = parseCell(`${LAYOUT.results.snapshotColumn}${LAYOUT.results.firstRow}`);
    const target = results?.findCell(snapshot.row, snapshot.col)?.value;
    expect(target).toBe(modelName(rec.targetModel));
    const roadmapSheet = wb.getWorksheet(SHEET_NAMES.roadmap);
    if (!roadmapSheet) throw new Error(`sheet ${SHEET_NAMES.roadmap} missing from the download`);
    const rows = buildRoadmap(profile, rec, { startDate: "2027-01-01", monthsPerStep: 6 });
    const head = parseCell(LAYOUT.roadmapTopLeft);
    const valueAt = (row: number, col: number) => roadmapSheet.findCell(row, col)?.value;
    const phases: unknown[] = [];
    for (let r = head.row + 1; valueAt(r, head.col); r++) phases.push(valueAt(r, head.col));
    // The file holds the regenerated roadmap (6-month steps from 2027-01-01), not the first one.
    expect(phases).toEqual(rows.map((row) => row.phase));
    const firstStart = valueAt(head.row + 1, head.col + ROADMAP_SHEET_COLUMNS.indexOf("start"));
    const asIso =
      firstStart instanceof Date
        ? firstStart.toISOString().slice(0, 10)
        : serialToIso(Number(firstStart));
    expect(asIso).toBe(rows[0].start);
    expect(rows[0].start).toBe("2027-01-01");
  });

  async function saved(download: Download): Promise<Buffer> {
    const file = join(downloadDir, download.suggestedFilename());
    await download.saveAs(file);
    return readFileSync(file);
  }

  let questionnaire: Buffer;
  let reference = "";

  it("prepares the questionnaire for the other party as a download without our view", async () => {
    await openTab("Their view");
    await page.getByRole("heading", { name: "Their view" }).waitFor();
    await checkView("8-their-view");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Prepare questionnaire for CleanCo" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("Questionnaire CleanCo.xlsx");
    questionnaire = await saved(download);
    // The button was disabled while the file was built; focus comes back to it, not to <body>.
    await page.getByText(/It carries the reference/).waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      "Prepare questionnaire for CleanCo"
    );
    reference = (
      await page.getByText("Reference on the questionnaire:").locator("span").textContent()
    )?.trim() as string;
    expect(isAssessmentId(reference)).toBe(true);

    const wb = await loadWorkbook(questionnaire);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(Object.values(QUESTIONNAIRE_SHEETS));
    const [ref] = wb.definedNames.getRanges(QUESTIONNAIRE_NAMES.assessmentId).ranges;
    const [sheet, cell] = ref.replace(/['$]/g, "").split("!");
    expect(wb.getWorksheet(sheet)?.getCell(cell).value).toBe(reference);
    // The cover's reference in our own workbook is the same id (it was stored at creation).
    const [ours] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .xlsx" }).click(),
    ]);
    const ourBook = await loadWorkbook(await saved(ours));
    const [ourRef] = ourBook.definedNames.getRanges(QUESTIONNAIRE_NAMES.assessmentId).ranges;
    const [ourSheet, ourCell] = ourRef.replace(/['$]/g, "").split("!");
    expect(ourBook.getWorksheet(ourSheet)?.getCell(ourCell).value).toBe(reference);
    const text = JSON.stringify(wb.worksheets.map((ws) => ws.getSheetValues()));
    for (const secret of ["Facilities contract 2026", "Ann, Bob"])
      expect(text).not.toContain(secret);
  });

  /** What the other party types: the reverse of our view, one formula, one blank, one note. */
  const theirCells: Record<string, string | number | null> = {};
  const theirView: ItemAnswers = {};
  ITEMS.forEach((item, i) => {
    const score = 6 - (us[item.id] as number);
    theirCells[item.id] = i % 2 === 0 ? score : String(score);
    theirView[item.id] = score;
  });
  const formulaItem = ITEMS[0].id;
  const blankItem = ITEMS[1].id;
  theirCells[formulaItem] = "=5";
  theirView[formulaItem] = null;
  theirCells[blankItem] = null;
  theirView[blankItem] = null;
  const theirNote = "Invoices arrive late every quarter";

  it("imports the answers they returned and lists the workshop topics", async () => {
    const returned = await fillQuestionnaire(questionnaire, {
      scores: theirCells,
      notes: { [ITEMS[2].id]: theirNote },
    });
    await page.locator('input[type="file"]').setInputFiles({
      name: "Questionnaire CleanCo.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: returned,
    });
    const report = page.getByLabel("Import report");
    await report.waitFor();
    const imported = ITEMS.length - 2;
    await report.getByText(`${imported} answers imported`).waitFor();
    await expect(report.textContent()).resolves.toContain("1 skipped, 1 not answered");
    await expect(report.textContent()).resolves.toContain(`Not answered: ${blankItem}.`);
    await expect(report.textContent()).resolves.toContain(reference);
    const skipped = page.getByRole("list", { name: "Skipped answers" });
    const row = skipped.getByRole("listitem").filter({ hasText: formulaItem });
    await expect(row.textContent()).resolves.toMatch(/Your answers!G\d+/);
    await expect(row.textContent()).resolves.not.toContain(NOT_ANSWERED);

    const expected = workshopTopics(
      perceptionSummary({ us, them: theirView }, "customer"),
      WORKSHOP_TOPIC_LIMIT
    );
    expect(expected.length).toBeGreaterThan(0);
    const topics = page.getByRole("list", { name: "Workshop topics" }).getByRole("listitem");
    await expect(topics.allTextContents()).resolves.toEqual(expected);
    await page.getByText(/Imported \d+ answers from CleanCo/).waitFor();
    await checkView("9-their-view-imported");
  });

  it("refuses a file that is not a workbook and keeps the imported answers", async () => {
    await page.locator('input[type="file"]').setInputFiles({
      name: "answers.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("not a zip at all"),
    });
    await page.getByText(/The file was refused/).waitFor();
    await page
      .getByText(/not an \.xlsx workbook/)
      .first()
      .waitFor();
    await checkView("10-their-view-refused");
    await page.getByRole("button", { name: "Dismiss" }).click();
  });

  it("downloads the merged workbook with their answers and note, ours unchanged", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .xlsx" }).click(),
    ]);
    const wb = await loadWorkbook(await saved(download));
    const back = readWorkbookAssessment(wb);
    expect(back.problems).toEqual([]);
    const answered = (a: ItemAnswers) =>
      Object.fromEntries(Object.entries(a).filter(([, v]) => typeof v === "number"));
    expect(answered(back.read.them)).toEqual(answered(theirView));
    expect(answered(back.read.us)).toEqual(answered(us));
    const notes = readItemTables(wb).flatMap((t) => {
      const id = t.headers.indexOf(ITEM_HEADERS.id);
      const col = t.headers.indexOf(ITEM_HEADERS.notes);
      return t.rows.filter((r) => r[id] === ITEMS[2].id).map((r) => String(r[col]));
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(theirNote);
  });

  it("keeps the New form across tabs and returns focus to Create when the dialog is cancelled", async () => {
    await openTab("New");
    await expect(
      page.getByRole("textbox", { name: "Relationship title" }).inputValue()
    ).resolves.toBe("Facilities contract 2026");
    await page.getByRole("button", { name: "Create assessment sheets" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.waitForFunction(
      () => document.activeElement?.textContent === "Create assessment sheets"
    );
  });

  it("follows a dark colour scheme and stays accessible", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.reload();
    await page.getByRole("heading", { name: "New assessment" }).waitFor();
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector(".cf-root") as Element).backgroundColor
    );
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await checkView("7-new-dark");
  });

  it("logged no console errors and sent no request beyond 127.0.0.1", () => {
    expect(consoleErrors).toEqual([]);
    expect(browser.external).toEqual([]);
  });
});
