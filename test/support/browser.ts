/**
 * Headless Chromium for tests and benches: a static server for dist/ on 127.0.0.1, office.js from the
 * local @microsoft/office-js package (also when the built html points at Microsoft's CDN), and a
 * record of every request that tried to leave the machine (those are aborted).
 */
import { mkdtempSync, readFileSync, existsSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { BrowserContext } from "playwright-core";

const addin = require("../../scripts/addin-config") as {
  OFFICE_JS_CDN: string;
  OFFICE_JS_LOCAL_PATH: string;
  OFFICE_JS_LOCAL_DIR: string;
};

export const ROOT = resolve(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_JS_CDN_BASE = addin.OFFICE_JS_CDN.slice(
  0,
  addin.OFFICE_JS_CDN.lastIndexOf("/") + 1
);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain",
};

function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/** A file under `base` for a URL path, or null (never escapes `base`). */
function fileUnder(base: string, urlPath: string): string | null {
  const full = normalize(join(base, decodeURIComponent(urlPath)));
  if (full !== base && !full.startsWith(base + sep)) return null;
  return existsSync(full) && statSync(full).isFile() ? full : null;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves dist/ at "/" and the local office.js package where development builds expect it. */
export async function serveDist(dist = DIST): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const file = path.startsWith(addin.OFFICE_JS_LOCAL_PATH)
      ? fileUnder(addin.OFFICE_JS_LOCAL_DIR, path.slice(addin.OFFICE_JS_LOCAL_PATH.length))
      : fileUnder(dist, path === "/" ? "taskpane.html" : path);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end(`not found: ${path}`);
      return;
    }
    res.writeHead(200, { "content-type": contentType(file), "cache-control": "no-store" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("static server has no port");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface Chromium {
  context: BrowserContext;
  /** Requests that tried to reach anything but 127.0.0.1 (aborted). */
  external: string[];
  close(): Promise<void>;
}

/** A fresh persistent profile in a temp dir; HOME and XDG dirs point there too. */
export async function launchChromium(): Promise<Chromium> {
  const { chromium } = await import("playwright-core");
  const home = mkdtempSync(join(tmpdir(), "collabfit-chromium-"));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    HOME: home,
    XDG_CONFIG_HOME: join(home, ".config"),
    XDG_CACHE_HOME: join(home, ".cache"),
  };
  const context = await chromium.launchPersistentContext(join(home, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    env,
    acceptDownloads: true,
    viewport: { width: 360, height: 800 },
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
  const external: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_JS_CDN_BASE)) {
      // Production html names the CDN: answer from the local package instead of the network.
      const file = fileUnder(
        addin.OFFICE_JS_LOCAL_DIR,
        new URL(url).pathname.slice(new URL(OFFICE_JS_CDN_BASE).pathname.length)
      );
      if (file)
        return route.fulfill({
          status: 200,
          contentType: contentType(file),
          body: readFileSync(file),
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
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** axe-core's source, injected into pages by the accessibility checks. */
export function axeSource(): string {
  return readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; summary?: string }[];
}

interface AxeResultNode {
  target: unknown[];
  failureSummary?: string;
}

/** Serious and critical axe violations on the page as it is now. */
export async function seriousViolations(
  page: import("playwright-core").Page
): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== "undefined"
  );
  if (!loaded) await page.addScriptTag({ content: axeSource() });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: unknown): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: AxeResultNode[];
            }[];
          }>;
        };
      }
    ).axe;
    // Fluent's focus manager (tabster) puts aria-hidden <i tabindex=0 data-tabster-dummy> sentinels at
    // the edges of focus groups; they pass focus straight on and are not content, so axe skips them.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
