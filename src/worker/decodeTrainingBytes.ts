import { TrainingInputError } from './TrainingInputError';

/** Decodes a file's bytes as UTF-8 text, refusing binary files with a message that says what to do. */
export function decodeTrainingBytes(bytes: Uint8Array, fileName: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TrainingInputError(
      `${fileName} is not UTF-8 text. Choose a plain-text file saved as UTF-8, or paste its text.`,
    );
  }
  if (text.includes('\u0000')) {
    throw new TrainingInputError(
      `${fileName} contains NUL bytes, so it looks like a binary file, not text. Choose a plain-text file.`,
    );
  }
  return text;
}
