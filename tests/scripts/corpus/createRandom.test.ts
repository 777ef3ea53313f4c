import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../scripts/corpus/structured/random';

describe('createRandom', () => {
  it('createRandom(seed) repeats its sequence for the same seed and stays in [0, 1)', () => {
    const a = createRandom(9);
    const b = createRandom(9);
    const values = Array.from({ length: 1000 }, () => a.next());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBe(1000);
  });

  it('createRandom(seed).int(min, max) covers both ends and nothing outside', () => {
    const r = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => r.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('createRandom(seed).sample(items, k) returns k distinct items', () => {
    const r = createRandom(3);
    const picked = r.sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(picked).toHaveLength(3);
    expect(new Set(picked).size).toBe(3);
    expect(r.sample(['a'], 4)).toEqual(['a']);
  });

  it('createRandom(seed).pick([]) throws instead of returning undefined', () => {
    expect(() => createRandom(1).pick([])).toThrow(/at least one/);
  });
});
