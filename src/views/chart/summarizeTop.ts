import { formatProbability } from '../format/formatProbability';
import { showToken } from '../format/showToken';
import { formatCount } from './formatCount';

/**
 * The chart's text alternative: the `count` most likely outcomes that have probability, e.g.
 * "Top next tokens: ·the 23 %, ·a 9.1 %, ·his 4.0 %; 12 002 outcomes".
 */
export function summarizeTop(
  probs: Float64Array,
  order: Uint32Array,
  vocab: readonly string[],
  count: number,
): string {
  const parts: string[] = [];
  for (let rank = 0; rank < order.length && parts.length < count; rank++) {
    const id = order[rank];
    if (probs[id] > 0) parts.push(`${showToken(vocab[id], true)} ${formatProbability(probs[id])}`);
  }
  return `Top next tokens: ${parts.join(', ')}; ${formatCount(order.length)} outcomes`;
}
