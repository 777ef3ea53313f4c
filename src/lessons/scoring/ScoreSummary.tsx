import { useMessages } from '../../i18n/LocaleContext';
import type { Score } from '../../model/scoreSegments';
import { useLessonMessages } from '../messages/useLessonMessages';

/** Props of the cross-entropy summary. */
export interface ScoreSummaryProps {
  score: Score;
}

/** The text's cross-entropy and perplexity as a status line; exact values in data attributes. */
export function ScoreSummary({ score }: ScoreSummaryProps) {
  const m = useMessages();
  const lm = useLessonMessages();
  if (score.events === 0) {
    return (
      <p role="status" aria-label={lm.crossEntropy} className="ts-scoring-summary">
        {lm.pasteToScore}
      </p>
    );
  }
  const bits = score.crossEntropyBits;
  return (
    <p
      role="status"
      aria-label={lm.crossEntropy}
      className="ts-scoring-summary"
      data-cross-entropy-bits={String(bits)}
      data-perplexity={String(score.perplexity)}
    >
      {lm.crossEntropy} <strong>{m.bits(Number.isFinite(bits) ? m.fixed(bits, 2) : '∞')}</strong>{' '}
      {lm.scoreSummaryRest(
        Number.isFinite(score.perplexity) ? m.fixed(score.perplexity, 1) : '∞',
        score.events,
      )}
    </p>
  );
}
