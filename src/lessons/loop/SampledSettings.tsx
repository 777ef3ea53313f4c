import { useId } from 'react';
import { NumberField } from '../../views/controls/NumberField';
import { rangeCheck } from '../../views/controls/rangeCheck';

/** The sampled lane's settings as the Loop lab keeps them. */
export interface SampledSettingsValue {
  /** The lane's temperature (the schedule's target when cooling). */
  temperature: number;
  seed: number;
  /** Whether the temperature cools from `startTemperature` over `coolingSteps` steps. */
  cooling: boolean;
  startTemperature: number;
  coolingSteps: number;
}

/** Props of the sampled lane's settings. */
export interface SampledSettingsProps {
  value: SampledSettingsValue;
  onChange(change: Partial<SampledSettingsValue>): void;
}

/** Temperature, seed and the optional "cool down from a hot start" schedule of the sampled lane. */
export function SampledSettings({ value, onChange }: SampledSettingsProps) {
  const coolingId = useId();
  return (
    <div className="ts-loop-settings">
      <NumberField
        label="Temperature"
        value={value.temperature}
        min={0}
        max={5}
        step={0.1}
        check={rangeCheck(0, 5)}
        onCommit={(temperature) => onChange({ temperature })}
      />
      <NumberField
        label="Seed"
        value={value.seed}
        min={0}
        max={4294967295}
        step={1}
        check={rangeCheck(0, 4294967295, true)}
        onCommit={(seed) => onChange({ seed })}
      />
      <span className="ts-loop-field">
        <input
          id={coolingId}
          type="checkbox"
          checked={value.cooling}
          onChange={(e) => onChange({ cooling: e.currentTarget.checked })}
        />{' '}
        <label htmlFor={coolingId}>Cool down from a hot start</label>
      </span>
      <NumberField
        label="Start temperature"
        value={value.startTemperature}
        min={0}
        max={5}
        step={0.1}
        disabled={!value.cooling}
        check={rangeCheck(0, 5)}
        onCommit={(startTemperature) => onChange({ startTemperature })}
      />
      <NumberField
        label="Cooling steps"
        value={value.coolingSteps}
        min={1}
        max={1000}
        step={1}
        disabled={!value.cooling}
        check={rangeCheck(1, 1000, true)}
        onCommit={(coolingSteps) => onChange({ coolingSteps })}
      />
    </div>
  );
}
