import { describe, expect, it } from 'vitest';
import { encodeModel } from '../../../src/model/modelFile/encodeModel';
import { ModelFileError } from '../../../src/model/modelFile/ModelFileError';
import { readFileHeader, thrownBy } from './fileSurgery';
import { makeModel, makeSmallModel, type NgramCount } from './makeModel';

describe('encodeModel', () => {
  it('encodeModel(m) starts with TOKSCOPE and the little-endian version 1', () => {
    const bytes = encodeModel(makeSmallModel());
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('TOKSCOPE');
    expect([bytes[8], bytes[9]]).toEqual([1, 0]);
  });

  it('encodeModel(m) writes a JSON header with settings, meta, discounts and sizes', () => {
    const model = makeSmallModel();
    expect(readFileHeader(encodeModel(model))).toMatchObject({
      settings: model.settings,
      meta: model.meta,
      vocabLength: 5,
      tables: [
        { order: 1, contextCount: 1, entryCount: 4, discounts: [0.5, 1, 1.5] },
        { order: 2, contextCount: 4, entryCount: 2 },
        { order: 3, contextCount: 4, entryCount: 2 },
      ],
    });
  });

  it('encodeModel(m) gives the same bytes every time, whatever the order of meta keys', () => {
    const model = makeSmallModel();
    const reordered = { ...model, meta: { source: model.meta.source, name: model.meta.name } };
    expect(encodeModel(model)).toEqual(encodeModel(model));
    expect(encodeModel(reordered)).toEqual(encodeModel(model));
  });

  it('encodeModel(m) spends under 3 bytes per entry on small ids and counts', () => {
    const tokens = Array.from({ length: 200 }, (_, i) => `w${i}`);
    const bigrams = tokens.flatMap((_, a) =>
      Array.from({ length: 20 }, (_, j): NgramCount => [[a, (a * 7 + j * 9) % 202], 1 + (j % 5)]),
    );
    const model = makeModel({ tokens, ngrams: [[[[0], 1]], bigrams] });
    const entryCount = model.tables[1].words.length;
    expect(entryCount).toBe(4000);
    const bytes = encodeModel(model);
    const headerAndVocab = 1000 + 5 * tokens.length;
    expect((bytes.length - headerAndVocab) / entryCount).toBeLessThan(3);
  });

  it('encodeModel(m) refuses a token with a lone surrogate, naming the token', () => {
    const model = makeSmallModel();
    const error = thrownBy(() =>
      encodeModel({ ...model, vocab: ['the', ' \uD800', ...model.vocab.slice(2)] }),
    );
    expect(error).toBeInstanceOf(ModelFileError);
    expect(error).toMatchObject({ code: 'invalid' });
    expect(String(error)).toMatch(/vocabulary entry 1 .*lone surrogate/);
  });

  it('encodeModel(m) refuses a model whose contexts are out of order', () => {
    const model = makeSmallModel();
    const bigrams = model.tables[1];
    const swapped = { ...bigrams, contextIds: bigrams.contextIds.slice().reverse() };
    const error = thrownBy(() =>
      encodeModel({ ...model, tables: [model.tables[0], swapped, model.tables[2]] }),
    );
    expect(error).toMatchObject({ code: 'invalid' });
    expect(String(error)).toMatch(/Cannot save this model: .*ascending/);
  });

  it('encodeModel(m) refuses non-finite discounts, which JSON cannot hold', () => {
    const model = makeSmallModel();
    const unigrams = { ...model.tables[0], discounts: Float64Array.of(Number.NaN, 0, 0) };
    const error = thrownBy(() =>
      encodeModel({ ...model, tables: [unigrams, ...model.tables.slice(1)] }),
    );
    expect(error).toMatchObject({ code: 'invalid' });
  });

  it('encodeModel(m) refuses a context total below the sum of its counts', () => {
    const model = makeSmallModel();
    const unigrams = { ...model.tables[0], contextTotals: Uint32Array.of(5) };
    const error = thrownBy(() =>
      encodeModel({ ...model, tables: [unigrams, ...model.tables.slice(1)] }),
    );
    expect(String(error)).toMatch(/context total below/);
  });

  it('encodeModel(m) refuses counts-of-counts below the stored entries of that count', () => {
    const model = makeSmallModel();
    const unigrams = { ...model.tables[0], contextCountsOfCounts: Uint32Array.of(2, 1, 0) };
    const error = thrownBy(() =>
      encodeModel({ ...model, tables: [unigrams, ...model.tables.slice(1)] }),
    );
    expect(String(error)).toMatch(/counts-of-counts below/);
  });
});
