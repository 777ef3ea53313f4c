import type { OrderTable } from '../types';
import type { ByteReader } from './ByteReader';
import type { TableHeader } from './FileHeader';
import { invalidModelFile } from './ModelFileError';
import { MAX_VARINT_VALUE } from './varint';

/**
 * Reads one table written by `writeOrderTable` straight into typed arrays sized from the header,
 * checking as it goes everything `findTableProblem` checks, so that no second pass is needed.
 */
export function readOrderTable(
  reader: ByteReader,
  header: TableHeader,
  vocabLength: number,
): OrderTable {
  const { order, contextCount, entryCount } = header;
  const width = order - 1;
  const contextIds = new Uint32Array(contextCount * width);
  const contextTotals = new Uint32Array(contextCount);
  const contextCountsOfCounts = new Uint32Array(contextCount * 3);
  const entryStart = new Uint32Array(contextCount + 1);
  const words = new Uint32Array(entryCount);
  const counts = new Uint32Array(entryCount);
  if (width === 0 && contextCount > 1) throw problem(order, 'has more than one empty context');
  const { bytes, end } = reader;
  let entry = 0;
  for (let c = 0; c < contextCount; c++) {
    const row = c * width;
    let sameSoFar = true;
    for (let j = 0; j < width; j++) {
      let id = reader.readVarint();
      if (sameSoFar) {
        sameSoFar = id === 0;
        if (c > 0) id += contextIds[row - width + j];
      }
      if (id > vocabLength) throw problem(order, 'has a context id out of range');
      contextIds[row + j] = id;
    }
    if (c > 0 && width > 0 && sameSoFar) throw problem(order, 'has the same context twice');
    // What the pruned entries add to T, N1, N2 and N3+; the stored ones are added below.
    let total = reader.readVarint();
    const pruned1 = reader.readVarint();
    const pruned2 = reader.readVarint();
    const pruned3 = reader.readVarint();
    let ones = 0;
    let threesOrMore = 0;
    const start = entry;
    const stop = entry + reader.readVarint();
    if (stop > entryCount) throw problem(order, 'has more entries than its header says');
    // One-byte varints (most of them) are read inline; the reader handles the rest and the end.
    let pos = reader.pos;
    let word = 0;
    for (; entry < stop; entry++) {
      let value: number;
      if (pos < end && bytes[pos] < 0x80) value = bytes[pos++];
      else {
        reader.pos = pos;
        value = reader.readVarint();
        pos = reader.pos;
      }
      if (value === 0 && entry > start) throw problem(order, 'has successor words out of order');
      word += value;
      if (word >= vocabLength) throw problem(order, 'has a successor word id out of range');
      words[entry] = word;
      if (pos < end && bytes[pos] < 0x80) value = bytes[pos++];
      else {
        reader.pos = pos;
        value = reader.readVarint();
        pos = reader.pos;
      }
      if (value === 0) throw problem(order, 'has a count of zero');
      counts[entry] = value;
      total += value;
      // Counts vary too randomly for a branch to predict; adding a boolean compiles branch-free.
      ones += +(value === 1);
      threesOrMore += +(value >= 3);
    }
    reader.pos = pos;
    const n1 = pruned1 + ones;
    const n2 = pruned2 + (stop - start - ones - threesOrMore);
    const n3 = pruned3 + threesOrMore;
    if (Math.max(total, n1, n2, n3) > MAX_VARINT_VALUE) {
      throw problem(order, 'has a total or count-of-counts above 2^32 − 1');
    }
    contextTotals[c] = total;
    contextCountsOfCounts[c * 3] = n1;
    contextCountsOfCounts[c * 3 + 1] = n2;
    contextCountsOfCounts[c * 3 + 2] = n3;
    entryStart[c + 1] = entry;
  }
  if (entry !== entryCount) throw problem(order, 'has fewer entries than its header says');
  const discounts = Float64Array.from(header.discounts);
  return {
    order,
    contextIds,
    contextTotals,
    contextCountsOfCounts,
    entryStart,
    words,
    counts,
    discounts,
  };
}

function problem(order: number, what: string): Error {
  return invalidModelFile(`the order-${order} table ${what}`);
}
