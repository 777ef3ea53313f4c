import { decodeModel } from '../model/modelFile';
import { isGzip } from '../model/modelFile/isGzip';
import { ModelFileError } from '../model/modelFile/ModelFileError';
import { TrainingInputError } from './TrainingInputError';
import type { TrainedModel } from './TrainRequest';

/** Reads a model file (`.tsm`, or gzip-compressed `.tsm.gz`) into a model and its plain bytes. */
export async function openModelFile(file: Blob, fileName: string): Promise<TrainedModel> {
  let bytes = new Uint8Array(await file.arrayBuffer());
  try {
    if (isGzip(bytes)) bytes = await gunzip(bytes);
  } catch {
    throw new TrainingInputError(
      `${fileName} looks compressed but cannot be unpacked. Download or build it again.`,
    );
  }
  try {
    return { model: decodeModel(bytes), bytes };
  } catch (error) {
    if (error instanceof ModelFileError) {
      throw new TrainingInputError(`${fileName}: ${error.message}`);
    }
    throw error;
  }
}

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
