/** How many of the latest tokens the text shows at most while earlier ones are folded away. */
export const SHOWN_TOKENS = 100;

/**
 * The window's start moves in blocks this big, so most steps only append a token; a move lays out
 * the whole text again, so it comes once in 50 steps. (Every shown
 * token is laid out and painted again on each step: drawing 250 instead of 100 cost a step about
 * 4 ms more in Chromium.)
 */
export const SHOWN_BLOCK = 50;

/**
 * The index of the first generated token to show out of `count`: 0 while they all fit, else a
 * multiple of the block size that leaves between SHOWN_TOKENS − SHOWN_BLOCK + 1 and SHOWN_TOKENS shown.
 * Keeps a long session's text (and the work of each step) bounded.
 */
export function shownFrom(count: number): number {
  if (count <= SHOWN_TOKENS) return 0;
  return Math.ceil((count - SHOWN_TOKENS) / SHOWN_BLOCK) * SHOWN_BLOCK;
}
