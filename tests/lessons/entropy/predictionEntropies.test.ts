import { describe, expect, it } from 'vitest';
import { predictionEntropies } from '../../../src/lessons/entropy/predictionEntropies';
import { encodeText } from '../../../src/model/encodeText';
import { tinyModel } from '../../fixtures/tinyModel';

const encode = (model: ReturnType<typeof tinyModel>, text: string) => encodeText(model, text).ids;

describe('predictionEntropies', () => {
  it('predictionEntropies(unigram MLE, …) repeats H(½, ¼, ¼) = 1.5 bits for each token and the <eos>', () => {
    // Counts a: 2, b: 1, <eos>: 1 → P = ½, ¼, ¼ (and <unk> 0) whatever the context.
    const model = tinyModel(['a a b'], { order: 1, smoothing: 'mle' });
    expect(Array.from(predictionEntropies(model, [encode(model, 'a b')]))).toEqual([1.5, 1.5, 1.5]);
  });

  it('predictionEntropies(bigram MLE, …) is 0 where the next token is certain and 1 bit at a fork', () => {
    // After <bos>: a (certain). After a: b or c (½ each). After b or c: <eos> (certain).
    const model = tinyModel(['a b', 'a c'], { smoothing: 'mle' });
    const entropies = predictionEntropies(model, [encode(model, 'a b'), encode(model, 'a c')]);
    expect(Array.from(entropies)).toEqual([0, 1, 0, 0, 1, 0]);
  });

  it('predictionEntropies(model, []) is empty', () => {
    expect(predictionEntropies(tinyModel(['a']), [])).toHaveLength(0);
  });
});
