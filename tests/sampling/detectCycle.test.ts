import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectCycle } from '../../src/sampling';
import { runs } from './helpers';

function tailRepeats(sequence: readonly number[], period: number): boolean {
  const tail = sequence.slice(-2 * period);
  return tail.length === 2 * period && tail.every((x, i) => i < period || x === tail[i - period]);
}

describe('detectCycle', () => {
  it('detectCycle(sequence) is null for sequences too short to repeat or without a repeated tail', () => {
    expect(detectCycle([])).toBeNull();
    expect(detectCycle([1])).toBeNull();
    expect(detectCycle([1, 2])).toBeNull();
    expect(detectCycle([1, 2, 3, 1, 2])).toBeNull();
  });

  it('detectCycle(sequence) finds a period of 1', () => {
    expect(detectCycle([4, 1, 1])).toEqual({ period: 1, start: 1 });
    expect(detectCycle([1, 1, 1, 1])).toEqual({ period: 1, start: 0 });
  });

  it('detectCycle(sequence) finds the period and the step where the cycle began', () => {
    expect(detectCycle([3, 7, 1, 2, 3, 1, 2, 3])).toEqual({ period: 3, start: 2 });
    expect(detectCycle([5, 1, 2, 1, 2])).toEqual({ period: 2, start: 1 });
  });

  it('detectCycle(sequence) extends the start back into a partial copy of the block', () => {
    expect(detectCycle([9, 2, 3, 1, 2, 3, 1, 2, 3])).toEqual({ period: 3, start: 1 });
  });

  it('detectCycle(sequence) prefers the smallest period', () => {
    expect(detectCycle([1, 2, 1, 2, 1, 2, 1, 2])).toEqual({ period: 2, start: 0 });
  });

  it('detectCycle(greedy text) finds a loop whose block repeats a token', () => {
    const words = 'he said that the first time in the world . the first time in the world .';
    const vocab = ['he', 'said', 'that', 'the', 'first', 'time', 'in', 'world', '.'];
    const ids = words.split(' ').map((w) => vocab.indexOf(w));
    expect(detectCycle(ids)).toEqual({ period: 7, start: 3 });
  });

  it('detectCycle(prefix + distinct block × r) finds the block length and the prefix length', () => {
    const input = fc.record({
      prefix: fc.array(fc.integer({ min: 100, max: 110 }), { maxLength: 12 }),
      block: fc.uniqueArray(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 10 }),
      repeats: fc.integer({ min: 2, max: 5 }),
    });
    fc.assert(
      fc.property(input, ({ prefix, block, repeats }) => {
        const sequence = [...prefix, ...Array.from({ length: repeats }, () => block).flat()];
        expect(detectCycle(sequence)).toEqual({ period: block.length, start: prefix.length });
      }),
      runs,
    );
  });

  it('detectCycle(prefix + any block × r) returns the smallest repeating tail and its start', () => {
    const small = fc.integer({ min: 0, max: 2 });
    const input = fc.record({
      prefix: fc.array(small, { maxLength: 8 }),
      block: fc.array(small, { minLength: 1, maxLength: 6 }),
      repeats: fc.integer({ min: 2, max: 4 }),
    });
    fc.assert(
      fc.property(input, ({ prefix, block, repeats }) => {
        const sequence = [...prefix, ...Array.from({ length: repeats }, () => block).flat()];
        const cycle = detectCycle(sequence);
        expect(cycle).not.toBeNull();
        if (cycle === null) return;
        const { period, start } = cycle;
        expect(period).toBeLessThanOrEqual(block.length);
        expect(tailRepeats(sequence, period)).toBe(true);
        for (let smaller = 1; smaller < period; smaller++) {
          expect(tailRepeats(sequence, smaller)).toBe(false);
        }
        for (let i = start; i + period < sequence.length; i++) {
          expect(sequence[i]).toBe(sequence[i + period]);
        }
        if (start > 0) expect(sequence[start - 1]).not.toBe(sequence[start - 1 + period]);
      }),
      runs,
    );
  });
});
