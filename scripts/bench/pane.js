/* Task pane figures from the production build in dist/: the JavaScript the html loads up front
 * (gzipped; exceljs is a lazy chunk and not counted) and the time from navigation to an interactive
 * first view in headless Chromium (median of 5). Build first: npx webpack --mode production. */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { OFFICE_JS_LOCAL_PATH } = require("../addin-config");
const { CHROMIUM, DIST, launchChromium, serveDist } = require("../browser");

const BUDGET_KB = 250;
const RUNS = 5;

/** Local scripts named by the built html: what the pane loads before its first view. */
function initialScripts(html) {
  return [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src) && !src.startsWith(OFFICE_JS_LOCAL_PATH));
}

async function timeToInteractive() {
  const server = await serveDist();
  let chromium;
  try {
    chromium = await launchChromium();
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await chromium.context.newPage();
      const started = Date.now();
      await page.goto(`${server.origin}/taskpane.html`);
      const button = page.getByRole("button", { name: "Create assessment sheets" });
      await button.waitFor();
      await page.waitForFunction((el) => el && !el.disabled, await button.elementHandle());
      times.push(Date.now() - started);
      await page.close();
    }
    times.sort((a, b) => a - b);
    return {
      median: times[Math.floor(times.length / 2)],
      min: times[0],
      max: times[times.length - 1],
    };
  } finally {
    await chromium?.close();
    await server.close();
  }
}

module.exports = async function run() {
  const htmlFile = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(htmlFile))
    return [["task pane", "dist/taskpane.html missing: run npx webpack --mode production"]];
  const scripts = initialScripts(fs.readFileSync(htmlFile, "utf8"));
  const sizes = scripts.map((src) => {
    const data = fs.readFileSync(path.join(DIST, src));
    return [src, zlib.gzipSync(data, { level: 9 }).length];
  });
  const total = sizes.reduce((n, [, s]) => n + s, 0) / 1024;
  const rows = [
    [
      "initial JS, gzipped",
      `${total.toFixed(1)} KB (budget ${BUDGET_KB} KB${total > BUDGET_KB ? ", OVER" : ""})`,
    ],
    ...sizes.map(([src, s]) => [`  ${src}`, `${(s / 1024).toFixed(1)} KB gzipped`]),
  ];
  if (!fs.existsSync(CHROMIUM)) {
    rows.push(["navigation to interactive", `skipped: no Chromium at ${CHROMIUM}`]);
    return rows;
  }
  const t = await timeToInteractive();
  rows.push([
    `navigation to interactive (median of ${RUNS})`,
    `${t.median} ms (min ${t.min}, max ${t.max})`,
  ]);
  return rows;
};
