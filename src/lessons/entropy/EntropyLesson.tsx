import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { NgramModel } from '../../model/types';
import { EntropyChart } from './EntropyChart';
import type { EntropyRow } from './EntropyRow';
import { EntropyTable } from './EntropyTable';
import { ENTROPY_PRESETS } from './entropyPresets';
import { extremeRows } from './extremeRows';
import { formatBits } from './formatBits';
import { measureText } from './measureText';
import { ShadedText } from './ShadedText';
import { ShadeLegend } from './ShadeLegend';
import './EntropyLesson.css';

/** Props of the entropy lesson. */
export interface EntropyLessonProps {
  model: NgramModel;
  modelId: string;
}

/** The key of the custom row. */
const CUSTOM_ID = 'custom';

/**
 * "Entropy by context": the model's mean entropy and bits per token on JSON, code, news, fiction
 * and dialogue (plus the reader's own text), and one text shaded token by token by how sure the
 * model was before each token.
 */
export function EntropyLesson({ model, modelId }: EntropyLessonProps) {
  const textId = useId();
  const [selected, setSelected] = useState(ENTROPY_PRESETS[0].id);
  const [customText, setCustomText] = useState('');
  const deferredText = useDeferredValue(customText);
  const presetRows = useMemo<EntropyRow[]>(
    () => ENTROPY_PRESETS.map((p) => ({ ...p, measure: measureText(model, p.text) })),
    [model],
  );
  const customRow = useMemo<EntropyRow | null>(
    () =>
      deferredText.trim() === ''
        ? null
        : { id: CUSTOM_ID, label: 'Your text', measure: measureText(model, deferredText) },
    [model, deferredText],
  );
  const rows = customRow ? [...presetRows, customRow] : presetRows;
  const shown = rows.find((r) => r.id === selected) ?? presetRows[0];
  const extremes = extremeRows(rows);
  return (
    <div className="ts-entropy-lesson" data-model={modelId}>
      <p className="ts-entropy-intro">
        Before each token the model spreads its bet over the whole vocabulary. The entropy of that
        bet, in bits, says how unsure it is: about 0 when one token is certain, up to log₂ of the
        vocabulary size when every token is equally likely. Structured text such as JSON and code
        leaves little to guess; open prose leaves a lot.
      </p>
      <section className="ts-entropy-comparison" aria-labelledby={`${textId}-comparison`}>
        <h3 id={`${textId}-comparison`}>Mean entropy of each kind of text</h3>
        {extremes && (
          <p className="ts-entropy-summary">
            Most predictable: {extremes.low.label} (
            {formatBits(extremes.low.measure.meanEntropyBits)} bits on average). Least predictable:{' '}
            {extremes.high.label} ({formatBits(extremes.high.measure.meanEntropyBits)} bits).
          </p>
        )}
        <EntropyChart rows={rows} />
        <EntropyTable rows={rows} />
      </section>
      <section className="ts-entropy-detail" aria-labelledby={`${textId}-detail`}>
        <h3 id={`${textId}-detail`}>Where the model is sure</h3>
        <fieldset className="ts-entropy-presets">
          <legend>Text to shade</legend>
          {rows.map((row) => (
            <button
              key={row.id}
              type="button"
              aria-pressed={row.id === shown.id}
              onClick={() => setSelected(row.id)}
            >
              {row.label}
            </button>
          ))}
        </fieldset>
        <ShadeLegend />
        <ShadedText
          label={shown.label}
          tokens={shown.measure.tokens}
          spaced={model.settings.tokenizer === 'whitespace'}
        />
      </section>
      <section className="ts-entropy-custom">
        <label htmlFor={`${textId}-custom`}>Your text</label>
        <textarea
          id={`${textId}-custom`}
          rows={4}
          value={customText}
          spellCheck={false}
          placeholder="Paste any text: it is added to the comparison as “Your text”."
          onChange={(e) => setCustomText(e.currentTarget.value)}
        />
      </section>
    </div>
  );
}
