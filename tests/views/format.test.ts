import { describe, expect, it } from 'vitest';
import { formatProbability } from '../../src/views/format/formatProbability';
import { showToken } from '../../src/views/format/showToken';

describe('showToken', () => {
  it('showToken(token) makes whitespace and control characters visible', () => {
    expect(showToken(' the')).toBe('·the');
    expect(showToken('\n\t x')).toBe('⏎→·x');
    expect(showToken('a\u0007b')).toBe('aU+0007b');
  });

  it('showToken(token, true) names the special outcomes', () => {
    expect(showToken('<eos>', true)).toBe('‹end›');
    expect(showToken('<unk>', true)).toBe('‹unk›');
    expect(showToken('<eos>')).toBe('<eos>');
  });
});

describe('formatProbability', () => {
  it('formatProbability(p) keeps small probabilities distinguishable', () => {
    expect(formatProbability(0.2346)).toBe('23.5 %');
    expect(formatProbability(0.0523)).toBe('5.2 %');
    expect(formatProbability(0.000012)).toBe('0.0012 %');
    expect(formatProbability(0)).toBe('0 %');
    expect(formatProbability(1)).toBe('100 %');
  });
});
