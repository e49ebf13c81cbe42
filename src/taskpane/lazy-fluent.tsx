/**
 * Fluent parts the first view rarely shows (the clash dialog, the busy spinner, the message bars),
 * loaded when first needed and prefetched while the browser is idle: they stay out of the pane's
 * initial JavaScript. Same props as Fluent's own components.
 */
import type {
  DialogActionsProps,
  DialogBodyProps,
  DialogContentProps,
  DialogProps,
  DialogSurfaceProps,
  DialogTitleProps,
  MessageBarActionsProps,
  MessageBarBodyProps,
  MessageBarProps,
  MessageBarTitleProps,
  SpinnerProps,
} from "@fluentui/react-components";
import { Suspense, use, useEffect, useState, type RefObject } from "react";

type Parts = typeof import("./dialog-parts");

let parts: Parts | null = null;
let loading: Promise<Parts> | null = null;

function load(): Promise<Parts> {
  loading ??= import(/* webpackChunkName: "dialog", webpackPrefetch: true */ "./dialog-parts").then(
    (loaded) => (parts = loaded),
    (error: unknown) => {
      loading = null; // a failed fetch is retried the next time the part is needed
      throw error;
    }
  );
  return loading;
}

function LoadedDialog(props: DialogProps) {
  const { Dialog: Real } = use(load());
  return <Real {...props} />;
}

/** Renders nothing while closed and never opened; loads Fluent's Dialog the first time it opens. */
export function Dialog(props: DialogProps) {
  // Once shown, always the same tree: swapping it would remount the dialog and lose its focus.
  if (!parts && !props.open) return null;
  return (
    <Suspense fallback={null}>
      <LoadedDialog {...props} />
    </Suspense>
  );
}

/** The parts below are only rendered inside an open Dialog, so the chunk is there already. */
function loaded(): Parts {
  if (!parts) throw new Error("Dialog parts used outside a Dialog");
  return parts;
}
export const DialogSurface = (props: DialogSurfaceProps) => {
  const { DialogSurface: Real } = loaded();
  return <Real {...props} />;
};
export const DialogBody = (props: DialogBodyProps) => {
  const { DialogBody: Real } = loaded();
  return <Real {...props} />;
};
export const DialogTitle = (props: DialogTitleProps) => {
  const { DialogTitle: Real } = loaded();
  return <Real {...props} />;
};
export const DialogContent = (props: DialogContentProps) => {
  const { DialogContent: Real } = loaded();
  return <Real {...props} />;
};
export const DialogActions = (props: DialogActionsProps) => {
  const { DialogActions: Real } = loaded();
  return <Real {...props} />;
};

/**
 * Rendered inside a dialog's surface: when the surface goes and focus is left on the page's body,
 * focus returns to `to` (the control that opened the dialog). Fluent does this with its focus
 * manager's restore target, which would put that manager (tabster) into the first view's chunk.
 */
export function ReturnFocusOnClose({ to }: { to: RefObject<HTMLElement | null> }) {
  useEffect(
    () => () => {
      const active = document.activeElement;
      if (!active || active === document.body) to.current?.focus();
    },
    [to]
  );
  return null;
}

function LoadedSpinner(props: SpinnerProps) {
  const { Spinner: Real } = use(load());
  return <Real {...props} />;
}

/** Fluent's Spinner; until its code is here, its label as plain text (same live region). */
export function Spinner(props: SpinnerProps) {
  const label = typeof props.label === "string" ? props.label : null;
  return (
    <Suspense fallback={<span aria-live={props["aria-live"]}>{label}</span>}>
      <LoadedSpinner {...props} />
    </Suspense>
  );
}

/**
 * The loaded parts, or null until they are here. The fetch starts after the first render has been
 * committed (an effect), so a message bar shown at start-up never delays the first view.
 */
function useParts(): Parts | null {
  const [, setLoaded] = useState(parts !== null);
  useEffect(() => {
    if (!parts)
      load().then(
        () => setLoaded(true),
        () => undefined
      );
  }, []);
  return parts;
}

/**
 * Rendered once at the pane's root: from the moment the parts are loaded (after the first view is up),
 * one focus manager lives as long as the pane, as it did when the first view's tab list created it.
 */
export function FocusManager() {
  const loadedParts = useParts();
  if (!loadedParts) return null;
  const { KeepFocusManager } = loadedParts;
  return <KeepFocusManager />;
}

/**
 * Fluent's MessageBar; until its code is here (the Preview notice at start-up, a few milliseconds),
 * the same content in plain elements styled alike (taskpane.html, .cf-message). Its parts below
 * follow the bar: they remount with it when the real one replaces the stand-in.
 */
export function MessageBar(props: MessageBarProps) {
  const loadedParts = useParts();
  if (loadedParts) {
    const { MessageBar: Real } = loadedParts;
    return <Real {...props} />;
  }
  return (
    <div
      role="group"
      className="cf-message"
      data-intent={props.intent ?? "info"}
      aria-live={props["aria-live"]}
    >
      {props.children}
    </div>
  );
}
export const MessageBarBody = (props: MessageBarBodyProps) => {
  if (!parts) return <div className="cf-message-body">{props.children}</div>;
  const { MessageBarBody: Real } = parts;
  return <Real {...props} />;
};
export const MessageBarTitle = (props: MessageBarTitleProps) => {
  if (!parts) return <span className="cf-message-title">{props.children}</span>;
  const { MessageBarTitle: Real } = parts;
  return <Real {...props} />;
};
export const MessageBarActions = (props: MessageBarActionsProps) => {
  if (!parts) return <div className="cf-message-actions">{props.children}</div>;
  const { MessageBarActions: Real } = parts;
  return <Real {...props} />;
};
