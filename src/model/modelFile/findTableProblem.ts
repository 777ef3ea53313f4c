import type { OrderTable } from '../types';
import { areValidDiscounts, DISCOUNTS_PROBLEM } from './areValidDiscounts';
import { rowIsAfter } from './rowIsAfter';

/**
 * Describes the first inconsistency in the table of order `order`, or returns undefined. Context
 * ids may be any id up to `vocabLength` (the `<bos>` padding); successor words must be below it.
 * `readOrderTable` checks the same while decoding; keep the two in step.
 */
export function findTableProblem(
  table: OrderTable,
  order: number,
  vocabLength: number,
): string | undefined {
  const { contextIds, contextTotals, contextCountsOfCounts, entryStart, words, counts } = table;
  const name = `the order-${order} table`;
  const arrays = [contextIds, contextTotals, contextCountsOfCounts, entryStart, words, counts];
  if (!arrays.every((array) => array instanceof Uint32Array)) {
    return `${name} has a count or id array that is not a Uint32Array`;
  }
  if (!(table.discounts instanceof Float64Array)) return `${name} discounts are not a Float64Array`;
  if (table.order !== order) return `${name} says its order is ${table.order}`;
  const width = order - 1;
  const contextCount = contextTotals.length;
  if (
    contextIds.length !== contextCount * width ||
    contextCountsOfCounts.length !== contextCount * 3 ||
    entryStart.length !== contextCount + 1 ||
    counts.length !== words.length
  ) {
    return `${name} has arrays whose lengths do not match its ${contextCount} contexts`;
  }
  if (!areValidDiscounts(table.discounts)) return `${name} ${DISCOUNTS_PROBLEM}`;
  if (entryStart[0] !== 0 || entryStart[contextCount] !== words.length) {
    return `${name} entry offsets do not cover its ${words.length} entries`;
  }
  for (let c = 0; c < contextCount; c++) {
    const row = c * width;
    for (let j = 0; j < width; j++) {
      if (contextIds[row + j] > vocabLength) return `${name} has a context id out of range`;
    }
    if (c > 0 && !rowIsAfter(contextIds, row, width)) {
      return `${name} contexts are not in strictly ascending order`;
    }
    const start = entryStart[c];
    const stop = entryStart[c + 1];
    if (stop < start) return `${name} entry offsets decrease`;
    const tally = [0, 0, 0, 0]; // sum of counts, then entries with count 1, 2, ≥ 3
    for (let e = start; e < stop; e++) {
      if (words[e] >= vocabLength) return `${name} has a successor word id out of range`;
      if (e > start && words[e] <= words[e - 1]) {
        return `${name} successor words are not in strictly ascending order`;
      }
      if (counts[e] < 1) return `${name} has a count of zero`;
      tally[0] += counts[e];
      tally[Math.min(counts[e], 3)] += 1;
    }
    // T and N1, N2, N3+ are counted before pruning, so they cover at least the stored entries.
    if (contextTotals[c] < tally[0]) return `${name} has a context total below its counts' sum`;
    for (let j = 0; j < 3; j++) {
      if (contextCountsOfCounts[c * 3 + j] < tally[j + 1]) {
        return `${name} has counts-of-counts below its stored entries'`;
      }
    }
  }
  return undefined;
}
