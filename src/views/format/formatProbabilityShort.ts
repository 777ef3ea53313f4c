import type { Locale } from '../../i18n/locales';
import { formatProbability } from './formatProbability';

/** The longest text `formatProbabilityShort` gives, in characters ("< 0.001 %"). */
export const SHORT_PROBABILITY_CHARS = 9;

/**
 * A probability for a box of fixed width (the top tokens, the tail's share): as
 * `formatProbability`, but anything under 0.001 % reads "< 0.001 %" ("< 0,001 %" in German), so
 * the text is never longer than SHORT_PROBABILITY_CHARS. The tooltip and tables keep the full
 * precision.
 */
export function formatProbabilityShort(p: number, locale: Locale = 'en'): string {
  if (p > 0 && p < 1e-5) return `< ${formatProbability(0.00001, locale)}`;
  return formatProbability(p, locale);
}
