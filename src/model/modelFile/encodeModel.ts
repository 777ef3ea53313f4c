/*
 * Tokenscope model file, format version 1. All integers are unsigned LEB128 varints ("varint")
 * unless marked otherwise; every id and count fits in 32 bits.
 *
 *   magic          8 bytes, ASCII "TOKSCOPE"
 *   version        u16 little-endian, = 1
 *   header length  varint, then that many bytes of UTF-8 JSON (see FileHeader):
 *                  { settings, meta (keys sorted), vocabLength, bodyByteLength,
 *                    tables: [{ order, contextCount, entryCount, discounts: [D1, D2, D3+] }] }
 *                  Floats are JSON numbers, which round-trip a double exactly (−0 reads as 0).
 *   body           bodyByteLength bytes:
 *     vocabulary   vocabLength × (varint UTF-8 byte length, UTF-8 bytes)
 *     tables       for k = 1..n, contextCount × context:
 *                    k − 1 context ids, against the previous context (all zeros before the
 *                      first): each id as its increase over the previous context's id in the
 *                      same column until the first nonzero increase, the rest as they are
 *                      (rows (2 7) (5 0) (5 3) are written 2 7, 3 0, 0 3),
 *                    T − Σ counts, N1 − #(count = 1), N2 − #(count = 2), N3+ − #(count ≥ 3),
 *                      i.e. what the pruned entries add (T, N1..N3+ count before pruning),
 *                    entry count m,
 *                    m × (word id delta from the previous word of this context, which
 *                      starts at 0; count)
 *   crc            u32 little-endian: CRC-32 (IEEE) of every byte before it
 *
 * The `<bos>` padding id is vocabLength; it may appear in contexts only. Tokens must be
 * well-formed Unicode (no lone surrogates), since UTF-8 cannot hold anything else.
 */
import type { NgramModel } from '../types';
import { ByteWriter } from './ByteWriter';
import { crc32 } from './crc32';
import { makeHeader } from './FileHeader';
import { FORMAT_VERSION, MAGIC_BYTES } from './fileFormat';
import { findModelProblem } from './findModelProblem';
import { ModelFileError } from './ModelFileError';
import { writeOrderTable } from './writeOrderTable';
import { writeVocab } from './writeVocab';

/** The bytes of `model`'s file, the same for equal models; throws `ModelFileError` if invalid. */
export function encodeModel(model: NgramModel): Uint8Array {
  const problem = findModelProblem(model);
  if (problem !== undefined) {
    throw new ModelFileError('invalid', `Cannot save this model: ${problem}.`);
  }
  const entryCount = model.tables.reduce((sum, table) => sum + table.words.length, 0);
  const body = new ByteWriter(model.vocab.length * 8 + entryCount * 3);
  writeVocab(body, model.vocab);
  for (const table of model.tables) writeOrderTable(body, table);
  const header = new TextEncoder().encode(JSON.stringify(makeHeader(model, body.byteLength)));

  const file = new ByteWriter(MAGIC_BYTES.length + 2 + 5 + header.length + body.byteLength + 4);
  file.writeBytes(MAGIC_BYTES);
  file.writeU16LE(FORMAT_VERSION);
  file.writeVarint(header.length);
  file.writeBytes(header);
  file.writeBytes(body.view());
  file.writeU32LE(crc32(file.view()));
  return file.toBytes();
}
