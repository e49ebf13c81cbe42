/** The roadmap's phases and actions: the pane, the workbook, COLLAB.ROADMAP and the CLI. */
import { textPart } from "../index";
import { roadmap } from "../en/roadmap";

export const roadmapTexts = textPart("roadmap", roadmap);
