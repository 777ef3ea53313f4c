import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/model/defaultSettings';
import { trainModel } from '../../src/model/trainModel';
import { usableOrder } from '../../src/worker/usableOrder';

const model = (segments: string[], order: number) =>
  trainModel(segments, { ...defaultSettings, tokenizer: 'whitespace', order });

describe('usableOrder', () => {
  it('usableOrder(model) is n when some segment has n − 1 tokens', () => {
    expect(usableOrder(model(['a b c'], 4))).toBe(4);
    expect(usableOrder(model(['a', 'a b c d e'], 6))).toBe(6);
  });

  it('usableOrder(model) is one more than the longest segment when n is higher', () => {
    expect(usableOrder(model(['a b', 'c'], 6))).toBe(3);
    expect(usableOrder(model(['a'], 3))).toBe(2);
  });

  it('usableOrder(unigram) is 1', () => {
    expect(usableOrder(model(['a'], 1))).toBe(1);
  });
});
