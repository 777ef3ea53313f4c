import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeModel } from '../../../src/model/modelFile/decodeModel';
import { encodeModel } from '../../../src/model/modelFile/encodeModel';
import type { NgramModel } from '../../../src/model/types';
import { propertyRuns } from '../../propertyRuns';
import { modelArbitrary } from './arbitraryModel';
import { makeModel, makeSmallModel } from './makeModel';

/** Asserts field-by-field equality, including each typed array's type. */
function expectSameModel(actual: NgramModel, expected: NgramModel): void {
  expect(actual).toEqual(expected);
  expect(actual.tables.length).toBe(expected.tables.length);
  actual.tables.forEach((table, index) => {
    for (const key of Object.keys(table) as (keyof typeof table)[]) {
      const value = table[key];
      const expectedValue = expected.tables[index][key];
      if (typeof value === 'number' || typeof expectedValue === 'number') continue;
      expect(value.constructor).toBe(expectedValue.constructor);
      expect(Array.from(value)).toEqual(Array.from(expectedValue));
    }
  });
}

describe('decodeModel', () => {
  it('decodeModel(encodeModel(m)) gives back m', () => {
    const model = makeSmallModel();
    expectSameModel(decodeModel(encodeModel(model)), model);
  });

  it('decodeModel(encodeModel(m)) keeps doubles bit for bit', () => {
    const model = makeSmallModel();
    const decoded = decodeModel(encodeModel(model));
    expect(decoded.tables[2].discounts[0]).toBe(0.1 + 0.2);
    expect(decoded.tables[2].discounts[1]).toBe(Math.PI / 3);
  });

  it('decodeModel(encodeModel(m)) gives back tokens with NUL, newlines, BOM, emoji, markup', () => {
    const tokens = [
      '\0',
      'a\nb',
      '\uFEFF',
      '\uFEFFx',
      '😀👩‍👩‍👧',
      '<img src=x>',
      '',
      'é'.repeat(40),
    ];
    const model = makeModel({
      tokens,
      ngrams: [
        [
          [[0], 1],
          [[7], 3],
        ],
      ],
    });
    expect(decodeModel(encodeModel(model)).vocab).toEqual(model.vocab);
  });

  it('decodeModel(encodeModel(m)) gives back a unigram model with no entries at all', () => {
    const model = makeModel({ tokens: [], ngrams: [[]] });
    expectSameModel(decodeModel(encodeModel(model)), model);
  });

  it('decodeModel(encodeModel(m)) gives back m for random valid models', () => {
    fc.assert(
      fc.property(modelArbitrary, (model) => {
        const bytes = encodeModel(model);
        const decoded = decodeModel(bytes);
        expectSameModel(decoded, model);
        expect(encodeModel(decoded)).toEqual(bytes);
      }),
      { seed: 1, numRuns: propertyRuns(100) },
    );
  });

  it('decodeModel reads a file that is a view into a larger buffer', () => {
    const bytes = encodeModel(makeSmallModel());
    const padded = new Uint8Array(bytes.length + 7);
    padded.set(bytes, 3);
    expectSameModel(decodeModel(padded.subarray(3, 3 + bytes.length)), makeSmallModel());
  });
});
