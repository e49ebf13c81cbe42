import { webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance of "#RRGGBB" (0 black .. 1 white); null when it cannot be read. */
export function luminance(hex: string | undefined): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export type ThemeName = "light" | "dark";

/** Office's body background decides; without Office, the browser's colour-scheme preference. */
export function pickTheme(officeBackground: string | undefined, prefersDark: boolean): ThemeName {
  const lum = luminance(officeBackground);
  if (lum !== null) return lum < 0.35 ? "dark" : "light";
  return prefersDark ? "dark" : "light";
}

let darkTheme: Theme | null = null;

/** Fetches the dark theme's tokens the first time it is asked for: most panes never need them. */
export async function loadTheme(name: ThemeName): Promise<void> {
  if (name !== "dark" || darkTheme) return;
  darkTheme = (await import(/* webpackChunkName: "theme-dark" */ "./theme-dark")).webDarkTheme;
}

/** Fluent's theme for `name`; dark only once loadTheme("dark") has brought it (light until then). */
export function fluentTheme(name: ThemeName): Theme {
  return name === "dark" && darkTheme ? darkTheme : webLightTheme;
}

/** The part of `document` the watcher needs (a stand-in in tests). */
export interface VisibilitySource {
  readonly visibilityState: string;
  addEventListener(type: "visibilitychange", listener: () => void): void;
  removeEventListener(type: "visibilitychange", listener: () => void): void;
}

/**
 * The shared runtime keeps the pane's page alive while the pane is closed, so a theme changed in
 * Office meanwhile is only seen by reading it again when the pane becomes visible. Calls `onChange`
 * with the new theme when it differs; returns a function that stops watching.
 */
export function watchTheme(
  read: () => ThemeName,
  onChange: (theme: ThemeName) => void,
  source: VisibilitySource = document
): () => void {
  let current = read();
  const listener = () => {
    if (source.visibilityState !== "visible") return;
    const next = read();
    if (next !== current) {
      current = next;
      onChange(next);
    }
  };
  source.addEventListener("visibilitychange", listener);
  return () => source.removeEventListener("visibilitychange", listener);
}
