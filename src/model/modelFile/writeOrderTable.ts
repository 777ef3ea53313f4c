import type { OrderTable } from '../types';
import type { ByteWriter } from './ByteWriter';

/**
 * Appends one order's table, context by context (layout in encodeModel.ts): the context ids
 * against the previous context, T and N1, N2, N3+ less what the stored entries account for, the
 * entry count, then (word delta, count) pairs. Expects a table `findTableProblem` accepts.
 */
export function writeOrderTable(writer: ByteWriter, table: OrderTable): void {
  const { contextIds, contextTotals, contextCountsOfCounts, entryStart, words, counts } = table;
  const width = table.order - 1;
  for (let c = 0; c < contextTotals.length; c++) {
    const row = c * width;
    let sameSoFar = true;
    for (let j = 0; j < width; j++) {
      const id = contextIds[row + j];
      if (sameSoFar) {
        const previous = c > 0 ? contextIds[row - width + j] : 0;
        writer.writeVarint(id - previous);
        sameSoFar = id === previous;
      } else {
        writer.writeVarint(id);
      }
    }
    const start = entryStart[c];
    const stop = entryStart[c + 1];
    const tally = [0, 0, 0, 0]; // sum of counts, then entries with count 1, 2, ≥ 3
    for (let e = start; e < stop; e++) {
      tally[0] += counts[e];
      tally[Math.min(counts[e], 3)] += 1;
    }
    writer.writeVarint(contextTotals[c] - tally[0]);
    for (let j = 0; j < 3; j++) writer.writeVarint(contextCountsOfCounts[c * 3 + j] - tally[j + 1]);
    writer.writeVarint(stop - start);
    let previousWord = 0;
    for (let e = start; e < stop; e++) {
      writer.writeVarint(words[e] - previousWord);
      previousWord = words[e];
      writer.writeVarint(counts[e]);
    }
  }
}
