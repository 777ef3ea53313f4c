import { en } from '../../i18n/en';
import type { Locale } from '../../i18n/locales';
import type { Messages } from '../../i18n/Messages';
import { formatProbability } from '../format/formatProbability';
import { formatCount } from './formatCount';

/** A text alternative for a cumulative curve: how much the top 1, 10, 100… outcomes hold. */
export function cumulativeSummary(
  ranks: readonly number[],
  cumulative: Float64Array,
  m: Messages = en,
  locale: Locale = 'en',
): string {
  const parts: string[] = [];
  for (let i = 0; i < ranks.length; i++) {
    const rank = ranks[i];
    // 1, 10, 100…: a power of ten (numbers, no string and regex per rank on every step).
    if (10 ** Math.round(Math.log10(rank)) === rank) {
      parts.push(m.cumulativeTop(formatCount(rank), formatProbability(cumulative[i], locale)));
    }
  }
  return m.cumulativeSummary(parts.join(', '));
}
