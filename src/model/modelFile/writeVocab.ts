import type { ByteWriter } from './ByteWriter';

const encoder = new TextEncoder();

/** Appends each token as its UTF-8 byte length (varint) followed by those bytes. */
export function writeVocab(writer: ByteWriter, vocab: readonly string[]): void {
  for (const token of vocab) {
    const bytes = encoder.encode(token);
    writer.writeVarint(bytes.length);
    writer.writeBytes(bytes);
  }
}
