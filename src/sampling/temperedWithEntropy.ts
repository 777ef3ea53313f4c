import { logitRuns } from './logitRuns';

/**
 * softmax(logit / T) with the masked ids at 0, and its entropy in bits. No max pass (the best
 * unmasked id is the first unmasked one in `order`, the rank order of the logits), no logarithm
 * per outcome (with x = (logit − max) / T and Z = Σ e^x, H = (ln Z − Σ e^x·x / Z) / ln 2), and
 * one exp per run of equal logits along `order` (`runEnds`, from `logitRuns`; found here when
 * not given): then one pass writes every outcome. T = 0 is one-hot on that best id. At T = 1,
 * given `probs` with logits = ln probs, the weights are the probabilities themselves: no exp.
 * `order` must list every id once; the result is written to `out` when given.
 */
export function temperedWithEntropy(
  logits: Float64Array,
  temperature: number,
  maskedIds: readonly number[],
  order: Uint32Array,
  probs?: Float64Array,
  out: Float64Array = new Float64Array(logits.length),
  runEnds?: Uint32Array,
): { probs: Float64Array; entropyBits: number } {
  if (!Number.isFinite(temperature) || temperature < 0) {
    throw new RangeError(`temperature must be a finite number ≥ 0, got ${temperature}`);
  }
  let best = -1;
  for (let rank = 0; rank < order.length && best < 0; rank++) {
    if (!maskedIds.includes(order[rank])) best = order[rank];
  }
  const maxLogit = best >= 0 ? logits[best] : Number.NEGATIVE_INFINITY;
  if (!Number.isFinite(maxLogit)) {
    throw new Error('nothing left to sample: every unmasked token has probability 0');
  }
  if (temperature === 0) {
    out.fill(0);
    out[best] = 1;
    return { probs: out, entropyBits: 0 };
  }
  // With w = p = e^x · p_best, Z and Σ w·x both scale by p_best; ln Z shifts by ln p_best.
  const direct = temperature === 1 && probs !== undefined ? probs : null;
  const shift = direct ? maxLogit : 0;
  const ends = runEnds ?? logitRuns(logits, order);
  // First pass, one exp per run of equal logits: the run's weight, Z and Σ w·x.
  const weights = runWeights(ends.length);
  let total = 0;
  let weighted = 0;
  let first = 0;
  for (let run = 0; run < ends.length; run++) {
    const end = ends[run];
    const logit = logits[order[first]];
    // Only masked ids can rank above the best unmasked one; they stay 0 (and cannot overflow).
    let w = 0;
    if (logit <= maxLogit) {
      const x = (logit - maxLogit) / temperature;
      w = direct ? direct[order[first]] : Math.exp(x);
      total += (end - first) * w;
      if (w > 0) weighted += (end - first) * w * x;
    }
    weights[run] = w;
    first = end;
  }
  for (const id of maskedIds) {
    const logit = logits[id];
    if (logit > maxLogit) continue;
    const x = (logit - maxLogit) / temperature;
    const w = direct ? direct[id] : Math.exp(x);
    if (w > 0) {
      total -= w;
      weighted -= w * x;
    }
  }
  // Second pass: every outcome gets its run's share (at T = 1, its own probability over Z).
  first = 0;
  for (let run = 0; run < ends.length; run++) {
    const end = ends[run];
    const share = weights[run] / total;
    if (direct && weights[run] > 0) {
      for (let rank = first; rank < end; rank++) out[order[rank]] = direct[order[rank]] / total;
    } else {
      for (let rank = first; rank < end; rank++) out[order[rank]] = share;
    }
    first = end;
  }
  for (const id of maskedIds) out[id] = 0;
  const entropyBits = Math.max(0, (Math.log(total) - shift - weighted / total) / Math.LN2);
  return { probs: out, entropyBits };
}

let scratch = new Float64Array(1024);

/** A reused buffer for the weight of each run (one per call would be garbage on every move). */
function runWeights(count: number): Float64Array {
  if (scratch.length < count) scratch = new Float64Array(Math.max(count, 2 * scratch.length));
  return scratch;
}
