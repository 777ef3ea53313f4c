import { type KeyboardEvent, memo, useId } from 'react';
import type { Step } from '../../store/types';
import { formatProbability } from '../format/formatProbability';
import { showToken } from '../format/showToken';
import { probabilityBucket, probabilityShade } from './probabilityBucket';
import { TokenAlternatives } from './TokenAlternatives';
import { visibleToken } from './visibleToken';

/** Words for how a token was chosen, as read out in its label. */
const HOW: Record<Step['how'], string> = {
  sampled: 'sampled',
  greedy: 'greedy (most likely)',
  chosen: 'chosen by you',
};

/** Props of one generated token. */
export interface GeneratedTokenProps {
  /** Position in the history (0 = first generated token). */
  index: number;
  step: Step;
  /** The vocabulary entry of `step.id`. */
  token: string;
  special: 'eos' | 'unk' | null;
  /** Whether a space goes before the token (whitespace-tokenized models). */
  spaced: boolean;
  /** Whether its alternatives are showing. */
  open: boolean;
  /** Whether it is the text's one tab stop (the others are reached with the arrow keys). */
  tabbable: boolean;
  /** Whether the model still sees it (it is among the last n − 1 tokens of the context). */
  inContext: boolean;
  onOpen(index: number): void;
  onFocus(index: number): void;
  onClose(index: number): void;
  onActivate(index: number): void;
  /** Moves focus for an arrow, Home or End key; false when the key is not for moving. */
  onNavigate(index: number, key: string): boolean;
}

/** One generated token: shaded and underlined by its probability; activating it rewinds. */
export const GeneratedToken = memo(function GeneratedToken({
  index,
  step,
  token,
  special,
  spaced,
  open,
  tabbable,
  inContext,
  onOpen,
  onFocus,
  onClose,
  onActivate,
  onNavigate,
}: GeneratedTokenProps) {
  const shown = visibleToken(token, special);
  const bucket = probabilityBucket(step.p);
  const tipId = useId();
  const label = `${showToken(token, special !== null)}, ${formatProbability(step.p)}, ${HOW[step.how]}${inContext ? ', in the context window' : ''}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      onClose(index);
    } else if (onNavigate(index, e.key)) {
      e.preventDefault();
    }
  };
  return (
    <>
      {spaced && ' '}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: hovering the wrapper keeps the popover open while the pointer is on it (WCAG 1.4.13); the button gives keyboard users the same on focus */}
      <span
        className="ts-token-wrap"
        onMouseEnter={() => onOpen(index)}
        onMouseLeave={() => onClose(index)}
      >
        <button
          type="button"
          className={`ts-token ts-p-b${bucket.index}${special ? ` ts-token--${special}` : ''}${inContext ? ' ts-in-context' : ''}`}
          style={{ backgroundColor: probabilityShade(step.p) }}
          data-step={index}
          aria-label={label}
          tabIndex={tabbable ? 0 : -1}
          aria-describedby={open ? tipId : undefined}
          onClick={() => onActivate(index)}
          onFocus={() => onFocus(index)}
          onBlur={() => onClose(index)}
          onKeyDown={onKeyDown}
        >
          {shown.text}
        </button>
        {open && <TokenAlternatives id={tipId} index={index} step={step} />}
      </span>
      {Array.from({ length: shown.breaks }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the breaks are identical and never reorder
        <br key={i} />
      ))}
    </>
  );
});
