/** Divides every entry by their sum so they add up to 1; throws when nothing has probability. */
export function renormalizeInPlace(weights: Float64Array): Float64Array {
  let total = 0;
  for (let id = 0; id < weights.length; id++) total += weights[id];
  if (!(total > 0) || !Number.isFinite(total)) {
    throw new Error(
      'nothing left to sample: the remaining tokens have no probability (unmask or loosen filters)',
    );
  }
  for (let id = 0; id < weights.length; id++) weights[id] /= total;
  return weights;
}
