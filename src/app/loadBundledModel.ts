import { decodeModel } from '../model/modelFile';
import { isGzip } from '../model/modelFile/isGzip';
import type { NgramModel } from '../model/types';

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
  if (!response.ok)
    throw new Error(`The model list could not be loaded (HTTP ${response.status}).`);
  const manifest = (await response.json()) as { models: BundledModelEntry[] };
  return manifest.models;
}

/** Fetches and decodes one bundled model file. */
export async function loadBundledModel(
  entry: BundledModelEntry,
  base = document.baseURI,
): Promise<NgramModel> {
  const response = await fetch(new URL(`models/${entry.file}`, base));
  if (!response.ok) {
    throw new Error(`The model "${entry.name}" could not be loaded (HTTP ${response.status}).`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return decodeModel(isGzip(bytes) ? await gunzip(bytes) : bytes);
}

/** Unpacks gzip bytes with the browser's own DecompressionStream. */
async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
