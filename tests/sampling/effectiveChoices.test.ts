import { describe, expect, it } from 'vitest';
import { effectiveChoices, entropyBits } from '../../src/sampling';

describe('effectiveChoices', () => {
  it('effectiveChoices(H) is 2^H', () => {
    expect(effectiveChoices(0)).toBe(1);
    expect(effectiveChoices(3)).toBe(8);
    expect(effectiveChoices(1.75)).toBeCloseTo(3.363585661, 9);
  });

  it('effectiveChoices(entropyBits(uniform over 5)) is 5', () => {
    expect(effectiveChoices(entropyBits(new Float64Array(5).fill(0.2)))).toBeCloseTo(5, 12);
  });
});
