import { useId } from 'react';
import { useMessages } from '../../i18n/LocaleContext';
import { NumberField } from '../../views/controls/NumberField';
import type { LessonMessages } from '../messages/LessonMessages';
import { useLessonMessages } from '../messages/useLessonMessages';

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

const checkTemperature = (lm: LessonMessages) => (t: number) =>
  Number.isFinite(t) && t >= 0 && t <= 5 ? null : lm.enterTemperatureToFive;
const checkLength = (lm: LessonMessages) => (n: number) =>
  Number.isInteger(n) && n >= 1 && n <= MAX_LENGTH ? null : lm.enterLength(MAX_LENGTH);
const checkSeed = (lm: LessonMessages) => (n: number) =>
  Number.isInteger(n) && n >= 0 && n <= 1_000_000 ? null : lm.enterSeedToMillion;

/** Prompt, temperature, length and seed, and the button that draws the samples. */
export function SamplesControls({ value, onChange, onSample }: SamplesControlsProps) {
  const promptId = useId();
  const m = useMessages();
  const lm = useLessonMessages();
  return (
    <form
      className="ts-samples-controls"
      onSubmit={(e) => {
        e.preventDefault();
        onSample();
      }}
    >
      <div className="ts-samples-prompt">
        <label htmlFor={promptId}>{m.prompt}</label>
        <input
          id={promptId}
          type="text"
          value={value.prompt}
          spellCheck={false}
          onChange={(e) => onChange({ prompt: e.currentTarget.value })}
        />
      </div>
      <NumberField
        label={m.temperature}
        value={value.temperature}
        check={checkTemperature(lm)}
        onCommit={(temperature) => onChange({ temperature })}
        step={0.1}
        min={0}
        max={5}
        hint={lm.zeroIsGreedy}
      />
      <NumberField
        label={lm.length}
        value={value.length}
        check={checkLength(lm)}
        onCommit={(length) => onChange({ length })}
        step={1}
        min={1}
        max={MAX_LENGTH}
        hint={lm.tokensUnit}
      />
      <NumberField
        label={m.seed}
        value={value.seed}
        check={checkSeed(lm)}
        onCommit={(seed) => onChange({ seed })}
        step={1}
        min={0}
        hint={lm.seedPerSample}
      />
      <button type="submit">{lm.sampleHundred}</button>
    </form>
  );
}
