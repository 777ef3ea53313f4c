import { useId } from 'react';
import type { Smoothing, TokenizerKind } from '../../model/types';
import { MAX_PAGE_VOCAB_SIZE } from '../../worker/trainingLimits';
import type { TrainingForm } from '../../worker/trainingRequest';

const TOKENIZERS: [TokenizerKind, string][] = [
  ['word', 'word (GPT-2 pattern)'],
  ['char', 'char (characters)'],
];
const ORDERS: [number, string][] = [
  [1, '1 (unigram)'],
  [2, '2 (bigram)'],
  [3, '3 (trigram)'],
  [4, '4'],
  [5, '5'],
  [6, '6'],
];
const SMOOTHINGS: [Smoothing, string][] = [
  ['mkn', 'modified Kneser–Ney'],
  ['kn', 'Kneser–Ney'],
  ['addk', 'add-k'],
  ['mle', 'maximum likelihood'],
];

/** Props of the training settings: the form and a way to change part of it. */
export interface TrainingSettingsFieldsProps {
  form: TrainingForm;
  onChange: (change: Partial<TrainingForm>) => void;
}

/** Tokenizer, order, smoothing, vocabulary size and an optional name for the model. */
export function TrainingSettingsFields({ form, onChange }: TrainingSettingsFieldsProps) {
  const id = useId();
  return (
    <div className="ts-train-settings">
      <SelectField
        id={`${id}-tokenizer`}
        label="Tokenizer"
        value={form.tokenizer}
        options={TOKENIZERS}
        onChange={(tokenizer) => onChange({ tokenizer })}
      />
      <SelectField
        id={`${id}-order`}
        label="Order"
        value={form.order}
        options={ORDERS}
        onChange={(order) => onChange({ order })}
      />
      <SelectField
        id={`${id}-smoothing`}
        label="Smoothing"
        value={form.smoothing}
        options={SMOOTHINGS}
        onChange={(smoothing) => onChange({ smoothing })}
      />
      <div>
        <label htmlFor={`${id}-vocab`}>Vocabulary size</label>
        <input
          id={`${id}-vocab`}
          type="text"
          inputMode="numeric"
          value={form.vocabSize}
          aria-describedby={`${id}-vocab-hint`}
          onChange={(e) => onChange({ vocabSize: e.currentTarget.value })}
        />
        <small id={`${id}-vocab-hint`} className="ts-field-hint">
          Most frequent tokens kept, 1 to {MAX_PAGE_VOCAB_SIZE.toLocaleString('en-US')}
        </small>
      </div>
      <div>
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          type="text"
          value={form.name}
          placeholder="the file name, or “pasted text”"
          onChange={(e) => onChange({ name: e.currentTarget.value })}
        />
      </div>
    </div>
  );
}

/** A labelled select over [value, label] pairs; the chosen value keeps its type. */
function SelectField<T extends string | number>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(options[e.currentTarget.selectedIndex][0])}
      >
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
