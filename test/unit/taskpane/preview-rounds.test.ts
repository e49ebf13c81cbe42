/** The preview port's respondents and rounds (issue 13) on its in-browser workbook. */
import { ITEMS } from "../../../src/core/method";
import { PreviewPort } from "../../../src/taskpane/preview-port";
import { fillQuestionnaire } from "../exchange/helpers";

jest.setTimeout(120_000);

const META = {
  title: "Packaging",
  us: "Acme",
  them: "BoxCo",
  perspective: "customer" as const,
  date: "2026-03-01",
  assessors: "Ann",
};

test("respondents survive a score chosen afterwards; a new round keeps the history and empties the scores", async () => {
  const port = new PreviewPort();
  await port.create(META);
  for (const [i, it] of ITEMS.entries()) await port.setScore(it.id, "us", (i % 5) + 1);
  const q = await port.prepareQuestionnaire();
  const blank = Buffer.from(await q.file!.blob.arrayBuffer());
  const files = await Promise.all(
    [
      ["Ana.xlsx", 1],
      ["Ben.xlsx", 5],
    ].map(async ([name, v]) => ({
      name: name as string,
      data: new Uint8Array(
        await fillQuestionnaire(blank, {
          scores: Object.fromEntries(ITEMS.map((it) => [it.id, v])),
        })
      ),
    }))
  );
  const imported = await port.importRespondents(files);
  expect(imported.added).toEqual(["Ana", "Ben"]);
  expect(imported.overview.respondents.map((r) => [r.side, r.name, r.status])).toEqual([
    ["them", "Ana", "answered"],
    ["them", "Ben", "answered"],
  ]);
  // Their side is the mean of 1 and 5 on every item.
  expect((await port.readScores()).them[ITEMS[1].id]).toBe(3);

  // A score chosen in the pane afterwards goes into the workbook; the respondents stay.
  await port.setScore(ITEMS[0].id, "us", 2);
  expect((await port.readScores()).us[ITEMS[0].id]).toBe(2);
  expect((await port.readRounds()).respondents).toHaveLength(2);

  await expect(port.startRound("2020-01-01")).rejects.toThrow(
    /2020-01-01 is before the last round \(2026-03-01\)/
  );
  const next = await port.startRound("2027-03-01");
  expect(next.history.map((h) => [h.date, h.respondents])).toEqual([
    ["2026-03-01", { us: 1, them: 2 }],
  ]);
  expect(next.respondents).toEqual([]);
  expect(next.current.date).toBe("2027-03-01");
  const after = await port.readScores();
  expect(Object.values(after.us).filter((v) => typeof v === "number")).toEqual([]);
  expect((await port.openExisting())!.date).toBe("2027-03-01");
});
