import { handleOpenRequest } from './handleWorkerRequest';
import { replyTransferables } from './modelTransferables';
import type { WorkerReply, WorkerRequest } from './workerMessages';

/** The part of a dedicated worker's global scope this file uses (the DOM types describe a page). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply, transfer?: Transferable[]): void;
}

// The open worker: reads one model file (a bundled model at the page's start, or one the user
// opens) and posts the model back. Training has a worker of its own (trainWorker.ts).
const scope = self as unknown as WorkerScope;
scope.onmessage = async (event) => {
  const request = event.data;
  if (request.type !== 'open') return;
  const reply = await handleOpenRequest(request);
  // The model's arrays move to the page uncopied, so the page never decodes the file itself.
  scope.postMessage(reply, reply.type === 'done' ? replyTransferables(reply) : []);
};
