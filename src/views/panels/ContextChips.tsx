import { useMemo } from 'react';
import { useMessages } from '../../i18n/LocaleContext';
import { contextChipText } from './contextChipText';

/** How many tokens before the window are shown, greyed out, to make the cut visible. */
const EARLIER = 3;

/** Props of the context chips: the model's vocabulary and window, and the context. */
export interface ContextChipsProps {
  vocab: readonly string[];
  /** n − 1: how many tokens the model sees. */
  width: number;
  /** The whole context, prompt and generated tokens. */
  contextIds: Uint32Array;
  /** The window the model looked up (the highest order's context), if any. */
  windowIds: readonly number[] | undefined;
}

/** The tokens the model actually uses (its last n − 1), after a few it can no longer see. */
export function ContextChips({ vocab, width, contextIds, windowIds }: ContextChipsProps) {
  const m = useMessages();
  const earlier = useMemo(() => {
    const end = Math.max(0, contextIds.length - width);
    return {
      ids: Array.from(contextIds.subarray(Math.max(0, end - EARLIER), end)),
      more: end > EARLIER,
    };
  }, [contextIds, width]);

  if (width === 0 || !windowIds) {
    return <p>{m.unigramNoContext}</p>;
  }
  return (
    <div className="ts-context">
      <p className="ts-context-caption">{m.modelSees(width)}</p>
      <div className="ts-chip-row">
        {earlier.ids.length > 0 && (
          <ol className="ts-chips ts-chips--earlier" aria-label={m.earlierTokens}>
            {earlier.more && <li className="ts-chip-more">…</li>}
            {earlier.ids.map((id, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: positions in a fixed window
              <li key={i} className="ts-chip ts-chip--earlier">
                {contextChipText(vocab, id, m.contextStart)}
              </li>
            ))}
          </ol>
        )}
        <ol className="ts-chips ts-chips--window" aria-label={m.contextUsed}>
          {windowIds.map((id, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: positions in a fixed window
            <li key={i} className={`ts-chip${id >= vocab.length ? ' ts-chip--start' : ''}`}>
              {contextChipText(vocab, id, m.contextStart)}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
