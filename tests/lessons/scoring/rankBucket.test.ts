import { describe, expect, it } from 'vitest';
import { RANK_BUCKETS, rankBucket } from '../../../src/lessons/scoring/rankBucket';

describe('rankBucket', () => {
  it('rankBucket(rank) puts ranks 1, 2–5, 6–50, 51–500 and beyond in bands 0 to 4', () => {
    const cases: [number, number][] = [
      [1, 0],
      [2, 1],
      [5, 1],
      [6, 2],
      [50, 2],
      [51, 3],
      [500, 3],
      [501, 4],
      [12002, 4],
    ];
    for (const [rank, band] of cases) expect(rankBucket(rank).index, `rank ${rank}`).toBe(band);
  });

  it('RANK_BUCKETS gives every band its own underline style', () => {
    expect(new Set(RANK_BUCKETS.map((b) => b.underline)).size).toBe(RANK_BUCKETS.length);
  });
});
