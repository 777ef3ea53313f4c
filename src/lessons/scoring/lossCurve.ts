import { distribution } from '../../model/distribution';
import { paddedContext } from '../../model/paddedContext';
import type { NgramModel } from '../../model/types';
import { type LogSumCache, levelLogSums } from './levelLogSums';

/** One scored event, as the curve needs it. */
export interface CurveEvent {
  /** The segment's ids before the event. */
  history: ArrayLike<number>;
  /** The model's probability of the actual outcome (at T = 1). */
  probability: number;
}

/** The loss curve and how many events it averages over. */
export interface LossCurve {
  /** Mean cross-entropy in bits at each temperature. */
  bits: Float64Array;
  /** Events averaged (fewer than given when the smoothing forces the full-vocabulary path). */
  events: number;
}

/** The temperatures of the curve: 0.1, 0.2, …, 3.0 (exact tenths, so T = 1 is on the grid). */
export const CURVE_TEMPERATURES: readonly number[] = Array.from(
  { length: 30 },
  (_, i) => (i + 1) / 10,
);

/** Events the full-vocabulary path (smoothing other than Kneser–Ney) averages at most. */
export const DENSE_CURVE_LIMIT = 400;

/** ln Σ_w p(w)^(1/T) per temperature from the whole distribution. */
function denseLogSums(probs: Float64Array, temperatures: readonly number[]): Float64Array {
  const lnP = probs.map(Math.log);
  let max = Number.NEGATIVE_INFINITY;
  for (const x of lnP) if (x > max) max = x;
  return Float64Array.from(temperatures, (t) => {
    let sum = 0;
    for (const x of lnP) sum += Math.exp((x - max) / t);
    return max / t + Math.log(sum);
  });
}

/**
 * Mean cross-entropy in bits of softmax(logits / T) over the events, for each temperature:
 * the mean of (ln Σ_w p(w)^(1/T) − ln p(target) / T) / ln 2, with logits = ln p.
 */
export function lossCurve(
  model: NgramModel,
  events: readonly CurveEvent[],
  temperatures: readonly number[] = CURVE_TEMPERATURES,
): LossCurve {
  const { smoothing, order } = model.settings;
  const sparse = smoothing === 'kn' || smoothing === 'mkn';
  const used = sparse ? events : events.slice(0, DENSE_CURVE_LIMIT);
  const cache: LogSumCache = new Map();
  const totals = new Float64Array(temperatures.length);
  for (const event of used) {
    const lnSums = sparse
      ? levelLogSums(model, paddedContext(model, event.history), order, temperatures, cache)
      : denseLogSums(distribution(model, event.history), temperatures);
    const lnTarget = Math.log(event.probability);
    temperatures.forEach((t, ti) => {
      totals[ti] += (lnSums[ti] - lnTarget / t) / Math.LN2;
    });
  }
  const n = used.length;
  return { bits: totals.map((total) => (n > 0 ? total / n : 0)), events: n };
}
