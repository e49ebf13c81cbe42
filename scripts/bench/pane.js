/* Task pane figures from the production build in dist/: the JavaScript the html loads up front
 * (gzipped; exceljs is a lazy chunk and not counted) and the time from navigation to an interactive
 * first view in headless Chromium (median of 5). Build first: npx webpack --mode production. */
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { OFFICE_JS_CDN, OFFICE_JS_LOCAL_PATH, OFFICE_JS_LOCAL_DIR } = require("../addin-config");

const DIST = path.join(__dirname, "..", "..", "dist");
const CHROMIUM = "/usr/bin/chromium";
const BUDGET_KB = 250;
const RUNS = 5;
const CDN_BASE = OFFICE_JS_CDN.slice(0, OFFICE_JS_CDN.lastIndexOf("/") + 1);

/** Local scripts named by the built html: what the pane loads before its first view. */
function initialScripts(html) {
  return [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src) && !src.startsWith(OFFICE_JS_LOCAL_PATH));
}

function fileUnder(base, rel) {
  const full = path.normalize(path.join(base, decodeURIComponent(rel)));
  if (!full.startsWith(base)) return null;
  return fs.existsSync(full) && fs.statSync(full).isFile() ? full : null;
}

function serve() {
  const server = http.createServer((req, res) => {
    const p = new URL(req.url, "http://127.0.0.1").pathname;
    const file = p.startsWith(OFFICE_JS_LOCAL_PATH)
      ? fileUnder(OFFICE_JS_LOCAL_DIR, p.slice(OFFICE_JS_LOCAL_PATH.length))
      : fileUnder(DIST, p === "/" ? "taskpane.html" : p.slice(1));
    if (!file) {
      res.writeHead(404);
      return res.end();
    }
    const type = file.endsWith(".html")
      ? "text/html"
      : file.endsWith(".js")
        ? "text/javascript"
        : "application/octet-stream";
    res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
    res.end(fs.readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

async function timeToInteractive() {
  const { chromium } = require("playwright-core");
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-bench-"));
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const context = await chromium.launchPersistentContext(path.join(home, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, ".config"),
      XDG_CACHE_HOME: path.join(home, ".cache"),
    },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(CDN_BASE)) {
        const file = fileUnder(
          OFFICE_JS_LOCAL_DIR,
          new URL(url).pathname.slice(new URL(CDN_BASE).pathname.length)
        );
        return file
          ? route.fulfill({
              status: 200,
              contentType: "text/javascript",
              body: fs.readFileSync(file),
            })
          : route.abort();
      }
      return new URL(url).hostname === "127.0.0.1"
        ? route.continue()
        : route.abort("blockedbyclient");
    });
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${origin}/taskpane.html`);
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
    await context.close();
    server.close();
    fs.rmSync(home, { recursive: true, force: true });
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
