import { decodeModel } from '../model/modelFile';
import { isGzip } from '../model/modelFile/isGzip';
import { ModelFileError } from '../model/modelFile/ModelFileError';
import type { NgramModel } from '../model/types';
import type { BundledModelEntry } from './loadBundledModel';
import { ModelLoadError } from './ModelLoadError';

/** Decodes a bundled model's file on this thread (where the open worker did not run). */
export async function decodeBundledModel(
  { id, name, file }: BundledModelEntry,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<NgramModel> {
  try {
    return decodeModel(isGzip(bytes) ? await gunzip(bytes) : bytes);
  } catch (error) {
    const code = error instanceof ModelFileError ? error.code : 'not-gzip';
    throw new ModelLoadError({ kind: 'file', id, name, file, code }, { cause: error });
  }
}

/** Unpacks gzip bytes with the browser's own DecompressionStream. */
async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
