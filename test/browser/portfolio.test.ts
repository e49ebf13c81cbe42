/**
 * The pane's Portfolio view in headless Chromium (preview, production build): real assessment
 * workbooks written by our .xlsx writer and one junk file, chosen through the file input; the rows
 * and the skipped file shown; the downloaded portfolio read back with exceljs and checked against
 * the engine; axe; a screenshot; nothing requested beyond 127.0.0.1.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { recommend, segmentation, type Segment } from "../../src/core/method";
import { segmentLabel } from "../../src/core/texts/method-words";
import {
  MISMATCH_YES,
  NO_SEGMENT,
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLE,
} from "../../src/core/workbook/portfolio";
import { loadWorkbook, plainValue } from "../../src/xlsx";
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
import { PORTFOLIO_CASES, caseProfile, writePortfolioCases } from "../support/portfolio";
import { modelName } from "../../src/core/texts/method-words";

jest.setTimeout(240_000);

/** One case per segment of each perspective, plus one without a profit impact (no segment). */
function pickCases() {
  const seen = new Set<Segment | null>();
  let mismatch = false;
  return PORTFOLIO_CASES.filter((c) => {
    const profile = caseProfile(c);
    const seg = segmentation(profile, recommend(profile));
    // ... and the first relationship whose model is unusual for its segment.
    const wanted = !seen.has(seg.segment) || (!mismatch && seg.mismatch !== null);
    if (!wanted) return false;
    seen.add(seg.segment);
    mismatch ||= seg.mismatch !== null;
    return true;
  });
}

describe("Portfolio view in Chromium (preview, production build)", () => {
  let server: StaticServer;
  let browser: Chromium;
  let page: Page;
  const consoleErrors: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "collabfit-portfolio-pane-"));
  const cases = pickCases();
  let files: string[] = [];
  const junk = join(dir, "not-a-workbook.xlsx");

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
    if (!existsSync(join(DIST, "taskpane.html")))
      throw new Error("dist/taskpane.html is missing: run `npm run build` first.");
    files = await writePortfolioCases(dir, cases);
    writeFileSync(junk, "this is text, not a zip package");
    server = await serveDist();
    browser = await launchChromium();
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
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads the chosen files, shows every row and the skipped file, and downloads a portfolio that matches the engine", async () => {
    // Both perspectives' segments, a relationship without one and a mismatch are among the files.
    const segs = cases.map((c) => segmentation(caseProfile(c), recommend(caseProfile(c))));
    expect(new Set(segs.map((x) => x.segment)).size).toBe(
      new Set(
        PORTFOLIO_CASES.map((c) => segmentation(caseProfile(c), recommend(caseProfile(c))).segment)
      ).size
    );
    expect(segs.some((x) => x.mismatch)).toBe(true);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("tab", { name: "Portfolio", exact: true }).click();
    await page.getByRole("heading", { name: "Portfolio" }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 120_000 }),
      page.getByLabel("Assessment workbooks (.xlsx)").setInputFiles([...files, junk]),
    ]);
    const report = page.getByLabel("Portfolio report");
    await report.waitFor();
    expect(await report.textContent()).toContain(`${cases.length} relationships read, 1 skipped.`);
    const rows = page.getByRole("table", { name: "Relationships read" }).getByRole("row");
    expect(await rows.count()).toBe(cases.length + 1);
    expect(await page.getByText(/^Mismatch: the segment usually gets/).count()).toBe(
      segs.filter((x) => x.mismatch).length
    );
    const skipped = await page.getByRole("list", { name: "Skipped files" }).textContent();
    expect(skipped).toContain(`${basename(junk)}:`);

    // The portfolio workbook, read back: one row per file, as the engine decides.
    const saved = join(dir, "out", download.suggestedFilename());
    mkdirSync(join(dir, "out"));
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toMatch(/^CollabFit portfolio \d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = await loadWorkbook(readFileSync(saved));
    const ws = wb.getWorksheet(PORTFOLIO_SHEETS.portfolio)!;
    const table = ws.getTable(PORTFOLIO_TABLE) as unknown as {
      table: { tableRef: string; columns: { name: string }[] };
    };
    const headers = table.table.columns.map((c) => c.name);
    const top = Number(/\d+/.exec(table.table.tableRef)![0]);
    const at = (row: number, header: string) =>
      plainValue(ws.getRow(row).getCell(headers.indexOf(header) + 1).value);
    const byFile = new Map<string, number>();
    for (let r = top + 1; r <= top + cases.length; r++) byFile.set(String(at(r, "File")), r);
    expect(byFile.size).toBe(cases.length);
    cases.forEach((c, i) => {
      const profile = caseProfile(c);
      const rec = recommend(profile);
      const seg = segmentation(profile, rec);
      const r = byFile.get(basename(files[i]))!;
      expect({ file: c.name, target: at(r, "Target model") }).toEqual({
        file: c.name,
        target: modelName(rec.targetModel),
      });
      expect(at(r, "Start model")).toBe(modelName(rec.startModel));
      expect(at(r, "Segment")).toBe(seg.segment ? segmentLabel(seg.segment) : NO_SEGMENT);
      expect(at(r, "Mismatch")).toBe(seg.mismatch ? MISMATCH_YES : "No");
    });
    const skippedSheet = wb.getWorksheet(PORTFOLIO_SHEETS.skipped)!;
    expect(String(plainValue(skippedSheet.getCell("A4").value))).toBe(basename(junk));

    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    mkdirSync(join(ROOT, ".artifacts"), { recursive: true });
    await page.screenshot({ path: join(ROOT, ".artifacts", "portfolio.png"), fullPage: true });
  });

  it("logged no console errors and sent no request beyond 127.0.0.1", () => {
    expect(consoleErrors).toEqual([]);
    expect(browser.external).toEqual([]);
  });
});
