import { surprisalBits } from '../../sampling/surprisalBits';
import type { Step } from '../../store/types';

/** Entropy and surprisal of every step as columns (index i = step i + 1). */
export interface TimelineSeries {
  /** The history these columns were computed from. */
  steps: readonly Step[];
  /** Entropy in bits of the distribution each token was chosen from. */
  entropyBits: Float64Array;
  /** −log2 p of each chosen token (Infinity when p = 0); only the first `steps.length` are set. */
  surprisalBits: Float64Array;
}

/**
 * The series of `steps`, reusing `previous` when the history only grew since (the usual case in a
 * long session): each step then costs O(1) instead of recomputing every point.
 */
export function timelineSeries(
  previous: TimelineSeries | null,
  steps: readonly Step[],
): TimelineSeries {
  const known = previous?.steps.length ?? 0;
  const grows =
    previous !== null &&
    known <= steps.length &&
    (known === 0 || previous.steps[known - 1] === steps[known - 1]);
  let entropyBits = grows ? previous.entropyBits : new Float64Array(0);
  let surprisal = grows ? previous.surprisalBits : new Float64Array(0);
  const from = grows ? known : 0;
  if (steps.length > entropyBits.length) {
    const capacity = Math.max(64, 2 ** Math.ceil(Math.log2(steps.length)));
    entropyBits = grown(entropyBits, capacity, from);
    surprisal = grown(surprisal, capacity, from);
  }
  for (let i = from; i < steps.length; i++) {
    entropyBits[i] = steps[i].entropyBits;
    // Renormalising can leave p a hair above 1.
    surprisal[i] = surprisalBits(Math.min(1, Math.max(0, steps[i].p)));
  }
  return { steps, entropyBits, surprisalBits: surprisal };
}

/** A bigger copy of the first `keep` values. */
function grown(values: Float64Array, capacity: number, keep: number): Float64Array {
  const copy = new Float64Array(capacity);
  copy.set(values.subarray(0, keep));
  return copy;
}
