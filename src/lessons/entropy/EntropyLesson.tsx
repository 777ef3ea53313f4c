import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useMessages } from '../../i18n/LocaleContext';
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
import { useLessonMessages } from '../messages/useLessonMessages';

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
  const m = useMessages();
  const lm = useLessonMessages();
  const textId = useId();
  const [selected, setSelected] = useState(ENTROPY_PRESETS[0].id);
  const [customText, setCustomText] = useState('');
  const deferredText = useDeferredValue(customText);
  const presetMeasures = useMemo(
    () => ENTROPY_PRESETS.map((p) => measureText(model, p.text)),
    [model],
  );
  const customMeasure = useMemo(
    () => (deferredText.trim() === '' ? null : measureText(model, deferredText)),
    [model, deferredText],
  );
  // The presets are English; the reader's own text keeps the page's language.
  const presetRows: EntropyRow[] = ENTROPY_PRESETS.map((p, i) => ({
    id: p.id,
    label: lm[p.label],
    lang: 'en',
    measure: presetMeasures[i],
  }));
  const rows: EntropyRow[] = customMeasure
    ? [...presetRows, { id: CUSTOM_ID, label: lm.yourText, measure: customMeasure }]
    : presetRows;
  const shown = rows.find((r) => r.id === selected) ?? presetRows[0];
  const extremes = extremeRows(rows);
  return (
    <div className="ts-entropy-lesson" data-model={modelId}>
      <p className="ts-entropy-intro">{lm.entropyIntro}</p>
      <section className="ts-entropy-comparison" aria-labelledby={`${textId}-comparison`}>
        <h3 id={`${textId}-comparison`}>{lm.entropyComparison}</h3>
        {extremes && (
          <p className="ts-entropy-summary">
            {lm.entropyExtremes(
              extremes.low.label,
              formatBits(extremes.low.measure.meanEntropyBits, m),
              extremes.high.label,
              formatBits(extremes.high.measure.meanEntropyBits, m),
            )}
          </p>
        )}
        <EntropyChart rows={rows} />
        <EntropyTable rows={rows} />
      </section>
      <section className="ts-entropy-detail" aria-labelledby={`${textId}-detail`}>
        <h3 id={`${textId}-detail`}>{lm.whereSure}</h3>
        <fieldset className="ts-entropy-presets">
          <legend>{lm.textToShade}</legend>
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
          lang={shown.lang}
          spaced={model.settings.tokenizer === 'whitespace'}
        />
      </section>
      <section className="ts-entropy-custom">
        <label htmlFor={`${textId}-custom`}>{lm.yourText}</label>
        <textarea
          id={`${textId}-custom`}
          rows={4}
          value={customText}
          spellCheck={false}
          placeholder={lm.yourTextPlaceholder}
          onChange={(e) => setCustomText(e.currentTarget.value)}
        />
      </section>
    </div>
  );
}
