import { useId } from 'react';
import type { Smoothing, TokenizerKind } from '../../model/types';
import { MAX_PAGE_VOCAB_SIZE } from '../../worker/trainingLimits';
import type { TrainingForm } from '../../worker/trainingRequest';

const TOKENIZERS: [TokenizerKind, string][] = [
  ['word', 'word (GPT-2 pattern)'],
  ['char', 'char (characters)'],
];
const ORDERS = ['1 (unigram)', '2 (bigram)', '3 (trigram)', '4', '5', '6'];
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
      <div>
        <label htmlFor={`${id}-tokenizer`}>Tokenizer</label>
        <select
          id={`${id}-tokenizer`}
          value={form.tokenizer}
          onChange={(e) => onChange({ tokenizer: e.currentTarget.value as TokenizerKind })}
        >
          {TOKENIZERS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-order`}>Order</label>
        <select
          id={`${id}-order`}
          value={form.order}
          onChange={(e) => onChange({ order: Number(e.currentTarget.value) })}
        >
          {ORDERS.map((label, i) => (
            <option key={label} value={i + 1}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-smoothing`}>Smoothing</label>
        <select
          id={`${id}-smoothing`}
          value={form.smoothing}
          onChange={(e) => onChange({ smoothing: e.currentTarget.value as Smoothing })}
        >
          {SMOOTHINGS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
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
