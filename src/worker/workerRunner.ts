import { receivedModel } from './receivedModel';
import { TrainingInputError } from './TrainingInputError';
import type { TrainingStatus } from './TrainingStatus';
import type { TrainedModel } from './TrainRequest';
import type { TrainRunner, TrainTask } from './TrainRunner';
import type { WorkerReply, WorkerRequest } from './workerMessages';

/** Runs each request in a fresh Web Worker, so Cancel can end it at once by terminating it. */
export const workerRunner: TrainRunner = {
  train: (request, onStatus) => startWorker({ type: 'train', request }, onStatus),
  open: (file, fileName) => startWorker({ type: 'open', file, fileName }, () => {}),
};

function startWorker(
  message: WorkerRequest,
  onStatus: (status: TrainingStatus) => void,
): TrainTask {
  const worker = new Worker(new URL('./trainWorker.ts', import.meta.url), { type: 'module' });
  let cancel = () => {};
  const result = new Promise<TrainedModel | null>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      resolve(null);
    };
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'status') return onStatus(reply.status);
      worker.terminate();
      if (reply.type === 'done') resolve(receivedModel(reply));
      else reject(new TrainingInputError(reply.problem));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new TrainingInputError({ code: 'worker-ended', values: {} }));
    };
  });
  worker.postMessage(message);
  return { result, cancel: () => cancel() };
}
