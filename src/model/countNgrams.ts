/** Distinct n-grams of one order in ascending lexicographic order, with a count each. */
export interface NgramCounts {
  /** Tokens per n-gram. */
  length: number;
  /** U × length ids, row-major, rows ascending. */
  grams: Uint32Array;
  /** The count of each row. */
  counts: Uint32Array;
  /** For each row, how many distinct longer n-grams (one more token on the left) end in it. */
  continuations: Uint32Array;
}

/**
 * Counts the n-grams ending at every event (each token and the `<eos>` of a segment), with
 * `n − 1` `<bos>` padding on the left. Returns orders 1..n (index k − 1): raw counts at every
 * order, and for orders below n the continuation counts (distinct left extensions).
 */
export function countNgrams(
  segments: Uint32Array[],
  order: number,
  bosId: number,
  eosId: number,
): NgramCounts[] {
  const pad = order - 1;
  let total = 0;
  for (const segment of segments) total += pad + segment.length + 1;
  const sequence = new Uint32Array(total);
  const events = new Uint32Array(total - pad * segments.length);
  let at = 0;
  let eventCount = 0;
  for (const segment of segments) {
    sequence.fill(bosId, at, at + pad);
    at += pad;
    sequence.set(segment, at);
    for (let i = 0; i <= segment.length; i++) events[eventCount++] = at + i;
    at += segment.length;
    sequence[at++] = eosId;
  }
  // Sort event positions by the n-gram ending there; a stable order makes runs of equal n-grams.
  events.sort((a, b) => {
    for (let j = pad; j >= 0; j--) {
      const d = sequence[a - j] - sequence[b - j];
      if (d !== 0) return d;
    }
    return 0;
  });
  const top = collapseRuns(
    order,
    events.length,
    (row, j) => sequence[events[row] - pad + j],
    () => 1,
  );
  const result: NgramCounts[] = [top];
  for (let k = order - 1; k >= 1; k--) result.unshift(suffixCounts(result[0], k));
  return result;
}

/** Groups the rows of a longer order by their last k ids. */
function suffixCounts(longer: NgramCounts, k: number): NgramCounts {
  const { grams, counts, length } = longer;
  const rows = counts.length;
  const skip = length - k;
  const index = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) index[i] = i;
  index.sort((a, b) => {
    for (let j = 0; j < k; j++) {
      const d = grams[a * length + skip + j] - grams[b * length + skip + j];
      if (d !== 0) return d;
    }
    return a - b;
  });
  return collapseRuns(
    k,
    rows,
    (row, j) => grams[index[row] * length + skip + j],
    (row) => counts[index[row]],
  );
}

/** Merges consecutive equal rows, adding their weights and counting how many rows merged. */
function collapseRuns(
  length: number,
  rows: number,
  idAt: (row: number, j: number) => number,
  weightAt: (row: number) => number,
): NgramCounts {
  const grams = new Uint32Array(rows * length);
  const counts = new Uint32Array(rows);
  const continuations = new Uint32Array(rows);
  let unique = -1;
  for (let row = 0; row < rows; row++) {
    let same = unique >= 0;
    for (let j = 0; same && j < length; j++) same = grams[unique * length + j] === idAt(row, j);
    if (!same) {
      unique++;
      for (let j = 0; j < length; j++) grams[unique * length + j] = idAt(row, j);
    }
    counts[unique] += weightAt(row);
    continuations[unique] += 1;
  }
  const size = unique + 1;
  return {
    length,
    grams: grams.slice(0, size * length),
    counts: counts.slice(0, size),
    continuations: continuations.slice(0, size),
  };
}
