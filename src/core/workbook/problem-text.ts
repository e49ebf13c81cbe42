/**
 * A read-back problem as one line of text. Apart from readback.ts (which re-exports it) so that an
 * error class can format its message without bringing the read-back and the engine along (the
 * pane's first view checks errors with `instanceof`).
 */
import { sheetRef } from "./names";
import type { ReadProblem } from "./plan";
import { refusalsTexts } from "../texts/parts/refusals";

/** One line for a person: "'CF S1 Interests'!J7: score of item MUT-1: 7 is outside 1-5; allowed ...". */
export function formatProblem(p: ReadProblem): string {
  return refusalsTexts().at(`${sheetRef(p.sheet)}!${p.cell}`, p.message);
}
