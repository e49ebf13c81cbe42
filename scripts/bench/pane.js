/* Task pane figures from the production build in dist/ (`npm run bench` builds first):
 * - the JavaScript fetched before the first view is interactive, gzipped, chunk by chunk (office.js,
 *   Microsoft's, is not counted); what loads later (other views, exceljs) is listed apart, and the
 *   COLLAB.* functions' engine (fetched once the pane is interactive, or on a first call) on its own line;
 * - the same for a bare React + Fluent v9 pane (bare-pane/, built here with the same webpack and
 *   versions) and the ratio between the two;
 * - navigation to an interactive first view in headless Chromium (navigation start to the moment the
 *   "Create assessment sheets" button is in the page and enabled, measured in the page), median of
 *   RUNS, on the machine as it is and again with two CPU hogs running (each a busy loop). */
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { OFFICE_JS_LOCAL_PATH } = require("../addin-config");
const { CHROMIUM, DIST, ROOT, launchChromium, serveDist } = require("../browser");

const BUDGET_KB = 150;
const BUDGET_RATIO = 1.5;
const BUDGET_LOADED_MS = 1000;
const RUNS = 7;
const HOGS = 2;
const BARE_DIR = path.join(ROOT, ".artifacts", "bare-pane");
const BARE_SRC = path.join(__dirname, "bare-pane");
/** The import() that loads what the COLLAB.* functions compute (src/functions/load.ts). */
const FUNCTIONS_ENGINE = "functions-engine";

const kb = (bytes) => bytes / 1024;
const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const within = (ok) => (ok ? "within budget" : "OVER BUDGET");

/** Local scripts named by the built html (what loads before any code of ours runs). */
function htmlScripts(html) {
  return [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src) && !src.startsWith(OFFICE_JS_LOCAL_PATH));
}

/**
 * Injected before any page script: the moment the first view's main button is in the page and
 * enabled (a MutationObserver sees it as React commits), and the scripts requested until then.
 * Measured in the page, so neither the test driver's polling nor later idle-time loads count.
 */
const WATCH_INTERACTIVE = `
  (() => {
    const done = () => {
      const button = [...document.querySelectorAll("button")].find(
        (b) => b.textContent.trim() === "Create assessment sheets" && !b.disabled
      );
      if (!button) return false;
      window.__interactive = {
        at: performance.now(),
        scripts: performance
          .getEntriesByType("resource")
          .filter((e) => e.initiatorType === "script")
          .map((e) => e.name),
      };
      return true;
    };
    const observer = new MutationObserver(() => done() && observer.disconnect());
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  })();
`;

/** Opens the pane; returns the ms from navigation start to interactive and the scripts loaded by then. */
async function openPane(context, origin) {
  const page = await context.newPage();
  await page.addInitScript({ content: WATCH_INTERACTIVE });
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForFunction(() => window.__interactive !== undefined, null, { timeout: 60_000 });
  const { at, scripts } = await page.evaluate(() => window.__interactive);
  await page.close();
  return { ms: Math.round(at), scripts };
}

/** Our scripts named in dist/taskpane.html: the page fetches each of them as it loads. */
function htmlScripts() {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

/**
 * Our scripts (paths under dist/) loaded from navigation until the pane was interactive, and every
 * script the page names: a deferred script still finishing when the first view answers (functions.js)
 * was fetched with the page all the same, so it counts.
 */
async function scriptsBeforeInteractive(chromium, origin) {
  const { scripts } = await openPane(chromium.context, origin);
  const loaded = scripts
    .map((name) => new URL(name))
    .filter((url) => url.origin === origin && !url.pathname.startsWith(OFFICE_JS_LOCAL_PATH))
    .map((url) => url.pathname.replace(/^\//, ""));
  return [...new Set([...htmlScripts(), ...loaded])];
}

function startHogs() {
  return Array.from({ length: HOGS }, () =>
    spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" })
  );
}

function stopHogs(hogs) {
  for (const hog of hogs) hog.kill("SIGKILL");
}

async function medianTime(chromium, origin) {
  await openPane(chromium.context, origin); // warm-up: Chromium's own start-up is not the pane's
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push((await openPane(chromium.context, origin)).ms);
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)],
    min: times[0],
    max: times[times.length - 1],
  };
}

/** Builds the bare pane unless a build newer than its sources and the installed Fluent is there. */
async function bareInitialFiles() {
  const statsFile = path.join(BARE_DIR, "entry-files.json");
  const inputs = [
    ...fs.readdirSync(BARE_SRC).map((f) => path.join(BARE_SRC, f)),
    path.join(ROOT, "node_modules", "@fluentui", "react-components", "package.json"),
    path.join(ROOT, "node_modules", "react-dom", "package.json"),
  ];
  const newest = Math.max(...inputs.map((f) => fs.statSync(f).mtimeMs));
  if (!fs.existsSync(statsFile) || fs.statSync(statsFile).mtimeMs < newest) {
    const webpack = require("webpack");
    const config = require(path.join(BARE_SRC, "webpack.config.js"))(BARE_DIR);
    const stats = await new Promise((resolve, reject) =>
      webpack(config).run((err, result) => (err ? reject(err) : resolve(result)))
    );
    if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
    const json = stats.toJson({ all: false, entrypoints: true });
    const files = json.entrypoints.bare.assets.map((a) => a.name).filter((n) => n.endsWith(".js"));
    fs.writeFileSync(statsFile, JSON.stringify(files));
  }
  return JSON.parse(fs.readFileSync(statsFile, "utf8"));
}

