import { en } from '../../i18n/en';
import type { Messages } from '../../i18n/Messages';
import type { Step } from '../../store/types';
import { showToken } from '../format/showToken';
import type { DartSnapshot } from './DartSnapshot';
import { formatCount } from './formatCount';

/**
 * What the cumulative chart's caption says about the last draw: where it landed when the chart
 * saw it, and otherwise why there is no dart (no draw yet, greedy, chosen, or not seen); in the
 * language of `m`.
 */
export function dartCaption(
  steps: readonly Step[],
  lastU: number | null,
  dart: DartSnapshot | null,
  vocab: readonly string[],
  m: Messages = en,
): string {
  const n = steps.length;
  if (n === 0) {
    return m.dartNone;
  }
  if (lastU === null) {
    return steps[n - 1].how === 'greedy' ? m.dartGreedy(n) : m.dartChosen(n);
  }
  const u = m.fixed(lastU, 3);
  if (!dart) return m.dartUnseen(u, n);
  const token = showToken(vocab[dart.landing.id], true);
  return m.dartLanded(u, n, token, formatCount(dart.landing.rank + 1));
}
