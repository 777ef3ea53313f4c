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
}

/** Picks a bundled model; loading is the app's job. */
export function ModelPicker({ models, value, busy, onChange }: ModelPickerProps) {
  return (
    <div className="ts-model-picker">
      <label htmlFor="ts-model">Model</label>
      <select
        id="ts-model"
        value={value}
        aria-busy={busy}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {models.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}
