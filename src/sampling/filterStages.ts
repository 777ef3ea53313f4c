import type { FilterSettings } from './FilterSettings';
import { maskFlags } from './maskFlags';

/** The unmasked ids in rank order and how many of them survive each filter stage. */
export interface FilterStages {
  /** Unmasked ids in rank order; every stage keeps a prefix of this list. */
  readonly unmaskedIds: Uint32Array;
  /** Ascending positions in the rank order of the masked ids. */
  readonly maskedRanks: readonly number[];
  readonly afterMask: number;
  readonly afterTopK: number;
  readonly afterTopP: number;
  readonly afterMinP: number;
}

/** Runs mask → top-k → top-p → min-p over a rank order, each stage on the renormalized survivors. */
export function filterStages(
  probs: Float64Array,
  order: Uint32Array,
  settings: FilterSettings,
): FilterStages {
  const { topK = 0, topP = 1, minP = 0, maskedIds } = settings;
  if (!Number.isInteger(topK) || topK < 0) {
    throw new RangeError(`topK must be a whole number ≥ 0 (0 turns it off), got ${topK}`);
  }
  if (!(topP >= 0 && topP <= 1)) {
    throw new RangeError(`topP must be between 0 and 1 (1 turns it off), got ${topP}`);
  }
  if (!(minP >= 0 && minP <= 1)) {
    throw new RangeError(`minP must be between 0 and 1 (0 turns it off), got ${minP}`);
  }
  if (probs.length === 0) throw new RangeError('the distribution is empty');
  if (order.length !== probs.length) {
    throw new RangeError(`order has ${order.length} ids but the distribution has ${probs.length}`);
  }
  const { ids: unmaskedIds, maskedRanks } = unmaskedInOrder(order, maskedIds);
  const afterMask = unmaskedIds.length;
  if (!(probs[unmaskedIds[0]] > 0)) {
    throw new Error('nothing left to sample: every unmasked token has probability 0');
  }
  const afterTopK = topK === 0 ? afterMask : Math.min(topK, afterMask);
  const afterTopP = topP === 1 ? afterTopK : topPCount(probs, unmaskedIds, afterTopK, topP);
  const afterMinP = minP === 0 ? afterTopP : minPCount(probs, unmaskedIds, afterTopP, minP);
  return { unmaskedIds, maskedRanks, afterMask, afterTopK, afterTopP, afterMinP };
}

function topPCount(probs: Float64Array, ids: Uint32Array, count: number, topP: number): number {
  // Summed in the same order as the walk below, so the full prefix always reaches the target.
  let mass = 0;
  for (let rank = 0; rank < count; rank++) mass += probs[ids[rank]];
  const target = topP * mass;
  let cumulative = 0;
  for (let rank = 0; rank < count; rank++) {
    cumulative += probs[ids[rank]];
    if (cumulative >= target) return rank + 1;
  }
  return count;
}

function minPCount(probs: Float64Array, ids: Uint32Array, count: number, minP: number): number {
  const threshold = minP * probs[ids[0]];
  let kept = 1;
  while (kept < count && probs[ids[kept]] >= threshold) kept++;
  return kept;
}

/** The unmasked ids of a rank order and the positions of the masked ones. */
interface Unmasked {
  key: string;
  ids: Uint32Array;
  maskedRanks: number[];
}

const unmaskedCache = new WeakMap<Uint32Array, Unmasked>();

/**
 * The ids of `order` that are not masked, in order, and where the masked ones sit; remembered
 * per rank order, so a change of temperature or filter (same context, same mask) costs nothing.
 */
function unmaskedInOrder(order: Uint32Array, maskedIds: ArrayLike<number> | undefined): Unmasked {
  const key = Array.from(maskedIds ?? []).join(',');
  const cached = unmaskedCache.get(order);
  if (cached && cached.key === key) return cached;
  const masked = maskFlags(order.length, maskedIds);
  const result: Unmasked = { key, ids: order, maskedRanks: [] };
  if (masked !== null) {
    // A plain loop: TypedArray#filter is slow.
    const kept = new Uint32Array(order.length);
    let count = 0;
    for (let rank = 0; rank < order.length; rank++) {
      const id = order[rank];
      if (masked[id] === 0) kept[count++] = id;
      else result.maskedRanks.push(rank);
    }
    result.ids = kept.subarray(0, count);
  }
  unmaskedCache.set(order, result);
  return result;
}