/** Which modules each chunk holds (written by the production build; see webpack.config.js). */
function chunkModules() {
  const file = path.join(ROOT, ".artifacts", "bundle-chunks.json");
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
}

module.exports = async function run() {
  const htmlFile = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(htmlFile))
    return [["task pane", "dist/taskpane.html missing: run npx webpack --mode production"]];
  const rows = [];
  const haveChromium = fs.existsSync(CHROMIUM);
  const server = await serveDist();
  let chromium;
  try {
    chromium = haveChromium ? await launchChromium() : null;
    const initial = chromium
      ? await scriptsBeforeInteractive(chromium, server.origin)
      : htmlScripts(fs.readFileSync(htmlFile, "utf8"));
    const sizes = initial.map((f) => [f, gzipSize(path.join(DIST, f))]);
    const total = kb(sizes.reduce((n, [, s]) => n + s, 0));

    const bareFiles = await bareInitialFiles();
    const bare = kb(bareFiles.reduce((n, f) => n + gzipSize(path.join(BARE_DIR, f)), 0));
    const ratio = total / bare;

    rows.push([
      `initial JS, gzipped (${chromium ? "fetched before interactive" : "html scripts only"})`,
      `${total.toFixed(1)} KB — budget ≤ ${BUDGET_KB} KB, ${within(total <= BUDGET_KB)}`,
    ]);
    for (const [f, s] of sizes) rows.push([`  ${f}`, `${kb(s).toFixed(1)} KB`]);
    rows.push([
      "bare React + Fluent v9 pane, gzipped",
      `${bare.toFixed(1)} KB (${bareFiles.join(", ")})`,
    ]);
    rows.push([
      "initial JS / bare pane",
      `${ratio.toFixed(2)}× — budget ≤ ${BUDGET_RATIO}×, ${within(ratio <= BUDGET_RATIO)}`,
    ]);
    // The COLLAB.* functions' engine: functions.js only registers them; the engine follows once
    // the pane is interactive (index.tsx) or on the first call. Not free, so shown on its own.
    const chunks = chunkModules();
    const engineFiles = chunks
      ? [
          ...new Set(
            chunks
              .filter((c) => c.groups?.includes(FUNCTIONS_ENGINE))
              .flatMap((c) => c.files)
              .filter((f) => f.endsWith(".js") && !initial.includes(f))
          ),
        ]
      : [];
    if (engineFiles.length > 0) {
      const engineKb = kb(engineFiles.reduce((n, f) => n + gzipSize(path.join(DIST, f)), 0));
      rows.push([
        "functions' engine, loaded after the pane is interactive or on first call",
        `${engineKb.toFixed(1)} KB (${engineFiles.map((f) => f.replace(/\.[0-9a-f]{8}\.js$/, "")).join(" + ")}; ` +
          `initial + engine ${(total + engineKb).toFixed(1)} KB)`,
      ]);
    } else if (chunks) {
      rows.push([
        "functions' engine",
        chunks.some((c) => c.groups?.includes(FUNCTIONS_ENGINE))
          ? "fetched before the pane was interactive: counted in the initial JS above"
          : "no chunk of its own: it is in the initial JS above",
      ]);
    }
    const later = fs
      .readdirSync(DIST)
      .filter((f) => f.endsWith(".js") && !initial.includes(f) && !engineFiles.includes(f))
      .map((f) => [f, gzipSize(path.join(DIST, f))])
      .sort((a, b) => b[1] - a[1]);
    rows.push([
      "loaded on demand, gzipped (not counted; the engine's files above not repeated)",
      later
        .map(([f, s]) => `${f.replace(/\.[0-9a-f]{8}\.js$/, "")} ${kb(s).toFixed(1)}`)
        .join(", ") + " KB",
    ]);
    if (chunks) {
      const inPane = chunks.filter((c) => c.files.some((f) => initial.includes(f)));
      const has = (re) => inPane.some((c) => c.modules.some((m) => re.test(m)));
      rows.push([
        "pane's initial chunks hold exceljs / roadmap catalogue",
        `${has(/node_modules[\\/](exceljs|jszip)[\\/]/) ? "YES" : "no"} / ${has(/src[\\/]core[\\/]method[\\/]roadmap\.ts/) ? "YES" : "no"}` +
          " (functions.js included)",
      ]);
    }

    if (!chromium) {
      rows.push(["navigation to interactive", `skipped: no Chromium at ${CHROMIUM}`]);
      return rows;
    }
    const idle = await medianTime(chromium, server.origin);
    rows.push([
      `navigation to interactive, median of ${RUNS}`,
      `${idle.median} ms (min ${idle.min}, max ${idle.max}), load average ${os.loadavg()[0].toFixed(1)}`,
    ]);
    const hogs = startHogs();
    let loaded;
    try {
      loaded = await medianTime(chromium, server.origin);
    } finally {
      stopHogs(hogs);
    }
    rows.push([
      `  with ${HOGS} CPU hogs running`,
      `${loaded.median} ms (min ${loaded.min}, max ${loaded.max}) — budget < ${BUDGET_LOADED_MS} ms, ` +
        `${within(loaded.median < BUDGET_LOADED_MS)}`,
    ]);
    return rows;
  } finally {
    await chromium?.close();
    await server.close();
  }
};
