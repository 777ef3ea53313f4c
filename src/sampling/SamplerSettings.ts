import type { FilterSettings } from './FilterSettings';

/** Temperature and filters: everything that turns the model's distribution into the one drawn from. */
export interface SamplerSettings extends FilterSettings {
  /** 0 is greedy (argmax), 1 the model itself, above 1 flatter. */
  readonly temperature: number;
}
