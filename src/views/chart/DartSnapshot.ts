import type { Step } from '../../store/types';
import { cdfSampleRanks } from './cdfSampleRanks';
import { cumulativeAt } from './cumulativeAt';
import { type DartLanding, dartLanding } from './dartLanding';

/** A sampled step's draw and a sampled copy of the cumulative curve it was drawn on. */
export interface DartSnapshot {
  readonly u: number;
  readonly landing: DartLanding;
  /** 1-based ranks and the cumulative probability at each (the curve, about 300 points). */
  readonly ranks: readonly number[];
  readonly cumulative: Float64Array;
}

/**
 * The dart of `step` on the distribution it was drawn from (`probs` ranked by `order`); null
 * when the step was not drawn or the draw does not reproduce its token (another distribution).
 */
export function dartSnapshot(
  probs: Float64Array,
  order: Uint32Array,
  step: Step,
): DartSnapshot | null {
  if (step.u === null) return null;
  const landing = dartLanding(probs, order, step.u);
  if (!landing || landing.id !== step.id || probs[step.id] !== step.p) return null;
  // The landing's own step of the curve is sampled exactly, however sparse the curve is there.
  const ranks = cdfSampleRanks(order.length, [landing.rank, landing.rank + 1]);
  return { u: step.u, landing, ranks, cumulative: cumulativeAt(probs, order, ranks) };
}
