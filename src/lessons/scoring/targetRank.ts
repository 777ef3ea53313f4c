import type { NgramModel } from '../../model/types';
import { unigramLevel } from '../../model/unigramLevel';
import { type SparsePrediction, untouchedProbability } from './sparsePrediction';

/** The first index in [lo, hi) where `test` holds, given it is false then true along the range. */
function firstWhere(lo: number, hi: number, test: (index: number) => boolean): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (test(mid)) b = mid;
    else a = mid + 1;
  }
  return a;
}

/** Whether id is among the prediction's touched ids (which are sorted). */
function isTouched(prediction: SparsePrediction, id: number): boolean {
  const { ids } = prediction;
  const at = firstWhere(0, ids.length, (i) => ids[i] >= id);
  return at < ids.length && ids[at] === id;
}

/**
 * The 1-based rank of `target` in a prediction (higher probability first, ties by ascending id,
 * as `rankByProbability` orders them), without building the whole distribution: untouched
 * outcomes keep their unigram order, so they are counted by binary search.
 */
export function targetRank(
  model: NgramModel,
  prediction: SparsePrediction,
  target: number,
  targetP: number,
): number {
  const ranksBefore = (id: number, p: number) =>
    id !== target && (p > targetP || (p === targetP && id < target));
  let before = 0;
  const { ids, probs } = prediction;
  for (let i = 0; i < ids.length; i++) if (ranksBefore(ids[i], probs[i])) before++;
  const size = model.vocab.length;
  if (ids.length === size) return before + 1;
  const level = unigramLevel(model);
  const q = (index: number) => untouchedProbability(prediction, level.probs[level.order[index]]);
  // q never increases along the unigram order (scaling by positive constants keeps the order).
  const tieStart = firstWhere(0, size, (j) => q(j) <= targetP);
  const tieEnd = firstWhere(tieStart, size, (j) => q(j) < targetP);
  let touchedAbove = 0;
  for (const id of ids) if (level.rankOf[id] < tieStart) touchedAbove++;
  before += tieStart - touchedAbove;
  if (tieEnd > tieStart) {
    const sameUnigram = level.probs[level.order[tieStart]] === level.probs[level.order[tieEnd - 1]];
    if (sameUnigram) {
      // Equal unigram probabilities sit in ascending id order: count the ids below the target.
      const below = firstWhere(tieStart, tieEnd, (j) => level.order[j] >= target) - tieStart;
      let touchedBelow = 0;
      for (const id of ids) {
        const r = level.rankOf[id];
        if (r >= tieStart && r < tieEnd && id < target) touchedBelow++;
      }
      before += below - touchedBelow;
    } else {
      for (let j = tieStart; j < tieEnd; j++) {
        const id = level.order[j];
        if (id < target && !isTouched(prediction, id)) before++;
      }
    }
  }
  return before + 1;
}
