import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../src/model/defaultSettings';
import { backoffWeight, backoffWeights, hasBackoffWeights } from '../../src/model/orderWeights';
import { trainModel } from '../../src/model/trainModel';
import { warmModel } from '../../src/worker/warmModel';
import { sampleText } from './sampleText';

/** A word model of the sample text with enough contexts to need several slices. */
const model = () =>
  trainModel(sampleText(200).split('\n'), { ...defaultSettings, smoothing: 'mkn', order: 4 });

afterEach(() => vi.restoreAllMocks());

describe('warmModel', () => {
  it('warmModel(model) caches each order’s backoff weights, the same as computed at once', async () => {
    const warmed = model();
    // A clock that jumps 10 ms per look: every slice stops after one look (1 024 rows).
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 10));
    await warmModel(warmed);
    vi.restoreAllMocks();
    const fresh = model();
    // The largest order spans several slices.
    expect(Math.max(...warmed.tables.map((t) => t.contextTotals.length))).toBeGreaterThan(2048);
    for (let k = 1; k < warmed.tables.length; k++) {
      const table = warmed.tables[k];
      expect(hasBackoffWeights(table)).toBe(true);
      const expected = backoffWeights(fresh.tables[k]);
      const got = Float64Array.from({ length: expected.length }, (_, row) =>
        backoffWeight(table, row),
      );
      expect(got).toEqual(expected);
    }
  });
});
