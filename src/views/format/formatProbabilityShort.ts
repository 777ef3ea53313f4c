import { formatProbability } from './formatProbability';

/** The longest text `formatProbabilityShort` gives, in characters ("< 0.001 %"). */
export const SHORT_PROBABILITY_CHARS = 9;

/**
 * A probability for a box of fixed width (the top tokens, the tail's share): as
 * `formatProbability`, but anything under 0.001 % reads "< 0.001 %", so the text is never
 * longer than SHORT_PROBABILITY_CHARS. The tooltip and tables keep the full precision.
 */
export function formatProbabilityShort(p: number): string {
  return p > 0 && p < 1e-5 ? '< 0.001 %' : formatProbability(p);
}
