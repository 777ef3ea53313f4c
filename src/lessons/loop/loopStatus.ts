import { detectCycle } from '../../sampling/detectCycle';

/** A generated sequence caught in a loop, with where its model state came back. */
export interface LoopStatus {
  /** Tokens per turn of the loop. */
  period: number;
  /** Index of the first token of the repeating tail (0-based). */
  start: number;
  /** Index of the earliest earlier token after which the model was in its current state. */
  stateRevisitedAt: number;
}

/**
 * Whether the generated ids are stuck in a loop: the repeating tail from detectCycle, and the
 * first index after which the model was already in its current state. An n-gram model's state
 * is its last n − 1 tokens (`contextWidth`), and greedy decoding picks the next token from the
 * state alone, so once a state comes back greedy decoding repeats the same tokens forever.
 * Null unless the tail repeats twice and the state (taken from `ids` only, with `<eos>` as an
 * ordinary id, which can miss a revisit but never invents one) was seen before.
 */
export function loopStatus(ids: ArrayLike<number>, contextWidth: number): LoopStatus | null {
  const cycle = detectCycle(ids);
  if (!cycle) return null;
  const last = ids.length - 1;
  const width = Math.max(contextWidth, 0);
  for (let end = width - 1; end < last; end++) {
    if (end >= 0 && sameWindow(ids, end, last, width)) {
      return { period: cycle.period, start: cycle.start, stateRevisitedAt: end };
    }
  }
  return null;
}

/** Whether the `width` ids ending at `a` equal the `width` ids ending at `b`. */
function sameWindow(ids: ArrayLike<number>, a: number, b: number, width: number): boolean {
  for (let k = 0; k < width; k++) {
    if (ids[a - k] !== ids[b - k]) return false;
  }
  return true;
}
