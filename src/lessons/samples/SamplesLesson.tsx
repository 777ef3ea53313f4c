import { useState } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';
import type { NgramModel } from '../../model/types';
import { formatProbability } from '../../views/format/formatProbability';
import { ContinuationList } from './ContinuationList';
import { continuationText } from './continuationText';
import { FirstTokenList } from './FirstTokenList';
import { type ContinuationGroup, groupContinuations } from './groupContinuations';
import { SamplesControls, type SamplesInputs } from './SamplesControls';
import { sampleContinuations } from './sampleContinuations';
import './SamplesLesson.css';
import { useLessonMessages } from '../messages/useLessonMessages';

/** Props of the samples lesson. */
export interface SamplesLessonProps {
  model: NgramModel;
  modelId: string;
  /** Where to start, e.g. the explorer's current text; the default prompt when absent. */
  prompt?: string;
}

/** The prompt a fresh samples lesson starts from. */
export const SAMPLES_PROMPT = 'The jury said that the';

/** How many continuations one click draws. */
export const SAMPLE_COUNT = 100;

/** One click's draws, grouped, with the inputs and model they were drawn with. */
interface SampleResult {
  model: NgramModel;
  inputs: SamplesInputs;
  groups: ContinuationGroup[];
  firstTokens: ContinuationGroup[];
}

/**
 * "Many samples": 100 seeded continuations of one prompt (continuation j from seed + j), grouped
 * into distinct texts with counts. At T = 0 all are the same; at T = 1 they spread out.
 */
export function SamplesLesson({ model, modelId, prompt }: SamplesLessonProps) {
  const m = useMessages();
  const lm = useLessonMessages();
  const locale = useLocale();
  const [inputs, setInputs] = useState<SamplesInputs>({
    prompt: prompt ?? SAMPLES_PROMPT,
    temperature: 1,
    length: 5,
    seed: 1,
  });
  const [result, setResult] = useState<SampleResult | null>(null);
  const spaced = model.settings.tokenizer === 'whitespace';

  // Drawn in the click handler: 100 × length distributions, never on a keystroke.
  const sample = () => {
    const continuations = sampleContinuations(model, inputs.prompt, {
      count: SAMPLE_COUNT,
      length: inputs.length,
      temperature: inputs.temperature,
      seed: inputs.seed,
    });
    const textOf = (ids: readonly number[]) => continuationText(ids, model.vocab, spaced);
    setResult({
      model,
      inputs,
      groups: groupContinuations(continuations, textOf),
      firstTokens: groupContinuations(
        continuations.map((ids) => ids.slice(0, 1)),
        textOf,
      ),
    });
  };

  const shown = result !== null && result.model === model ? result : null;
  const top = shown?.groups[0];
  return (
    <div className="ts-samples-lesson" data-model={modelId}>
      <p className="ts-samples-intro">{lm.samplesIntro}</p>
      <SamplesControls
        value={inputs}
        onChange={(change) => setInputs({ ...inputs, ...change })}
        onSample={sample}
      />
      <p className="ts-samples-note">
        {lm.samplesNote} <code>generate --seed</code>.
      </p>
      {shown && top ? (
        <section className="ts-samples-results" aria-label={lm.samplesResults}>
          <p className="ts-samples-summary" aria-live="polite">
            <strong>{lm.samplesDistinct(shown.groups.length, SAMPLE_COUNT)}</strong>{' '}
            {lm.samplesSummary(
              shown.inputs.prompt,
              m.plain(shown.inputs.temperature),
              shown.inputs.length,
              shown.inputs.seed,
              top.count,
              SAMPLE_COUNT,
              formatProbability(top.count / SAMPLE_COUNT, locale),
            )}
          </p>
          <div className="ts-samples-columns">
            <div>
              <h3>{lm.continuations}</h3>
              <ContinuationList groups={shown.groups} />
            </div>
            <div>
              <h3>{lm.firstToken}</h3>
              <FirstTokenList groups={shown.firstTokens} total={SAMPLE_COUNT} />
            </div>
          </div>
        </section>
      ) : (
        <p className="ts-samples-empty">{lm.samplesEmpty}</p>
      )}
    </div>
  );
}
