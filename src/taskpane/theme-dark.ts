/** Fluent's dark theme in a chunk of its own (see loadTheme in theme.ts). */
export { webDarkTheme } from "@fluentui/react-components";
