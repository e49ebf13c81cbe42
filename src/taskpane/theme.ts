import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

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

export function fluentTheme(name: ThemeName): Theme {
  return name === "dark" ? webDarkTheme : webLightTheme;
}
