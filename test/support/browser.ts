/**
 * Headless Chromium for the browser suite: the shared launcher and static server of scripts/browser.js,
 * plus the accessibility checks.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  CHROMIUM,
  DIST,
  launchChromium as launch,
  ROOT,
  serveDist,
  type Chromium,
  type StaticServer,
} from "../../scripts/browser";

export {
  CHROMIUM,
  DIST,
  OFFICE_JS_CDN_BASE,
  ROOT,
  serveDist,
  type Chromium,
  type StaticServer,
} from "../../scripts/browser";

/** Chromium at a task pane's width, keeping what the pane downloads. */
export function launchChromium(): Promise<Chromium> {
  return launch({ acceptDownloads: true, viewport: { width: 360, height: 800 } });
}

/**
 * Injected before any page script: no transitions or animations anywhere in the pane, so screenshots
 * and accessibility checks never read a frame mid-transition (the style is marked data-test).
 */
export const NO_MOTION_SCRIPT = `
  (() => {
    const css = "*, *::before, *::after { transition: none !important; animation: none !important; }";
    const add = () => {
      const style = document.createElement("style");
      style.setAttribute("data-test", "no-motion");
      style.textContent = css;
      document.head.appendChild(style);
    };
    if (document.head) add();
    else document.addEventListener("DOMContentLoaded", add, { once: true });
  })();
`;

/** Resolves once the no-motion style is in, no animation runs and no view or spinner is still loading. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const running = () =>
          document.getAnimations().filter((a) => a.playState === "running").length;
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(
              running() === 0 &&
                document.querySelector('[data-test="no-motion"]') !== null &&
                !document.querySelector('[aria-label="Loading the view"], .fui-Spinner')
            )
          )
        );
      }),
    null,
    { timeout: 10_000 }
  );
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

/** A preview pane ready to load: the dist/ server, Chromium with no motion, and the page's errors. */
export interface PaneSession {
  server: StaticServer;
  browser: Chromium;
  page: Page;
  errors: string[];
}

/** Serves dist/ and opens one page at `width` (the pane's), collecting uncaught page errors. */
export async function openPaneSession(width = 360): Promise<PaneSession> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run `npm run build` first.");
  const server = await serveDist();
  const browser = await launchChromium();
  await browser.context.addInitScript({ content: NO_MOTION_SCRIPT });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ reducedMotion: "reduce" });
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  return { server, browser, page, errors };
}
