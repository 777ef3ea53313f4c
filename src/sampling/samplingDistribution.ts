import type { FilterSettings } from './FilterSettings';
import { filterDistribution } from './filterDistribution';
import { softmaxWithTemperature } from './softmaxWithTemperature';

/** Temperature and filters: everything that turns the model's distribution into the one drawn from. */
export interface SamplerSettings extends FilterSettings {
  /** 0 is greedy (argmax), 1 the model itself, above 1 flatter. */
  readonly temperature: number;
}

/**
 * The distribution a token is drawn from, in the plain order: masked ids get logit −∞ (so T = 0
 * never lands on one), softmax(ln p / T), then mask → top-k → top-p → min-p. `order` is the rank
 * order of `modelProbs`, which temperature does not change.
 */
export function samplingDistribution(
  modelProbs: Float64Array,
  settings: SamplerSettings,
  order: Uint32Array,
): Float64Array {
  const logits = new Float64Array(modelProbs.length);
  for (let id = 0; id < logits.length; id++) logits[id] = Math.log(modelProbs[id]);
  for (const id of Array.from(settings.maskedIds ?? [])) logits[id] = Number.NEGATIVE_INFINITY;
  const tempered = softmaxWithTemperature(logits, settings.temperature, logits);
  return filterDistribution(tempered, settings, order);
}
