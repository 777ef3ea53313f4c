import { receivedModel } from './receivedModel';
import { TrainingInputError } from './TrainingInputError';
import type { TrainingStatus } from './TrainingStatus';
import type { TrainedModel } from './TrainRequest';
import type { TrainRunner, TrainTask } from './TrainRunner';
import type { WorkerReply, WorkerRequest } from './workerMessages';

/** Runs each request in a fresh Web Worker, so Cancel can end it at once by terminating it. */
export const workerRunner: TrainRunner = {
  train: (request, onStatus) => startWorker(trainWorker(), { type: 'train', request }, onStatus),
  open: (file, fileName) => startWorker(openWorker(), { type: 'open', file, fileName }, () => {}),
};

/**
 * Reads a model file in a Web Worker started now, before the file has arrived, so the worker's
 * script loads while the file downloads. A rejected `file` rejects the result with its error.
 */
export function openInWorker(file: Promise<Blob>, fileName: string | null): TrainTask {
  return startWorker(
    openWorker(),
    file.then((blob) => ({ type: 'open', file: blob, fileName })),
    () => {},
  );
}

/** A worker that trains (trainWorker.ts), or one that only reads model files (openWorker.ts). */
const trainWorker = () =>
  new Worker(new URL('./trainWorker.ts', import.meta.url), { type: 'module' });
const openWorker = () =>
  new Worker(new URL('./openWorker.ts', import.meta.url), { type: 'module' });

function startWorker(
  worker: Worker,
  message: WorkerRequest | Promise<WorkerRequest>,
  onStatus: (status: TrainingStatus) => void,
): TrainTask {
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
    Promise.resolve(message).then(
      (request) => worker.postMessage(request),
      (error: unknown) => {
        worker.terminate();
        reject(error);
      },
    );
  });
  return { result, cancel: () => cancel() };
}
