import { ITEMS } from "../../../src/core/method";
import type { ItemAnswers } from "../../../src/core/method/types";

/** Every item answered with a score derived from its position (covers all dimensions). */
export function fullAnswers(seed = 1): ItemAnswers {
  return Object.fromEntries(ITEMS.map((item, i) => [item.id, ((i * 3 + seed) % 5) + 1]));
}
