import { Fragment } from 'react';
import { useLessonMessages } from '../messages/useLessonMessages';
import { ScoredTokenButton } from './ScoredTokenButton';
import type { ScoredToken } from './scoreText';

/** Props of the scored text. */
export interface ScoredTextViewProps {
  tokens: readonly ScoredToken[];
  selected: number | null;
  /** Whether tokens are separated by spaces (whitespace-tokenized models). */
  spaced: boolean;
  onSelect(position: number): void;
}

/** The text token by token, each segment ending in ¶ (its scored end), a blank line between. */
export function ScoredTextView({ tokens, selected, spaced, onSelect }: ScoredTextViewProps) {
  const lm = useLessonMessages();
  return (
    <section className="ts-scoring-text" aria-label={lm.scoredText}>
      {tokens.map((token, position) => (
        <Fragment key={`${token.segment}:${token.index}`}>
          <ScoredTokenButton
            token={token}
            position={position}
            selected={selected === position}
            spaceBefore={spaced && token.index > 0}
            onSelect={onSelect}
          />
          {token.kind === 'eos' && position < tokens.length - 1 && <br />}
        </Fragment>
      ))}
    </section>
  );
}
