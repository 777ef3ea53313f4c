import { useId, useMemo, useState } from 'react';
import type { NgramModel } from '../../model/types';
import { DEFAULT_SCORING_TEXT, EXAMPLE_TEXTS } from './exampleTexts';
import { LossCurveFigure } from './LossCurveFigure';
import { PositionInspector } from './PositionInspector';
import { RankLegend } from './RankLegend';
import { ScoredTextView } from './ScoredTextView';
import { ScoreSummary } from './ScoreSummary';
import { scoreText } from './scoreText';
import { TokenTable } from './TokenTable';
import './ScoringLesson.css';
import { useLessonMessages } from '../messages/useLessonMessages';

/** Props of the Scoring lesson. */
export interface ScoringLessonProps {
  model: NgramModel;
  modelId: string;
}

/**
 * The Scoring lesson: a text's cross-entropy token by token, what the model predicted where it
 * was wrong, and how the loss over the text changes with temperature (lowest near T = 1).
 */
export function ScoringLesson({ model, modelId }: ScoringLessonProps) {
  const lm = useLessonMessages();
  const [text, setText] = useState(DEFAULT_SCORING_TEXT);
  const [example, setExample] = useState(EXAMPLE_TEXTS[0].id);
  const [selected, setSelected] = useState<number | null>(null);
  const textId = useId();
  const exampleId = useId();
  const scored = useMemo(() => scoreText(model, text), [model, text]);
  const token = selected !== null ? (scored.tokens[selected] ?? null) : null;
  const changeText = (next: string) => {
    setText(next);
    setSelected(null);
  };
  const chooseExample = (id: string) => {
    setExample(id);
    const chosen = EXAMPLE_TEXTS.find((e) => e.id === id);
    if (chosen) changeText(chosen.text);
  };
  const empty = scored.tokens.length === 0;
  // The examples are English; a text the reader typed may be in any language.
  const textLang = EXAMPLE_TEXTS.some((e) => e.text === text) ? 'en' : undefined;
  return (
    <div className="ts-scoring-lesson" data-model-id={modelId}>
      <p className="ts-scoring-intro">{lm.scoringIntro}</p>
      <div className="ts-scoring-controls">
        <label htmlFor={exampleId}>{lm.example}</label>{' '}
        <select
          id={exampleId}
          value={example}
          onChange={(e) => chooseExample(e.currentTarget.value)}
        >
          {EXAMPLE_TEXTS.map((e) => (
            <option key={e.id} value={e.id}>
              {lm[e.label]}
            </option>
          ))}
        </select>
        <label htmlFor={textId}>{lm.textToScore}</label>
        <textarea
          id={textId}
          lang={textLang}
          value={text}
          rows={6}
          spellCheck={false}
          onChange={(e) => changeText(e.currentTarget.value)}
        />
      </div>
      <ScoreSummary score={scored.score} />
      {!empty && (
        <>
          <RankLegend />
          <ScoredTextView
            tokens={scored.tokens}
            selected={selected}
            spaced={model.settings.tokenizer === 'whitespace'}
            onSelect={setSelected}
          />
          <section className="ts-scoring-section" aria-label={lm.atThisPosition}>
            <h3>{lm.atThisPosition}</h3>
            {token ? <PositionInspector model={model} token={token} /> : <p>{lm.focusAToken}</p>}
          </section>
          <TokenTable model={model} tokens={scored.tokens} />
          <section className="ts-scoring-section" aria-label={lm.lossVersusTemperature}>
            <h3>{lm.lossVersusTemperature}</h3>
            <LossCurveFigure model={model} tokens={scored.tokens} />
          </section>
        </>
      )}
    </div>
  );
}
