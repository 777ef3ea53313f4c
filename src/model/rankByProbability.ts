import { findContext } from './findContext';
import { paddedContext } from './paddedContext';
import { sortByProbability } from './sortByProbability';
import type { NgramModel } from './types';
import { unigramLevel, usesUnigramLevel } from './unigramLevel';

/** All-zero flags, one per id, reused between calls (each clears the ones it set). */
let scratch = new Uint8Array(0);

function touchedFlags(size: number): Uint8Array {
  if (scratch.length !== size) scratch = new Uint8Array(size);
  return scratch;
}

/**
 * The rank order of `probs = distribution(model, history)`: ids by probability, highest first,
 * ties by ascending id — the same result as sorting all of them, much faster. Under Kneser–Ney
 * every outcome the higher orders did not touch has the unigram probability times one constant,
 * so it keeps its unigram rank: only the touched few are sorted, then merged. The result is
 * checked, and a full sort is the fallback (e.g. when rounding ties two scaled values).
 */
export function rankByProbability(
  model: NgramModel,
  history: ArrayLike<number>,
  probs: Float64Array,
): Uint32Array {
  const size = probs.length;
  if (!usesUnigramLevel(model)) return sortByProbability(Uint32Array.from(probs.keys()), probs);
  const context = paddedContext(model, history);
  const touched = touchedFlags(size);
  const touchedIds: number[] = [];
  for (let k = 2; k <= model.settings.order; k++) {
    const table = model.tables[k - 1];
    const row = findContext(table, context);
    if (row < 0) continue;
    for (let e = table.entryStart[row]; e < table.entryStart[row + 1]; e++) {
      const w = table.words[e];
      if (touched[w] === 0) touchedIds.push(w);
      touched[w] = 1;
    }
  }
  const sortedTouched = sortByProbability(Uint32Array.from(touchedIds), probs);
  const base = unigramLevel(model).order;
  const order = new Uint32Array(size);
  // A merge with the next touched id and its probability kept in locals (this loop is per step).
  let t = 0;
  let at = 0;
  let nextId = sortedTouched.length > 0 ? sortedTouched[0] : -1;
  let nextP = nextId >= 0 ? probs[nextId] : Number.NEGATIVE_INFINITY;
  for (let b = 0; b < size; b++) {
    const id = base[b];
    if (touched[id] === 1) continue;
    const p = probs[id];
    while (nextId >= 0 && (nextP > p || (nextP === p && nextId < id))) {
      order[at++] = nextId;
      t++;
      nextId = t < sortedTouched.length ? sortedTouched[t] : -1;
      nextP = nextId >= 0 ? probs[nextId] : Number.NEGATIVE_INFINITY;
    }
    order[at++] = id;
  }
  while (t < sortedTouched.length) order[at++] = sortedTouched[t++];
  for (const id of touchedIds) touched[id] = 0;
  let previous = order[0];
  for (let r = 1; r < size; r++) {
    const id = order[r];
    const pPrev = probs[previous];
    const p = probs[id];
    if (pPrev < p || (pPrev === p && previous > id)) return sortByProbability(order, probs);
    previous = id;
  }
  return order;
}
