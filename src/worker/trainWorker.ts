import { handleWorkerRequest } from './handleWorkerRequest';
import { replyTransferables } from './modelTransferables';
import type { WorkerReply, WorkerRequest } from './workerMessages';

/** The part of a dedicated worker's global scope this file uses (the DOM types describe a page). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply, transfer?: Transferable[]): void;
}

// The training worker: one request per worker; the page terminates it to cancel.
const scope = self as unknown as WorkerScope;
scope.onmessage = async (event) => {
  const reply = await handleWorkerRequest(event.data, (update) => scope.postMessage(update));
  // The model's arrays move to the page uncopied, so the page never decodes the file itself.
  const transfer = reply.type === 'done' ? replyTransferables(reply) : [];
  scope.postMessage(reply, transfer);
};
