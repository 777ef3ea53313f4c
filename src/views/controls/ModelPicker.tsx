import { useId } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

/** One choice in the Model picker. */
export interface ModelChoice {
  id: string;
  name: string;
  /** What the model is, said under the picker while it is the current one. */
  description?: string;
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
  const descriptionId = useId();
  const m = useMessages();
  const current = models.find((choice) => choice.id === value);
  const description = current?.description
    ? m.bundledModelDescription(current.id, current.description)
    : '';
  return (
    <div className="ts-model-picker">
      <label htmlFor={id}>{m.model}</label>
      <select
        id={id}
        value={value}
        aria-busy={busy}
        aria-describedby={description ? descriptionId : undefined}
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
      {description && (
        <p id={descriptionId} className="ts-field-hint ts-model-description">
          {description}
        </p>
      )}
    </div>
  );
}
