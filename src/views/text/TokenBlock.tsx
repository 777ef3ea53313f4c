import { memo } from 'react';
import type { Step } from '../../store/types';
import { GeneratedToken, type GeneratedTokenProps } from './GeneratedToken';

/** Props of a run of generated tokens. */
export interface TokenBlockProps
  extends Pick<
    GeneratedTokenProps,
    'onOpen' | 'onFocus' | 'onClose' | 'onActivate' | 'onNavigate'
  > {
  /** The whole history; the block shows `steps[from]` up to (not including) `steps[to]`. */
  steps: readonly Step[];
  from: number;
  to: number;
  vocab: readonly string[];
  unkId: number;
  eosId: number;
  /** Whether tokens are joined by spaces (whitespace-tokenized models). */
  spacedTokens: boolean;
  /** Whether the prompt ends in whitespace (or is empty), so the first token needs no space. */
  promptIsOpen: boolean;
  /** The index whose alternatives show, when it is in this block; else null. */
  openIndex: number | null;
  /** The text's one tab stop, when it is in this block; else null. */
  tabbable: number | null;
  /** The first index of this block the model still sees (`to` when none). */
  contextFrom: number;
}

/** Whether a block would render the same: its own steps and every other prop unchanged. */
function sameBlock(a: TokenBlockProps, b: TokenBlockProps): boolean {
  for (const key of Object.keys(b) as (keyof TokenBlockProps)[]) {
    if (key !== 'steps' && !Object.is(a[key], b[key])) return false;
  }
  // The step before the block decides whether its first token gets a space.
  for (let i = Math.max(b.from - 1, 0); i < b.to; i++) if (a.steps[i] !== b.steps[i]) return false;
  return true;
}

/**
 * A run of up to SHOWN_BLOCK generated tokens. A step only appends to the last run, so the
 * others skip rendering instead of comparing the props of every token.
 */
export const TokenBlock = memo(function TokenBlock({
  steps,
  from,
  to,
  vocab,
  unkId,
  eosId,
  spacedTokens,
  promptIsOpen,
  openIndex,
  tabbable,
  contextFrom,
  ...handlers
}: TokenBlockProps) {
  const tokens = [];
  for (let index = from; index < to; index++) {
    const step = steps[index];
    tokens.push(
      <GeneratedToken
        // A step is never moved, only appended or removed at the end: the index is its identity.
        key={index}
        index={index}
        step={step}
        token={vocab[step.id] ?? ''}
        special={step.id === eosId ? 'eos' : step.id === unkId ? 'unk' : null}
        spaced={spacedTokens && !(index === 0 ? promptIsOpen : steps[index - 1].id === eosId)}
        open={openIndex === index}
        tabbable={index === tabbable}
        inContext={index >= contextFrom}
        {...handlers}
      />,
    );
  }
  return tokens;
}, sameBlock);
