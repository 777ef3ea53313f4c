import { formatProbability } from '../format/formatProbability';
import { formatCount } from './formatCount';

/** A text alternative for a cumulative curve: how much the top 1, 10, 100… outcomes hold. */
export function cumulativeSummary(ranks: readonly number[], cumulative: Float64Array): string {
  const parts: string[] = [];
  for (let i = 0; i < ranks.length; i++) {
    const rank = ranks[i];
    if (rank === 1 || /^10+$/.test(String(rank))) {
      parts.push(`top ${formatCount(rank)}: ${formatProbability(cumulative[i])}`);
    }
  }
  return `Cumulative probability by rank, ${parts.join(', ')}`;
}
