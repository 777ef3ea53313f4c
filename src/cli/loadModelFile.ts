import { gunzipSync } from 'node:zlib';
import { decodeModel } from '../model/modelFile';
import { isGzip } from '../model/modelFile/isGzip';
import type { NgramModel } from '../model/types';
import { CliError } from './CliError';
import type { CliIo } from './CliIo';
import { readInput } from './readInput';

/** Reads and decodes a model file, turning every failure into a one-line CliError. */
export function loadModelFile(io: CliIo, path: string): NgramModel {
  const bytes = readInput(io, path, 'model file');
  try {
    return decodeModel(isGzip(bytes) ? new Uint8Array(gunzipSync(bytes)) : bytes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`Cannot use model ${path}: ${message}`);
  }
}
