import { describe, expect, it } from 'vitest';
import { surprisalBits } from '../../../src/sampling/surprisalBits';
import { timelineSeries } from '../../../src/views/panels/timelineSeries';
import { traceColumns } from '../../../src/views/panels/traceColumns';
import { storeFor } from '../text/fixtures';

/** A store's steps after `count` draws, and the store to go on with. */
function history(count: number) {
  const store = storeFor();
  for (let i = 0; i < count; i++) store.getState().step();
  return store;
}

describe('timelineSeries', () => {
  it('timelineSeries(previous, steps) equals a fresh computation after appends, undo and a new branch', () => {
    const store = history(70);
    let series = timelineSeries(null, store.getState().steps);
    const check = () => {
      const { steps } = store.getState();
      series = timelineSeries(series, steps);
      const fresh = timelineSeries(null, steps);
      expect(Array.from(series.entropyBits.subarray(0, steps.length))).toEqual(
        steps.map((s) => s.entropyBits),
      );
      expect(Array.from(series.surprisalBits.subarray(0, steps.length))).toEqual(
        Array.from(fresh.surprisalBits.subarray(0, steps.length)),
      );
      expect(series.surprisalBits[steps.length - 1]).toBe(
        surprisalBits(Math.min(1, steps[steps.length - 1].p)),
      );
    };
    for (let i = 0; i < 5; i++) {
      store.getState().step();
      check();
    }
    store.getState().undo();
    check();
    store.getState().setTemperature(0);
    store.getState().step();
    check();
  });

  it('timelineSeries(previous, steps) reuses its columns while the history only grows', () => {
    const store = history(3);
    const first = timelineSeries(null, store.getState().steps);
    store.getState().step();
    expect(timelineSeries(first, store.getState().steps).entropyBits).toBe(first.entropyBits);
  });
});

describe('traceColumns', () => {
  it('traceColumns(values, count, columns) keeps every point when they fit', () => {
    expect(traceColumns(Float64Array.of(3, 1, 2), 3, 10)).toEqual([0, 1, 2]);
  });

  it('traceColumns keeps each column’s first, lowest, highest and last point, in order', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => Math.sin(i) * (i % 7));
    const kept = traceColumns(values, 1000, 10);
    expect(kept.length).toBeLessThanOrEqual(40);
    expect([...kept].sort((a, b) => a - b)).toEqual(kept);
    for (let c = 0; c < 10; c++) {
      const span = Array.from(values.subarray(c * 100, (c + 1) * 100));
      const inColumn = kept.filter((i) => i >= c * 100 && i < (c + 1) * 100).map((i) => values[i]);
      expect(Math.max(...inColumn)).toBe(Math.max(...span));
      expect(Math.min(...inColumn)).toBe(Math.min(...span));
      expect(kept).toContain(c * 100);
      expect(kept).toContain(c * 100 + 99);
    }
  });
});
