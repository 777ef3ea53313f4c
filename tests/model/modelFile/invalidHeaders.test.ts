import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../src/model/modelFile/ByteWriter';
import { decodeModel } from '../../../src/model/modelFile/decodeModel';
import type { FileHeader } from '../../../src/model/modelFile/FileHeader';
import { assembleFile, invalidFileMessage, thrownBy } from './fileSurgery';
import { makeSmallModel } from './makeModel';

/** A file of the small model, with a correct CRC, whose header was edited in place. */
function withHeader(edit: (header: FileHeader) => void): Uint8Array {
  return assembleFile(makeSmallModel(), {
    editHeader: (header) => {
      edit(header);
      return header;
    },
  });
}

const CASES: readonly [string, () => Uint8Array, RegExp][] = [
  ['not JSON', () => assembleFile(makeSmallModel(), { editHeader: () => undefined }), /not valid/],
  ['a JSON list', () => assembleFile(makeSmallModel(), { editHeader: () => [1] }), /object/],
  [
    'an unknown tokenizer',
    () => withHeader((h) => Object.assign(h.settings, { tokenizer: 'bpe' })),
    /"bpe"/,
  ],
  [
    'an unknown smoothing',
    () => withHeader((h) => Object.assign(h.settings, { smoothing: 'wb' })),
    /"wb"/,
  ],
  ['order 7', () => withHeader((h) => Object.assign(h.settings, { order: 7 })), /order 7/],
  [
    'an order unlike the tables',
    () => withHeader((h) => Object.assign(h.settings, { order: 2 })),
    /3 tables/,
  ],
  [
    'a discount of 1.5',
    () => withHeader((h) => Object.assign(h.settings, { discount: 1.5 })),
    /1\.5/,
  ],
  [
    'a pseudo-count of 0',
    () => withHeader((h) => Object.assign(h.settings, { k: 0 })),
    /pseudo-count/,
  ],
  ['a number in meta', () => withHeader((h) => Object.assign(h.meta, { n: 3 })), /meta\.n/],
  [
    'a negative entry count',
    () => withHeader((h) => Object.assign(h.tables[1], { entryCount: -1 })),
    /entryCount/,
  ],
  [
    'too many entries',
    () => withHeader((h) => Object.assign(h.tables[0], { entryCount: 5 })),
    /fewer entries/,
  ],
  [
    'too few entries',
    () => withHeader((h) => Object.assign(h.tables[0], { entryCount: 3 })),
    /more entries/,
  ],
  [
    '2^32 − 1 tokens',
    () => withHeader((h) => Object.assign(h, { vocabLength: 2 ** 32 - 2 })),
    /do not fit/,
  ],
  [
    'a wrong body length',
    () => withHeader((h) => Object.assign(h, { bodyByteLength: 1 })),
    /promises/,
  ],
];

describe('decodeModel on files whose header lies, under a correct checksum', () => {
  it.each(CASES)('decodeModel rejects a header with %s as invalid', (_, makeFile, message) => {
    const text = invalidFileMessage(decodeModel, makeFile());
    expect(text).toMatch(message);
    expect(text).toContain('npm run tokenscope -- build');
  });

  it('decodeModel rejects a huge header length as truncated without reading past the file', () => {
    const writer = new ByteWriter();
    writer.writeBytes(new TextEncoder().encode('TOKSCOPE'));
    writer.writeU16LE(1);
    writer.writeVarint(2 ** 32 - 1);
    writer.writeU32LE(0);
    expect(thrownBy(() => decodeModel(writer.toBytes()))).toMatchObject({ code: 'truncated' });
  });
});
