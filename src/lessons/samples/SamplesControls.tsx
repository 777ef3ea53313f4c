import { useId } from 'react';
import { NumberField } from '../../views/controls/NumberField';

/** The inputs of the samples lesson. */
export interface SamplesInputs {
  prompt: string;
  temperature: number;
  /** Tokens per continuation. */
  length: number;
  seed: number;
}

/** Longest continuation offered: 100 × 20 draws stay around a second on the bundled word model. */
export const MAX_LENGTH = 20;

/** Props of SamplesControls. */
export interface SamplesControlsProps {
  value: SamplesInputs;
  onChange(change: Partial<SamplesInputs>): void;
  onSample(): void;
}

const checkTemperature = (t: number) =>
  Number.isFinite(t) && t >= 0 && t <= 5 ? null : 'Enter a temperature from 0 to 5.';
const checkLength = (n: number) =>
  Number.isInteger(n) && n >= 1 && n <= MAX_LENGTH
    ? null
    : `Enter a whole number of tokens from 1 to ${MAX_LENGTH}.`;
const checkSeed = (n: number) =>
  Number.isInteger(n) && n >= 0 && n <= 1_000_000
    ? null
    : 'Enter a whole number from 0 to 1000000.';

/** Prompt, temperature, length and seed, and the button that draws the samples. */
export function SamplesControls({ value, onChange, onSample }: SamplesControlsProps) {
  const promptId = useId();
  return (
    <form
      className="ts-samples-controls"
      onSubmit={(e) => {
        e.preventDefault();
        onSample();
      }}
    >
      <div className="ts-samples-prompt">
        <label htmlFor={promptId}>Prompt</label>
        <input
          id={promptId}
          type="text"
          value={value.prompt}
          spellCheck={false}
          onChange={(e) => onChange({ prompt: e.currentTarget.value })}
        />
      </div>
      <NumberField
        label="Temperature"
        value={value.temperature}
        check={checkTemperature}
        onCommit={(temperature) => onChange({ temperature })}
        step={0.1}
        min={0}
        max={5}
        hint="0 is greedy"
      />
      <NumberField
        label="Length"
        value={value.length}
        check={checkLength}
        onCommit={(length) => onChange({ length })}
        step={1}
        min={1}
        max={MAX_LENGTH}
        hint="tokens"
      />
      <NumberField
        label="Seed"
        value={value.seed}
        check={checkSeed}
        onCommit={(seed) => onChange({ seed })}
        step={1}
        min={0}
        hint="sample j uses seed + j"
      />
      <button type="submit">Sample 100 continuations</button>
    </form>
  );
}
