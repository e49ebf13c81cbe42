/**
 * After an import: where the two views differ, at dimension and item level, biggest first, and the
 * largest differences phrased as topics for a joint workshop.
 */
import {
  ITEMS,
  itemPerceptionGaps,
  perceptionGaps,
  type AssessmentItem,
  type ItemAnswers,
  type ItemPerceptionGap,
  type PerceptionGap,
  type Perspective,
} from "../method";
import { assessmentToProfile } from "../workbook/readback";
import { exchangeTexts } from "../texts/parts/exchange";
import { dimensionLabel } from "../texts/method-words";
import { itemQuestion } from "../texts/question-words";

export interface PerceptionSummary {
  /** Dimension gaps (theirs read from our side), largest difference first. */
  dimensions: PerceptionGap[];
  /** Item gaps, their answer in our frame (mirrored items read crosswise), largest difference first. */
  items: ItemPerceptionGap[];
}

export function perceptionSummary(
  read: { us: ItemAnswers; them: ItemAnswers; weights?: Record<string, number> },
  perspective: Perspective,
  items: readonly AssessmentItem[] = ITEMS
): PerceptionSummary {
  const { profile } = assessmentToProfile(
    { us: read.us, them: read.them, weights: read.weights ?? {} },
    { perspective },
    items
  );
  const size = (g: { us: number; them: number }) => Math.abs(g.us - g.them);
  return {
    dimensions: perceptionGaps(profile).sort((a, b) => size(b) - size(a)),
    items: itemPerceptionGaps(read.us, read.them, items).sort((a, b) => size(b) - size(a)),
  };
}

function fmt(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/** The biggest gaps as short workshop topics, dimensions first, then items not already covered. */
export function workshopTopics(
  summary: PerceptionSummary,
  limit = 5,
  items: readonly AssessmentItem[] = ITEMS
): string[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const t = exchangeTexts().topics;
  const topics = summary.dimensions.map((g) =>
    t.dimension(dimensionLabel(g.dimension), fmt(g.us), fmt(g.them))
  );
  for (const g of summary.items) {
    const it = byId.get(g.itemId);
    // A mirrored question: their number is their answer to its partner, which asks it from their side.
    const theirs =
      it?.compare.kind === "mirror"
        ? t.theyAnsweredMirror(String(g.them), it.compare.partner)
        : t.theyAnswered(String(g.them));
    topics.push(t.item(g.itemId, String(it && itemQuestion(it)), String(g.us), theirs));
  }
  return topics.slice(0, limit);
}
