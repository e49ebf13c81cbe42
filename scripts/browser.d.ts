import type { BrowserContext, BrowserType } from "playwright-core";

export const ROOT: string;
export const DIST: string;
export const CHROMIUM: string;
export const OFFICE_JS_CDN_BASE: string;

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves dist/ at "/" and the local office.js package where development builds expect it. */
export function serveDist(dist?: string): Promise<StaticServer>;

/** Launch options the caller may add; the executable, profile, env and args stay fixed. */
export type ChromiumOptions = Omit<
  NonNullable<Parameters<BrowserType["launchPersistentContext"]>[1]>,
  "executablePath" | "headless" | "env" | "args"
>;

export interface Chromium {
  context: BrowserContext;
  /** Requests that tried to reach anything but 127.0.0.1 (aborted). */
  external: string[];
  close(): Promise<void>;
}

/** A fresh persistent profile in a temp dir; HOME and XDG dirs point there too. */
export function launchChromium(options?: ChromiumOptions): Promise<Chromium>;
