import { compareCodePoints } from '../../model/compareCodePoints';

/** One distinct continuation and how many of the draws produced it. */
export interface ContinuationGroup {
  /** Its token ids. */
  ids: readonly number[];
  /** How it is shown (see `continuationText`). */
  text: string;
  /** Number of draws that produced exactly these ids. */
  count: number;
}

/**
 * Counts identical continuations (same ids), most frequent first; ties by `text` in code-point
 * order, then by ids, so the list is the same for the same draws.
 */
export function groupContinuations(
  continuations: readonly (readonly number[])[],
  textOf: (ids: readonly number[]) => string,
): ContinuationGroup[] {
  const groups = new Map<string, ContinuationGroup>();
  for (const ids of continuations) {
    const key = ids.join(',');
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { ids, text: textOf(ids), count: 1 });
  }
  return Array.from(groups.values()).sort(
    (a, b) =>
      b.count - a.count ||
      compareCodePoints(a.text, b.text) ||
      compareCodePoints(a.ids.join(','), b.ids.join(',')),
  );
}
