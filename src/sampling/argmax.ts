/** Index of the largest value, the lowest index among ties; −1 when empty (NaN never wins). */
export function argmax(values: Float64Array): number {
  let best = -1;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let id = 0; id < values.length; id++) {
    const value = values[id];
    // The `best === -1` arm lets an all −Infinity array still answer its first index.
    if (value > bestValue || (best === -1 && value === bestValue)) {
      best = id;
      bestValue = value;
    }
  }
  return best;
}
