import { useMemo } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';

import { distribution } from '../../model/distribution';
import { contextAfter } from '../../store/contextAfter';
import type { Step } from '../../store/types';
import { useExplorer } from '../ExplorerContext';
import { formatProbability } from '../format/formatProbability';
import { showToken } from '../format/showToken';

/** Props of a token's popover. */
export interface TokenAlternativesProps {
  /** Element id, so the token can point at it with aria-describedby. */
  id: string;
  /** Position of the step in the history. */
  index: number;
  step: Step;
}

/** What else a step could have been: the model's top outcomes there, with their probabilities. */
export function TokenAlternatives({ id, index, step }: TokenAlternativesProps) {
  const m = useMessages();
  const locale = useLocale();
  const model = useExplorer((s) => s.model);
  const prompt = useExplorer((s) => s.prompt);
  const steps = useExplorer((s) => s.steps);
  // Recomputed only while the popover is open: one distribution per change of history.
  const modelProbs = useMemo(
    () => distribution(model, contextAfter(model, prompt, steps.slice(0, index))),
    [model, prompt, steps, index],
  );
  const name = (tokenId: number) => showToken(model.vocab[tokenId] ?? '', true);
  return (
    <span role="tooltip" id={id} className="ts-token-tip">
      <span className="ts-token-tip-head">
        {/* bdi: a token's bidi controls must not reorder the numbers around it. */}
        {m.tipStep(index + 1)}{' '}
        <bdi>
          <code>{name(step.id)}</code>
        </bdi>{' '}
        {m.tipHad(formatProbability(step.p, locale), formatProbability(step.modelP, locale))}
      </span>
      <span className="ts-token-tip-head">{m.tipTop}</span>
      {step.alternatives.map((tokenId, rank) => (
        <span key={tokenId} className="ts-token-tip-row">
          <span>{rank + 1}.</span>{' '}
          <bdi>
            <code>{name(tokenId)}</code>
          </bdi>{' '}
          <span>{formatProbability(modelProbs[tokenId], locale)}</span>
          {tokenId === step.id && <span>{m.tipChosen}</span>}
        </span>
      ))}
    </span>
  );
}
