import type { NgramModel } from '../model/types';
import type { WorkerReply } from './workerMessages';

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

/** Every buffer of the worker's answer to move uncopied: the model, its file and its caches. */
export function replyTransferables(reply: Extract<WorkerReply, { type: 'done' }>): ArrayBuffer[] {
  const caches = reply.backoffWeights.map((w) => w.buffer);
  if (reply.unigram) {
    const { probs, order, rankOf } = reply.unigram;
    caches.push(probs.buffer, order.buffer, rankOf.buffer);
  }
  return [
    ...modelTransferables(reply.model, reply.bytes),
    ...caches.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer),
  ];
}
