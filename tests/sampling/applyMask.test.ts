import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMask } from '../../src/sampling';
import { probsArb, runs, sum } from './helpers';

describe('applyMask', () => {
  it('applyMask(probs, ids) zeroes the masked ids and renormalizes the rest', () => {
    const probs = Float64Array.of(0.5, 0.3, 0.2);
    const masked = applyMask(probs, [0]);
    expect(masked[0]).toBe(0);
    expect(masked[1]).toBeCloseTo(0.6, 12);
    expect(masked[2]).toBeCloseTo(0.4, 12);
    expect(Array.from(probs)).toEqual([0.5, 0.3, 0.2]);
  });

  it('applyMask(probs, ids) accepts repeated ids and typed arrays', () => {
    const masked = applyMask(Float64Array.of(0.25, 0.25, 0.5), Uint32Array.of(2, 2));
    expect(Array.from(masked)).toEqual([0.5, 0.5, 0]);
    // Three entries but only one distinct id: not "everything masked".
    expect(Array.from(applyMask(Float64Array.of(0.5, 0.25, 0.25), [1, 1, 1]))).toEqual([
      2 / 3,
      0,
      1 / 3,
    ]);
  });

  it('applyMask(probs, []) returns an equal copy', () => {
    const probs = Float64Array.of(0.75, 0.25);
    const copy = applyMask(probs, []);
    expect(copy).not.toBe(probs);
    expect(Array.from(copy)).toEqual([0.75, 0.25]);
  });

  it('applyMask(probs, every id) throws a message saying everything is masked', () => {
    expect(() => applyMask(Float64Array.of(0.5, 0.5), [1, 0])).toThrow(/every token is masked/);
  });

  it('applyMask(probs, ids) throws when the unmasked ids have no probability', () => {
    expect(() => applyMask(Float64Array.of(1, 0, 0), [0])).toThrow(/no probability/);
  });

  it('applyMask(probs, ids) rejects ids outside the vocabulary', () => {
    expect(() => applyMask(Float64Array.of(0.5, 0.5), [2])).toThrow(RangeError);
    expect(() => applyMask(Float64Array.of(0.5, 0.5), [-1])).toThrow(/not a token id/);
    expect(() => applyMask(Float64Array.of(0.5, 0.5), [0.5])).toThrow(RangeError);
  });

  it('applyMask(probs, ids) sums to 1 and keeps the unmasked ratios', () => {
    const input = probsArb.chain((probs) =>
      fc.tuple(
        fc.constant(probs),
        fc.subarray(Array.from(probs.keys()), { maxLength: probs.length - 1 }),
      ),
    );
    fc.assert(
      fc.property(input, ([probs, ids]) => {
        const unmaskedMass = sum(probs.filter((_, id) => !ids.includes(id)));
        fc.pre(unmaskedMass > 0);
        const masked = applyMask(probs, ids);
        expect(Math.abs(sum(masked) - 1)).toBeLessThanOrEqual(1e-9);
        masked.forEach((p, id) => {
          if (ids.includes(id)) expect(p).toBe(0);
          else expect(p).toBeCloseTo(probs[id] / unmaskedMass, 12);
        });
      }),
      runs,
    );
  });
});
