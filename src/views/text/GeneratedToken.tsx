import { type KeyboardEvent, memo, useId } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';

import type { Step } from '../../store/types';
import { formatProbability } from '../format/formatProbability';
import { showToken } from '../format/showToken';
import { probabilityBucket, probabilityShade } from './probabilityBucket';
import { TokenAlternatives } from './TokenAlternatives';
import { visibleToken } from './visibleToken';

/** The catalogue key of the words for how a token was chosen, as read out in its label. */
const HOW = {
  sampled: 'howSampled',
  greedy: 'howGreedy',
  chosen: 'howChosen',
} as const satisfies Record<Step['how'], string>;

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
  const m = useMessages();
  const locale = useLocale();
  const label = m.tokenLabel(
    showToken(token, special !== null),
    formatProbability(step.p, locale),
    m[HOW[step.how]],
    inContext,
  );
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
        // Positioned only while its popover shows: a positioned wrapper is a paint layer of its
        // own, and hundreds of them made every step's repaint walk hundreds of layers.
        className={open ? 'ts-token-wrap ts-token-wrap--open' : 'ts-token-wrap'}
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
