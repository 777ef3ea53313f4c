import { filterDistribution } from '../../src/sampling/filterDistribution';
import type { SamplerSettings } from '../../src/sampling/SamplerSettings';
import { softmaxWithTemperature } from '../../src/sampling/softmaxWithTemperature';

/** A plain reference for the tests: masked ids get logit −∞, then softmax(logit / T). */
export function referenceTempered(
  logits: Float64Array,
  temperature: number,
  maskedIds: readonly number[] = [],
): Float64Array {
  const masked = Float64Array.from(logits);
  for (const id of maskedIds) masked[id] = Number.NEGATIVE_INFINITY;
  return softmaxWithTemperature(masked, temperature);
}

/** A plain reference for the tests: tempered, then mask → top-k → top-p → min-p. */
export function referenceSampling(
  logits: Float64Array,
  settings: SamplerSettings & { maskedIds?: readonly number[] },
  order: Uint32Array,
): Float64Array {
  return filterDistribution(
    referenceTempered(logits, settings.temperature, settings.maskedIds),
    settings,
    order,
  );
}
