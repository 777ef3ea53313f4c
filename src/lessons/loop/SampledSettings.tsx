import { useId } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

import { NumberField } from '../../views/controls/NumberField';
import { rangeCheck } from '../../views/controls/rangeCheck';
import { useLessonMessages } from '../messages/useLessonMessages';

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
  const m = useMessages();
  const lm = useLessonMessages();
  return (
    <div className="ts-loop-settings">
      <NumberField
        label={m.temperature}
        value={value.temperature}
        min={0}
        max={5}
        step={0.1}
        check={rangeCheck(0, 5, false, m)}
        onCommit={(temperature) => onChange({ temperature })}
      />
      <NumberField
        label={m.seed}
        value={value.seed}
        min={0}
        max={4294967295}
        step={1}
        check={rangeCheck(0, 4294967295, true, m)}
        onCommit={(seed) => onChange({ seed })}
      />
      <span className="ts-loop-field">
        <input
          id={coolingId}
          type="checkbox"
          checked={value.cooling}
          onChange={(e) => onChange({ cooling: e.currentTarget.checked })}
        />{' '}
        <label htmlFor={coolingId}>{lm.coolDown}</label>
      </span>
      <NumberField
        label={lm.startTemperature}
        value={value.startTemperature}
        min={0}
        max={5}
        step={0.1}
        disabled={!value.cooling}
        check={rangeCheck(0, 5, false, m)}
        onCommit={(startTemperature) => onChange({ startTemperature })}
      />
      <NumberField
        label={lm.coolingSteps}
        value={value.coolingSteps}
        min={1}
        max={1000}
        step={1}
        disabled={!value.cooling}
        check={rangeCheck(1, 1000, true, m)}
        onCommit={(coolingSteps) => onChange({ coolingSteps })}
      />
    </div>
  );
}
