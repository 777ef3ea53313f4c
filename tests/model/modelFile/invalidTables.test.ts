import { describe, expect, it } from 'vitest';
import { ByteReader } from '../../../src/model/modelFile/ByteReader';
import { ByteWriter } from '../../../src/model/modelFile/ByteWriter';
import { decodeModel } from '../../../src/model/modelFile/decodeModel';
import { readOrderTable } from '../../../src/model/modelFile/readOrderTable';
import type { NgramModel, OrderTable } from '../../../src/model/types';
import { assembleFile, invalidFileMessage } from './fileSurgery';
import { makeSmallModel } from './makeModel';

// Small model ids: the 0, cat 1, sat 2, <unk> 3, <eos> 4, <bos> 5. Trigram contexts
// (0 1) (1 2) (5 0) (5 5); bigram contexts (0) (1) (2) (5); unigram words 0 1 2 4.

/** A file with a correct CRC of the small model with some fields of its order-k table replaced. */
function withTable(order: number, fields: Partial<OrderTable>): Uint8Array {
  const model = makeSmallModel();
  const tables = model.tables.map((table) =>
    table.order === order ? { ...table, ...fields } : table,
  );
  return assembleFile({ ...model, tables });
}

function withOneToken(): NgramModel {
  const small = makeSmallModel();
  const unigrams = {
    ...small.tables[0],
    entryStart: Uint32Array.of(0, 1),
    words: Uint32Array.of(0),
  };
  return {
    ...small,
    settings: { ...small.settings, order: 1 },
    vocab: ['a'],
    tables: [{ ...unigrams, counts: Uint32Array.of(1) }],
  };
}

const u32 = (...values: number[]) => Uint32Array.from(values);

// Context ids and words are stored as increases, so a repeat is the only disorder a file can hold.
const CASES: readonly [string, () => Uint8Array, RegExp][] = [
  [
    'a repeated context',
    () => withTable(3, { contextIds: u32(0, 1, 1, 2, 5, 0, 5, 0) }),
    /same context twice/,
  ],
  [
    'two unigram contexts',
    () =>
      withTable(1, {
        contextTotals: u32(6, 6),
        contextCountsOfCounts: u32(2, 2, 0, 2, 2, 0),
        entryStart: u32(0, 4, 4),
      }),
    /more than one empty context/,
  ],
  ['a repeated word', () => withTable(1, { words: u32(0, 1, 1, 4) }), /out of order/],
  ['a count of zero', () => withTable(1, { counts: u32(2, 0, 1, 1) }), /count of zero/],
  ['a context id above <bos>', () => withTable(2, { contextIds: u32(0, 1, 2, 6) }), /context id/],
  ['<bos> as a successor', () => withTable(1, { words: u32(0, 1, 2, 5) }), /word id/],
  ['negative discounts', () => withTable(3, { discounts: Float64Array.of(-1, 0, 0) }), /discounts/],
  ['a vocabulary of one token', () => assembleFile(withOneToken()), /vocabulary has 1/],
  [
    'bytes after the last table',
    () => assembleFile(makeSmallModel(), { extraBody: Uint8Array.of(0) }),
    /unexpected/,
  ],
];

describe('decodeModel on files whose tables are inconsistent, under a correct checksum', () => {
  it.each(CASES)('decodeModel rejects a file with %s as invalid', (_, makeFile, message) => {
    const text = invalidFileMessage(decodeModel, makeFile());
    expect(text).toMatch(message);
    expect(text).toContain('npm run tokenscope -- build');
  });
});

describe('readOrderTable', () => {
  it('readOrderTable rejects a context total that overflows 32 bits as invalid', () => {
    // One unigram context: 1 pruned, N residuals 0 0 0, one entry (word 0, count 2^32 − 1).
    const writer = new ByteWriter();
    for (const value of [1, 0, 0, 0, 1, 0, 2 ** 32 - 1]) writer.writeVarint(value);
    const header = { order: 1, contextCount: 1, entryCount: 1, discounts: [0, 0, 0] };
    const read = () => readOrderTable(new ByteReader(writer.toBytes()), header, 3);
    expect(() => read()).toThrow(/above 2\^32/);
  });
});
