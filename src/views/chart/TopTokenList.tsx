import {
  type CSSProperties,
  type KeyboardEvent,
  memo,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';
import type { Explorer } from '../../store/types';
import { useExplorer, useExplorerStore } from '../ExplorerContext';
import { formatProbabilityShort, SHORT_PROBABILITY_CHARS } from '../format/formatProbabilityShort';
import { showToken } from '../format/showToken';
import { writeText } from '../writeText';
import { choosableRanks, topRows } from './topRows';
import { useMaskedIds } from './useBarHeights';

/** A box as wide as the longest short probability ("< 0.001 %"). */
export const PROBABILITY_BOX = { '--ts-chars': SHORT_PROBABILITY_CHARS } as CSSProperties;

/** How many of the most likely outcomes the list beside the chart offers. */
export const TOP_COUNT = 10;

/** A row's visible text, unchanged by a slider move (memoized: not committed again). */
const RowText = memo(function RowText({ rank, token }: { rank: number; token: string }) {
  return (
    <>
      {/* bdi: a token's bidi controls must not reorder the rank. */}
      <span className="ts-chart-top-rank">{rank + 1}</span>{' '}
      <code>
        <bdi>{token}</bdi>
      </code>
    </>
  );
});

/**
 * The most likely outcomes as buttons: activating one (click, Enter or Space) chooses it as the
 * next token; focus or hover shows it on the chart. Masked outcomes are listed but disabled.
 * A slider move does not render it: a store subscription writes the probabilities and the
 * buttons' names; it renders when its tokens or which of them may be chosen change.
 */
export function TopTokenList({
  onChoose,
  onShow,
}: {
  onChoose: (rank: number) => void;
  onShow: (rank: number | null) => void;
}) {
  const m = useMessages();
  const locale = useLocale();
  const store = useExplorerStore();
  const order = useExplorer((s) => s.order);
  const model = useExplorer((s) => s.model);
  const maskUnk = useExplorer((s) => s.maskUnk);
  const masked = useMaskedIds(model, maskUnk);
  const count = Math.min(TOP_COUNT, order.length);
  // Which rows may be chosen, as one string: a move that keeps them selects the same value.
  const choosable = useExplorer((s) => choosableRanks(s, masked, count));
  const tokens = useMemo(
    () => Array.from({ length: count }, (_, rank) => showToken(model.vocab[order[rank]], true)),
    [model, order, count],
  );
  const psRef = useRef<HTMLDivElement>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  useLayoutEffect(() => {
    const show = (s: Explorer) => {
      const rows = topRows(s, masked, count);
      const ps = rows.map((row) => formatProbabilityShort(row.p, locale));
      writeText(psRef.current, ps.join('\n'));
      rows.forEach((row, i) => {
        // The visible text in reading order: rank, token and, beside it, the probability
        // (WCAG 2.5.3), as the name the button's own text gave it before.
        const suffix = row.ok ? '' : m.maskedNeverDrawnSuffix;
        buttons.current[i]?.setAttribute('aria-label', `${i + 1} ${tokens[i]} ${ps[i]}${suffix}`);
      });
    };
    show(store.getState());
    return store.subscribe((s, before) => {
      // A new context or model renders the list, which then writes its numbers.
      if (s.order !== order || s.model !== model) return;
      if (s.temperedProbs !== before.temperedProbs || s.cuts !== before.cuts) show(s);
    });
  }, [store, order, model, masked, count, tokens, m, locale]);
  // The button handles the keys itself (and cancels the native click) so one press is one choice.
  const onKey = (event: KeyboardEvent, rank: number, ok: boolean) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    if (event.type === 'keydown' && ok) onChoose(rank);
  };
  return (
    // The list's height comes from its row count, never its text. The probabilities, which change
    // on every slider move, are one text of one line per row beside the buttons (a relayout
    // boundary of fixed size): ten numbers in ten boxes cost a slider move's frame ten layouts.
    <div className="ts-chart-top-box" style={PROBABILITY_BOX}>
      <ol
        className="ts-chart-top"
        aria-label={m.mostLikelyTokens}
        style={{ '--ts-top-rows': count } as CSSProperties}
      >
        {tokens.map((token, rank) => {
          const ok = choosable[rank] === '1';
          return (
            // Keyed by rank, so focus stays on the first button after choosing its token.
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows are ranks
            <li key={rank}>
              <button
                ref={(button) => {
                  buttons.current[rank] = button;
                }}
                type="button"
                className={ok ? 'ts-chart-top-button' : 'ts-chart-top-button ts-chart-top-masked'}
                aria-disabled={ok ? undefined : true}
                onClick={() => ok && onChoose(rank)}
                onKeyDown={(event) => onKey(event, rank, ok)}
                onKeyUp={(event) => onKey(event, rank, ok)}
                onFocus={() => onShow(rank)}
                onBlur={() => onShow(null)}
                onMouseEnter={() => onShow(rank)}
                onMouseLeave={() => onShow(null)}
              >
                <RowText rank={rank} token={token} />
              </button>
            </li>
          );
        })}
      </ol>
      <div ref={psRef} className="ts-chart-top-ps" aria-hidden="true" />
    </div>
  );
}
