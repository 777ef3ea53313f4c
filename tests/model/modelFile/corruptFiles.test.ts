import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeModel } from '../../../src/model/modelFile/decodeModel';
import { encodeModel } from '../../../src/model/modelFile/encodeModel';
import {
  ModelFileError,
  type ModelFileErrorCode,
} from '../../../src/model/modelFile/ModelFileError';
import { propertyRuns } from '../../propertyRuns';
import { modelArbitrary } from './arbitraryModel';
import { thrownBy, withRecomputedCrc } from './fileSurgery';
import { makeModel, makeSmallModel } from './makeModel';

/** The code of the ModelFileError that decoding `bytes` throws; fails on any other outcome. */
function rejectionCode(bytes: Uint8Array): ModelFileErrorCode {
  const error = thrownBy(() => decodeModel(bytes));
  if (!(error instanceof ModelFileError))
    throw new Error(`expected a ModelFileError, got ${error}`);
  return error.code;
}

describe('decodeModel on damaged or foreign files', () => {
  it('decodeModel rejects every single-bit flip of a small model with a ModelFileError', () => {
    const bytes = encodeModel(makeSmallModel());
    const codesByRegion = {
      magic: new Set<string>(),
      version: new Set<string>(),
      rest: new Set<string>(),
    };
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      const flipped = bytes.slice();
      const at = bit >> 3;
      flipped[at] ^= 1 << (bit & 7);
      const region = at < 8 ? 'magic' : at < 10 ? 'version' : 'rest';
      codesByRegion[region].add(rejectionCode(flipped));
    }
    // A flipped size in the unchecked header can make the file look cut short.
    expect(codesByRegion).toEqual({
      magic: new Set(['not-a-model']),
      version: new Set(['unsupported-version']),
      rest: new Set(['checksum-mismatch', 'truncated']),
    });
  });

  it('decodeModel rejects every truncation of a small model file as truncated', () => {
    const bytes = encodeModel(makeSmallModel());
    for (let length = 1; length < bytes.length; length++) {
      expect(rejectionCode(bytes.subarray(0, length))).toBe('truncated');
    }
  });

  it('decodeModel rejects random truncations as truncated or checksum-mismatch', () => {
    const truncation = modelArbitrary.chain((model) => {
      const bytes = encodeModel(model);
      return fc.nat({ max: bytes.length - 2 }).map((cut) => bytes.subarray(0, cut + 1));
    });
    fc.assert(
      fc.property(truncation, (bytes) => {
        expect(['truncated', 'checksum-mismatch']).toContain(rejectionCode(bytes));
      }),
      { seed: 1, numRuns: propertyRuns(100) },
    );
  });

  it('decodeModel rejects a file with a byte appended as checksum-mismatch', () => {
    const bytes = encodeModel(makeSmallModel());
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(rejectionCode(longer)).toBe('checksum-mismatch');
  });

  it('decodeModel rejects foreign files as not-a-model, saying how to build a model', () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
    const json = new TextEncoder().encode('{"settings":{"order":3}}');
    for (const bytes of [
      png,
      new Uint8Array(0),
      json,
      Uint8Array.of(0x54, 0x4f, 0x4b, 0x45, 0x4e),
    ]) {
      const error = thrownBy(() => decodeModel(bytes));
      expect(error).toBeInstanceOf(ModelFileError);
      expect(error).toMatchObject({ code: 'not-a-model' });
      expect(String(error)).toContain('npm run tokenscope -- build');
    }
  });

  it('decodeModel rejects a file from a future format version as unsupported-version', () => {
    const bytes = encodeModel(makeSmallModel());
    bytes[8] = 2;
    const error = thrownBy(() => decodeModel(withRecomputedCrc(bytes)));
    expect(error).toMatchObject({ code: 'unsupported-version' });
    expect(String(error)).toMatch(/version 2.*reads version 1/);
  });

  it('decodeModel rejects a file with a correct CRC but a word id out of range as invalid', () => {
    // vocab a, <unk>, <eos>; the body ends with the last entry: word delta 2 (<eos>), count 1.
    const bytes = encodeModel(
      makeModel({
        tokens: ['a'],
        ngrams: [
          [
            [[0], 1],
            [[2], 1],
          ],
        ],
      }),
    );
    const deltaAt = bytes.length - 4 - 2;
    expect(bytes[deltaAt]).toBe(2);
    bytes[deltaAt] = 3; // word 3 is <bos>, which is never a successor
    const error = thrownBy(() => decodeModel(withRecomputedCrc(bytes)));
    expect(error).toMatchObject({ code: 'invalid' });
    expect(String(error)).toMatch(/word id out of range/);
  });
});
