import type { NgramModel } from '../model/types';

/** The distinct buffers behind a model's arrays and its file, to move to another thread uncopied. */
export function modelTransferables(model: NgramModel, bytes: Uint8Array): ArrayBuffer[] {
  const buffers = new Set<ArrayBufferLike>([bytes.buffer]);
  for (const table of model.tables) {
    for (const array of [
      table.contextIds,
      table.contextTotals,
      table.contextCountsOfCounts,
      table.entryStart,
      table.words,
      table.counts,
      table.discounts,
    ]) {
      buffers.add(array.buffer);
    }
  }
  return [...buffers].filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}
