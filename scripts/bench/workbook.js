/* Assessment workbook (.xlsx via exceljs): write and read back the demo, and results for 200 relationships. */
const { lib, median } = require("./support/lib");

module.exports = async function run() {
  const method = lib("core/method");
  const { buildRoadmap } = lib("core/texts/roadmap-words");
  const { buildDemoPlan, DEMO_META } = lib("core/workbook/demo");
  const { buildAssessmentPlan } = lib("core/workbook/layout");
  const { assessmentToProfile } = lib("core/workbook/readback");
  const xlsx = lib("xlsx");

  const write = await median(5, () => xlsx.planToBuffer(buildDemoPlan("2026-03-02T00:00:00Z")));
  const buf = write.last;
  const read = await median(5, async () => xlsx.workbookProfile(await xlsx.loadWorkbook(buf)));
  if (read.last.problems.length) throw new Error("demo workbook read back with problems");
  const replace = await median(5, async () => {
    const wb = await xlsx.loadWorkbook(buf);
    const d = lib("core/workbook/demo").demoAssessment();
    return xlsx.workbookToBuffer(
      xlsx.replaceResults(wb, d.recommendation, d.roadmap, "2026-03-02T00:00:00Z")
    );
  });

  // 200 relationships, each a full workbook with both sides' answers, results and roadmap.
  let seed = 4242;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const answers = () =>
    Object.fromEntries(
      method.ITEMS.map((i) => [i.id, next() < 0.08 ? null : 1 + Math.floor(next() * 5)])
    );
  const t0 = process.hrtime.bigint();
  let bytes = 0;
  let unscorable = 0;
  for (let n = 0; n < 200; n++) {
    const a = { us: answers(), them: answers() };
    const { profile, missing } = assessmentToProfile({ ...a, weights: {} }, DEMO_META);
    let recommendation = null;
    let roadmap = [];
    if (missing.us.length === 0 && missing.them.length === 0) {
      recommendation = method.recommend(profile);
      roadmap = buildRoadmap(profile, recommendation, { startDate: "2026-03-02" });
    } else unscorable++;
    const plan = buildAssessmentPlan(
      { ...DEMO_META, title: `Relationship ${n + 1}` },
      {
        answers: a,
        recommendation,
        roadmap,
        takenAt: "2026-03-02T00:00:00Z",
      }
    );
    bytes += (await xlsx.planToBuffer(plan)).length;
  }
  const total = Number(process.hrtime.bigint() - t0) / 1e6;

  return [
    [
      "write demo workbook (plan -> .xlsx buffer), median of 5",
      `${write.ms.toFixed(0)} ms, ${(buf.length / 1024).toFixed(0)} KiB`,
    ],
    [
      "read back demo workbook (load + read-back + profile), median of 5",
      `${read.ms.toFixed(0)} ms`,
    ],
    [
      "regenerate Results + Roadmap in a loaded demo workbook, median of 5",
      `${replace.ms.toFixed(0)} ms`,
    ],
    [
      "200 relationships: score, recommend, roadmap, write one workbook each",
      `${(total / 1000).toFixed(2)} s total, ${(total / 200).toFixed(1)} ms per workbook, ${(bytes / 1024 / 1024).toFixed(1)} MiB written${unscorable ? `, ${unscorable} without results` : ""}`,
    ],
  ];
};
