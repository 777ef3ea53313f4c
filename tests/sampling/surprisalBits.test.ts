import { describe, expect, it } from 'vitest';
import { surprisalBits } from '../../src/sampling';

describe('surprisalBits', () => {
  it('surprisalBits(p) is −log2 p', () => {
    expect(surprisalBits(0.25)).toBe(2);
    expect(surprisalBits(0.5)).toBe(1);
    expect(surprisalBits(0.1)).toBeCloseTo(3.321928095, 9);
  });

  it('surprisalBits(1) is 0, not −0', () => {
    expect(surprisalBits(1)).toBe(0);
  });

  it('surprisalBits(0) is Infinity', () => {
    expect(surprisalBits(0)).toBe(Infinity);
  });

  it('surprisalBits(p) rejects p outside [0, 1]', () => {
    for (const p of [1.5, -0.1, Number.NaN]) expect(() => surprisalBits(p)).toThrow(RangeError);
  });
});
