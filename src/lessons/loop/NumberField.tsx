import { useId, useState } from 'react';

/** Props of a labelled number input. */
export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  disabled?: boolean;
  /** Whether only whole numbers are valid. */
  integer?: boolean;
  /** Called with each valid value typed (within min..max); other text is kept but ignored. */
  onChange(value: number): void;
}

/** A labelled number input that reports only valid values and says when the text is not one. */
export function NumberField(props: NumberFieldProps) {
  const { label, value, min, max, step, disabled, integer, onChange } = props;
  const id = useId();
  const [text, setText] = useState(String(value));
  const accepts = (t: string) => {
    const n = Number(t);
    return (
      t.trim() !== '' &&
      Number.isFinite(n) &&
      n >= min &&
      n <= max &&
      (!integer || Number.isInteger(n))
    );
  };
  const valid = accepts(text);
  return (
    <span className="ts-loop-field">
      <label htmlFor={id}>{label}</label>{' '}
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={text}
        disabled={disabled}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-error`}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          if (accepts(next)) onChange(Number(next));
        }}
      />
      {!valid && (
        <span id={`${id}-error`} className="ts-loop-field-error">
          {' '}
          Enter {integer ? 'a whole number' : 'a number'} from {min} to {max}.
        </span>
      )}
    </span>
  );
}
