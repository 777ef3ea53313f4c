import { decodeModel } from '../model/modelFile';
import { isGzip } from '../model/modelFile/isGzip';
import { ModelFileError } from '../model/modelFile/ModelFileError';
import { TrainingInputError } from './TrainingInputError';
import type { TrainedModel } from './TrainRequest';

/**
 * Reads a model file (`.tsm`, or gzip-compressed `.tsm.gz`) into a model and its plain bytes.
 * `fileName` names it in messages; null is a model kept in the browser ("The saved model").
 */
export async function openModelFile(file: Blob, fileName: string | null): Promise<TrainedModel> {
  let bytes = new Uint8Array(await file.arrayBuffer());
  try {
    if (isGzip(bytes)) bytes = await gunzip(bytes);
  } catch (error) {
    throw new TrainingInputError(
      { code: 'not-gzip', values: { file: fileName } },
      { cause: error },
    );
  }
  try {
    return { model: decodeModel(bytes), bytes };
  } catch (error) {
    if (error instanceof ModelFileError) {
      throw new TrainingInputError(
        {
          code: 'bad-model-file',
          values: { file: fileName, fileCode: error.code, sentence: error.message },
        },
        { cause: error },
      );
    }
    throw error;
  }
}

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
