/** The About view's texts: only views/AboutView.tsx imports this part, so they load with that view. */
import { textPart } from "../index";
import { paneAbout } from "../en/pane-about";

export const paneAboutTexts = textPart("paneAbout", paneAbout);
