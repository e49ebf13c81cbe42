/**
 * Headless Chromium for tests and benches: a static server for dist/ on 127.0.0.1, office.js from the
 * local @microsoft/office-js package (also when the built html points at Microsoft's CDN), and a
 * record of every request that tried to leave the machine (those are aborted).
 */
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const { OFFICE_JS_CDN, OFFICE_JS_LOCAL_PATH, OFFICE_JS_LOCAL_DIR } = require("./addin-config");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS_CDN_BASE = OFFICE_JS_CDN.slice(0, OFFICE_JS_CDN.lastIndexOf("/") + 1);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain",
};

function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** A file under `base` for a URL path, or null (never escapes `base`). */
function fileUnder(base, urlPath) {
  const full = path.normalize(path.join(base, decodeURIComponent(urlPath)));
  if (full !== base && !full.startsWith(base + path.sep)) return null;
  return fs.existsSync(full) && fs.statSync(full).isFile() ? full : null;
}

/** Serves dist/ at "/" and the local office.js package where development builds expect it. */
async function serveDist(dist = DIST) {
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const file = urlPath.startsWith(OFFICE_JS_LOCAL_PATH)
      ? fileUnder(OFFICE_JS_LOCAL_DIR, urlPath.slice(OFFICE_JS_LOCAL_PATH.length))
      : fileUnder(dist, urlPath === "/" ? "taskpane.html" : urlPath);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end(`not found: ${urlPath}`);
      return;
    }
    res.writeHead(200, { "content-type": contentType(file), "cache-control": "no-store" });
    res.end(fs.readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("static server has no port");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/**
 * A fresh persistent profile in a temp dir; HOME and XDG dirs point there too. `options` adds
 * launch options such as viewport or acceptDownloads.
 */
async function launchChromium(options = {}) {
  const { chromium } = require("playwright-core");
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "collabfit-chromium-"));
  const context = await chromium.launchPersistentContext(path.join(home, "profile"), {
    ...options,
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
  const external = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_JS_CDN_BASE)) {
      // Production html names the CDN: answer from the local package instead of the network.
      const file = fileUnder(
        OFFICE_JS_LOCAL_DIR,
        new URL(url).pathname.slice(new URL(OFFICE_JS_CDN_BASE).pathname.length)
      );
      if (file)
        return route.fulfill({
          status: 200,
          contentType: contentType(file),
          body: fs.readFileSync(file),
        });
      return route.fulfill({ status: 404, body: "not in the local office.js package" });
    }
    const { protocol, hostname } = new URL(url);
    if (protocol === "data:" || protocol === "blob:" || hostname === "127.0.0.1")
      return route.continue();
    external.push(url);
    return route.abort("blockedbyclient");
  });
  return {
    context,
    external,
    close: async () => {
      await context.close();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

module.exports = { ROOT, DIST, CHROMIUM, OFFICE_JS_CDN_BASE, serveDist, launchChromium };
