import type { FilterSettings } from './FilterSettings';
import { validMaskedIds } from './maskFlags';

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
  const unmasked = unmaskedInOrder(order, maskedIds);
  const { maskedRanks } = unmasked;
  const afterMask = order.length - maskedRanks.length;
  let firstRank = 0;
  for (const rank of maskedRanks) if (rank === firstRank) firstRank++;
  if (!(probs[order[firstRank]] > 0)) {
    throw new Error('nothing left to sample: every unmasked token has probability 0');
  }
  const afterTopK = topK === 0 ? afterMask : Math.min(topK, afterMask);
  const afterTopP = topP === 1 ? afterTopK : topPCount(probs, unmasked.ids(), afterTopK, topP);
  const afterMinP = minP === 0 ? afterTopP : minPCount(probs, unmasked.ids(), afterTopP, minP);
  return {
    get unmaskedIds() {
      return unmasked.ids();
    },
    maskedRanks,
    afterMask,
    afterTopK,
    afterTopP,
    afterMinP,
  };
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

/** The masked ids' positions in a rank order, and (built on demand) its unmasked ids. */
interface Unmasked {
  key: string;
  maskedRanks: number[];
  ids(): Uint32Array;
}

const unmaskedCache = new WeakMap<Uint32Array, Unmasked>();

/**
 * Where the masked ids sit in `order` (one indexOf each) and the unmasked ids
 * in order, built only when a filter needs them; remembered per rank order, so a change of
 * temperature or filter (same context, same mask) costs nothing here.
 */
function unmaskedInOrder(order: Uint32Array, maskedIds: ArrayLike<number> | undefined): Unmasked {
  const key = Array.from(maskedIds ?? []).join(',');
  const cached = unmaskedCache.get(order);
  if (cached && cached.key === key) return cached;
  // Validates the ids (throws on a bad or all-masking list). The native indexOf per masked id: a
  // few of them, each found far faster than a gathered scan.
  const maskedRanks = validMaskedIds(order.length, maskedIds)
    .map((id) => order.indexOf(id))
    .sort((a, b) => a - b);
  let ids: Uint32Array | null = maskedRanks.length === 0 ? order : null;
  const result: Unmasked = {
    key,
    maskedRanks,
    ids: () => {
      if (ids) return ids;
      // A plain loop: TypedArray#filter is slow.
      const kept = new Uint32Array(order.length - maskedRanks.length);
      let at = 0;
      let next = 0;
      for (let rank = 0; rank < order.length; rank++) {
        if (rank === maskedRanks[next]) next++;
        else kept[at++] = order[rank];
      }
      ids = kept;
      return kept;
    },
  };
  unmaskedCache.set(order, result);
  return result;
}
