import { describe, expect, it } from 'vitest';
import { argmax } from '../../src/sampling';

describe('argmax', () => {
  it('argmax(values) returns the id of the largest value', () => {
    expect(argmax(Float64Array.of(0.1, 0.2, 0.7))).toBe(2);
  });

  it('argmax(values) breaks ties by the lowest id', () => {
    expect(argmax(Float64Array.of(0.1, 0.4, 0.4, 0.1))).toBe(1);
  });

  it('argmax(empty) returns -1', () => {
    expect(argmax(new Float64Array(0))).toBe(-1);
  });

  it('argmax(values) treats -Infinity as a value and never picks NaN', () => {
    expect(argmax(Float64Array.of(-Infinity, -Infinity))).toBe(0);
    expect(argmax(Float64Array.of(-Infinity, 3, -Infinity))).toBe(1);
    expect(argmax(Float64Array.of(Number.NaN, -5))).toBe(1);
  });
});
