import { decodeModel } from '../model/modelFile';
import { isGzip } from '../model/modelFile/isGzip';
import { ModelFileError, type ModelFileErrorCode } from '../model/modelFile/ModelFileError';
import type { NgramModel } from '../model/types';

/** One entry of public/models/index.json, written by `npm run models`. */
export interface BundledModelEntry {
  id: string;
  file: string;
  name: string;
  description: string;
  bytes: number;
}

/** What is wrong with a model file, in words for a page visitor (the CLI's advice is for builders). */
const FILE_PROBLEMS: Record<ModelFileErrorCode, string> = {
  'not-a-model': 'is not a Tokenscope model',
  'unsupported-version': 'was written for a newer Tokenscope',
  truncated: 'is incomplete (cut off)',
  'checksum-mismatch': 'is damaged (its checksum does not match)',
  invalid: 'is damaged (its contents are inconsistent)',
};

/** Reads the list of bundled models, resolved relative to the page (works under any sub-path). */
export async function loadManifest(base = document.baseURI): Promise<BundledModelEntry[]> {
  const response = await fetch(new URL('models/index.json', base));
  if (!response.ok)
    throw new Error(`The model list could not be loaded (HTTP ${response.status}).`);
  const manifest = (await response.json()) as { models: BundledModelEntry[] };
  return manifest.models;
}

/**
 * Fetches and decodes one bundled model file. Every failure (network, HTTP status, a damaged or
 * foreign file) is an Error whose message names the model and what went wrong.
 */
export async function loadBundledModel(
  entry: BundledModelEntry,
  base = document.baseURI,
): Promise<NgramModel> {
  const failed = (why: string, cause?: unknown) =>
    new Error(`The model "${entry.name}" could not be loaded: ${why}.`, { cause });
  let response: Response;
  try {
    response = await fetch(new URL(`models/${entry.file}`, base));
  } catch (error) {
    throw failed('the network request failed', error);
  }
  if (!response.ok) throw failed(`the server answered HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  try {
    return decodeModel(isGzip(bytes) ? await gunzip(bytes) : bytes);
  } catch (error) {
    const problem =
      error instanceof ModelFileError ? FILE_PROBLEMS[error.code] : 'is damaged (not valid gzip)';
    throw failed(`its file ${entry.file} ${problem}`, error);
  }
}

/** Unpacks gzip bytes with the browser's own DecompressionStream. */
async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
