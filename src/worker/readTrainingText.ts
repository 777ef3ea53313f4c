import { decodeTrainingBytes } from './decodeTrainingBytes';
import { TrainingInputError } from './TrainingInputError';
import type { TrainingSource } from './TrainRequest';
import { MAX_TRAINING_BYTES } from './trainingLimits';
import { utf8ByteLength } from './utf8ByteLength';

/** The text of a training source and its size in UTF-8 bytes; the size is checked before reading. */
export async function readTrainingText(
  source: TrainingSource,
): Promise<{ text: string; bytes: number }> {
  if (source.kind === 'file') {
    if (source.file.size > MAX_TRAINING_BYTES) {
      throw new TrainingInputError({
        code: 'too-large',
        values: { file: source.fileName, bytes: source.file.size },
      });
    }
    const bytes = new Uint8Array(await source.file.arrayBuffer());
    return { text: decodeTrainingBytes(bytes, source.fileName), bytes: bytes.length };
  }
  // A UTF-8 byte per code unit at least, so a long text is refused before counting its bytes.
  const bytes =
    source.text.length > MAX_TRAINING_BYTES ? source.text.length : utf8ByteLength(source.text);
  if (bytes > MAX_TRAINING_BYTES) {
    throw new TrainingInputError({ code: 'too-large', values: { file: null, bytes } });
  }
  return { text: source.text, bytes };
}
