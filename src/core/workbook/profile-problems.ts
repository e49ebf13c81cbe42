/**
 * The engine's profile from what a workbook holds, or why it cannot be made: dimensions with no
 * answered item (for "them" only when the other side answered at all), naming the cells to fill.
 * Shared by the .xlsx and Office.js adapters.
 */
import type { AssessmentItem } from "../method";
import { dimensionLabel } from "../texts/method-words";
import type { Profile } from "../method/types";
import { itemColumn, itemRows, stepOfDimension } from "./layout";
import { ITEM_HEADERS, SHEET_NAMES } from "./names";
import type { AssessmentMeta, ReadProblem } from "./plan";
import { assessmentToProfile, type ReadAssessment } from "./readback";
import { problemsTexts } from "../texts/parts/problems";

export function profileOrProblems(
  read: ReadAssessment,
  meta: AssessmentMeta,
  items: readonly AssessmentItem[]
): { profile: Profile | null; problems: ReadProblem[] } {
  const { profile, missing } = assessmentToProfile(read, meta, items);
  const problems: ReadProblem[] = [];
  const say = problemsTexts().profile;
  for (const [side, keys] of [
    ["us", missing.us],
    ["them", missing.them],
  ] as const) {
    for (const k of keys) {
      const step = stepOfDimension(k);
      const header = side === "us" ? ITEM_HEADERS.our : ITEM_HEADERS.their;
      const { first, last } = itemRows(step, items);
      const answers = read[side];
      // Answered, but every answered item weighs 0: the weights are the cells to fix.
      const answered = items.filter((i) => i.dimension === k && typeof answers[i.id] === "number");
      const col = itemColumn(answered.length ? ITEM_HEADERS.weight : header);
      problems.push({
        sheet: SHEET_NAMES[step],
        cell: `${col}${first}:${col}${last}`,
        message: (answered.length
          ? say.zeroWeights
          : side === "them"
            ? say.noAnswerOrOneSided
            : say.noAnswer)(dimensionLabel(k), header),
      });
    }
  }
  if (problems.length) return { profile: null, problems };
  if (meta.title) profile.name = meta.title;
  if (meta.profitImpact !== null && meta.profitImpact !== undefined)
    profile.profitImpact = meta.profitImpact;
  return { profile, problems: [] };
}
