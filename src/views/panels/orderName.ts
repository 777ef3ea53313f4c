/** Plain words for an n-gram order: 1 = unigram, 2 = bigram, 3 = trigram, otherwise k-gram. */
export function orderName(order: number): string {
  if (order === 1) return 'unigram';
  if (order === 2) return 'bigram';
  if (order === 3) return 'trigram';
  return `${order}-gram`;
}
