import { en } from '../../i18n/en';
import type { Messages } from '../../i18n/Messages';

/** Plain words for an n-gram order: 1 = unigram, 2 = bigram, 3 = trigram, otherwise k-gram. */
export function orderName(order: number, m: Messages = en): string {
  if (order === 1) return m.unigram;
  if (order === 2) return m.bigram;
  if (order === 3) return m.trigram;
  return m.kGram(order);
}
