import { type CSSProperties, type KeyboardEvent, memo } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';
import { formatProbabilityShort, SHORT_PROBABILITY_CHARS } from '../format/formatProbabilityShort';
import { showToken } from '../format/showToken';
import { isChoosable } from './outcomeStatus';
import { useChartValues } from './useChartModel';

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
 */
export function TopTokenList({
  onChoose,
  onShow,
}: {
  onChoose: (rank: number) => void;
  onShow: (rank: number | null) => void;
}) {
  const m = useMessages();
  const chart = useChartValues();
  const locale = useLocale();
  const count = Math.min(TOP_COUNT, chart.order.length);
  const ranks = Array.from({ length: count }, (_, rank) => rank);
  // The button handles the keys itself (and cancels the native click) so one press is one choice.
  const onKey = (event: KeyboardEvent, rank: number, ok: boolean) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    if (event.type === 'keydown' && ok) onChoose(rank);
  };
  const shown = ranks.map((rank) => {
    const id = chart.order[rank];
    return {
      rank,
      ok: isChoosable(chart.statusAt(rank)),
      token: showToken(chart.vocab[id], true),
      p: formatProbabilityShort(chart.heights[id], locale),
    };
  });
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
        {shown.map(({ rank, ok, token, p }) => (
          // Keyed by rank, so focus stays on the first button after choosing its token.
          <li key={rank}>
            <button
              type="button"
              className={ok ? 'ts-chart-top-button' : 'ts-chart-top-button ts-chart-top-masked'}
              aria-disabled={ok ? undefined : true}
              // The visible text in reading order: rank, token and, beside it, the probability
              // (WCAG 2.5.3), as the name the button's own text gave it before.
              aria-label={`${rank + 1} ${token} ${p}${ok ? '' : m.maskedNeverDrawnSuffix}`}
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
        ))}
      </ol>
      <div className="ts-chart-top-ps" aria-hidden="true">
        {shown.map(({ p }) => p).join('\n')}
      </div>
    </div>
  );
}
