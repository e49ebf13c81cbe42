/**
 * The pane's language, chosen once at start-up before anything is rendered: Office's display
 * language inside Excel; in the browser preview a `?lang=` query (so a test can ask for the
 * pseudo-locale) or else the browser's language. English when we do not ship the language asked for
 * (another language we ship is fetched first, as one chunk).
 */
import { chooseLanguage } from "../core/texts";

export function startLanguage(
  inExcel: boolean,
  where: { search: string; language?: string } = {
    search: window.location.search,
    language: navigator.language,
  }
): Promise<string> {
  if (inExcel) return chooseLanguage(Office.context.displayLanguage);
  // Read by the preview only: inside Excel the language is Office's, whatever the URL says.
  return chooseLanguage(new URLSearchParams(where.search).get("lang") ?? where.language);
}
