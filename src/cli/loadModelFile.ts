import { decodeModel } from '../model/modelFile';
import type { NgramModel } from '../model/types';
import { CliError } from './CliError';
import type { CliIo } from './CliIo';
import { readInput } from './readInput';

/** Reads and decodes a model file, turning every failure into a one-line CliError. */
export function loadModelFile(io: CliIo, path: string): NgramModel {
  const bytes = readInput(io, path, 'model file');
  try {
    return decodeModel(bytes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`Cannot use model ${path}: ${message}`);
  }
}
