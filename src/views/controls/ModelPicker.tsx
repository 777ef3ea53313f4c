import { useId } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

/** One choice in the Model picker. */
export interface ModelChoice {
  id: string;
  name: string;
}

/** Props of the ModelPicker: the choices, the current one, and what to do on a change. */
export interface ModelPickerProps {
  models: readonly ModelChoice[];
  value: string;
  busy: boolean;
  onChange: (id: string) => void;
  /** Models the person trained or opened, listed under "Your models". */
  userModels?: readonly ModelChoice[];
}

/** Picks a bundled model; loading is the app's job. */
export function ModelPicker({ models, value, busy, onChange, userModels = [] }: ModelPickerProps) {
  // Unique per instance: several explorers can share a page.
  const id = useId();
  const m = useMessages();
  return (
    <div className="ts-model-picker">
      <label htmlFor={id}>{m.model}</label>
      <select
        id={id}
        value={value}
        aria-busy={busy}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {models.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {m.bundledModelName(choice.id, choice.name)}
          </option>
        ))}
        {userModels.length > 0 && (
          <optgroup label={m.yourModels}>
            {userModels.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
