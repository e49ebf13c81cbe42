/** Texts every surface shares (the product's name). */
import { textPart } from "../index";
import { common } from "../en/common";

export const commonTexts = textPart("common", common);
