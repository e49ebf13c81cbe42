/**
 * Views other than the first are loaded on demand: their code (and the Fluent parts only they use)
 * stays out of the initial chunk. Once the first view is up, the pane preloads them while the browser
 * is idle, so a tab switch normally renders at once; until then a view shows a small spinner.
 */
import { Suspense, lazy, type ComponentType } from "react";
import { paneTexts } from "../core/texts/parts/pane";
import { Spinner } from "./lazy-fluent";

export type LazyView<P> = ComponentType<P> & { preload(): Promise<unknown> };

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null; // a failed fetch is retried when the view is next needed
        throw error;
      }
    );
    return loading;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function View(props: P) {
    // Loaded already: render it directly (no suspension, no spinner frame).
    const Loaded = loaded;
    return (
      <Suspense
        fallback={
          <Spinner size="tiny" labelPosition="after" label={paneTexts().shell.loadingView} />
        }
      >
        {Loaded ? <Loaded {...props} /> : <Lazy {...props} />}
      </Suspense>
    );
  }
  return Object.assign(View, { preload });
}

/** Runs `task` once the browser is idle (after the first view is painted and interactive). */
export function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(task, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, 0);
  return () => window.clearTimeout(id);
}
