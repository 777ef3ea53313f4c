import { en } from '../../i18n/en';

/** A band of probability, drawn as an underline style so it never relies on colour alone. */
export interface ProbabilityBucket {
  /** 0 = most likely band … 3 = least likely band; also the CSS modifier `ts-p-b{index}`. */
  index: number;
  /** Lower bound of the band (inclusive). */
  min: number;
  /** Words for the band, used in the legend (English). */
  label: string;
  /** The catalogue key of those words, for the page's language. */
  labelKey: 'bucketHigh' | 'bucketMid' | 'bucketLow' | 'bucketRare';
}

/** The bands, most likely first. */
export const PROBABILITY_BUCKETS: readonly ProbabilityBucket[] = [
  { index: 0, min: 0.5, label: en.bucketHigh, labelKey: 'bucketHigh' },
  { index: 1, min: 0.1, label: en.bucketMid, labelKey: 'bucketMid' },
  { index: 2, min: 0.01, label: en.bucketLow, labelKey: 'bucketLow' },
  { index: 3, min: 0, label: en.bucketRare, labelKey: 'bucketRare' },
];

/** The band a probability falls in. */
export function probabilityBucket(p: number): ProbabilityBucket {
  return PROBABILITY_BUCKETS.find((b) => p >= b.min) ?? PROBABILITY_BUCKETS[3];
}

/** A background that shades a token by its probability (darker = more likely). */
export function probabilityShade(p: number): string {
  const percent = Math.round(Math.min(1, Math.max(0, p)) * 45);
  return `color-mix(in srgb, var(--ts-bar) ${percent}%, transparent)`;
}
