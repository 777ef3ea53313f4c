import type { Step } from '../../store/types';
import { showToken } from '../format/showToken';
import type { DartSnapshot } from './DartSnapshot';
import { formatCount } from './formatCount';

/**
 * What the cumulative chart's caption says about the last draw: where it landed when the chart
 * saw it, and otherwise why there is no dart (no draw yet, greedy, chosen, or not seen).
 */
export function dartCaption(
  steps: readonly Step[],
  lastU: number | null,
  dart: DartSnapshot | null,
  vocab: readonly string[],
): string {
  const n = steps.length;
  if (n === 0) {
    return 'No draw yet. Step draws a uniform u in [0, 1) and takes the outcome whose rise the solid curve makes at height u.';
  }
  if (lastU === null) {
    return steps[n - 1].how === 'greedy'
      ? `Step ${n} took the most likely outcome (T = 0): no draw.`
      : `Step ${n} was chosen by hand: no draw.`;
  }
  const u = lastU.toFixed(3);
  if (!dart) {
    return `The last draw, u = ${u} (step ${n}), was made on a distribution this chart did not see; the solid curve is the next step's.`;
  }
  const token = showToken(vocab[dart.landing.id], true);
  return `The last draw, u = ${u} (step ${n}), landed on ${token} (rank ${formatCount(dart.landing.rank + 1)}) on the dashed curve of the distribution it was drawn from; the solid curve is the next step's.`;
}
