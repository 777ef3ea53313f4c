import { decodeModel } from '../model/modelFile';
import { isGzip } from '../model/modelFile/isGzip';
import { ModelFileError } from '../model/modelFile/ModelFileError';
import { ProblemError } from './ProblemError';
import type { TrainedModel } from './TrainRequest';

/**
 * Reads a model file (`.tsm`, or gzip-compressed `.tsm.gz`) into a model and its plain bytes;
 * a file it cannot read is a ProblemError. `fileName` names it; null is a model kept in the
 * browser ("The saved model").
 */
export async function readModelBytes(file: Blob, fileName: string | null): Promise<TrainedModel> {
  let bytes = new Uint8Array(await file.arrayBuffer());
  try {
    if (isGzip(bytes)) bytes = await gunzip(bytes);
  } catch (error) {
    throw new ProblemError({ code: 'not-gzip', values: { file: fileName } }, { cause: error });
  }
  try {
    return { model: decodeModel(bytes), bytes };
  } catch (error) {
    if (error instanceof ModelFileError) {
      throw new ProblemError(
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
