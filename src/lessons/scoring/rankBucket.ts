/** A band of ranks, drawn with a colour and an underline style so it never relies on colour alone. */
export interface RankBucket {
  /** 0 = rank 1 … 4 = beyond rank 500; also the CSS modifier `ts-rank-b{index}`. */
  index: number;
  /** Highest rank in the band (inclusive). */
  maxRank: number;
  /** Words for the band, used in the legend. */
  label: string;
  /** How the band's underline looks, for the legend's words. */
  underline: string;
}

/** The bands, best first. */
export const RANK_BUCKETS: readonly RankBucket[] = [
  { index: 0, maxRank: 1, label: 'rank 1 (the top guess)', underline: 'thick solid' },
  { index: 1, maxRank: 5, label: 'rank 2–5', underline: 'thin solid' },
  { index: 2, maxRank: 50, label: 'rank 6–50', underline: 'dashed' },
  { index: 3, maxRank: 500, label: 'rank 51–500', underline: 'dotted' },
  { index: 4, maxRank: Number.POSITIVE_INFINITY, label: 'beyond rank 500', underline: 'wavy' },
];

/** The band a 1-based rank falls in. */
export function rankBucket(rank: number): RankBucket {
  return RANK_BUCKETS.find((b) => rank <= b.maxRank) ?? RANK_BUCKETS[RANK_BUCKETS.length - 1];
}
