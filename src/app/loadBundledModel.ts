import { decodeModel } from '../model/modelFile';
import { isGzip } from '../model/modelFile/isGzip';
import { ModelFileError } from '../model/modelFile/ModelFileError';
import type { NgramModel } from '../model/types';
import { warmModel } from '../worker/warmModel';
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
 */
export async function loadBundledModel(
  entry: BundledModelEntry,
  base = document.baseURI,
): Promise<NgramModel> {
  const { id, name, file } = entry;
  let response: Response;
  try {
    response = await fetch(new URL(`models/${file}`, base));
  } catch (error) {
    throw new ModelLoadError({ kind: 'network', id, name }, { cause: error });
  }
  if (!response.ok) throw new ModelLoadError({ kind: 'http', id, name, status: response.status });
  const bytes = new Uint8Array(await response.arrayBuffer());
  let model: NgramModel;
  try {
    model = decodeModel(isGzip(bytes) ? await gunzip(bytes) : bytes);
  } catch (error) {
    const code = error instanceof ModelFileError ? error.code : 'not-gzip';
    throw new ModelLoadError({ kind: 'file', id, name, file, code }, { cause: error });
  }
  // Its caches one per task, as for a trained model: the first prediction is then a short task.
  await warmModel(model);
  return model;
}

/** Unpacks gzip bytes with the browser's own DecompressionStream. */
async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
