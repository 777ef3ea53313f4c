import type { EntropyRow } from './EntropyRow';

/** The rows with the lowest and the highest mean entropy (the first on ties), or null if none. */
export function extremeRows(
  rows: readonly EntropyRow[],
): { low: EntropyRow; high: EntropyRow } | null {
  if (rows.length === 0) return null;
  let low = rows[0];
  let high = rows[0];
  for (const row of rows) {
    if (row.measure.meanEntropyBits < low.measure.meanEntropyBits) low = row;
    if (row.measure.meanEntropyBits > high.measure.meanEntropyBits) high = row;
  }
  return { low, high };
}
