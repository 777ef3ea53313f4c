import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/model/defaultSettings';
import { encodeText } from '../../src/model/encodeText';
import { scoreSegments } from '../../src/model/scoreSegments';
import { splitSegments } from '../../src/model/splitSegments';
import { TrainingError, trainModel } from '../../src/model/trainModel';
import { tinyModel } from './fixtures';

describe('trainModel', () => {
  it('trainModel(segments, settings) ranks the vocabulary by count, ties by code point', () => {
    const model = trainModel(['b a c', 'c b'], { ...defaultSettings, tokenizer: 'whitespace' });
    expect(model.vocab).toEqual(['b', 'c', 'a', '<unk>', '<eos>']);
  });

  it('trainModel(segments, settings) keeps the N most frequent tokens and maps the rest to <unk>', () => {
    const model = trainModel(['x x y z'], {
      ...defaultSettings,
      tokenizer: 'whitespace',
      vocabSize: 1,
      order: 1,
    });
    expect(model.vocab).toEqual(['x', '<unk>', '<eos>']);
    expect(Array.from(model.tables[0].words)).toEqual([0, 1, 2]);
    expect(Array.from(model.tables[0].counts)).toEqual([2, 2, 1]);
  });

  it('trainModel(segments, settings) orders astral characters after U+FFFF-range ones', () => {
    const model = trainModel(['😀 \uffe0'], { ...defaultSettings, tokenizer: 'whitespace' });
    expect(model.vocab.slice(0, 2)).toEqual(['\uffe0', '😀']);
  });

  it('trainModel([], settings) says the text has no tokens', () => {
    expect(() => trainModel(splitSegments('  \n\n \n'), defaultSettings)).toThrow(TrainingError);
    expect(() => trainModel([], defaultSettings)).toThrow(/no tokens/);
  });

  it('trainModel(segments, settings) rejects out-of-range settings with a message', () => {
    expect(() => trainModel(['a'], { ...defaultSettings, order: 7 })).toThrow(/order must be/);
    expect(() => trainModel(['a'], { ...defaultSettings, discount: 1.5 })).toThrow(/discount/);
  });

  it('trainModel(segments, { minCount: 2 }) prunes rare entries above the unigram', () => {
    const full = tinyModel();
    const pruned = tinyModel({ minCount: 2 });
    expect(full.tables[1].counts.length).toBe(5);
    expect(Array.from(pruned.tables[1].counts)).toEqual([2, 2]);
    expect(pruned.tables[0].counts.length).toBe(full.tables[0].counts.length);
  });
});

describe('scoreSegments', () => {
  it('scoreSegments(model, [b]) averages −log2 p over the token and the <eos>', () => {
    const model = tinyModel();
    const score = scoreSegments(model, [encodeText(model, 'b').ids]);
    const expected = -(Math.log2(0.4375) + Math.log2(0.5 + 0.175 / 3)) / 2;
    expect(score.events).toBe(2);
    expect(score.crossEntropyBits).toBeCloseTo(expected, 12);
    expect(score.perplexity).toBeCloseTo(2 ** expected, 12);
  });
});
