import { type ReactNode, useMemo } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

import { useExplorer } from '../../views/ExplorerContext';
import { showToken } from '../../views/format/showToken';
import { useLessonMessages } from '../messages/useLessonMessages';
import { distinctNgramRatio } from './distinctNgramRatio';
import { LoopText } from './LoopText';
import { loopStatus } from './loopStatus';
import { repeatedNgramShare } from './repeatedNgramShare';

/** Props of one lane. */
export interface LoopLaneProps {
  /** The section's accessible name, e.g. "Greedy lane". */
  label: string;
  /** The visible heading, e.g. "Greedy (T = 0)". */
  title: string;
  /** The lane's own settings, shown under the heading. */
  children?: ReactNode;
}

/**
 * One lane of the Loop lab, reading the explorer store it is provided with: its text, whether
 * (and since when) it loops, why a greedy loop can never end, and how repetitive the text is.
 * Step numbers are 1-based (step 1 = the first generated token); metrics count generated
 * tokens only, not the prompt.
 */
export function LoopLane({ label, title, children }: LoopLaneProps) {
  const m = useMessages();
  const lm = useLessonMessages();
  const prompt = useExplorer((s) => s.prompt);
  const steps = useExplorer((s) => s.steps);
  const vocab = useExplorer((s) => s.model.vocab);
  const width = useExplorer((s) => s.model.settings.order - 1);
  const spaced = useExplorer((s) => s.model.settings.tokenizer === 'whitespace');
  const temperature = useExplorer((s) => s.temperature);
  const ids = useMemo(() => Uint32Array.from(steps, (s) => s.id), [steps]);
  const loop = useMemo(() => loopStatus(ids, width), [ids, width]);
  const repeated = ids.length >= 4 ? `${Math.round(100 * repeatedNgramShare(ids, 4))} %` : '—';
  const distinct = ids.length >= 2 ? m.fixed(distinctNgramRatio(ids, 2), 2) : '—';
  const special = (id: number) => id >= vocab.length - 2;
  const state = Array.from(ids.subarray(ids.length - width), (id) =>
    showToken(vocab[id] ?? '', special(id)),
  ).join(spaced ? ' ' : '');
  return (
    <section aria-label={label} className="ts-loop-lane">
      <h3>{title}</h3>
      {children}
      <p className="ts-loop-temperature">{lm.temperatureNow(m.fixed(temperature, 2))}</p>
      <LoopText
        prompt={prompt}
        steps={steps}
        vocab={vocab}
        spaced={spaced}
        loopStart={loop ? loop.start : null}
      />
      {loop && (
        <>
          <p className="ts-loop-status">{lm.loopingSince(loop.start + 1, loop.period)}</p>
          <p className="ts-loop-why">
            {temperature === 0
              ? lm.loopWhyGreedy(width, state, loop.stateRevisitedAt + 1)
              : lm.loopWhySampled(width, state, loop.stateRevisitedAt + 1, m.fixed(temperature, 2))}
          </p>
        </>
      )}
      <p className="ts-loop-metrics">
        <span>{lm.repeatedFourGrams(repeated)}</span> <span>{lm.distinctTwo(distinct)}</span>
      </p>
    </section>
  );
}
