/** The engine's results in words (reasons, regimes, confidence, margins, dates): every surface. */
import { textPart } from "../index";
import { engine } from "../en/engine";

export const engineTexts = textPart("engine", engine);
