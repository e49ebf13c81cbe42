/**
 * Entry point: inside Excel the pane works on the open workbook; in a plain browser (office.js loaded,
 * no host) it runs as a preview on an in-browser workbook.
 */
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { loadFunctionsEngine } from "../functions/load";
import { App } from "./App";
import { startLanguage } from "./language";
import { loadEveryLanguage } from "../core/texts";
import { lazyPort } from "./lazy-port";
import { paneTexts } from "../core/texts/parts/pane";
import { silenceOfficeTelemetry } from "./office-telemetry";
import { loadTheme, pickTheme, watchTheme, type ThemeName } from "./theme";
import type { WorkbookPort } from "./workbook-port";

function prefersDark(): boolean {
  return (
    typeof window.matchMedia === "function" &&
    window.matchMedia("(prefers-color-scheme: dark)").matches
  );
}

/**
 * The COLLAB.* functions' engine (functions.js registers them, load.ts loads it): fetched once the
 * first view is up and the page idle, so a recalculation rarely waits for it, and never before the
 * pane is interactive. Should this fetch fail, the first call tries again and shows its error.
 */
function prefetchFunctionsEngine(): void {
  const prefetch = () => void loadFunctionsEngine().catch(() => undefined);
  if (typeof window.requestIdleCallback === "function")
    window.requestIdleCallback(prefetch, { timeout: 5000 });
  else window.setTimeout(prefetch, 1000); // not every webview Office uses has requestIdleCallback
}

async function start(container: HTMLElement): Promise<void> {
  const info = typeof Office === "undefined" ? { host: null } : await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel;
  await startLanguage(inExcel);
  let port: WorkbookPort;
  let unsupported: string | undefined;
  if (inExcel) {
    // The ports (and the sheet layout and Excel operations behind them) load on the first action.
    // Every language we ship comes with it: read-back finds a workbook's sheets in the language it
    // was written in, whatever the pane's.
    port = lazyPort("excel", () =>
      Promise.all([
        import(/* webpackChunkName: "excel-port" */ "./excel-port"),
        // A language that cannot be fetched only narrows read-back; it does not stop the pane.
        loadEveryLanguage().catch(() => undefined),
      ]).then(([m]) => new m.ExcelPort())
    );
    // Only Excel needs the API ledger behind this check: the preview never fetches it.
    const { describeUnmet, unmetRequirements } = await import(
      /* webpackChunkName: "requirements" */ "./requirements"
    );
    const unmet = unmetRequirements((name, version) =>
      Office.context.requirements.isSetSupported(name, version)
    );
    unsupported = unmet.length > 0 ? describeUnmet(unmet) : undefined;
  } else {
    silenceOfficeTelemetry();
    port = lazyPort("preview", () =>
      Promise.all([
        import(/* webpackChunkName: "preview-port" */ "./preview-port"),
        loadEveryLanguage().catch(() => undefined),
      ]).then(([m]) => new m.PreviewPort())
    );
  }
  const readTheme = () =>
    pickTheme(inExcel ? Office.context.officeTheme?.bodyBackgroundColor : undefined, prefersDark());
  const root = createRoot(container);
  const render = (theme: ThemeName) =>
    root.render(<App port={port} theme={theme} unsupported={unsupported} />);
  // The first render at once, in this task: scheduled, it would wait behind functions.js and the
  // page's load events, which on a busy machine delays the first interactive view.
  const renderNow = (theme: ThemeName) => flushSync(() => render(theme));
  // Should the dark theme's chunk not arrive, the pane still starts (light).
  const themed = (theme: ThemeName) =>
    loadTheme(theme).then(
      () => render(theme),
      () => render(theme)
    );
  const first = readTheme();
  if (first === "light") renderNow(first);
  else await themed(first);
  prefetchFunctionsEngine();
  // Office's theme may change while the (kept-alive) pane is closed: re-read it when shown again.
  watchTheme(readTheme, (next) => void themed(next));
}

const container = document.getElementById("container");
if (container) {
  start(container).catch((error: unknown) => {
    // Last resort before React is up: say so on the page rather than leave it blank.
    container.setAttribute("role", "alert");
    container.textContent = paneTexts().shell.couldNotStart(
      error instanceof Error ? error.message : String(error)
    );
  });
}
