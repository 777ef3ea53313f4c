import { TrainingInputError } from './TrainingInputError';

/** Decodes a file's bytes as UTF-8 text, refusing binary files with a message that says what to do. */
export function decodeTrainingBytes(bytes: Uint8Array, fileName: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TrainingInputError({ code: 'not-utf8', values: { file: fileName } });
  }
  if (text.includes('\u0000')) {
    throw new TrainingInputError({ code: 'nul-bytes', values: { file: fileName } });
  }
  return text;
}
