/**
 * The preview port in the pseudo-locale: its progress, its refusals and a portfolio's skip reasons
 * (src/xlsx/portfolio.ts) are catalogue texts; only the file names the test picks are data.
 */
import { ITEMS } from "../../../src/core/method";
import { DEMO_META } from "../../../src/core/workbook/demo";
import { PSEUDO_LOCALE, setLanguage } from "../../../src/core/texts";
import { PreviewPort } from "../../../src/taskpane/preview-port";
import { untranslated } from "../../support/untranslated";

jest.setTimeout(120_000);

/** Every progress message of `run`, and the run's result. */
async function progressOf<T>(run: (onProgress: (m: string) => void) => Promise<T>) {
  const messages: string[] = [];
  const result = await run((m) => messages.push(m));
  return { messages, result };
}

describe("the preview port in the pseudo-locale", () => {
  beforeAll(() => setLanguage(PSEUDO_LOCALE));
  afterAll(() => setLanguage("en"));

  it("refuses before an assessment exists in catalogue words", async () => {
    const refusal = await new PreviewPort().openExisting().catch((e: Error) => e.message);
    expect(refusal).toMatch(/^⟦.*⟧$/);
  });

  it("says its progress and why a file is not in the portfolio in catalogue words", async () => {
    const port = new PreviewPort();
    const created = await progressOf((onProgress) => port.create(DEMO_META, { onProgress }));
    for (const [i, it] of ITEMS.entries()) await port.setScore(it.id, "us", (i % 5) + 1);
    const download = await port.download();
    const workbook = new Uint8Array(await download.blob.arrayBuffer());

    // The same assessment twice, and a file that is no workbook: both skipped with a reason.
    const files = [
      { name: "first.xlsx", data: workbook },
      { name: "again.xlsx", data: workbook },
      { name: "notes.txt", data: new Uint8Array([1, 2, 3]) },
    ];
    const portfolio = await progressOf((onProgress) => port.buildPortfolio(files, onProgress));
    expect(portfolio.result.rows).toHaveLength(1);
    expect(portfolio.result.skipped.map((s) => s.file)).toEqual(["again.xlsx", "notes.txt"]);

    // The files offered for download are named in catalogue words too (the title is data).
    const names = [download.fileName, portfolio.result.file!.fileName];
    expect(names.flatMap((n) => untranslated(n, DEMO_META.title.split(" ")))).toEqual([]);

    const messages = [...created.messages, ...portfolio.messages];
    // Start, one message a file, and the workbook: the count follows the files picked.
    expect(portfolio.messages).toHaveLength(files.length + 2);
    expect(messages.every((m) => m.startsWith("⟦"))).toBe(true);
    const reasons = portfolio.result.skipped.map((s) => s.reason);
    // The duplicate names the file used (data) and the assessment's reference (an identifier).
    const data = [...files.map((f) => f.name), portfolio.result.rows[0].assessmentId];
    expect([...messages, ...reasons].flatMap((m) => untranslated(m, data))).toEqual([]);
  });
});
