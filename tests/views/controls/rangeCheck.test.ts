import { describe, expect, it } from 'vitest';
import { rangeCheck } from '../../../src/views/controls/rangeCheck';

describe('rangeCheck', () => {
  it('rangeCheck(min, max, integer) accepts the range and explains the rest', () => {
    const temperature = rangeCheck(0, 5);
    expect(temperature(0)).toBeNull();
    expect(temperature(2.5)).toBeNull();
    expect(temperature(5.1)).toBe('Enter a number from 0 to 5.');
    const steps = rangeCheck(1, 1000, true);
    expect(steps(1.5)).toBe('Enter a whole number from 1 to 1000.');
    expect(steps(30)).toBeNull();
  });
});
