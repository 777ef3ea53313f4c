import { useId } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';
import type { Messages } from '../../i18n/Messages';
import type { Smoothing, TokenizerKind } from '../../model/types';
import { MAX_PAGE_VOCAB_SIZE } from '../../worker/trainingLimits';
import type { TrainingForm } from '../../worker/trainingRequest';

/** The choices of each select, named in the page's language. */
const choices = (m: Messages) => ({
  tokenizers: [
    ['word', m.tokenizerWord],
    ['char', m.tokenizerChar],
  ] as [TokenizerKind, string][],
  orders: [
    [1, m.orderUnigram],
    [2, m.orderBigram],
    [3, m.orderTrigram],
    [4, '4'],
    [5, '5'],
    [6, '6'],
  ] as [number, string][],
  smoothings: [
    ['mkn', m.smoothingMkn],
    ['kn', m.smoothingKn],
    ['addk', m.smoothingAddk],
    ['mle', m.smoothingMle],
  ] as [Smoothing, string][],
});

/** Props of the training settings: the form and a way to change part of it. */
export interface TrainingSettingsFieldsProps {
  form: TrainingForm;
  onChange: (change: Partial<TrainingForm>) => void;
}

/** Tokenizer, order, smoothing, vocabulary size and an optional name for the model. */
export function TrainingSettingsFields({ form, onChange }: TrainingSettingsFieldsProps) {
  const id = useId();
  const m = useMessages();
  const locale = useLocale();
  const { tokenizers, orders, smoothings } = choices(m);
  return (
    <div className="ts-train-settings">
      <SelectField
        id={`${id}-tokenizer`}
        label={m.tokenizer}
        value={form.tokenizer}
        options={tokenizers}
        onChange={(tokenizer) => onChange({ tokenizer })}
      />
      <SelectField
        id={`${id}-order`}
        label={m.order}
        value={form.order}
        options={orders}
        onChange={(order) => onChange({ order })}
      />
      <SelectField
        id={`${id}-smoothing`}
        label={m.smoothing}
        value={form.smoothing}
        options={smoothings}
        onChange={(smoothing) => onChange({ smoothing })}
      />
      <div>
        <label htmlFor={`${id}-vocab`}>{m.vocabularySize}</label>
        <input
          id={`${id}-vocab`}
          type="text"
          inputMode="numeric"
          value={form.vocabSize}
          aria-describedby={`${id}-vocab-hint`}
          onChange={(e) => onChange({ vocabSize: e.currentTarget.value })}
        />
        <small id={`${id}-vocab-hint`} className="ts-field-hint">
          {m.vocabularyHint(MAX_PAGE_VOCAB_SIZE.toLocaleString(locale === 'en' ? 'en-US' : locale))}
        </small>
      </div>
      <div>
        <label htmlFor={`${id}-name`}>{m.modelName}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={form.name}
          placeholder={m.modelNamePlaceholder}
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
