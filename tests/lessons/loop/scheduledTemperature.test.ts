import { describe, expect, it } from 'vitest';
import { scheduledTemperature } from '../../../src/lessons/loop/scheduledTemperature';

describe('scheduledTemperature', () => {
  it('scheduledTemperature(0, start, target, steps) is start', () => {
    expect(scheduledTemperature(0, 2, 0.8, 30)).toBe(2);
  });

  it('scheduledTemperature(step, …) moves linearly: halfway is the mean', () => {
    expect(scheduledTemperature(15, 2, 0.8, 30)).toBeCloseTo(1.4, 12);
    expect(scheduledTemperature(1, 1, 0, 4)).toBe(0.75);
  });

  it('scheduledTemperature(step ≥ steps, …) is target', () => {
    expect(scheduledTemperature(30, 2, 0.8, 30)).toBe(0.8);
    expect(scheduledTemperature(45, 2, 0.8, 30)).toBe(0.8);
  });

  it('scheduledTemperature(step, start, target, 0) is target (no schedule)', () => {
    expect(scheduledTemperature(0, 2, 0.8, 0)).toBe(0.8);
  });

  it('scheduledTemperature(step, hot, cool, steps) never rises and stays within [cool, hot]', () => {
    let previous = Number.POSITIVE_INFINITY;
    for (let step = 0; step <= 40; step++) {
      const t = scheduledTemperature(step, 2, 0.8, 30);
      expect(t).toBeLessThanOrEqual(previous);
      expect(t).toBeGreaterThanOrEqual(0.8);
      expect(t).toBeLessThanOrEqual(2);
      previous = t;
    }
  });
});
