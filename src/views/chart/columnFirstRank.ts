/**
 * The first rank drawn in pixel column `column` when ranks [rankStart, rankEnd) fill `columns`
 * columns; a column holds ranks [columnFirstRank(c), max(columnFirstRank(c + 1), that + 1)).
 */
export function columnFirstRank(
  column: number,
  rankStart: number,
  rankEnd: number,
  columns: number,
): number {
  return rankStart + Math.floor((column * (rankEnd - rankStart)) / columns);
}
