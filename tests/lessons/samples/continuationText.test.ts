import { describe, expect, it } from 'vitest';
import { continuationText } from '../../../src/lessons/samples/continuationText';

const vocab = [' the', '\n', 'cat\t', 'x', '<unk>', '<eos>'];

describe('continuationText', () => {
  it('continuationText shows spaces as ·, newlines as ⏎, tabs as → and <eos> as ‹end›', () => {
    expect(continuationText([0, 1, 2, 5, 3], vocab, false)).toBe('·the⏎cat→‹end›x');
  });

  it('continuationText puts a · between the tokens of a whitespace-tokenized model', () => {
    expect(continuationText([3, 3, 5], vocab, true)).toBe('x·x·‹end›');
  });
});
