import { en } from '../../i18n/en';
import type { Locale } from '../../i18n/locales';
import type { Messages } from '../../i18n/Messages';
import { formatProbability } from '../format/formatProbability';
import { showToken } from '../format/showToken';
import { formatCount } from './formatCount';

/**
 * The chart's text alternative: the `count` most likely outcomes that have probability, e.g.
 * "Top next tokens: ·the 23 %, ·a 9.1 %, ·his 4.0 %; 12 002 outcomes" (in `m`'s language, with
 * numbers as `locale` writes them).
 */
export function summarizeTop(
  probs: Float64Array,
  order: Uint32Array,
  vocab: readonly string[],
  count: number,
  m: Messages = en,
  locale: Locale = 'en',
): string {
  const parts: string[] = [];
  for (let rank = 0; rank < order.length && parts.length < count; rank++) {
    const id = order[rank];
    if (probs[id] > 0)
      parts.push(`${showToken(vocab[id], true)} ${formatProbability(probs[id], locale)}`);
  }
  return m.topTokensSummary(parts.join(', '), formatCount(order.length));
}
