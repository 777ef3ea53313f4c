import type { FilterSettings } from './FilterSettings';
import { filterDistribution } from './filterDistribution';
import { temperedDistribution } from './temperedDistribution';

/** Temperature and filters: everything that turns the model's distribution into the one drawn from. */
export interface SamplerSettings extends FilterSettings {
  /** 0 is greedy (argmax), 1 the model itself, above 1 flatter. */
  readonly temperature: number;
}

/**
 * The distribution a token is drawn from, in the plain order: masked ids get logit −∞,
 * softmax(logit / T), then mask → top-k → top-p → min-p. `order` is the rank order of the
 * model's distribution, which temperature does not change.
 */
export function samplingDistribution(
  logits: Float64Array,
  settings: SamplerSettings,
  order: Uint32Array,
): Float64Array {
  const tempered = temperedDistribution(logits, settings.temperature, settings.maskedIds);
  return filterDistribution(tempered, settings, order);
}
