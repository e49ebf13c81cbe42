/**
 * The few words error classes put into their messages (a refused file, the cell a problem names).
 * A part of its own, and small on purpose: the pane's first view checks errors with `instanceof`,
 * so whatever the error classes import is in the pane's initial chunk.
 */
export const refusals = {
  /** "'CF S1 Interests'!J7: score of item MUT-1: 7 is outside 1-5; allowed ..." */
  at: (where: string, message: string) => `${where}: ${message}`,
  /** An ExchangeError's message: its first problem, then how many more. */
  refused: "the file was refused",
  more: (problem: string, more: number) => `${problem} (and ${more} more problem(s))`,
} as const;
