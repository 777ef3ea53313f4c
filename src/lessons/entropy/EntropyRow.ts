import type { TextMeasure } from './measureText';

/** One row of the comparison: a named text and its measure. */
export interface EntropyRow {
  /** Stable key. */
  id: string;
  /** Name shown on the chart and in the table, in the page's language. */
  label: string;
  /** The language of the text when it is known (the English presets). */
  lang?: string;
  /** Its entropy and bits per token. */
  measure: TextMeasure;
}
