import type { TextMeasure } from './measureText';

/** One row of the comparison: a named text and its measure. */
export interface EntropyRow {
  /** Stable key. */
  id: string;
  /** Name shown on the chart and in the table. */
  label: string;
  /** Its entropy and bits per token. */
  measure: TextMeasure;
}
