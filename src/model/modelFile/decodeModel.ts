import type { NgramModel } from '../types';
import { ByteReader } from './ByteReader';
import { checkFileIntegrity } from './checkFileIntegrity';
import { minimumBodyByteLength } from './FileHeader';
import { CRC_BYTE_LENGTH, PREFIX_BYTE_LENGTH } from './fileFormat';
import { invalidModelFile } from './ModelFileError';
import { readHeader } from './readHeader';
import { readOrderTable } from './readOrderTable';
import { readVocab } from './readVocab';

/**
 * The model in a file written by `encodeModel` (layout in encodeModel.ts). Throws `ModelFileError`
 * for anything else: a foreign, newer, truncated, corrupted or inconsistent file. What
 * `findModelProblem` checks before encoding, `readHeader` and `readOrderTable` check while decoding
 * (so the tables are read once); UTF-8 decoding cannot produce lone surrogates.
 */
export function decodeModel(bytes: Uint8Array): NgramModel {
  checkFileIntegrity(bytes);
  const reader = new ByteReader(bytes, PREFIX_BYTE_LENGTH, bytes.length - CRC_BYTE_LENGTH);
  const header = readHeader(reader);
  if (header.bodyByteLength !== reader.remaining) {
    throw invalidModelFile(
      `its header promises ${header.bodyByteLength} bytes of tables but ${reader.remaining} follow`,
    );
  }
  if (header.tables.length !== header.settings.order) {
    throw invalidModelFile(
      `it has ${header.tables.length} tables for a model of order ${header.settings.order}`,
    );
  }
  // Checked before allocating, so a lying size cannot ask for more memory than the file justifies.
  if (minimumBodyByteLength(header) > header.bodyByteLength) {
    throw invalidModelFile('the sizes in its header do not fit in the file');
  }
  const vocab = readVocab(reader, header.vocabLength);
  const tables = header.tables.map((table) => readOrderTable(reader, table, header.vocabLength));
  if (reader.remaining !== 0) {
    throw invalidModelFile(`${reader.remaining} unexpected bytes follow its last table`);
  }
  return { settings: header.settings, vocab, tables, meta: header.meta };
}
