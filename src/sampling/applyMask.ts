import { maskFlags } from './maskFlags';
import { renormalizeInPlace } from './renormalizeInPlace';

/** A new distribution with the masked ids at 0 and the rest renormalized to sum to 1. */
export function applyMask(probs: Float64Array, maskedIds: ArrayLike<number>): Float64Array {
  const masked = maskFlags(probs.length, maskedIds);
  const out = Float64Array.from(probs);
  if (masked !== null) {
    for (let id = 0; id < out.length; id++) if (masked[id] === 1) out[id] = 0;
  }
  return renormalizeInPlace(out);
}
