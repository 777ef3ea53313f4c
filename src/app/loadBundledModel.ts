import type { NgramModel } from '../model/types';
import { TrainingInputError } from '../worker/TrainingInputError';
import { warmModel } from '../worker/warmModel';
import { openInWorker } from '../worker/workerRunner';
import { ModelLoadError } from './ModelLoadError';

/** One entry of public/models/index.json, written by `npm run models`. */
export interface BundledModelEntry {
  id: string;
  file: string;
  name: string;
  description: string;
  bytes: number;
}

/** Reads the list of bundled models, resolved relative to the page (works under any sub-path). */
export async function loadManifest(base = document.baseURI): Promise<BundledModelEntry[]> {
  const response = await fetch(new URL('models/index.json', base));
  if (!response.ok) throw new ModelLoadError({ kind: 'list', status: response.status });
  const manifest = (await response.json()) as { models: BundledModelEntry[] };
  return manifest.models;
}

/**
 * Fetches and decodes one bundled model file. Every failure (network, HTTP status, a damaged or
 * foreign file) is a ModelLoadError whose message names the model and what went wrong.
 *
 * Where the page has Web Workers, the file is decoded in one (started before the download, so
 * its script loads meanwhile): decoding is the longest piece of work in loading a model, and on a
 * phone it would block the page for a noticeable moment. Should the worker not run, the page
 * decodes the file itself.
 */
export async function loadBundledModel(
  entry: BundledModelEntry,
  base = document.baseURI,
  inWorker = typeof Worker !== 'undefined',
): Promise<NgramModel> {
  const { id, name, file } = entry;
  const bytes = fetchModelBytes(entry, base);
  let model: NgramModel | null = null;
  if (inWorker) {
    try {
      const task = openInWorker(
        bytes.then((b) => new Blob([b])),
        file,
      );
      model = (await task.result)?.model ?? null;
    } catch (error) {
      if (error instanceof ModelLoadError) throw error;
      const problem = error instanceof TrainingInputError ? error.problem : null;
      if (problem?.code === 'not-gzip' || problem?.code === 'bad-model-file') {
        const code = problem.code === 'not-gzip' ? 'not-gzip' : problem.values.fileCode;
        throw new ModelLoadError({ kind: 'file', id, name, file, code }, { cause: error });
      }
      // The worker did not run (blocked, or it ended): decoded below instead.
    }
  }
  // Only where the worker did not run: the decoder is a chunk of its own, not in the first download.
  model ??= await (await import('./decodeBundledModel')).decodeBundledModel(entry, await bytes);
  // Its caches one per task, as for a trained model: the first prediction is then a short task.
  await warmModel(model);
  return model;
}

/** The model file's bytes as served (gzip or not); a ModelLoadError when they cannot be had. */
async function fetchModelBytes(
  { id, name, file }: BundledModelEntry,
  base: string,
): Promise<Uint8Array<ArrayBuffer>> {
  let response: Response;
  try {
    response = await fetch(new URL(`models/${file}`, base));
  } catch (error) {
    throw new ModelLoadError({ kind: 'network', id, name }, { cause: error });
  }
  if (!response.ok) throw new ModelLoadError({ kind: 'http', id, name, status: response.status });
  return new Uint8Array(await response.arrayBuffer());
}
