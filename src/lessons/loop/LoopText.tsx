import type { ReactNode } from 'react';

import type { Step } from '../../store/types';
import { visibleToken } from '../../views/text/visibleToken';
import { useLessonMessages } from '../messages/useLessonMessages';

/** Props of a lane's running text. */
export interface LoopTextProps {
  prompt: string;
  steps: readonly Step[];
  vocab: readonly string[];
  /** Whether tokens are separated by spaces (whitespace-tokenized models). */
  spaced: boolean;
  /** Index of the first token of the repeating tail, or null when nothing repeats. */
  loopStart: number | null;
}

/**
 * The prompt, then the generated tokens as plain text spans; the repeating tail is wrapped in
 * one highlighted `<mark>` (a tint plus a dashed outline and wavy underline, not colour alone).
 */
export function LoopText({ prompt, steps, vocab, spaced, loopStart }: LoopTextProps) {
  const lm = useLessonMessages();
  const eosId = vocab.length - 1;
  const unkId = vocab.length - 2;
  const promptIsOpen = prompt === '' || /\s$/u.test(prompt);
  const spaceBefore = (index: number) =>
    spaced && !(index === 0 ? promptIsOpen : steps[index - 1].id === eosId);
  const token = (index: number, withSpace: boolean): ReactNode => {
    const id = steps[index].id;
    const special = id === eosId ? 'eos' : id === unkId ? 'unk' : null;
    const shown = visibleToken(vocab[id] ?? '', special);
    return (
      <span key={index} className="ts-loop-token">
        {withSpace && ' '}
        {shown.text}
        {Array.from({ length: shown.breaks }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the breaks are identical and never reorder
          <br key={i} />
        ))}
      </span>
    );
  };
  const split = loopStart ?? steps.length;
  const before: ReactNode[] = [];
  const tail: ReactNode[] = [];
  for (let i = 0; i < steps.length; i++) {
    if (i < split) before.push(token(i, spaceBefore(i)));
    else tail.push(token(i, i > split && spaceBefore(i)));
  }
  return (
    <p className="ts-loop-text">
      {prompt !== '' && <span className="ts-prompt">{prompt}</span>}
      {before}
      {tail.length > 0 && (
        <>
          {spaceBefore(split) && ' '}
          <mark className="ts-loop-repeat">{tail}</mark>
        </>
      )}
      {steps.length === 0 && <span className="ts-loop-empty">{lm.loopEmpty}</span>}
    </p>
  );
}
