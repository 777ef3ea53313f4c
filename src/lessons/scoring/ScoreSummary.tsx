import type { Score } from '../../model/scoreSegments';

/** Props of the cross-entropy summary. */
export interface ScoreSummaryProps {
  score: Score;
}

/** The text's cross-entropy and perplexity as a status line; exact values in data attributes. */
export function ScoreSummary({ score }: ScoreSummaryProps) {
  if (score.events === 0) {
    return (
      <p role="status" aria-label="Cross-entropy" className="ts-scoring-summary">
        Paste some text to score it.
      </p>
    );
  }
  const bits = score.crossEntropyBits;
  return (
    <p
      role="status"
      aria-label="Cross-entropy"
      className="ts-scoring-summary"
      data-cross-entropy-bits={String(bits)}
      data-perplexity={String(score.perplexity)}
    >
      Cross-entropy <strong>{Number.isFinite(bits) ? bits.toFixed(2) : '∞'} bits</strong> per token,
      perplexity {Number.isFinite(score.perplexity) ? score.perplexity.toFixed(1) : '∞'}, over{' '}
      {score.events} tokens (each segment's tokens and its end)
    </p>
  );
}
