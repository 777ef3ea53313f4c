import fc from 'fast-check';
import { expect } from 'vitest';
import { propertyRuns } from '../propertyRuns';

/** Property-test settings shared by every sampling test: fixed seed, 200 runs (TOKENSCOPE_PROPERTY_RUNS overrides). */
export const runs = { seed: 1, numRuns: propertyRuns(200) };

/** Non-negative weights, small integers often so that ties and zeros are common. */
const weight = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.double({ min: 0, max: 1, noNaN: true }));

/** Divides by the sum; the caller guarantees a positive sum. */
export function normalize(weights: readonly number[]): Float64Array {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return Float64Array.from(weights, (w) => w / total);
}

/** A probability distribution over 1–30 ids, with zeros and ties. */
export const probsArb = fc
  .array(weight, { minLength: 1, maxLength: 30 })
  .filter((ws) => ws.some((w) => w > 0))
  .map(normalize);

/** Logits over 1–30 ids: finite values or −Infinity, at least one finite. */
export const logitsArb = fc
  .array(fc.oneof(fc.double({ min: -100, max: 100, noNaN: true }), fc.constant(-Infinity)), {
    minLength: 1,
    maxLength: 30,
  })
  .filter((xs) => xs.some(Number.isFinite))
  .map((xs) => Float64Array.from(xs));

/** Sum of an array of numbers. */
export function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}

/** Asserts each entry equals the expected value to `digits` decimal places. */
export function expectClose(
  actual: ArrayLike<number>,
  expected: readonly number[],
  digits = 12,
): void {
  expect(actual.length).toBe(expected.length);
  for (let id = 0; id < expected.length; id++) expect(actual[id]).toBeCloseTo(expected[id], digits);
}
