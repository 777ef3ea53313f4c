import { useEffect, useId, useState } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

/** Props of a NumberField. */
export interface NumberFieldProps {
  label: string;
  value: number;
  /** Returns a message when the number is not allowed, or null. */
  check: (n: number) => string | null;
  onCommit: (n: number) => void;
  step?: number;
  min?: number;
  max?: number;
  hint?: string;
  disabled?: boolean;
}

/** A labelled number input that commits valid values and explains invalid ones without losing them. */
export function NumberField({
  label,
  value,
  check,
  onCommit,
  step,
  min,
  max,
  hint,
  disabled,
}: NumberFieldProps) {
  const id = useId();
  const m = useMessages();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(String(value)), [value]);
  const update = (raw: string) => {
    setText(raw);
    const n = raw.trim() === '' ? Number.NaN : Number(raw);
    const problem = Number.isNaN(n) ? m.enterNumber : check(n);
    setError(problem);
    if (!problem) onCommit(n);
  };
  return (
    <div className="ts-number-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={text}
        step={step}
        min={min}
        max={max}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => update(e.currentTarget.value)}
      />
      <small id={`${id}-hint`} className={error ? 'ts-field-error' : 'ts-field-hint'}>
        {error ?? hint}
      </small>
    </div>
  );
}
