import { useState } from 'react';
import type { NgramModel } from '../../model/types';
import { formatProbability } from '../../views/format/formatProbability';
import { ContinuationList } from './ContinuationList';
import { continuationText } from './continuationText';
import { FirstTokenList } from './FirstTokenList';
import { type ContinuationGroup, groupContinuations } from './groupContinuations';
import { SamplesControls, type SamplesInputs } from './SamplesControls';
import { sampleContinuations } from './sampleContinuations';
import './SamplesLesson.css';

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
      <p className="ts-samples-intro">
        One sample is one path through the model's distributions. Draw a hundred and count how often
        each continuation comes back: at temperature 0 every draw takes the most likely token, so
        all hundred are the same; at temperature 1 they spread over many continuations.
      </p>
      <SamplesControls
        value={inputs}
        onChange={(change) => setInputs({ ...inputs, ...change })}
        onSample={sample}
      />
      <p className="ts-samples-note">
        Continuation j (counting from 0) draws from its own random stream seeded with seed + j, so
        the same seed gives the same list, and continuation 0 matches the command line's{' '}
        <code>generate --seed</code>.
      </p>
      {shown && top ? (
        <section className="ts-samples-results" aria-label="Samples">
          <p className="ts-samples-summary" aria-live="polite">
            <strong>
              {shown.groups.length} distinct of {SAMPLE_COUNT}
            </strong>{' '}
            continuations of “{shown.inputs.prompt}” (T = {shown.inputs.temperature},{' '}
            {shown.inputs.length} token{shown.inputs.length === 1 ? '' : 's'}, seed{' '}
            {shown.inputs.seed}). Most frequent: {top.count} of {SAMPLE_COUNT} (
            {formatProbability(top.count / SAMPLE_COUNT)}).
          </p>
          <div className="ts-samples-columns">
            <div>
              <h3>Continuations</h3>
              <ContinuationList groups={shown.groups} />
            </div>
            <div>
              <h3>First token</h3>
              <FirstTokenList groups={shown.firstTokens} total={SAMPLE_COUNT} />
            </div>
          </div>
        </section>
      ) : (
        <p className="ts-samples-empty">Press “Sample 100 continuations” to draw.</p>
      )}
    </div>
  );
}
