import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argmax, softmaxWithTemperature } from '../../src/sampling';
import { expectClose, logitsArb, runs, sum } from './helpers';

const lnProbs = Float64Array.of(Math.log(0.5), Math.log(0.3), Math.log(0.2));

describe('softmaxWithTemperature', () => {
  it('softmaxWithTemperature(ln p, 1) gives back p', () => {
    expectClose(softmaxWithTemperature(lnProbs, 1), [0.5, 0.3, 0.2]);
  });

  it('softmaxWithTemperature(ln p, 2) is sqrt(p) renormalized', () => {
    // sqrt = 0.70710678, 0.54772256, 0.44721360; their sum is 1.70204293.
    expectClose(softmaxWithTemperature(lnProbs, 2), [0.415445913, 0.321803021, 0.262751066], 8);
  });

  it('softmaxWithTemperature(ln p, 0.5) is p squared renormalized', () => {
    // 0.25, 0.09, 0.04 over 0.38.
    expectClose(softmaxWithTemperature(lnProbs, 0.5), [25 / 38, 9 / 38, 4 / 38]);
  });

  it('softmaxWithTemperature(logits, 0) is one-hot at the argmax, lowest id on ties', () => {
    expect(Array.from(softmaxWithTemperature(Float64Array.of(1, 3, 3, -2), 0))).toEqual([
      0, 1, 0, 0,
    ]);
  });

  it('softmaxWithTemperature(logits, T) gives -Infinity logits probability 0', () => {
    expectClose(softmaxWithTemperature(Float64Array.of(0, -Infinity, 0), 1), [0.5, 0, 0.5]);
    expect(Array.from(softmaxWithTemperature(Float64Array.of(-Infinity, 2, 5), 0))).toEqual([
      0, 0, 1,
    ]);
  });

  it('softmaxWithTemperature(logits, 1e-9) stays exact for logit gaps of order T', () => {
    // A gap of T·ln 2 halves the weight; a gap of 5 is exp(−5e9) = 0.
    const logits = Float64Array.of(0, -1e-9 * Math.LN2, -5);
    expectClose(softmaxWithTemperature(logits, 1e-9), [2 / 3, 1 / 3, 0], 9);
  });

  it('softmaxWithTemperature(logits, tiny T) never produces NaN', () => {
    const logits = Float64Array.of(1, 0.5, 1 - 1e-15, -Infinity);
    for (const temperature of [1e-9, 1e-300, Number.MIN_VALUE]) {
      const probs = softmaxWithTemperature(logits, temperature);
      expect(probs.every((p) => !Number.isNaN(p))).toBe(true);
      expect(sum(probs)).toBeCloseTo(1, 12);
    }
    expect(Array.from(softmaxWithTemperature(logits, 1e-300))).toEqual([1, 0, 0, 0]);
  });

  it('softmaxWithTemperature(huge logits, 1) subtracts the max instead of overflowing', () => {
    expectClose(softmaxWithTemperature(Float64Array.of(1e308, -1e308, 1e308), 1), [0.5, 0, 0.5]);
  });

  it('softmaxWithTemperature(logits, T, out) writes into out, which may be logits itself', () => {
    const out = new Float64Array(3);
    expect(softmaxWithTemperature(lnProbs, 1, out)).toBe(out);
    const inPlace = Float64Array.from(lnProbs);
    softmaxWithTemperature(inPlace, 0.5, inPlace);
    expectClose(inPlace, [25 / 38, 9 / 38, 4 / 38]);
  });

  it('softmaxWithTemperature(logits, T) rejects a negative, NaN or infinite temperature', () => {
    for (const temperature of [-1, Number.NaN, Infinity]) {
      expect(() => softmaxWithTemperature(lnProbs, temperature)).toThrow(RangeError);
    }
    expect(() => softmaxWithTemperature(lnProbs, -0.5)).toThrow(/temperature must be/);
  });

  it('softmaxWithTemperature(logits, T) rejects NaN, +Infinity, all -Infinity or empty logits', () => {
    expect(() => softmaxWithTemperature(Float64Array.of(0, Number.NaN), 1)).toThrow(RangeError);
    expect(() => softmaxWithTemperature(Float64Array.of(0, Infinity), 1)).toThrow(RangeError);
    expect(() => softmaxWithTemperature(Float64Array.of(-Infinity, -Infinity), 0)).toThrow(
      /at least one finite logit/,
    );
    expect(() => softmaxWithTemperature(new Float64Array(0), 1)).toThrow(RangeError);
  });

  it('softmaxWithTemperature(logits, T, out) rejects an out of the wrong length', () => {
    expect(() => softmaxWithTemperature(lnProbs, 1, new Float64Array(2))).toThrow(RangeError);
  });

  it('softmaxWithTemperature(logits, T) sums to 1 with no negative or NaN entries', () => {
    const temperature = fc.oneof(
      fc.double({ min: 1e-12, max: 1e6, noNaN: true }),
      fc.constantFrom(0, 1e-300, 1),
    );
    fc.assert(
      fc.property(logitsArb, temperature, (logits, t) => {
        const probs = softmaxWithTemperature(logits, t);
        expect(Math.abs(sum(probs) - 1)).toBeLessThanOrEqual(1e-9);
        expect(probs.every((p) => p >= 0 && p <= 1)).toBe(true);
        logits.forEach((logit, id) => {
          if (logit === -Infinity) expect(probs[id]).toBe(0);
        });
      }),
      runs,
    );
  });

  it('softmaxWithTemperature(logits, 0) is one-hot at argmax(logits)', () => {
    fc.assert(
      fc.property(logitsArb, (logits) => {
        const probs = softmaxWithTemperature(logits, 0);
        const winner = argmax(logits);
        expect(Array.from(probs)).toEqual(Array.from(logits, (_, id) => (id === winner ? 1 : 0)));
      }),
      runs,
    );
  });

  it('softmaxWithTemperature(logits, T) keeps the order of the logits', () => {
    fc.assert(
      fc.property(logitsArb, fc.double({ min: 0.01, max: 100, noNaN: true }), (logits, t) => {
        const probs = softmaxWithTemperature(logits, t);
        for (let a = 0; a < logits.length; a++) {
          for (let b = 0; b < logits.length; b++) {
            if (logits[a] > logits[b]) expect(probs[a]).toBeGreaterThanOrEqual(probs[b]);
          }
        }
      }),
      runs,
    );
  });
});
