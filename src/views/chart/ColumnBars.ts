/** Per pixel column of the bar chart: what `columnMaxima` computes and `drawBars` paints. */
export interface ColumnBars {
  /** The tallest outcome that can still be drawn (probability > 0 after filters); 0 if none. */
  readonly kept: Float64Array;
  /** The tallest outcome removed by the mask or a filter; 0 if none. */
  readonly masked: Float64Array;
  /** The column's first rank; neighbouring columns with the same first rank are one wide bar. */
  readonly firstRank: Int32Array;
}

/** Buffers for up to `columns` pixel columns, allocated once per chart width. */
export function createColumnBars(columns: number): ColumnBars {
  return {
    kept: new Float64Array(columns),
    masked: new Float64Array(columns),
    firstRank: new Int32Array(columns),
  };
}
