import type { ByteReader } from './ByteReader';
import { invalidModelFile } from './ModelFileError';

// `ignoreBOM` keeps a token that starts with U+FEFF; `fatal` rejects malformed UTF-8.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const SHORT_TOKEN_BYTES = 32;

/** Reads `vocabLength` tokens written by `writeVocab`. */
export function readVocab(reader: ByteReader, vocabLength: number): string[] {
  const vocab = new Array<string>(vocabLength);
  for (let id = 0; id < vocabLength; id++) {
    const bytes = reader.readBytes(reader.readVarint());
    vocab[id] = decodeToken(bytes);
  }
  return vocab;
}

// Short ASCII tokens (most of them) skip the slower TextDecoder call.
function decodeToken(bytes: Uint8Array): string {
  if (bytes.length <= SHORT_TOKEN_BYTES) {
    let text = '';
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (byte >= 0x80) return decodeUtf8(bytes);
      text += String.fromCharCode(byte);
    }
    return text;
  }
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw invalidModelFile('a vocabulary token is not valid UTF-8');
  }
}
