import type { LessonTextKey } from '../messages/LessonMessages';

/** A band of ranks, drawn with a colour and an underline style so it never relies on colour alone. */
export interface RankBucket {
  /** 0 = rank 1 … 4 = beyond rank 500; also the CSS modifier `ts-rank-b{index}`. */
  index: number;
  /** Highest rank in the band (inclusive). */
  maxRank: number;
  /** The key of the band's words in the messages, used in the legend. */
  label: LessonTextKey;
  /** The key of how the band's underline looks, for the legend's words. */
  underline: LessonTextKey;
}

/** The bands, best first. */
export const RANK_BUCKETS: readonly RankBucket[] = [
  { index: 0, maxRank: 1, label: 'rankBandTop', underline: 'underlineThickSolid' },
  { index: 1, maxRank: 5, label: 'rankBandFive', underline: 'underlineThinSolid' },
  { index: 2, maxRank: 50, label: 'rankBandFifty', underline: 'underlineDashed' },
  { index: 3, maxRank: 500, label: 'rankBandFiveHundred', underline: 'underlineDotted' },
  {
    index: 4,
    maxRank: Number.POSITIVE_INFINITY,
    label: 'rankBandBeyond',
    underline: 'underlineWavy',
  },
];

/** The band a 1-based rank falls in. */
export function rankBucket(rank: number): RankBucket {
  return RANK_BUCKETS.find((b) => rank <= b.maxRank) ?? RANK_BUCKETS[RANK_BUCKETS.length - 1];
}
