/** The offer to upgrade a workbook on an older question set: only views/UpgradeOffer.tsx imports this part, so they load with that view. */
import { textPart } from "../index";
import { paneUpgrade } from "../en/pane-upgrade";

export const paneUpgradeTexts = textPart("paneUpgrade", paneUpgrade);
