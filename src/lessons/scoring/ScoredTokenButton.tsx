import { useLocale, useMessages } from '../../i18n/LocaleContext';
import { visibleToken } from '../../views/text/visibleToken';
import { useLessonMessages } from '../messages/useLessonMessages';
import { rankBucket } from './rankBucket';
import type { ScoredToken } from './scoreText';
import { tokenLabel } from './tokenLabel';

/** Props of one token of the scored text. */
export interface ScoredTokenButtonProps {
  token: ScoredToken;
  position: number;
  selected: boolean;
  /** Whether a space is drawn before it (whitespace-tokenized models drop the spaces). */
  spaceBefore: boolean;
  onSelect(position: number): void;
}

/** A focusable token, shaded and underlined by its rank band; focus or a click inspects it. */
export function ScoredTokenButton(props: ScoredTokenButtonProps) {
  const { token, position, selected, spaceBefore, onSelect } = props;
  const m = useMessages();
  const lm = useLessonMessages();
  const locale = useLocale();
  const shown = visibleToken(token.text, token.kind === 'eos' ? 'eos' : null);
  const bucket = rankBucket(token.rank);
  const kind = token.kind === 'token' ? '' : ` ts-token--${token.kind}`;
  return (
    <>
      {spaceBefore && ' '}
      <button
        type="button"
        className={`ts-token ts-rank-b${bucket.index}${kind}`}
        aria-label={tokenLabel(token, lm, m, locale)}
        aria-pressed={selected}
        data-position={position}
        onFocus={() => onSelect(position)}
        onClick={() => onSelect(position)}
      >
        {shown.text}
      </button>
      {Array.from({ length: shown.breaks }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the breaks are identical and never reorder
        <br key={i} />
      ))}
    </>
  );
}
