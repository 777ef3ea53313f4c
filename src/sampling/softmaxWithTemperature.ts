import { argmax } from './argmax';

/**
 * softmax(logits / T) over the whole vocabulary; T = 0 is one-hot at the argmax (lowest id on ties).
 *
 * Logits may be −Infinity (probability 0) but not NaN or +Infinity, and at least one must be
 * finite. The result is written to `out` when given (it may be `logits` itself).
 */
export function softmaxWithTemperature(
  logits: Float64Array,
  temperature: number,
  out: Float64Array = new Float64Array(logits.length),
): Float64Array {
  if (!Number.isFinite(temperature) || temperature < 0) {
    throw new RangeError(`temperature must be a finite number ≥ 0, got ${temperature}`);
  }
  const size = logits.length;
  if (out.length !== size) {
    throw new RangeError(`out has ${out.length} slots but there are ${size} logits`);
  }
  let maxLogit = Number.NEGATIVE_INFINITY;
  for (let id = 0; id < size; id++) {
    const logit = logits[id];
    if (Number.isNaN(logit) || logit === Number.POSITIVE_INFINITY) {
      throw new RangeError(`logit ${id} is ${logit}; logits must be finite or −Infinity`);
    }
    if (logit > maxLogit) maxLogit = logit;
  }
  if (maxLogit === Number.NEGATIVE_INFINITY) {
    throw new RangeError('softmax needs at least one finite logit; every outcome is impossible');
  }
  if (temperature === 0) {
    const winner = argmax(logits);
    out.fill(0);
    out[winner] = 1;
    return out;
  }
  let total = 0;
  for (let id = 0; id < size; id++) {
    // Subtract before dividing: logit / T alone overflows to ±Infinity for tiny T.
    const weight = Math.exp((logits[id] - maxLogit) / temperature);
    out[id] = weight;
    total += weight;
  }
  // total ≥ 1: the max logit contributes exp(0) = 1, so the division is always safe.
  for (let id = 0; id < size; id++) out[id] /= total;
  return out;
}
