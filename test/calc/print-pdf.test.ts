/**
 * The demo workbook as a reader prints it: exported by LibreOffice to PDF (as `collabfit demo`
 * writes it, and after `collabfit recommend --out`), then read back page by page with poppler's
 * pdftotext. The Summary is one page, no page shows an error value, every page carries the header
 * and footer (relationship, confidentiality, sheet, page x of y), no text prints below 8 pt, and a
 * sheet printed in column groups repeats its first column without the title rows it would cut.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DEMO_META } from "../../src/core/workbook/demo";
import { confidentialityOf, itemsOfStep } from "../../src/core/workbook/layout";
import { SHEET_NAMES, STEP_IDS } from "../../src/core/workbook/names";
import { buildCliIfMissing, runCli } from "../support/cli";
import { convertWithLibreOffice } from "../support/libreoffice";

jest.setTimeout(300_000);

const ERROR_VALUE = /#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!|#NULL!|#SPILL!|#CALC!|Err:\d{3}/;

interface Page {
  n: number;
  text: string;
  /** The sheet named in the footer ("&A · Page &P of &N"). */
  sheet: string | null;
  /** Font size in points of the smallest word on the page (from its bounding box). */
  minPt: number;
}

const pdfs: Record<string, Page[]> = {};

/** Height of a DejaVu word box per point of font size (ascent + descent), as LibreOffice draws it. */
const BOX_PER_PT = 1.157;

function readPages(pdf: string): Page[] {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
  const pages: Page[] = [];
  for (let n = 1; n <= count; n++) {
    const f = ["-f", String(n), "-l", String(n)];
    const text = execFileSync("pdftotext", [...f, "-layout", pdf, "-"], { encoding: "utf8" });
    const boxes = execFileSync("pdftotext", [...f, "-bbox", pdf, "-"], { encoding: "utf8" });
    const heights = [...boxes.matchAll(/<word [^>]*yMin="([\d.]+)"[^>]*yMax="([\d.]+)"/g)].map(
      (m) => Number(m[2]) - Number(m[1])
    );
    const sheet = /(CF [A-Za-z0-9 ]+?) · Page \d+ of \d+/.exec(text)?.[1] ?? null;
    pages.push({ n, text, sheet, minPt: Math.min(...heights) / BOX_PER_PT });
  }
  return pages;
}

beforeAll(async () => {
  buildCliIfMissing();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cf-calc-pdf-"));
  const demo = path.join(dir, "demo.xlsx");
  const recommend = path.join(dir, "recommend.xlsx");
  for (const args of [
    ["demo", "--out", demo],
    ["recommend", demo, "--out", recommend],
  ]) {
    const r = runCli(...args);
    if (r.code !== 0) throw new Error(`collabfit ${args.join(" ")} failed: ${r.stderr}`);
  }
  const out = await convertWithLibreOffice([demo, recommend], "pdf");
  for (const name of ["demo", "recommend"]) pdfs[name] = readPages(path.join(out, `${name}.pdf`));
});

describe.each(["demo", "recommend"])("the %s workbook printed to PDF by LibreOffice", (name) => {
  const pages = () => pdfs[name];
  const label = confidentialityOf(DEMO_META);

  test("every sheet prints", () => {
    const order = [...new Set(pages().map((p) => p.sheet))];
    for (const s of [
      SHEET_NAMES.cover,
      SHEET_NAMES.summary,
      ...STEP_IDS.map((id) => SHEET_NAMES[id]),
      SHEET_NAMES.results,
      SHEET_NAMES.roadmap,
      SHEET_NAMES.actions,
    ])
      expect(order).toContain(s);
  });

  test("the Summary is exactly one page, from its title to the decision asked for", () => {
    const summary = pages().filter((p) => p.sheet === SHEET_NAMES.summary);
    expect(summary).toHaveLength(1);
    expect(summary[0].text).toMatch(/^\s*Summary\s*$/m);
    expect(summary[0].text).toContain("Decision asked for");
  });

  test("no page shows an error value", () => {
    const bad = pages()
      .filter((p) => ERROR_VALUE.test(p.text))
      .map((p) => `page ${p.n} (${p.sheet}): ${ERROR_VALUE.exec(p.text)![0]}`);
    expect(bad).toEqual([]);
  });

  test("every page has the header and footer: relationship, confidentiality, sheet, page x of y", () => {
    const total = pages().length;
    for (const p of pages()) {
      const lines = p.text.split("\n").filter((l) => l.trim());
      const [head, foot] = [lines[0], lines[lines.length - 1]];
      expect(head).toContain(DEMO_META.title);
      expect(head).toContain(label);
      expect(foot).toContain(`${DEMO_META.title} · ${label}`);
      expect(foot).toMatch(new RegExp(`CF [A-Za-z0-9 ]+ · Page ${p.n} of ${total}\\s*$`));
    }
  });

  test("no page prints text below 8 pt", () => {
    const small = pages()
      .filter((p) => p.minPt < 7.9)
      .map((p) => `page ${p.n} (${p.sheet}): ${p.minPt.toFixed(1)} pt`);
    expect(small).toEqual([]);
  });

  test("step sheets print in two column groups; the second repeats the item ids, not the cut title rows", () => {
    for (const step of STEP_IDS) {
      const own = pages().filter((p) => p.sheet === SHEET_NAMES[step]);
      const ids = itemsOfStep(step).map((it) => it.id);
      const questions = own.filter((p) => /\bQuestion\b/.test(p.text));
      const answers = own.filter((p) => /\bEvidence\b/.test(p.text));
      expect(questions.length).toBeGreaterThan(0);
      expect(answers.length).toBeGreaterThan(0);
      for (const p of answers) {
        expect(p.text).not.toMatch(/\bQuestion\b/);
        // Column A repeated beside the answers, and no title line clipped to its width.
        expect(ids.some((id) => p.text.includes(id))).toBe(true);
        expect(p.text).not.toMatch(/^\s*Step \d/m);
      }
      const printedIds = ids.filter((id) => answers.some((p) => p.text.includes(id)));
      expect(printedIds).toEqual(ids);
    }
  });

  test("Results prints without a page of its own for the chart's source table", () => {
    const results = pages().filter((p) => p.sheet === SHEET_NAMES.results);
    expect(results.length).toBeGreaterThan(0);
    for (const p of results) expect(p.text).toMatch(/Snapshot|Margins|Why/);
  });
});
